/**
 * Image sizes. A preset is a page in CSS pixels; the raster is that page × `pixelRatio` pixels.
 *
 * - `slide-16:9`: 1920×1080, `slide-4:3`: 1600×1200 — the map is scaled to fit inside the slide
 *   with margins, keeping its proportions, and centred.
 * - `a4-landscape`: 1123×794, A4 (297×210 mm) at the CSS 96 px per inch. With the default
 *   `pixelRatio` 2 the PNG is 2246×1588 (about 192 dpi); for 300 dpi print use `pixelRatio: 3.125`
 *   (3509×2481).
 * - `fit`: the map's own size plus a margin (no scaling).
 */

export const EXPORT_PRESETS = {
  'slide-16:9': { width: 1920, height: 1080 },
  'slide-4:3': { width: 1600, height: 1200 },
  'a4-landscape': { width: 1123, height: 794 },
} as const;

export type ExportPreset = keyof typeof EXPORT_PRESETS | 'fit';

export const EXPORT_PRESET_NAMES: readonly ExportPreset[] = ['slide-16:9', 'slide-4:3', 'a4-landscape', 'fit'];

/** Browsers cannot draw a canvas wider or taller than this (Chromium, Firefox; Safari is stricter on area). */
export const MAX_CANVAS_SIDE = 16_384;

/** Margin around the content in `fit` images, in CSS px. */
export const FIT_MARGIN = 32;

/** A slide's margin: 4% of its shorter side, so content never touches the edge of a projected slide. */
export function slideMargin(page: { width: number; height: number }): number {
  return Math.round(Math.min(page.width, page.height) * 0.04);
}

/** Never blow a small map up more than this: three cards filling a slide look like a mistake. */
export const MAX_UPSCALE = 2;

/** Where the map went on the page: its scale and top-left corner, in page CSS px. */
export interface ExportFrame {
  width: number;
  height: number;
  scale: number;
  x: number;
  y: number;
}

/** The raster's size in device pixels: the page × pixelRatio, rounded to whole pixels. */
export function rasterSize(frame: { width: number; height: number }, pixelRatio: number): { width: number; height: number } {
  return { width: Math.round(frame.width * pixelRatio), height: Math.round(frame.height * pixelRatio) };
}

/**
 * Refuses a raster no browser can draw: a canvas that big comes out blank (or html-to-image would
 * silently shrink it), and a blank slide is worse than an error.
 */
export function assertRasterSize(size: { width: number; height: number }, hint: string): void {
  if (size.width > MAX_CANVAS_SIDE || size.height > MAX_CANVAS_SIDE) {
    throw new RangeError(
      `journey-canvas: the image would be ${size.width}×${size.height} px, over the ${MAX_CANVAS_SIDE} px a side browsers can draw. ${hint}`,
    );
  }
  if (!(size.width >= 1 && size.height >= 1)) {
    throw new RangeError(`journey-canvas: the image would be ${size.width}×${size.height} px; pixelRatio must be a positive number.`);
  }
}
