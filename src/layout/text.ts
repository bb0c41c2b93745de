/**
 * The one text measurer of the map, and its wrapping: how wide a text is, where its lines break
 * (between words, between any two CJK characters, closing punctuation kept with the character
 * before it, a word broken only when it is wider than a line), how it is cut with an ellipsis.
 * Layout reserves room with the pure estimate (`estimateLines`), then fits the lines every
 * renderer draws (card titles, chips: fittedLines.ts) into that room with `measureText` (the
 * browser's measurement where registered); images fit their other texts with it, and the
 * editor's canvas labels measure with it too. No DOM here: the browser's measurer is registered
 * from the picture floor.
 */

export interface FontSpec {
  size: number;
  /** CSS font weight. @default 400 */
  weight?: number;
}

/** Ideographs, kana, hangul and full-width forms: about one em wide, and a line may break between any two. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
/** Closing punctuation that must not start a line (kinsoku): it stays with the character before it. */
const NO_LINE_START = /[\u3001\u3002\uff0c\uff0e\uff1a\uff1b\uff01\uff1f\uff09\u300d\u300f\u3011\u201d\u2019)\].,:;!?%]/;

function estimateCharWidth(char: string): number {
  if (WIDE.test(char)) return 1;
  if (char === ' ') return 0.3;
  if (/[mwMW@%]/.test(char)) return 0.9;
  if (/[A-Z0-9#&+\u2212]/.test(char)) return 0.68;
  if (/[iljtf.,:;'!|()[\]]/.test(char)) return 0.32;
  return 0.56;
}

/**
 * How wide the lines of a text may be: one width for every line, or the widths of the first
 * lines followed by the one of every further line. A card title runs beside the emotion badge
 * (and the count of ratings under it) on its first lines, across the whole card below them.
 */
export type LineWidths = number | readonly number[];

/** The width line `index` (from 0) may take. */
export function lineWidthAt(widths: LineWidths, index: number): number {
  return typeof widths === 'number' ? widths : (widths[Math.min(index, widths.length - 1)] ?? 0);
}

/** The widest any line may be. */
export function widestLine(widths: LineWidths): number {
  return typeof widths === 'number' ? widths : Math.max(0, ...widths);
}

/** Measures the width of a text in px at a font (a browser's canvas, or the estimate). */
export type TextMeasurer = (text: string, font: FontSpec) => number;

/**
 * The per-character estimate: pure and the same everywhere (Node, jsdom, every browser). It errs
 * wide, so text a browser lays out in the room it reserves fits. Layout reserves card and chip
 * heights with it, which keeps layout deterministic: a server and a browser agree to the pixel.
 */
export function estimateTextWidth(text: string, font: FontSpec): number {
  let width = 0;
  for (const char of text) width += estimateCharWidth(char);
  return width * font.size * ((font.weight ?? 400) >= 600 ? 1.05 : 1);
}

let precise: TextMeasurer | null = null;
let preciseFactory: (() => TextMeasurer | null) | null = null;
/** Counts changes of measurer: what was measured with another one is stale (fittedLines.ts drops its cache). */
let generation = 0;

/** Which measurer `measureText` uses, as a number that changes whenever the measurer may change. */
export function measurerGeneration(): number {
  return generation;
}

/**
 * Where a real font measurer exists (a browser's canvas), the picture floor registers a factory
 * for it; layout itself never touches the DOM. The factory runs at the first measurement.
 */
export function setTextMeasurerFactory(factory: (() => TextMeasurer | null) | null): void {
  preciseFactory = factory;
  precise = null;
  generation += 1;
}

/** For tests: measure with `next` (or pick the measurer again at the next call). */
export function resetTextMeasurer(next?: TextMeasurer): void {
  precise = next ?? null;
  generation += 1;
}

/**
 * Width of `text` in px at `font` in the map's font stack: measured by the browser where there
 * is one, else the estimate. Images fit their text with it.
 */
export function measureText(text: string, font: FontSpec): number {
  if (!precise && preciseFactory) {
    precise = preciseFactory();
    if (!precise) preciseFactory = null;
  }
  return (precise ?? estimateTextWidth)(text, font);
}

/** Splits text into pieces no line breaks inside: words (with their trailing space), and each wide character. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    if (current) out.push(current);
    current = '';
  };
  for (const char of text.replace(/\s+/g, ' ').trim()) {
    if (WIDE.test(char) && !NO_LINE_START.test(char)) {
      flush();
      current = char;
      flush();
    } else if (NO_LINE_START.test(char) && !current && out.length > 0) {
      // Closing punctuation joins the piece before it.
      out[out.length - 1] += char;
    } else if (char === ' ') {
      current += ' ';
      flush();
    } else {
      if (current && WIDE.test(current)) flush();
      current += char;
    }
  }
  flush();
  return out;
}

/** Cuts `text` to fit `width`, ending with an ellipsis. */
export function truncateText(text: string, width: number, font: FontSpec): string {
  if (measureText(text, font) <= width) return text;
  const chars = Array.from(text);
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measureText(`${chars.slice(0, mid).join('').trimEnd()}\u2026`, font) <= width) low = mid;
    else high = mid - 1;
  }
  return `${chars.slice(0, low).join('').trimEnd()}\u2026`;
}

/** Breaks one piece that is wider than a line into pieces that fit (a long URL, a long word), the first on line `line`. */
function breakPiece(piece: string, widths: LineWidths, line: number, font: FontSpec, measureText: TextMeasurer): string[] {
  const out: string[] = [];
  let current = '';
  for (const char of piece) {
    if (current && measureText(current + char, font) > lineWidthAt(widths, line + out.length)) {
      out.push(current);
      current = '';
    }
    current += char;
  }
  if (current) out.push(current);
  return out;
}

/**
 * A single CJK character alone on the last line (an orphan: 南, 询, 约) reads as a mistake; the
 * character before it moves down to keep it company, as typesetters do. Only when the line above
 * keeps at least two characters and ends in a character a line may break after.
 */
function keepLastCharacterCompany(lines: string[], spaced: readonly boolean[]): void {
  const count = lines.length;
  if (count < 2) return;
  const last = Array.from(lines[count - 1] as string);
  const above = Array.from(lines[count - 2] as string);
  if (last.length !== 1 || !WIDE.test(last[0] as string) || above.length < 3) return;
  const moved = above[above.length - 1] as string;
  if (!WIDE.test(moved) || NO_LINE_START.test(moved)) return;
  lines[count - 2] = above.slice(0, -1).join('').trimEnd();
  // A space between the two in the text stays between them.
  lines[count - 1] = moved + (spaced[count - 2] ? ' ' : '') + (last[0] as string);
}

/** How far inside the width (px) a line must be by the sum of its pieces' widths to be taken unmeasured. */
const SUM_MARGIN = 2;

/**
 * Wraps `text` into lines at most `width` px wide: between words, between any two CJK
 * characters, inside a word only when it is wider than a line. With `maxLines`, the last line
 * ends with an ellipsis when text is left over. Empty text gives no lines.
 */
export function wrapText(text: string, widths: LineWidths, font: FontSpec, maxLines = Number.POSITIVE_INFINITY, measure: TextMeasurer = measureText): string[] {
  const measureText = measure;
  const lines: string[] = [];
  // Whether a space of the text separates each line from the next (the line break took it).
  const spaced: boolean[] = [];
  const push = (line: string, space: boolean) => {
    // No line starts with the space a closing mark took with it (" 」").
    lines.push(line.trim());
    spaced.push(space);
  };
  let current = '';
  // The sum of the widths of the pieces on the line: a measurer caches a piece (a word, a CJK
  // character) seen before, so a candidate line well inside the width by that sum is taken
  // without measuring it whole; near the edge it is measured whole (kerning across pieces is far
  // under the margin).
  let currentSum = 0;
  const all = pieces(text);
  for (const piece of all) {
    let width = lineWidthAt(widths, lines.length);
    const candidate = current + piece;
    const pieceWidth = measureText(piece, font);
    if (currentSum + pieceWidth <= width - SUM_MARGIN || measureText(candidate.trim(), font) <= width) {
      current = candidate;
      currentSum += pieceWidth;
      continue;
    }
    if (current.trim()) push(current, current.endsWith(' ') || piece.startsWith(' '));
    width = lineWidthAt(widths, lines.length);
    if (measureText(piece.trim(), font) <= width) {
      current = piece;
      currentSum = pieceWidth;
    } else {
      const parts = breakPiece(piece.trim(), widths, lines.length, font, measureText);
      for (let j = 0; j < parts.length - 1; j++) push(parts[j] as string, false);
      current = (parts[parts.length - 1] ?? '') + (piece.endsWith(' ') ? ' ' : '');
      currentSum = measureText(current, font);
    }
  }
  if (current.trim()) push(current, false);
  keepLastCharacterCompany(lines, spaced);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  // The last kept line shows the cut, as CSS line-clamp does: as much of it as fits before "…".
  const last = Array.from(kept[maxLines - 1] ?? '');
  while (last.length > 0 && measureText(`${last.join('').trimEnd()}\u2026`, font) > lineWidthAt(widths, maxLines - 1)) last.pop();
  kept[maxLines - 1] = `${last.join('').trimEnd()}\u2026`;
  return kept;
}

export interface FittedText {
  lines: string[];
  size: number;
  lineHeight: number;
}

/**
 * Wraps `text` into a box `width` × `height`, at `font.size` with `lineHeight` if it fits, else
 * set a little smaller (down to `minSize`) so the whole text shows; only text that does not fit
 * even then is cut with an ellipsis. An image cannot be scrolled or hovered: a title cut short
 * there is lost, so shrinking a little beats clamping.
 */
export function fitText(text: string, width: LineWidths, height: number, font: FontSpec, lineHeight: number, minSize = Math.max(9, font.size - 3)): FittedText {
  const ratio = lineHeight / font.size;
  for (let size = font.size; size >= minSize; size -= 0.5) {
    const step = size === font.size ? lineHeight : Math.round(size * ratio * 10) / 10;
    const room = Math.max(1, Math.floor((height + 0.01) / step));
    const lines = wrapText(text, width, { ...font, size }, room + 1);
    if (lines.length <= room) return { lines, size, lineHeight: step };
  }
  const step = Math.round(minSize * ratio * 10) / 10;
  const room = Math.max(1, Math.floor((height + 0.01) / step));
  return { lines: wrapText(text, width, { ...font, size: minSize }, room), size: minSize, lineHeight: step };
}

/**
 * How many lines `text` takes at `fontSize` px in a box `width` px wide, by the estimate (the
 * same in every environment). At least 1.
 */
export function estimateLines(text: string, width: LineWidths, fontSize: number): number {
  if (lineWidthAt(width, 0) <= 0 || widestLine(width) <= 0) return 1;
  return Math.max(1, wrapText(text, width, { size: fontSize }, Number.POSITIVE_INFINITY, estimateTextWidth).length);
}
