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
    const cache = new Map<string, number>();
    return (text, font) => {
      const key = `${font.weight ?? 400}|${font.size}|${text}`;
      let width = cache.get(key);
      if (width === undefined) {
        if (cache.size > 50_000) cache.clear();
        context.font = `${font.weight ?? 400} ${font.size}px ${FONT_FAMILY}`;
        width = context.measureText(text).width;
        cache.set(key, width);
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
