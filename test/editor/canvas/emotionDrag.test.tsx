/**
 * An emotion drag as a host app sees it: the map shows the value under the pointer while the
 * document keeps its value until the drop, which is one edit (one `onChange`, one undo step);
 * Escape, on the point or on the map, puts the value back and edits nothing.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { JourneyEditor } from 'journey-canvas';
import type { JourneyDocument, JourneyEditorHandle } from 'journey-canvas';
import { shuffledJourney } from './fixtures';

function map(): HTMLElement {
  const [region] = screen.getAllByRole('region', { name: /^Journey map/ });
  if (!region) throw new Error('no map on screen');
  return region;
}

function emotionOf(ref: { current: JourneyEditorHandle | null }, id: string): number | undefined {
  return ref.current?.getDocument().touchpoints.find((touchpoint) => touchpoint.id === id)?.emotion;
}

async function nextFrame(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  });
}

function mount() {
  const ref = createRef<JourneyEditorHandle>();
  const onChange = vi.fn();
  render(<JourneyEditor ref={ref} defaultValue={shuffledJourney()} onChange={onChange} initialView="fit" />);
  const point = screen.getByRole('slider', { name: 'Emotion at Calls the hotline' });
  return { ref, onChange, point };
}

/** Presses the point and moves the pointer `dy` px (negative: up) in a few steps, one frame after. */
async function dragPoint(point: HTMLElement, dy: number) {
  fireEvent.pointerDown(point, { button: 0, isPrimary: true, pointerId: 3, clientX: 100, clientY: 300 });
  for (let step = 1; step <= 4; step++) fireEvent.pointerMove(point, { pointerId: 3, clientX: 100, clientY: 300 + (dy * step) / 4 });
  await nextFrame();
}

describe('dragging an emotion point', () => {
  it('shows the value on the point and its card while dragged, and edits the document once, at the drop', async () => {
    const { ref, onChange, point } = mount();
    expect(emotionOf(ref, 'call')).toBe(-1);
    await dragPoint(point, -60);
    const shown = Number(point.getAttribute('aria-valuenow'));
    expect(shown).toBeGreaterThan(-1);
    expect(point.querySelector('.jc-point__readout')?.textContent).toBe(point.getAttribute('aria-valuetext'));
    // The card says the same value; the document does not change until the drop.
    expect(within(map()).getByRole('button', { name: new RegExp(`^Calls the hotline, emotion \\+?${shown}`) })).toBeTruthy();
    expect(emotionOf(ref, 'call')).toBe(-1);
    expect(onChange).not.toHaveBeenCalled();

    act(() => {
      fireEvent.pointerUp(point, { pointerId: 3, clientX: 100, clientY: 240 });
    });
    expect(emotionOf(ref, 'call')).toBe(shown);
    expect(onChange).toHaveBeenCalledTimes(1);
    const reported = onChange.mock.calls[0]?.[0] as JourneyDocument;
    expect(reported.touchpoints.find((touchpoint) => touchpoint.id === 'call')?.emotion).toBe(shown);
    expect(point.querySelector('.jc-point__readout')).toBeNull();
    act(() => {
      ref.current?.undo();
    });
    expect(emotionOf(ref, 'call')).toBe(-1);
    expect(ref.current?.canUndo()).toBe(false);
  });

  it('puts the value back on Escape, pressed on the point or on the map, and edits nothing', async () => {
    const { ref, onChange, point } = mount();
    for (const target of [() => point, map]) {
      await dragPoint(point, -60);
      expect(Number(point.getAttribute('aria-valuenow'))).toBeGreaterThan(-1);
      act(() => {
        fireEvent.keyDown(target(), { key: 'Escape' });
      });
      expect(point.getAttribute('aria-valuenow')).toBe('-1');
      expect(within(map()).getByRole('button', { name: /^Calls the hotline, emotion −1/ })).toBeTruthy();
      expect(point.querySelector('.jc-point__readout')).toBeNull();
      // The pointer is still down: moving and releasing it afterwards changes nothing.
      fireEvent.pointerMove(point, { pointerId: 3, clientX: 100, clientY: 200 });
      await nextFrame();
      act(() => {
        fireEvent.pointerUp(point, { pointerId: 3, clientX: 100, clientY: 200 });
      });
      expect(point.getAttribute('aria-valuenow')).toBe('-1');
    }
    expect(emotionOf(ref, 'call')).toBe(-1);
    expect(onChange).not.toHaveBeenCalled();
    expect(ref.current?.canUndo()).toBe(false);
  });
});
