/**
 * Numbers as people type them in a text field. The map shows negative emotions with a real minus
 * sign (U+2212) and some keyboards give a decimal comma, so both are read back as numbers.
 */
import { formatMessage } from '../../i18n';
import type { JourneyMessages } from '../../i18n';

export type ParsedNumber = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;

export function parseNumberText(text: string): ParsedNumber {
  const normalized = text.trim().replace(/\u2212/g, '-').replace(',', '.');
  if (normalized === '') return { kind: 'empty' };
  if (!NUMBER.test(normalized)) return { kind: 'invalid' };
  const value = Number(normalized);
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
}

/** A range as a person reads it, with the real minus sign. */
export function formatBound(value: number): string {
  return value < 0 ? `\u2212${Math.abs(value)}` : String(value);
}

/** The localized "enter a number from min to max" message, or null when `value` is inside. */
export function rangeMessage(messages: JourneyMessages, value: number, min: number, max: number): string | null {
  if (value >= min && value <= max) return null;
  return formatMessage(messages['panel.field.range'], { min: formatBound(min), max: formatBound(max) });
}

/** A number as it goes back into a text field (plain ASCII, so it parses again). */
export function numberText(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}
