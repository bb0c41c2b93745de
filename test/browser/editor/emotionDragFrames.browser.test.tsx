/**
 * An emotion drag draws its frames straight into the emotion layer's elements (no React render
 * per frame; src/editor/canvas/emotionDragPaint.ts) and React draws the settled map at the drop.
 * What the drag showed last must be what the settled map shows, markers included when a moment
 * passes to the dragged touchpoint mid-drag; Escape must leave the layer exactly as it was.
 */
import { act, render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { JourneyEditor } from 'journey-canvas';
import type { JourneyEditorHandle } from 'journey-canvas';
import { centerOf, moveTo, pressAt, release } from '../harness/mouse';
import { shuffledJourney } from '../../editor/canvas/fixtures';

function mount() {
  const ref = createRef<JourneyEditorHandle>();
  const onChange = vi.fn();
  render(<JourneyEditor ref={ref} defaultValue={shuffledJourney()} onChange={onChange} initialView="fit" style={{ width: 1200, height: 760 }} />);
  return { ref, onChange };
}

function layer(): SVGSVGElement {
  const svg = document.querySelector<SVGSVGElement>('svg.jc-emotion');
  if (!svg) throw new Error('no emotion layer');
  return svg;
}

/** Everything the emotion layer shows of the curve, the tints, the markers and one point (its readout left out). */
function shown(slider: Element) {
  const svg = layer();
  const point = slider.cloneNode(true) as Element;
  point.querySelector('.jc-point__readout')?.remove();
  return {
    curve: [...svg.querySelectorAll('.jc-emotion__curve')].map((path) => path.getAttribute('d')),
    tints: [...svg.querySelectorAll('path[clip-path]')].map((path) => path.getAttribute('d')),
    markers: svg.querySelector('.jc-markers')?.outerHTML,
    point: point.outerHTML,
  };
}

function marker(kind: string): Element | null {
  return layer().querySelector(`.jc-markers [data-moment="${kind}"]`);
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('an emotion drag drawn in place', () => {
  it('moves the end marker and hands the worst moment to the dragged point live, and the drop draws exactly that', async () => {
    const { ref, onChange } = mount();
    // "Answers a survey" (+1) is the journey's end; the worst moment is "Installation failed" (−4.5).
    const slider = await screen.findByRole('slider', { name: 'Emotion at Answers a survey' });
    expect(marker('worst')?.getAttribute('aria-label')).toMatch(/Installation failed/);
    const endBefore = marker('end')?.getAttribute('transform');
    const start = centerOf(slider.querySelector('.jc-point__dot') as Element);
    await pressAt(start);
    // Far below the lane: the value stops at −5, under the worst moment's −4.5.
    await moveTo({ x: start.x, y: start.y + 400 }, { steps: 8 });
    await nextFrame();
    expect(slider.getAttribute('aria-valuenow')).toBe('-5');
    expect(marker('end')?.getAttribute('aria-label')).toMatch(/Answers a survey.*−5/);
    expect(marker('end')?.getAttribute('transform')).not.toBe(endBefore);
    // The worst moment passed to the dragged point (the markers re-rendered once); the peak stayed.
    expect(marker('worst')?.getAttribute('aria-label')).toMatch(/Answers a survey/);
    expect(marker('peak')?.getAttribute('aria-label')).toMatch(/Visits the website/);
    const during = shown(slider);
    expect(onChange).not.toHaveBeenCalled();

    await release();
    await nextFrame();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(ref.current?.getDocument().touchpoints.find((touchpoint) => touchpoint.id === 'survey')?.emotion).toBe(-5);
    expect(shown(slider)).toEqual(during);
  });

  it('moves a marker with the dragged point while its moments stay put, and the drop draws exactly that', async () => {
    const { onChange } = mount();
    // "Answers a survey" (+1) is the end; dragged up a little it stays the end and nothing else.
    const slider = await screen.findByRole('slider', { name: 'Emotion at Answers a survey' });
    const before = { end: marker('end')?.outerHTML, peak: marker('peak')?.outerHTML, worst: marker('worst')?.outerHTML };
    const start = centerOf(slider.querySelector('.jc-point__dot') as Element);
    await pressAt(start);
    await moveTo({ x: start.x, y: start.y - 12 }, { steps: 3 });
    await nextFrame();
    const value = slider.getAttribute('aria-valuetext') ?? '';
    expect(value).not.toBe('+1');
    expect(marker('end')?.getAttribute('aria-label')).toMatch(/Answers a survey/);
    expect(marker('end')?.outerHTML).not.toBe(before.end);
    expect(marker('end')?.textContent).toContain(value);
    expect(marker('peak')?.outerHTML).toBe(before.peak);
    expect(marker('worst')?.outerHTML).toBe(before.worst);
    const during = shown(slider);
    await release();
    await nextFrame();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(shown(slider)).toEqual(during);
  });

  it('leaves the layer exactly as it was on Escape', async () => {
    const { ref, onChange } = mount();
    const slider = await screen.findByRole('slider', { name: 'Emotion at Calls the hotline' });
    const start = centerOf(slider.querySelector('.jc-point__dot') as Element);
    await pressAt(start);
    await nextFrame();
    const pressed = layer().innerHTML;
    await moveTo({ x: start.x, y: start.y + 400 }, { steps: 8 });
    await nextFrame();
    expect(layer().innerHTML).not.toBe(pressed);
    act(() => {
      slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    });
    await release();
    await nextFrame();
    expect(layer().innerHTML).toBe(pressed);
    expect(onChange).not.toHaveBeenCalled();
    expect(ref.current?.getDocument().touchpoints.find((touchpoint) => touchpoint.id === 'call')?.emotion).toBe(-1);
    const [map] = screen.getAllByRole('region', { name: /^Journey map/ });
    expect(within(map as HTMLElement).getByRole('button', { name: /^Calls the hotline, emotion −1/ })).toBeTruthy();
  });
});
