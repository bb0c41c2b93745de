/**
 * Legible on a slide: the smallest sizes a 16:9 slide may show (at 1920×1080, what a projector
 * shows from the back of a room), and fitting a text into its box without breaking a word and
 * without going under a floor. A text that still does not fit is shortened with an ellipsis (an
 * image keeps its whole wording in an SVG <title>, export/svg/Shortened.tsx). Pure: layout fits
 * card titles and chip texts with it (fittedLines.ts), and the exports fit their other texts.
 */
import { TYPE } from './look';
import { fitText, measureText, widestLine } from './text';
import type { FittedText, FontSpec, LineWidths } from './text';

/** No text on a 16:9 slide is drawn smaller than this, in page px (font size × drawn scale). */
export const SLIDE_MIN_TEXT = 14;
/** Card titles, what the audience reads first, are at least this, in page px. */
export const SLIDE_MIN_TITLE = 16;
/** The card title's size in the map (TYPE.cardTitle): the scale a map needs for titles of SLIDE_MIN_TITLE. */
const CARD_TITLE_SIZE = 14;
/** The smallest scale a map may be drawn at on a 16:9 slide (titles 14 → 16 px; smaller texts are raised to 14 px). */
export const MIN_LEGIBLE_SCALE = SLIDE_MIN_TITLE / CARD_TITLE_SIZE;

/** Minimum sizes of the map's texts in map px, for a map drawn at `scale` on a legible slide. */
export interface TextFloors {
  /** Any text. */
  text: number;
  /** Card titles. */
  title: number;
}

export const NO_FLOORS: TextFloors = { text: 0, title: 0 };

/**
 * Card titles and chip texts at their own sizes: a text too long for its box is shortened with an
 * ellipsis, never set smaller. The editor's floors: its opening zoom is worked out for these
 * sizes, so a smaller text would fall under 12 px on screen. An image lays out without floors
 * (a title a little too long is set up to 3 px smaller and shows whole: an image cannot be
 * scrolled or hovered), and slides raise them (floorsForScale).
 */
export const OWN_SIZES: TextFloors = { text: TYPE.chip.size, title: TYPE.cardTitle.size };

/** The floors for a map drawn at `scale`, a little over the exact value so rounding never lands under. */
export function floorsForScale(scale: number): TextFloors {
  const up = (value: number) => Math.ceil((value / scale) * 100) / 100;
  return { text: up(SLIDE_MIN_TEXT), title: up(SLIDE_MIN_TITLE) };
}

/** A font size raised to a floor. */
export function atLeast(size: number, floor: number): number {
  return Math.max(size, floor);
}

const LATIN_WORD = /[^\s\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]+/g;

/** Whether every run of Latin letters (a word) fits on a line by itself at `font`. */
function wordsFit(text: string, width: number, font: FontSpec): boolean {
  return (text.match(LATIN_WORD) ?? []).every((word) => measureText(word, font) <= width);
}

export interface LegibleText extends FittedText {
  /** The text did not fit whole: the lines end with an ellipsis. */
  shortened: boolean;
}

/**
 * `fitText` that keeps words whole and never goes under `floor`: from the text's own size down to
 * the floor (and not more than 3 px under its size), the first size at which every line fits,
 * the box holds the lines, and no word is wider than a line; failing that, the first size that
 * fits the box (a word wider than the line at every size allowed is broken, it cannot be helped);
 * failing that, the lines at the smallest size, cut with an ellipsis.
 */
export function fitLegible(text: string, width: LineWidths, height: number, font: FontSpec, lineHeight: number, floor = 0): LegibleText {
  const size = atLeast(font.size, floor);
  const step = size === font.size ? lineHeight : Math.round(((lineHeight / font.size) * size) * 10) / 10;
  const minSize = Math.min(size, Math.max(floor, 9, font.size - 3));
  for (let candidate = size; candidate >= minSize; candidate -= 0.5) {
    if (!wordsFit(text, widestLine(width), { ...font, size: candidate })) continue;
    const fitted = fitText(text, width, height, { ...font, size: candidate }, candidate === size ? step : Math.round((step / size) * candidate * 10) / 10, candidate);
    if (!isShortened(text, fitted.lines)) return { ...fitted, shortened: false };
  }
  const fitted = fitText(text, width, height, { ...font, size }, step, minSize);
  return { ...fitted, shortened: isShortened(text, fitted.lines) };
}

/** Whether `lines` are a cut version of `text` (the wrapper ends a cut with an ellipsis). */
export function isShortened(text: string, lines: readonly string[]): boolean {
  const last = lines[lines.length - 1] ?? '';
  return lines.length === 0 ? text.trim() !== '' : last.endsWith('\u2026') && !text.trimEnd().endsWith('\u2026');
}
