/**
 * The lines a renderer draws for a card title or a chip text, fitted once by layout so the
 * editor and every export break a text in the same places. Fitting measures text (the browser's
 * canvas where one is registered, the estimate elsewhere), which is the costly part of a layout:
 * results are kept in a bounded cache, so an edit re-measures only the texts it changed.
 */
import { fitLegible } from './legible';
import { measurerGeneration, widestLine } from './text';
import type { FontSpec, LineWidths } from './text';

/** A text wrapped into the box it is drawn in: what a renderer draws, line by line. */
export interface FittedLines {
  /** The lines to draw, top to bottom; when `shortened`, the last one ends with "…". Empty for an empty text. */
  lines: string[];
  /**
   * Where each drawn line begins in the original text (a UTF-16 index), so a renderer can slice
   * the source, whitespace and all: line i is `text.slice(starts[i], starts[i + 1])`, trailing
   * space included; the first slice may start at 0 to keep leading space.
   */
  starts: number[];
  /** Font size the lines are set at (under the text's own size when it was set smaller to fit whole). */
  size: number;
  lineHeight: number;
  /** The text did not fit: the last line is cut and ends with "…". */
  shortened: boolean;
  /** The width of the box the lines were fitted in: every line is at most this wide at `size`. */
  width: number;
  /**
   * How wide each line may be (`lineWidthAt`): a card title's first lines are narrower, beside
   * the emotion badge. A renderer fitting a text of its own in the same place (the placeholder
   * of an untitled card) fits it to these.
   */
  lineWidths: LineWidths;
}

const WHITESPACE = /\s/;
const ELLIPSIS = '\u2026';

/**
 * Where each of `lines` (the wrapper's output for `text`: whitespace runs collapsed to one space
 * and trimmed at line ends, nothing reordered) begins in `text`. A shortened text's last line
 * ends with an ellipsis the text does not have; it is not matched.
 */
export function lineStarts(text: string, lines: readonly string[], shortened: boolean): number[] {
  const starts: number[] = [];
  let at = 0;
  lines.forEach((line, index) => {
    while (at < text.length && WHITESPACE.test(text[at] as string)) at++;
    starts.push(at);
    const drawn = shortened && index === lines.length - 1 && line.endsWith(ELLIPSIS) ? line.slice(0, -ELLIPSIS.length) : line;
    for (let i = 0; i < drawn.length; i++) {
      const char = drawn[i] as string;
      if (char === ' ') {
        // One drawn space stands for a run of whitespace in the text.
        while (at < text.length && WHITESPACE.test(text[at] as string)) at++;
      } else if (text[at] === char) {
        at++;
      } else {
        // Not the wrapper's output for this text (cannot happen): find the character further on.
        const found = text.indexOf(char, at);
        at = found < 0 ? text.length : found + 1;
      }
    }
  });
  return starts;
}

/** Fits texts into one kind of box; a text seen before in this box is not measured again. */
export type LineFitter = (text: string) => FittedLines;

/** The most fitted texts kept: a 2,500-touchpoint map with a few chips each, several times over. */
const MAX_ENTRIES = 60_000;
const boxes = new Map<string, Map<string, FittedLines>>();
let entries = 0;
let cachedGeneration = -1;

/**
 * A fitter for texts in a box `width` × `height` at `font` and `lineHeight`, never set under
 * `floor` px (see `fitLegible`: set a little smaller to show the whole text, else shortened).
 * Results are shared: the same text in the same box gives the same object, so renderers that
 * compare by identity see an unchanged text as unchanged.
 */
export function lineFitter(width: LineWidths, height: number, font: FontSpec, lineHeight: number, floor: number): LineFitter {
  if (cachedGeneration !== measurerGeneration()) {
    // Another measurer: every cached line was measured with the old one.
    boxes.clear();
    entries = 0;
    cachedGeneration = measurerGeneration();
  }
  const key = `${String(width)}|${height}|${font.size}|${font.weight ?? 400}|${lineHeight}|${floor}`;
  let cache = boxes.get(key);
  if (!cache) boxes.set(key, (cache = new Map()));
  let byText = cache;
  return (text) => {
    const found = byText.get(text);
    if (found) return found;
    if (entries >= MAX_ENTRIES) {
      boxes.clear();
      entries = 0;
      boxes.set(key, (byText = new Map()));
    }
    const legible = fitLegible(text, width, height, font, lineHeight, floor);
    const fitted: FittedLines = {
      lines: legible.lines,
      starts: lineStarts(text, legible.lines, legible.shortened),
      size: legible.size,
      lineHeight: legible.lineHeight,
      shortened: legible.shortened,
      width: widestLine(width),
      lineWidths: width,
    };
    byText.set(text, fitted);
    entries += 1;
    return fitted;
  };
}
