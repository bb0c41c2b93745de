/**
 * Text a journey can carry. JSON can hold any UTF-16 string, but not every string survives the
 * places a journey goes: XML (the SVG export) has no way to write U+0000–U+001F other than tab,
 * newline and carriage return, nor U+FFFE/U+FFFF; a lone surrogate is not Unicode at all and
 * breaks UTF-8 encoders (`encodeURIComponent` throws on it). Parsing refuses such text with its
 * JSON Pointer, so whatever parses can be exported.
 */

// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Any character that might be unsafe: one character class, the fast test for the common case. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/** The index of the first character a journey cannot carry in `text`, or -1. */
export function unsafeCharIndex(text: string): number {
  // Most text has no control character and no surrogate (an emoji is a surrogate pair, so it
  // takes the exact test below).
  if (!SUSPECT.test(text)) return -1;
  const match = UNSAFE.exec(text);
  return match === null ? -1 : match.index;
}

/** How the character at `index` is named in a message: "U+0007". */
export function describeChar(text: string, index: number): string {
  return `U+${text.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The message for `text` holding an unsafe character at `index`. */
export function unsafeTextMessage(what: string, text: string, index: number): string {
  const code = text.charCodeAt(index);
  const kind =
    code >= 0xd800 && code <= 0xdfff
      ? 'a lone surrogate'
      : code >= 0xfffe
        ? 'a noncharacter'
        : 'a control character';
  return (
    `${what} holds ${kind} (${describeChar(text, index)}) at character ${index + 1}, which a journey cannot carry; ` +
    'only tab, line feed and carriage return are allowed among control characters'
  );
}

/**
 * Whether JSON text may hold unsafe characters once parsed. A JSON string can only carry one
 * as an escape (`\u0001`, `\b`, `\f`, `\ud800`) or raw (a lone surrogate, U+FFFE, U+FFFF: raw
 * control characters are not valid JSON). Most files have none of these, and these searches
 * are far cheaper than looking at every string.
 */
export function textMayHoldUnsafeChars(text: string): boolean {
  if (text.includes('\\u') || text.includes('\\b') || text.includes('\\f')) return true;
  if (text.includes('\ufffe') || text.includes('\uffff')) return true;
  const isWellFormed = (text as { isWellFormed?: () => boolean }).isWellFormed;
  return typeof isWellFormed === 'function' ? !isWellFormed.call(text) : unsafeCharIndex(text) !== -1;
}
