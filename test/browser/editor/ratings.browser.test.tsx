/**
 * A rated journey in real Chromium, at the editor's opening view: each rated card shows its n
 * at 12 px or more on screen (computed font size × the zoom it is drawn at), beside the emotion
 * badge and inside the card; the band at a rated touchpoint is drawn, visible (a real height on
 * screen, the whisker's colour painted) and around its point; the disagreement mark is on screen.
 */
import { render, screen } from '@testing-library/react';
import { page } from 'vitest/browser';
import { JourneyEditor } from 'journey-canvas';
import { ratedJourney } from '../../picture/ratedJourney';

function mapRegion(): HTMLElement {
  const [map] = screen.getAllByRole('region', { name: /^Journey map|^旅程地图/ });
  if (!map) throw new Error('no map on screen');
  return map;
}

/** Screen px per own px of an HTML element (the zoom it is drawn at). */
function scaleOf(element: HTMLElement): number {
  return element.offsetWidth > 0 ? element.getBoundingClientRect().width / element.offsetWidth : 0;
}

async function settled(pane: HTMLElement): Promise<void> {
  let last = '';
  await expect
    .poll(
      () => {
        const transform = pane.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
        const ready = transform !== '' && transform === last && pane.querySelector('.jc-card__ratings') !== null && pane.querySelector('[data-jc-band] rect') !== null;
        last = transform;
        return ready;
      },
      { interval: 100, timeout: 15_000 },
    )
    .toBe(true);
}

describe('a rated journey on screen', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    it(`shows n at 12 px or more beside each rated card's badge, and the bands (${locale})`, async () => {
      await page.viewport(1280, 800);
      // One rated card with a title long enough to run past the badge and the count beside it.
      const journey = ratedJourney(locale);
      const long = locale === 'en' ? 'Installation fails on commissioning day and the customer calls twice' : '调试当天安装失败，客户为此连续打了两次电话求助';
      const rated = journey.touchpoints.findIndex((touchpoint) => (touchpoint.ratings?.length ?? 0) > 0);
      journey.touchpoints[rated] = { ...journey.touchpoints[rated]!, title: long };
      render(<JourneyEditor defaultValue={journey} locale={locale} style={{ width: 1280, height: 800 }} />);
      const pane = mapRegion();
      await settled(pane);

      const counts = [...pane.querySelectorAll<HTMLElement>('.jc-card__ratings')];
      expect(counts).toHaveLength(4);
      for (const count of counts) {
        // The zoom, read on the card (184 px wide: offsetWidth's whole pixels round it finely).
        const px = parseFloat(getComputedStyle(count).fontSize) * scaleOf(count.parentElement!);
        expect(px, count.textContent ?? '').toBeGreaterThanOrEqual(12);
        const box = count.getBoundingClientRect();
        const badge = count.parentElement!.querySelector('.jc-card__emotion')!.getBoundingClientRect();
        const card = count.parentElement!.querySelector('.jc-card__body')!.getBoundingClientRect();
        // Under the badge, right-aligned with it, not over it, and inside the card.
        expect(box.top).toBeGreaterThanOrEqual(badge.bottom - 0.5);
        expect(Math.abs(box.right - badge.right)).toBeLessThan(1);
        expect(box.bottom).toBeLessThanOrEqual(card.bottom + 0.5);
        // Not over the title's text: every line of it beside the badge or the count ends left
        // of them (the lines below them may run across the card).
        const range = document.createRange();
        range.selectNodeContents(count.parentElement!.querySelector('.jc-card__title')!);
        for (const line of range.getClientRects()) {
          if (line.width === 0) continue;
          for (const mark of [box, badge]) {
            if (line.bottom > mark.top + 0.5 && line.top < mark.bottom - 0.5) expect(line.right, count.textContent ?? '').toBeLessThanOrEqual(mark.left + 0.5);
          }
        }
      }

      const bounds = pane.getBoundingClientRect();
      const whisker = pane.querySelector<SVGRectElement>('[data-jc-band="t2"] rect')!;
      const band = whisker.getBoundingClientRect();
      expect(band.height).toBeGreaterThan(40);
      expect(band.width).toBeGreaterThan(6);
      expect(band.top).toBeGreaterThanOrEqual(bounds.top);
      expect(band.bottom).toBeLessThanOrEqual(bounds.bottom);
      expect(getComputedStyle(whisker).fill).not.toMatch(/^(none|rgba\(0, 0, 0, 0\))$/);
      // Its point (the mean) sits on it.
      const point = pane.querySelector('[data-jc-point="t2"] .jc-point__dot')!.getBoundingClientRect();
      const middle = (point.top + point.bottom) / 2;
      expect(middle).toBeGreaterThan(band.top);
      expect(middle).toBeLessThan(band.bottom);
      expect(Math.abs((point.left + point.right) / 2 - (band.left + band.right) / 2)).toBeLessThan(1);

      const mark = pane.querySelector('[data-jc-band="t2"] .jc-band__mark')!.getBoundingClientRect();
      expect(mark.width).toBeGreaterThan(10);
      expect(mark.top).toBeGreaterThanOrEqual(bounds.top);
    });
  }
});
