/**
 * Issue 16, item 2: the zoom controls and the mini-map never cover cards, the curve or stage
 * headers (they sit in a strip of their own under the map), at the opening view and after panning
 * to the end and the bottom of the map. The frozen panes behave like the canvas they cover: a
 * drag or the wheel on them moves the map, a click on them never reaches a card scrolled
 * underneath, and a lane's name stays readable while its lane is on screen.
 */
import { render, screen, within } from '@testing-library/react';
import { page } from 'vitest/browser';
import { JourneyEditor } from 'journey-canvas';
import { coveredByDock } from '../harness/coveredByDock';
import { drag, wheelAt } from '../harness/mouse';
import type { FramePoint } from '../harness/mouse';
import { fullJourney } from './fullJourney';

function mapRegion(): HTMLElement {
  const [map] = screen.getAllByRole('region', { name: /^Journey map/ });
  if (!map) throw new Error('no map on screen');
  return map;
}

function paneOf(map: HTMLElement): HTMLElement {
  const pane = map.querySelector<HTMLElement>('.react-flow');
  if (!pane) throw new Error('no React Flow pane');
  return pane;
}

function transformOf(map: HTMLElement): string {
  return map.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
}

async function settled(map: HTMLElement) {
  let last = '';
  await expect
    .poll(
      () => {
        const now = transformOf(map);
        const same = now !== '' && now === last;
        last = now;
        return same;
      },
      { interval: 100 },
    )
    .toBe(true);
}

/** A point on the map's own background (no card, chip or control), searched from the bottom right of the pane. */
function backgroundSpot(map: HTMLElement): FramePoint {
  const pane = paneOf(map).getBoundingClientRect();
  for (let y = pane.bottom - 20; y > pane.top + 150; y -= 17) {
    for (let x = pane.right - 20; x > pane.left + 400; x -= 23) {
      const hit = document.elementFromPoint(x, y);
      if (hit?.classList.contains('react-flow__pane')) return { x, y };
    }
  }
  throw new Error('no empty background in the pane');
}

/** Pans (drags the background up and left) until the map's last card and its bottom are in view. */
async function panToEndAndBottom(map: HTMLElement, lastId: string) {
  const pane = paneOf(map).getBoundingClientRect();
  for (let i = 0; i < 16; i++) {
    const last = map.querySelector(`[data-jc-card="${lastId}"]`)?.getBoundingClientRect();
    const bottom = Math.max(...[...map.querySelectorAll('[data-jc-lane-band]')].map((band) => band.getBoundingClientRect().bottom));
    const dx = last ? Math.max(0, last.right - pane.right + 24) : 350;
    const dy = Math.max(0, bottom - pane.bottom + 8);
    if (dx === 0 && dy === 0) return;
    const from = backgroundSpot(map);
    await drag(from, { x: from.x - Math.min(dx, 350, from.x - pane.left - 200), y: from.y - Math.min(dy, 250, from.y - pane.top - 100) }, { steps: 8 });
    await settled(map);
  }
  throw new Error('could not pan to the end and the bottom of the map');
}

describe('the dock: zoom controls and mini-map off the map', () => {
  for (const [width, height] of [
    [1280, 720],
    [1440, 900],
  ] as const) {
    it(`covers no card, header or emotion point at ${width}×${height}, opening and panned to the end and bottom`, async () => {
      await page.viewport(width, height);
      const journey = fullJourney(25);
      const lastId = journey.touchpoints.at(-1)?.id ?? '';
      render(<JourneyEditor defaultValue={journey} style={{ width, height }} />);
      const map = mapRegion();
      await within(map).findByRole('button', { name: /^Sees an ad on the metro 1, emotion/ });
      await expect.poll(() => map.querySelector('.jc-minimap__svg')).not.toBeNull();
      await settled(map);
      expect(coveredByDock(map)).toEqual([]);

      await panToEndAndBottom(map, lastId);
      expect(map.querySelector(`[data-jc-card="${lastId}"]`)).not.toBeNull();
      expect(coveredByDock(map)).toEqual([]);
      // The mini-map folds away and comes back, in the dock.
      await within(map).getByRole('button', { name: 'Hide the mini map' }).click();
      expect(map.querySelector('.jc-minimap__svg')).toBeNull();
      await within(map).getByRole('button', { name: 'Show the mini map' }).click();
      expect(map.querySelector('.jc-minimap__svg')).not.toBeNull();
      expect(coveredByDock(map)).toEqual([]);
    });
  }
});

