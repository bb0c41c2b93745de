/**
 * A large map opened on the whole map (the default viewport) is far too zoomed out to read a
 * card: it is drawn as an outline (every card and chip as a shape, the curve and the peak / end
 * markers as usual) instead of thousands of nodes, and every way to a touchpoint zooms back in.
 */
import { render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { JourneyEditor } from 'journey-canvas';
import type { JourneyEditorHandle } from 'journey-canvas';
import { largeJourney } from '../../editor/canvas/fixtures';
import { pressAt, release } from '../harness/mouse';

const COUNT = 300;

function mount(count = COUNT) {
  const ref = createRef<JourneyEditorHandle>();
  const selections: unknown[] = [];
  const view = render(
    <JourneyEditor
      ref={ref}
      defaultValue={largeJourney(count)}
      // Opened whole (far out), where a large map is an outline; the default opens readable.
      initialView="fit"
      onSelectionChange={(selection) => selections.push(selection)}
      style={{ width: 1280, height: 800 }}
    />,
  );
  return { ref, selections, ...view };
}

function mapRegion(): HTMLElement {
  const [map] = screen.getAllByRole('region', { name: /^Journey map/ });
  if (!map) throw new Error('no map on screen');
  return map;
}

const cardsOnMap = () => within(mapRegion()).queryAllByRole('button', { name: /, emotion / });
const outlinePath = () => mapRegion().querySelector('.jc-outline__cards')?.getAttribute('d') ?? '';
const zoom = () => Number(/scale\(([-\d.e]+)\)/.exec(mapRegion().querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '')?.[1] ?? 0);

describe('a 300-touchpoint map opened whole', () => {
  it('is drawn as an outline: one shape per card, no card nodes, the moments still named', async () => {
    mount();
    await expect.poll(() => outlinePath().length).toBeGreaterThan(0);
    // One closed rectangle per touchpoint.
    expect(outlinePath().match(/z/g)?.length).toBe(COUNT);
    expect(cardsOnMap()).toEqual([]);
    expect(within(mapRegion()).getByRole('img', { name: /^Peak/ })).toBeTruthy();
    expect(within(mapRegion()).getByRole('img', { name: /^End/ })).toBeTruthy();
    // The whole map is in view.
    const map = mapRegion().querySelector('.jc-outline')?.getBoundingClientRect();
    const pane = mapRegion().getBoundingClientRect();
    expect(map && map.left >= pane.left - 1 && map.right <= pane.right + 1).toBe(true);
  });

  it('zooms in to a readable zoom on the touchpoint a click lands on, and selects it', async () => {
    const { selections } = mount();
    await expect.poll(() => outlinePath().length).toBeGreaterThan(0);
    const outline = mapRegion().querySelector('.jc-outline__cards');
    if (!outline) throw new Error('no outline');
    const box = outline.getBoundingClientRect();
    // Halfway along the journey, in the touchpoint lane.
    await pressAt({ x: box.left + box.width / 2, y: box.top + 2 });
    await release();
    await expect.poll(() => cardsOnMap().length).toBeGreaterThan(2);
    expect(zoom()).toBeGreaterThanOrEqual(0.6);
    expect(outlinePath()).toBe('');
    const selected = selections[selections.length - 1] as { kind: string; id: string } | undefined;
    expect(selected?.kind).toBe('touchpoint');
    const index = Number((selected?.id ?? '').replace(/\D/g, ''));
    expect(Math.abs(index - COUNT / 2)).toBeLessThan(COUNT / 10);
    await expect.poll(() => document.activeElement?.getAttribute('data-jc-card')).toBe(selected?.id);
  });

  it('lets the keyboard in through the first emotion point, and Right zooms in to the next touchpoint', async () => {
    mount();
    await expect.poll(() => outlinePath().length).toBeGreaterThan(0);
    const first = within(mapRegion()).getByRole('slider');
    first.focus();
    const { userEvent } = await import('vitest/browser');
    await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => document.activeElement?.getAttribute('aria-label') ?? '').toMatch(/^Emotion at Reads reviews 2/);
    expect(zoom()).toBeGreaterThanOrEqual(0.6);
    const point = (document.activeElement as Element).getBoundingClientRect();
    const pane = mapRegion().getBoundingClientRect();
    expect(point.left).toBeGreaterThanOrEqual(pane.left);
    expect(point.right).toBeLessThanOrEqual(pane.right);
  });

  it('keeps small maps as they are at any zoom', async () => {
    mount(40);
    await expect.poll(() => cardsOnMap().length).toBe(40);
    expect(outlinePath()).toBe('');
  });
});
