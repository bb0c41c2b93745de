/**
 * DESIGN.md: "On load the map is readable: card titles at 12 CSS px or more on screen. The whole
 * map when it fits at that size; otherwise the start of the journey, the rest a pan away."
 * (`initialView="fit"` asks for the whole map however small.) Checked in real Chromium, where
 * React Flow measures its pane. legible.browser.test.tsx measures the texts themselves.
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

/** The zoom React Flow draws the map at. */
function zoomOf(pane: HTMLElement): number {
  const viewport = pane.querySelector<HTMLElement>('.react-flow__viewport');
  return viewport ? new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a : 0;
}

describe('the viewport on load', () => {
  it('opens a map that reads whole on the whole map', async () => {
    render(<JourneyViewer value={largeJourney(5)} lanes={['touchpoints', 'emotion']} style={{ width: 1280, height: 800 }} />);
    await expectEveryCardInside(mapRegion(), 5);
    // At a zoom where a 14 px title is 12 px or more.
    expect(zoomOf(mapRegion())).toBeGreaterThanOrEqual(12 / 14);
  });

  it('opens a map too large to read whole on its first stages at a readable zoom', async () => {
    render(<JourneyEditor defaultValue={largeJourney(25)} style={{ width: 1280, height: 800 }} />);
    const pane = mapRegion();
    const first = await within(pane).findByRole('button', { name: /^Sees an ad on the metro 1, emotion/ });
    await expect.poll(() => first.getBoundingClientRect().left >= pane.getBoundingClientRect().left).toBe(true);
    expect(zoomOf(pane)).toBeGreaterThanOrEqual(12 / 14);
    // The journey goes on past the right edge: its last card is not in view (a map this size
    // mounts only the cards near the view, so it may not be in the page at all).
    const last = within(pane).queryByRole('button', { name: /^Sees an ad on the metro 25, emotion/ });
    expect(last === null || last.getBoundingClientRect().left > pane.getBoundingClientRect().right).toBe(true);
    expect(within(pane).getAllByRole('button', { name: /, emotion / }).length).toBeLessThan(25);
  });

  it('fits the whole 25-touchpoint map in the editor when the host asks for initialView="fit"', async () => {
    render(<JourneyEditor defaultValue={largeJourney(25)} initialView="fit" style={{ width: 1280, height: 800 }} />);
    await expectEveryCardInside(mapRegion(), 25);
  });

  it('fits the whole map in the viewer too, in Chinese', async () => {
    render(<JourneyViewer value={largeJourney(25, 'zh-CN')} locale="zh-CN" initialView="fit" style={{ width: 1000, height: 600 }} />);
    await expectEveryCardInside(mapRegion(), 25);
  });
});