describe('frozen panes behave like the canvas', () => {
  it('keeps lane names readable while their lane is on screen, takes clicks off the cards underneath, and pans and zooms under the pointer', async () => {
    await page.viewport(1280, 720);
    const journey = fullJourney(25);
    render(<JourneyEditor defaultValue={journey} style={{ width: 1280, height: 720 }} />);
    const map = mapRegion();
    await within(map).findByRole('button', { name: /^Sees an ad on the metro 1, emotion/ });
    await settled(map);
    // Panned a little to the right, cards slide under the left pane. A click on the pane over one
    // selects nothing; a click on the same card where it shows selects it.
    const start = backgroundSpot(map);
    await drag(start, { x: start.x - 230, y: start.y }, { steps: 8 });
    await settled(map);
    const left = map.querySelector('.jc-frozen__left')?.getBoundingClientRect();
    const top = map.querySelector('.jc-frozen__top')?.getBoundingClientRect();
    if (!left || !top) throw new Error('no frozen panes');
    const hidden = [...map.querySelectorAll<HTMLElement>('[data-jc-card]')]
      .map((element) => element.getBoundingClientRect())
      .find((box) => box.left < left.right - 20 && box.right > left.right + 20 && box.top > top.bottom);
    if (!hidden) throw new Error('no card under the left pane');
    const spot = { x: left.right - 10, y: hidden.top + hidden.height / 2 };
    expect(document.elementFromPoint(spot.x, spot.y)?.closest('.jc-frozen__left')).not.toBeNull();
    await drag(spot, spot, { steps: 1 });
    expect(map.querySelector('.jc-card--selected')).toBeNull();
    await drag({ x: left.right + 10, y: spot.y }, { x: left.right + 10, y: spot.y }, { steps: 1 });
    await expect.poll(() => map.querySelector('.jc-card--selected')).not.toBeNull();

    await panToEndAndBottom(map, journey.touchpoints.at(-1)?.id ?? '');

    // Panned to the bottom, every lane still on screen below the stage headers shows its name there, inside the lane.
    const headers = map.querySelector('.jc-frozen__top')?.getBoundingClientRect();
    if (!headers) throw new Error('no header pane');
    let named = 0;
    let scrolledUnder = 0;
    for (const band of map.querySelectorAll('[data-jc-lane-band]')) {
      const lane = band.getAttribute('data-jc-lane-band');
      const box = band.getBoundingClientRect();
      if (box.bottom < headers.bottom + 48) continue;
      const name = map.querySelector(`[data-jc-lane="${lane}"]`)?.getBoundingClientRect();
      expect(name, lane ?? '').toBeDefined();
      expect(name?.top, `${lane} name top`).toBeGreaterThanOrEqual(headers.bottom - 1);
      expect(name?.bottom, `${lane} name bottom`).toBeLessThanOrEqual(box.bottom + 1);
      named++;
      if (box.top < headers.bottom) scrolledUnder++;
    }
    expect(named).toBeGreaterThanOrEqual(2);
    // At least one of them had its top (where its name is drawn unpanned) under the headers.
    expect(scrolledUnder).toBeGreaterThanOrEqual(1);

    // The wheel over a stage header's button zooms the map, as over the canvas
    // (a button of a stage header that the pointer can reach: its centre is not under the left pane)
    const header = [...map.querySelectorAll<HTMLElement>('.jc-frozen__header button')].find((button) => {
      const box = button.getBoundingClientRect();
      return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.closest('button') === button;
    });
    if (!header) throw new Error('no stage header button');
    const before = transformOf(map);
    const box = header.getBoundingClientRect();
    const over = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    expect(document.elementFromPoint(over.x, over.y)?.closest('button')).toBe(header);
    await wheelAt(over, -200);
    await expect.poll(() => transformOf(map)).not.toBe(before);
  });
});
