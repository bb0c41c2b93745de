/**
 * DESIGN.md: "On load the whole map fits the viewport … unless the host asks for another viewport."
 * Checked in real Chromium, where React Flow measures its pane.
 */
import { render, screen, within } from '@testing-library/react';
import { JourneyEditor, JourneyViewer } from 'journey-canvas';
import { largeJourney } from '../../editor/canvas/fixtures';

function mapRegion(): HTMLElement {
  const [map] = screen.getAllByRole('region', { name: /^Journey map|^旅程地图/ });
  if (!map) throw new Error('no map on screen');
  return map;
}

/** Every card of the map lies inside the map's pane (a pixel of tolerance for rounding). */
async function expectEveryCardInside(pane: HTMLElement, count: number) {
  await expect
    .poll(() => {
      const bounds = pane.getBoundingClientRect();
      const cards = within(pane).queryAllByRole('button', { name: /(, emotion|，情绪) / });
      if (cards.length !== count) return `${cards.length} cards`;
      const outside = cards.filter((card) => {
        const r = card.getBoundingClientRect();
        return r.left < bounds.left - 1 || r.right > bounds.right + 1 || r.top < bounds.top - 1 || r.bottom > bounds.bottom + 1;
      });
      return outside.length === 0 ? 'all inside' : `${outside.length} outside`;
    })
    .toBe('all inside');
}

describe('the viewport on load', () => {
  it('fits the whole 25-touchpoint map in the editor', async () => {
    render(<JourneyEditor defaultValue={largeJourney(25)} style={{ width: 1280, height: 800 }} />);
    await expectEveryCardInside(mapRegion(), 25);
  });

  it('fits the whole map in the viewer too, in Chinese', async () => {
    render(<JourneyViewer value={largeJourney(25, 'zh-CN')} locale="zh-CN" style={{ width: 1000, height: 600 }} />);
    await expectEveryCardInside(mapRegion(), 25);
  });

  it('opens on the first stages at a readable zoom when the host asks for initialView="readable"', async () => {
    render(<JourneyEditor defaultValue={largeJourney(25)} initialView="readable" style={{ width: 1280, height: 800 }} />);
    const pane = mapRegion();
    const first = await within(pane).findByRole('button', { name: /^Sees an ad on the metro 1, emotion/ });
    await expect.poll(() => first.getBoundingClientRect().left >= pane.getBoundingClientRect().left).toBe(true);
    // The journey goes on past the right edge: its last card is not in view (a map this size
    // mounts only the cards near the view, so it may not be in the page at all).
    const last = within(pane).queryByRole('button', { name: /^Sees an ad on the metro 25, emotion/ });
    expect(last === null || last.getBoundingClientRect().left > pane.getBoundingClientRect().right).toBe(true);
    expect(within(pane).getAllByRole('button', { name: /, emotion / }).length).toBeLessThan(25);
  });
});
