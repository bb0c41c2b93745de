/**
 * Performance contract (issue 6): during a drag, cards other than the dragged one do not
 * re-render. Every render of a card body is counted by wrapping the card component.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { JourneyEditor } from 'journey-canvas';
import type { JourneyEditorHandle } from 'journey-canvas';
import { largeJourney } from './fixtures';
import type * as CardModule from '../../../src/editor/canvas/TouchpointCard';

const renders = vi.hoisted(() => new Map<string, number>());

vi.mock('../../../src/editor/canvas/TouchpointCard', async (importOriginal) => {
  const original = await importOriginal<typeof CardModule>();
  function CountedCard(props: Parameters<typeof original.TouchpointCard>[0]) {
    renders.set(props.touchpoint.id, (renders.get(props.touchpoint.id) ?? 0) + 1);
    return original.TouchpointCard(props);
  }
  return { ...original, TouchpointCard: CountedCard };
});

function othersRendered(except: string): number {
  let count = 0;
  for (const [id, n] of renders) if (id !== except) count += n;
  return count;
}

describe('re-renders during a drag', () => {
  it('re-renders no other card while an emotion point is dragged', () => {
    const ref = createRef<JourneyEditorHandle>();
    render(<JourneyEditor ref={ref} defaultValue={largeJourney(40)} initialView="fit" />);
    expect(renders.size).toBe(40);
    const point = screen.getByRole('slider', { name: /^Emotion at Compares plans 11/ });
    fireEvent.pointerDown(point, { button: 0, isPrimary: true, pointerId: 7, clientX: 100, clientY: 300 });
    renders.clear();
    const before = ref.current?.getDocument().touchpoints.find((touchpoint) => touchpoint.id === 't10')?.emotion ?? 0;
    for (let step = 1; step <= 12; step++) {
      act(() => {
        fireEvent.pointerMove(point, { pointerId: 7, clientX: 100, clientY: 300 - step * 6 });
      });
    }
    act(() => {
      fireEvent.pointerUp(point, { pointerId: 7, clientX: 100, clientY: 228 });
    });
    const after = ref.current?.getDocument().touchpoints.find((touchpoint) => touchpoint.id === 't10')?.emotion ?? 0;
    // The drag did something (so the count below is about a real drag) …
    expect(after).toBeGreaterThan(before);
    expect(renders.get('t10') ?? 0).toBeGreaterThan(0);
    // … and no other card rendered.
    expect(othersRendered('t10')).toBe(0);
    expect(ref.current?.canUndo()).toBe(true);
  }, 30_000);
});
