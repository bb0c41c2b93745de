/** Page sizing: presets, fitting the map inside a slide with margins, raster sizes and their limit. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPORT_PRESETS, MAX_CANVAS_SIDE } from 'journey-canvas';
import { assertRasterSize, FIT_MARGIN, MAX_UPSCALE, rasterSize, slideMargin } from '../../src/export/presets';
import { composePage } from '../../src/export/svg/Sheet';
import { PALETTES } from '../../src/layout';

const LIGHT_THEME = PALETTES.light;

const SLIDES = ['slide-16:9', 'slide-4:3', 'a4-landscape'] as const;

function page(width: number, height: number, preset: (typeof SLIDES)[number] | 'fit', chrome = false) {
  return composePage(
    {
      heading: chrome ? { title: 'A journey', subtitle: '5 stages' } : null,
      map: { width, height, element: null },
      footerLeft: chrome ? { width: 300, height: 28, element: null } : null,
      footerRight: chrome ? { width: 320, height: 94, element: null } : null,
      theme: LIGHT_THEME,
    },
    preset,
  );
}

describe('presets', () => {
  it('names the documented page sizes (A4 landscape at 96 dpi)', () => {
    expect(EXPORT_PRESETS['slide-16:9']).toEqual({ width: 1920, height: 1080 });
    expect(EXPORT_PRESETS['slide-4:3']).toEqual({ width: 1600, height: 1200 });
    expect(EXPORT_PRESETS['a4-landscape']).toEqual({ width: Math.round((297 / 25.4) * 96), height: Math.round((210 / 25.4) * 96) });
  });

  it('fits any map inside a slide with margins, with one scale for both axes, centred', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SLIDES), fc.integer({ min: 50, max: 200_000 }), fc.integer({ min: 50, max: 20_000 }), fc.boolean(), (preset, width, height, chrome) => {
        const result = page(width, height, preset, chrome);
        const slide = EXPORT_PRESETS[preset];
        const margin = slideMargin(slide);
        expect(result.width).toBe(slide.width);
        expect(result.height).toBe(slide.height);
        // Inside the margins.
        expect(result.x).toBeGreaterThanOrEqual(margin - 1e-6);
        expect(result.x + width * result.scale).toBeLessThanOrEqual(slide.width - margin + 1e-6);
        expect(result.y).toBeGreaterThanOrEqual(margin - 1e-6);
        expect(result.y + height * result.scale).toBeLessThanOrEqual(slide.height - margin + 1e-6);
        // Centred horizontally; without heading and footer as large as it may be: touching the
        // margins on one axis, or at the upscale cap.
        expect(result.x + (width * result.scale) / 2).toBeCloseTo(slide.width / 2, 6);
        if (!chrome) {
          const touchesSide = Math.abs(width * result.scale - (slide.width - 2 * margin)) < 1e-6;
          const touchesTop = Math.abs(height * result.scale - (slide.height - 2 * margin)) < 1e-6;
          expect(touchesSide || touchesTop || result.scale === MAX_UPSCALE).toBe(true);
        }
      }),
    );
  });

  it('"fit" is the map at its own size plus a margin', () => {
    const result = page(4321, 987, 'fit');
    expect(result).toMatchObject({ width: 4321 + 2 * FIT_MARGIN, height: 987 + 2 * FIT_MARGIN, scale: 1, x: FIT_MARGIN, y: FIT_MARGIN });
  });

  it('makes rasters of exactly page × pixelRatio pixels', () => {
    expect(rasterSize(EXPORT_PRESETS['slide-16:9'], 2)).toEqual({ width: 3840, height: 2160 });
    expect(rasterSize(EXPORT_PRESETS['slide-4:3'], 1)).toEqual({ width: 1600, height: 1200 });
    expect(rasterSize(EXPORT_PRESETS['a4-landscape'], 3.125)).toEqual({ width: 3509, height: 2481 });
  });

  it('refuses a raster over the 16,384 px browsers can draw, saying how big it would be', () => {
    expect(() => assertRasterSize({ width: MAX_CANVAS_SIDE, height: 100 }, '')).not.toThrow();
    expect(() => assertRasterSize({ width: MAX_CANVAS_SIDE + 1, height: 100 }, '')).toThrow(/16385×100 px.*16384/);
    expect(() => assertRasterSize({ width: 100, height: 40_000 }, 'Use a slide preset.')).toThrow(/Use a slide preset/);
  });
});
