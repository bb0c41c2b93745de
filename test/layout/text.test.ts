/** Text wrapping for images: words stay whole, CJK breaks per character, clamped text says so. */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { fitText, measureText, resetTextMeasurer, truncateText, wrapText } from '../../src/layout/text';

const FONT = { size: 14 };

afterEach(() => resetTextMeasurer());

describe('wrapText', () => {
  it('breaks English between words, every line within the width', () => {
    const lines = wrapText('Gets the order confirmation email from the shop', 120, FONT);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Gets the order confirmation email from the shop');
    for (const line of lines) expect(measureText(line, FONT)).toBeLessThanOrEqual(120);
  });

  it('breaks Chinese between any two characters, and keeps closing punctuation off a line start', () => {
    const text = '在朋友圈看到朋友的推荐，然后搜索用户评价。';
    const lines = wrapText(text, 70, FONT);
    expect(lines.join('')).toBe(text);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) {
      expect(line).not.toMatch(/^[，。]/);
      expect(measureText(line, FONT)).toBeLessThanOrEqual(70 + FONT.size); // a kept-together punctuation may overhang by one
    }
  });

  it('breaks a word longer than a line where it overflows', () => {
    const lines = wrapText('https://example.com/a/very/long/path/without/spaces', 100, FONT);
    expect(lines.join('')).toBe('https://example.com/a/very/long/path/without/spaces');
    for (const line of lines) expect(measureText(line, FONT)).toBeLessThanOrEqual(100);
  });

  it('clamps to maxLines with an ellipsis on the last line', () => {
    const lines = wrapText('one two three four five six seven eight nine ten eleven twelve', 60, FONT, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    for (const line of lines) expect(measureText(line, FONT)).toBeLessThanOrEqual(60);
  });

  it('never loses or invents text when it does not clamp (any mix of scripts)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('ab', 'word', 'longerword', '情', '绪', '曲线', ' ', ' '), { maxLength: 30 }), fc.integer({ min: 20, max: 300 }), (parts, width) => {
        const text = parts.join('').replace(/\s+/g, ' ').trim();
        const lines = wrapText(text, width, FONT);
        expect(lines.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
        for (const line of lines) expect(line).toBe(line.trim());
      }),
    );
  });

  it('gives no lines for empty text', () => {
    expect(wrapText('   ', 100, FONT)).toEqual([]);
  });
});

describe('truncateText', () => {
  it('keeps text that fits and cuts text that does not, with an ellipsis within the width', () => {
    expect(truncateText('web', 100, FONT)).toBe('web');
    const cut = truncateText('Customer success and onboarding team', 80, FONT);
    expect(cut).toMatch(/…$/);
    expect(measureText(cut, FONT)).toBeLessThanOrEqual(80);
  });
});

describe('fitText', () => {
  it('keeps the font size when the text fits', () => {
    expect(fitText('Searches for reviews', 120, 40, FONT, 20)).toEqual({ lines: ['Searches for', 'reviews'], size: 14, lineHeight: 20 });
  });

  it('sets a text a little smaller rather than cutting it, within the box', () => {
    const text = 'Calls the hotline about the size of the winter jacket';
    expect(wrapText(text, 100, FONT).length).toBeGreaterThan(3);
    const fitted = fitText(text, 100, 60, FONT, 20);
    expect(fitted.size).toBeLessThan(14);
    expect(fitted.lines.join(' ')).toBe(text);
    expect(fitted.lines.length * fitted.lineHeight).toBeLessThanOrEqual(60);
  });

  it('cuts with an ellipsis only what does not fit at the smallest size', () => {
    const fitted = fitText('word '.repeat(60).trim(), 100, 40, FONT, 20);
    expect(fitted.size).toBe(11);
    expect(fitted.lines.at(-1)).toMatch(/…$/);
    expect(fitted.lines.length * fitted.lineHeight).toBeLessThanOrEqual(40);
  });
});

describe('CJK last lines', () => {
  it('leaves no single character alone on the last line: the one before it comes down too', () => {
    const text = '到政务服务中心窗口办理业务南';
    for (let width = 40; width <= 200; width += 7) {
      const lines = wrapText(text, width, FONT);
      expect(lines.join('')).toBe(text);
      if (lines.length > 1) expect(Array.from(lines[lines.length - 1] as string).length, `width ${width}: ${lines.join('|')}`).toBeGreaterThan(1);
    }
  });
});
