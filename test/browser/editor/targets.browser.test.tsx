/**
 * Issue 16, "frozen panes" and "targets and feedback": lane names and stage headers stay where
 * they are on screen while the map pans; every control on the canvas is at least 24×24 CSS px at
 * the opening zoom (WCAG 2.5.8); the card toolbar stays off the stage headers; an emotion drag
 * shows its value beside the pointer.
 */
import { render, screen, within } from '@testing-library/react';
import { page } from 'vitest/browser';
import { JourneyEditor } from 'journey-canvas';
import { centerOf, drag, moveTo, pressAt, release } from '../harness/mouse';
import type { FramePoint } from '../harness/mouse';
import { fullJourney } from './fullJourney';

function mapRegion(): HTMLElement {
  const [map] = screen.getAllByRole('region', { name: /^Journey map/ });
  if (!map) throw new Error('no map on screen');
  return map;
}

function laneName(pane: HTMLElement, name: string): Element {
  const found = [...pane.querySelectorAll('[data-jc-pane="lanes"] .jc-lane-name')].find((element) => element.textContent === name);
  if (!found) throw new Error(`no lane name ${name}`);
  return found;
}

/** A point on the map's empty background: in the emotion lane, halfway between two points in view, low in the lane. */
function emptySpot(pane: HTMLElement): FramePoint {
  const bounds = pane.getBoundingClientRect();
  const centres = within(pane)
    .getAllByRole('slider')
    .map((slider) => slider.getBoundingClientRect())
    .map((rect) => rect.left + rect.width / 2)
    .filter((x) => x > bounds.left + 150 && x < bounds.right - 50)
    .sort((a, b) => a - b);
  const [a, b] = centres;
  if (a === undefined || b === undefined) throw new Error('fewer than two points in view');
  const grid = [...pane.querySelectorAll('.jc-scale-grid line')].map((line) => line.getBoundingClientRect().top);
  return { x: (a + b) / 2, y: Math.max(...grid) + 6 };
}

async function settled(pane: HTMLElement) {
  let last = '';
  await expect
    .poll(() => {
      const now = pane.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
      const same = now !== '' && now === last;
      last = now;
      return same;
    }, { interval: 100 })
    .toBe(true);
}

describe('frozen panes', () => {
  it('keeps lane names at the left and stage headers at the top while the map pans right and down', async () => {
    await page.viewport(1280, 800);
    render(<JourneyEditor defaultValue={fullJourney(25)} style={{ width: 1280, height: 800 }} />);
    const pane = mapRegion();
    await within(pane).findByRole('button', { name: /^Sees an ad on the metro 1, emotion/ });
    await settled(pane);
    const bounds = pane.getBoundingClientRect();
    const at = () => {
      const name = laneName(pane, 'Pain points').getBoundingClientRect();
      const header = within(pane).getByRole('button', { name: 'Stage Consideration' }).getBoundingClientRect();
      return { nameLeft: Math.round(name.left), headerTop: Math.round(header.top), header };
    };
    const card = () => {
      // A node low on the map, still mounted after panning down (React Flow unmounts what is out of view).
      const element = pane.querySelector('.react-flow__node[data-id="metrics:t6"]');
      if (!element) throw new Error('metrics of t6 are not on the map');
      return element.getBoundingClientRect();
    };

    // Pan right and down (the map moves left and up), then further.
    const first = emptySpot(pane);
    await drag(first, { x: first.x - 250, y: first.y - 150 }, { steps: 10 });
    await settled(pane);
    const after = at();
    const cardAfter = card();
    const second = emptySpot(pane);
    await drag(second, { x: second.x - 120, y: second.y - 100 }, { steps: 10 });
    await settled(pane);
    const further = at();
    // The map moved under them...
    expect(card().left).toBeLessThan(cardAfter.left - 100);
    // ...and they stayed at the same place, inside the map's pane.
    expect(further.nameLeft).toBe(after.nameLeft);
    expect(further.headerTop).toBe(after.headerTop);
    expect(further.nameLeft).toBeGreaterThanOrEqual(Math.round(bounds.left));
    expect(further.headerTop).toBeGreaterThanOrEqual(Math.round(bounds.top));
    expect(further.header.right).toBeGreaterThan(bounds.left);
  });
});

describe('targets and feedback', () => {
  it('gives every control on the canvas a hit area of at least 24×24 px at the opening zoom, the toolbar off the headers', async () => {
    await page.viewport(1280, 800);
    render(<JourneyEditor defaultValue={fullJourney(14)} style={{ width: 1280, height: 800 }} />);
    const pane = mapRegion();
    const card = await within(pane).findByRole('button', { name: /^Reads reviews 2, emotion/ });
    await settled(pane);
    await pressAt(centerOf(card));
    await release();
    const toolbar = await within(pane).findByRole('toolbar');
    const bounds = pane.getBoundingClientRect();
    const controls = [...pane.querySelectorAll<Element>('button, [role="slider"]')].filter((element) => {
      const rect = element.getBoundingClientRect();
      // On screen (a culled or scrolled-away control is not a target now).
      return rect.width > 0 && rect.right > bounds.left && rect.left < bounds.right && rect.bottom > bounds.top && rect.top < bounds.bottom;
    });
    expect(controls.length).toBeGreaterThan(30);
    const small = controls
      .map((element) => ({ name: element.getAttribute('aria-label') ?? element.textContent, rect: element.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width < 24 || rect.height < 24)
      .map(({ name, rect }) => `${name}: ${rect.width.toFixed(1)}×${rect.height.toFixed(1)}`);
    expect(small).toEqual([]);
    const buttons = within(toolbar).getAllByRole('button');
    expect(buttons).toHaveLength(7);
    const bar = toolbar.getBoundingClientRect();
    for (const header of pane.querySelectorAll('.jc-stage')) {
      const rect = header.getBoundingClientRect();
      const overlaps = bar.left < rect.right && bar.right > rect.left && bar.top < rect.bottom && bar.bottom > rect.top;
      expect(overlaps, header.getAttribute('aria-label') ?? '').toBe(false);
    }
  });

  it('shows the value beside the pointer while an emotion point is dragged, and hides it after', async () => {
    await page.viewport(1280, 800);
    render(<JourneyEditor defaultValue={fullJourney(9)} style={{ width: 1280, height: 800 }} />);
    const pane = mapRegion();
    const point = await within(pane).findByRole('slider', { name: 'Emotion at Reads reviews 2' });
    await settled(pane);
    const before = point.getAttribute('aria-valuetext');
    const start = point.getBoundingClientRect();
    const from = { x: start.left + start.width / 2, y: start.top + start.height / 2 };
    await pressAt(from);
    await moveTo({ x: from.x, y: from.y - 45 }, { steps: 8 });
    const readout = await expect.poll(() => pane.querySelector('.jc-point__readout')).toBeTruthy().then(() => pane.querySelector('.jc-point__readout'));
    const value = point.getAttribute('aria-valuetext');
    expect(readout?.textContent).toBe(value);
    expect(value).not.toBe(before);
    const rect = readout?.getBoundingClientRect();
    if (!rect) throw new Error('no readout');
    // Beside the pointer: within a few dozen pixels of it, to its right, not under it.
    expect(rect.left).toBeGreaterThan(from.x);
    expect(rect.left - from.x).toBeLessThan(40);
    expect(Math.abs(rect.top + rect.height / 2 - (from.y - 45))).toBeLessThan(20);
    await release();
    await expect.poll(() => pane.querySelector('.jc-point__readout')).toBeNull();
  });
});
