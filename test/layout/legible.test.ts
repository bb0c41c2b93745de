/** Fitting text on a legible slide: never under the floor, words kept whole, a cut said so. */
import fc from 'fast-check';
import { estimateTextWidth, resetTextMeasurer } from '../../src/layout';
import { fitLegible, floorsForScale, isShortened, MIN_LEGIBLE_SCALE, SLIDE_MIN_TEXT, SLIDE_MIN_TITLE } from '../../src/layout/legible';

beforeEach(() => resetTextMeasurer(estimateTextWidth));
afterEach(() => resetTextMeasurer());

const TITLE = { size: 14, weight: 600 };

describe('fitLegible', () => {
  it('sets a word that fits a line at a smaller size smaller rather than cutting it ("commissionin / g")', () => {
    const width = estimateTextWidth('commissioning', TITLE) - 4;
    const fitted = fitLegible('Installation fails on commissioning day', width, 4 * 20, TITLE, 20, 12);
    expect(fitted.size).toBeLessThan(14);
    expect(fitted.size).toBeGreaterThanOrEqual(12);
    expect(fitted.lines.some((line) => line.split(' ').includes('commissioning'))).toBe(true);
    expect(fitted.shortened).toBe(false);
  });

  it('never goes under its floor, and says when it had to cut', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('journey', 'card', 'installation', 'a', 'of', 'commissioning'), { minLength: 1, maxLength: 30 }), fc.double({ min: 9, max: 16, noNaN: true }), (words, floor) => {
        const text = words.join(' ');
        const fitted = fitLegible(text, 120, 40, { size: 12 }, 16, floor);
        expect(fitted.size).toBeGreaterThanOrEqual(Math.min(12, floor) - 1e-9);
        if (floor >= 12) expect(fitted.size).toBeGreaterThanOrEqual(floor - 1e-9);
        expect(fitted.shortened).toBe(isShortened(text, fitted.lines));
        if (!fitted.shortened) expect(fitted.lines.join(' ').replace(/\s+/g, ' ')).toBe(text);
      }),
    );
  });

  it('raises a text smaller than its floor to the floor', () => {
    expect(fitLegible('CSAT', 100, 20, { size: 10 }, 14, 12.5).size).toBe(12.5);
  });
});

describe('slide floors', () => {
  it('land every text at 14 px and card titles at 16 px on the page, whatever the scale', () => {
    fc.assert(
      fc.property(fc.double({ min: MIN_LEGIBLE_SCALE, max: 2, noNaN: true }), (scale) => {
        const floors = floorsForScale(scale);
        expect(floors.text * scale).toBeGreaterThanOrEqual(SLIDE_MIN_TEXT);
        expect(Math.max(14, floors.title) * scale).toBeGreaterThanOrEqual(SLIDE_MIN_TITLE - 1e-9);
      }),
    );
  });
});
