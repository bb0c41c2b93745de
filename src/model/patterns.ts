/**
 * The text patterns of format v1. The validator and the JSON Schema both use these exact
 * sources, so the two can never disagree about what a color or a date looks like.
 */

/** `#rgb` or `#rrggbb`, hex digits in either case. */
export const COLOR_PATTERN = '^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$';

/**
 * An ISO 8601 calendar date, optionally with a time and a zone: `2026-11-22`,
 * `2026-11-22T08:00`, `2026-11-22T08:00:00.000Z`, `2026-11-22T08:00:00+08:00`.
 * Month and day ranges are checked; whether the day exists in that month (Feb 30) is not.
 */
export const DATE_TIME_PATTERN =
  '^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])' +
  '(?:T(?:[01]\\d|2[0-3]):[0-5]\\d(?::(?:[0-5]\\d|60)(?:\\.\\d+)?)?(?:Z|[+-](?:[01]\\d|2[0-3]):?[0-5]\\d)?)?$';

/**
 * An evidence link: `http:` or `https:` with a host, or `mailto:` with an address, scheme in
 * any case, no whitespace or control characters anywhere. Everything else (`javascript:`,
 * `data:`, `file:`, a relative path, a leading space a browser would strip) is refused, so a
 * link a map carries can only ever open a web page or write an email.
 */
export const EVIDENCE_URL_PATTERN =
  '^(?:[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#\\\\@]+(?:[/?#][^\\s]*)?|[Mm][Aa][Ii][Ll][Tt][Oo]:[^\\s]+)$';

export const colorRegExp = new RegExp(COLOR_PATTERN);
export const dateTimeRegExp = new RegExp(DATE_TIME_PATTERN);

const evidenceUrlRegExp = new RegExp(EVIDENCE_URL_PATTERN);

/** True for a link evidence may carry (http:, https: or mailto:), the same rule the validator applies. */
export function isEvidenceUrl(url: string): boolean {
  return evidenceUrlRegExp.test(url);
}
