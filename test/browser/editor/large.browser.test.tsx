/**
 * Large maps (issue 6): only the part of the map in view is mounted, and nothing a person relies
 * on is lost by that: the keyboard still walks to cards that were off screen and focuses them,
 * a drag still edits, the mini-map moves the view, and the page stays axe-clean.
 */
import { render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import axe from 'axe-core';
import { JourneyEditor } from 'journey-canvas';
import type { JourneyEditorHandle } from 'journey-canvas';
import { largeJourney } from '../../editor/canvas/fixtures';
import { dragBy, pressAt, release } from '../harness/mouse';

const COUNT = 300;

function mount() {
  const ref = createRef<JourneyEditorHandle>();
  const view = render(<JourneyEditor ref={ref} defaultValue={largeJourney(COUNT)} initialView="readable" style={{ width: 1280, height: 800 }} />);
  return { ref, ...view };
}

function mapRegion(): HTMLElement {
  const [map] = screen.getAllByRole('region', { name: /^Journey map/ });
  if (!map) throw new Error('no map on screen');
  return map;
}

const cardsOnMap = () => within(mapRegion()).queryAllByRole('button', { name: /, emotion / });

describe('a 300-touchpoint map', () => {
  it('mounts the cards in view, not all of them', async () => {
    mount();
    await expect.poll(() => cardsOnMap().length).toBeGreaterThan(3);
    expect(cardsOnMap().length).toBeLessThan(COUNT / 2);
    expect(mapRegion().querySelectorAll('[data-jc-point]').length).toBeLessThan(COUNT / 2);
  });

  it('walks with the keyboard to cards that were off screen, focusing each', async () => {
    mount();
    await expect.poll(() => cardsOnMap().length).toBeGreaterThan(3);
    const first = within(mapRegion()).getByRole('button', { name: /^Sees an ad on the metro 1, emotion/ });
    first.focus();
    const { userEvent } = await import('vitest/browser');
    for (let i = 0; i < 40; i++) await userEvent.keyboard('{ArrowRight}');
    await expect.poll(() => document.activeElement?.getAttribute('aria-label') ?? '').toMatch(/^Sees an ad on the metro 41, emotion/);
    const box = (document.activeElement as HTMLElement).getBoundingClientRect();
    const pane = mapRegion().getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(pane.left);
    expect(box.right).toBeLessThanOrEqual(pane.right);
  });

  it('edits by dragging an emotion point', async () => {
    const { ref } = mount();
    const slider = await screen.findByRole('slider', { name: 'Emotion at Compares plans 3' });
    const before = ref.current?.getDocument().touchpoints.find((touchpoint) => touchpoint.id === 't2')?.emotion ?? 0;
    await dragBy(slider, { dx: 0, dy: -40 }, { steps: 8 });
    await expect.poll(() => ref.current?.getDocument().touchpoints.find((touchpoint) => touchpoint.id === 't2')?.emotion).toBeGreaterThan(before);
    expect(ref.current?.canUndo()).toBe(true);
  });

  it('moves the view where the mini-map is pressed', async () => {
    mount();
    const minimap = await screen.findByRole('img', { name: 'Mini map' });
    await expect.poll(() => cardsOnMap().length).toBeGreaterThan(3);
    const rect = minimap.getBoundingClientRect();
    await pressAt({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
    await release();
    // The middle of the journey comes into view; its start leaves it.
    const numbers = () => cardsOnMap().map((card) => Number(/ (\d+), emotion/.exec(card.getAttribute('aria-label') ?? '')?.[1]));
    await expect.poll(() => numbers().some((n) => n >= 140 && n <= 160)).toBe(true);
    expect(numbers()).not.toContain(1);
  });

  it('has no serious or critical axe-core violation', async () => {
    const { container } = mount();
    await expect.poll(() => cardsOnMap().length).toBeGreaterThan(3);
    const results = await axe.run(container, { resultTypes: ['violations'] });
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`)).toEqual([]);
  });

  it('without the emotion lane, still lets Tab into the map after the first card was scrolled away', async () => {
    render(
      <JourneyEditor
        defaultValue={largeJourney(COUNT)}
        lanes={['touchpoints', 'painPoints', 'delights', 'opportunities']}
        initialView="readable"
        style={{ width: 1280, height: 800 }}
      />,
    );
    const minimap = await screen.findByRole('img', { name: 'Mini map' });
    await expect.poll(() => cardsOnMap().length).toBeGreaterThan(3);
    const rect = minimap.getBoundingClientRect();
    await pressAt({ x: rect.left + rect.width * 0.9, y: rect.top + rect.height / 2 });
    await release();
    await expect.poll(() => within(mapRegion()).queryByRole('button', { name: /^Sees an ad on the metro 1, emotion/ })).toBeNull();
    // Tab from the toolbar's last control lands in the map, and on its first card.
    const { userEvent } = await import('vitest/browser');
    // The toolbar's last control (the shortcut sheet's button), so Tab goes on into the map.
    screen.getByRole('button', { name: 'Keyboard shortcuts' }).focus();
    await userEvent.keyboard('{Tab}');
    await expect.poll(() => document.activeElement?.getAttribute('aria-label') ?? '').toMatch(/^Sees an ad on the metro 1, emotion/);
  });
});
