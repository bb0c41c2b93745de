/**
 * Quick entry as a facilitator types what the room calls out: "Waits for the invite email -2"
 * is a touchpoint titled "Waits for the invite email" at emotion -2. A trailing number from -5
 * to +5 (halves allowed, "−" accepted) is the emotion; without one the emotion is 0. A number
 * alone is a title forgotten, not a touchpoint.
 */
export interface Entry {
  title: string;
  emotion: number;
}

const TRAILING_EMOTION = /\s+([+\-−]?\d(?:[.,]5|[.,]0)?)$/;

export function parseEntry(text: string): Entry | null {
  const trimmed = text.trim();
  if (/^[+\-−]?[\d.,]*$/.test(trimmed)) return null;
  const match = TRAILING_EMOTION.exec(trimmed);
  const value = match?.[1] ? Number(match[1].replace('−', '-').replace(',', '.')) : null;
  const usable = value !== null && value >= -5 && value <= 5;
  const title = usable && match ? trimmed.slice(0, match.index).trim() : trimmed;
  if (title === '') return null;
  return { title, emotion: usable ? value : 0 };
}
