/**
 * Text measurement without a DOM: layout is pure (it also runs for exports and on servers), so
 * it estimates how many lines a title wraps to from character classes. The estimate errs wide so
 * a real browser's text fits in the space reserved for it.
 */

/** Ideographs, kana, hangul and full-width forms take a whole em and may break anywhere. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Width of one character in ems, for a typical UI sans-serif. */
function charWidth(char: string): number {
  if (WIDE.test(char)) return 1;
  if (char === ' ') return 0.3;
  if (/[mwMW@%]/.test(char)) return 0.9;
  if (/[A-Z0-9#&]/.test(char)) return 0.68;
  if (/[iljtf.,:;'!|()[\]]/.test(char)) return 0.32;
  return 0.56;
}

/** Splits text into pieces a browser would not break inside: words, and single wide characters. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const char of text) {
    if (WIDE.test(char)) {
      if (word) out.push(word);
      word = '';
      out.push(char);
    } else if (char === ' ' || char === '\n' || char === '\t') {
      if (word) out.push(word);
      word = '';
      out.push(' ');
    } else {
      word += char;
    }
  }
  if (word) out.push(word);
  return out;
}

function widthOf(piece: string, fontSize: number): number {
  let width = 0;
  for (const char of piece) width += charWidth(char);
  return width * fontSize;
}

/**
 * How many lines `text` takes at `fontSize` px in a box `width` px wide (greedy wrapping, long
 * words broken where they overflow, as `overflow-wrap: anywhere` does). At least 1.
 */
export function estimateLines(text: string, width: number, fontSize: number): number {
  if (width <= 0) return 1;
  let lines = 1;
  let used = 0;
  for (const piece of pieces(text)) {
    const pieceWidth = widthOf(piece, fontSize);
    if (piece === ' ') {
      used += pieceWidth;
      continue;
    }
    if (used + pieceWidth <= width) {
      used += pieceWidth;
      continue;
    }
    if (used > 0) {
      lines += 1;
      used = 0;
    }
    // A word longer than the box breaks across as many lines as it needs.
    while (pieceWidth - used > width) {
      lines += 1;
      used += width;
    }
    used = pieceWidth - Math.floor(pieceWidth / width) * width;
    if (used === 0 && pieceWidth > 0) used = width;
  }
  return lines;
}
