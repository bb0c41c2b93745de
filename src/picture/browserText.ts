/**
 * Registers the browser's own text measurement (a canvas 2D context in the map's font stack)
 * with the one text measurer in layout/text.ts, where a real browser is there. jsdom's canvas
 * only logs "not implemented", and a server has none: both keep the estimate.
 */
import { FONT_FAMILY, setTextMeasurerFactory } from '../layout';
import type { TextMeasurer } from '../layout';

function createCanvasMeasurer(): TextMeasurer | null {
  if (typeof document === 'undefined' || typeof navigator === 'undefined' || /jsdom/i.test(navigator.userAgent)) return null;
  try {
    const context = document.createElement('canvas').getContext('2d');
    if (!context || typeof context.measureText !== 'function') return null;
    // Widths by font (a number: weight and size), then by text: a lookup builds no string.
    const cache = new Map<number, Map<string, number>>();
    let cached = 0;
    // Setting the context's font parses it: only when it changes (layout measures many texts in one font).
    let currentFont = '';
    return (text, font) => {
      const weight = font.weight ?? 400;
      const fontKey = weight * 100_000 + Math.round(font.size * 100);
      let widths = cache.get(fontKey);
      if (!widths) cache.set(fontKey, (widths = new Map()));
      let width = widths.get(text);
      if (width === undefined) {
        if (cached > 50_000) {
          cache.clear();
          cached = 0;
          cache.set(fontKey, (widths = new Map()));
        }
        const css = `${weight} ${font.size}px ${FONT_FAMILY}`;
        if (css !== currentFont) {
          context.font = css;
          currentFont = css;
        }
        width = context.measureText(text).width;
        widths.set(text, width);
        cached += 1;
      }
      return width;
    };
  } catch {
    return null;
  }
}

let registered = false;

/** Called by every renderer before it measures; cheap after the first call. */
export function measureWithBrowserFonts(): void {
  if (registered) return;
  registered = true;
  setTextMeasurerFactory(createCanvasMeasurer);
}
