/**
 * Text measurement and wrapping for images, in one place. In a browser it measures with a
 * canvas 2D context in the export's own font stack (the same fonts the image is drawn with);
 * elsewhere (jsdom, a server) it falls back to a per-character estimate that errs wide.
 */
import { EXPORT_FONT_FAMILY } from './theme';

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

type Measurer = (text: string, font: FontSpec) => number;

function estimate(text: string, font: FontSpec): number {
  let width = 0;
  for (const char of text) width += estimateCharWidth(char);
  return width * font.size * ((font.weight ?? 400) >= 600 ? 1.05 : 1);
}

let measurer: Measurer | null = null;

/** A canvas 2D context when the environment really has one (jsdom's getContext only logs "not implemented"). */
function createCanvasMeasurer(): Measurer | null {
  if (typeof document === 'undefined' || typeof navigator === 'undefined' || /jsdom/i.test(navigator.userAgent)) return null;
  try {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d');
    if (!context || typeof context.measureText !== 'function') return null;
    const cache = new Map<string, number>();
    return (text, font) => {
      const key = `${font.weight ?? 400}|${font.size}|${text}`;
      let width = cache.get(key);
      if (width === undefined) {
        if (cache.size > 50_000) cache.clear();
        context.font = `${font.weight ?? 400} ${font.size}px ${EXPORT_FONT_FAMILY}`;
        width = context.measureText(text).width;
        cache.set(key, width);
      }
      return width;
    };
  } catch {
    return null;
  }
}

/** Width of `text` in px at `font`, drawn in the export's font stack. */
export function measureText(text: string, font: FontSpec): number {
  measurer ??= createCanvasMeasurer() ?? estimate;
  return measurer(text, font);
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

/** Breaks one piece that is wider than a line into pieces that fit (a long URL, a long word). */
function breakPiece(piece: string, width: number, font: FontSpec): string[] {
  const out: string[] = [];
  let current = '';
  for (const char of piece) {
    if (current && measureText(current + char, font) > width) {
      out.push(current);
      current = '';
    }
    current += char;
  }
  if (current) out.push(current);
  return out;
}

/**
 * Wraps `text` into lines at most `width` px wide: between words, between any two CJK
 * characters, inside a word only when it is wider than a line. With `maxLines`, the last line
 * ends with an ellipsis when text is left over. Empty text gives no lines.
 */
export function wrapText(text: string, width: number, font: FontSpec, maxLines = Number.POSITIVE_INFINITY): string[] {
  const lines: string[] = [];
  let current = '';
  const all = pieces(text);
  for (const piece of all) {
    const candidate = current + piece;
    if (measureText(candidate.trimEnd(), font) <= width) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current.trimEnd());
    if (measureText(piece.trimEnd(), font) <= width) {
      current = piece;
    } else {
      const parts = breakPiece(piece.trimEnd(), width, font);
      for (let j = 0; j < parts.length - 1; j++) lines.push(parts[j] as string);
      current = (parts[parts.length - 1] ?? '') + (piece.endsWith(' ') ? ' ' : '');
    }
  }
  if (current.trim()) lines.push(current.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  // The last kept line shows the cut, as CSS line-clamp does: as much of it as fits before "…".
  const last = Array.from(kept[maxLines - 1] ?? '');
  while (last.length > 0 && measureText(`${last.join('').trimEnd()}\u2026`, font) > width) last.pop();
  kept[maxLines - 1] = `${last.join('').trimEnd()}\u2026`;
  return kept;
}

/** For tests: forget the measurer so the next call picks one again. */
export function resetTextMeasurer(next?: Measurer): void {
  measurer = next ?? null;
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
export function fitText(text: string, width: number, height: number, font: FontSpec, lineHeight: number, minSize = Math.max(9, font.size - 3)): FittedText {
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
