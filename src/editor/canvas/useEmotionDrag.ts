/**
 * Dragging an emotion point up or down sets the touchpoint's emotion, snapped to 0.5, as one
 * gesture: one `setEmotion` at the drop, one undo step and one `onChange`. While it moves, the
 * value lives in the canvas's `emotionDrag` store (see emotionDrag.ts), read by the emotion layer
 * and the dragged card only.
 *
 * Each pointer move is drawn in its own handler, not deferred to an animation frame: browsers
 * already deliver moves once per frame (Chromium aligns them to the frame), and waiting for the
 * next animation frame made a step's drawing miss its frame about twice as often as bare React
 * Flow's node drag on a busy 2-core machine (bench/editor/pairs.ts: 236 against 116 steps over
 * 25 ms of 600 at 40 touchpoints; drawn in the handler, 152 against 122).
 */
import { useCallback } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { useStoreApi } from '@xyflow/react';
import { pixelsPerEmotion, snapEmotion } from '../../layout';
import { useJourneyStoreApi } from '../JourneyStoreContext';
import { useCanvasApi } from './CanvasContext';
import { DRAG_THRESHOLD } from './useCardDrag';

export function useEmotionDrag() {
  const store = useJourneyStoreApi();
  const canvas = useCanvasApi();
  const flow = useStoreApi();

  return useCallback(
    (touchpointId: string, event: ReactPointerEvent<Element>) => {
      if (event.button !== 0 || !event.isPrimary) return;
      event.stopPropagation();
      store.getState().select({ kind: 'touchpoint', id: touchpointId });
      const lane = canvas.layout.current.emotion;
      const point = lane?.points.find((candidate) => candidate.touchpointId === touchpointId);
      if (store.getState().readOnly || !lane || !point) return;
      const element = event.currentTarget;
      const pointerId = event.pointerId;
      element.setPointerCapture?.(pointerId);
      const startY = event.clientY;
      const zoom = flow.getState().transform[2] || 1;
      const perUnit = pixelsPerEmotion(lane);
      let started = false;
      let done = false;
      let last = point.emotion;
      let pointerY = startY;
      let gesture: unknown = null;
      let stopWatching = () => {};

      const show = () => {
        const emotion = snapEmotion(point.emotion - (pointerY - startY) / zoom / perUnit);
        if (emotion === last) return;
        last = emotion;
        canvas.emotionDrag.setState({ drag: { touchpointId, emotion } });
      };
      const move = (moveEvent: Event) => {
        const pointer = moveEvent as PointerEvent;
        if (pointer.pointerId !== pointerId) return;
        pointerY = pointer.clientY;
        if (!started) {
          if (Math.abs(pointerY - startY) < DRAG_THRESHOLD) return;
          started = true;
          store.getState().beginGesture();
          gesture = store.getState().gesture;
          // Escape on the map, an undo or a load ends the gesture under the drag: it stops there.
          stopWatching = store.subscribe((state) => {
            if (state.gesture !== gesture) finish(false);
          });
          canvas.emotionDrag.setState({ drag: { touchpointId, emotion: last } });
        }
        show();
      };
      const finish = (commit: boolean) => {
        if (done) return;
        done = true;
        element.removeEventListener('pointermove', move);
        element.removeEventListener('pointerup', up);
        element.removeEventListener('pointercancel', cancel);
        element.removeEventListener('keydown', escape);
        if (element.hasPointerCapture?.(pointerId)) element.releasePointerCapture(pointerId);
        if (!started) return;
        stopWatching();
        const state = store.getState();
        if (state.gesture === gesture) {
          if (commit && last !== point.emotion) {
            state.updateGesture({ operation: 'setEmotion', args: { id: touchpointId, emotion: last } });
            store.getState().endGesture();
          } else {
            state.cancelGesture();
          }
        }
        canvas.emotionDrag.setState({ drag: null });
        canvas.focusTouchpoint(touchpointId, 'point');
      };
      const up = () => finish(true);
      const cancel = () => finish(false);
      const escape = (keyEvent: Event) => {
        if ((keyEvent as KeyboardEvent).key === 'Escape') {
          keyEvent.stopPropagation();
          finish(false);
        }
      };
      element.addEventListener('pointermove', move);
      element.addEventListener('pointerup', up);
      element.addEventListener('pointercancel', cancel);
      element.addEventListener('keydown', escape);
    },
    [store, canvas, flow],
  );
}
