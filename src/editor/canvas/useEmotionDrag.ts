/**
 * Dragging an emotion point up or down sets the touchpoint's emotion, snapped to 0.5, as one
 * gesture (`setEmotion` on every step, one undo step and one `onChange` at the end).
 */
import { useCallback } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { useStoreApi } from '@xyflow/react';
import { pixelsPerEmotion, snapEmotion } from '../../layout';
import { useJourneyStoreApi } from '../JourneyStoreContext';
import { useCanvasApi } from './CanvasContext';
import { DRAG_THRESHOLD } from './useCardDrag';

/** `onDragging` hears which point is being dragged (null when the drag ends), for the value readout. */
export function useEmotionDrag(onDragging?: (touchpointId: string | null) => void) {
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
      let last = point.emotion;

      const move = (moveEvent: Event) => {
        const pointer = moveEvent as PointerEvent;
        if (pointer.pointerId !== pointerId) return;
        if (!started) {
          if (Math.abs(pointer.clientY - startY) < DRAG_THRESHOLD) return;
          started = true;
          store.getState().beginGesture();
          onDragging?.(touchpointId);
        }
        const emotion = snapEmotion(point.emotion - (pointer.clientY - startY) / zoom / perUnit);
        if (emotion === last) return;
        last = emotion;
        store.getState().updateGesture({ operation: 'setEmotion', args: { id: touchpointId, emotion } });
      };
      const finish = (commit: boolean) => {
        element.removeEventListener('pointermove', move);
        element.removeEventListener('pointerup', up);
        element.removeEventListener('pointercancel', cancel);
        element.removeEventListener('keydown', escape);
        if (element.hasPointerCapture?.(pointerId)) element.releasePointerCapture(pointerId);
        if (!started) return;
        onDragging?.(null);
        if (commit) store.getState().endGesture();
        else store.getState().cancelGesture();
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
    [store, canvas, flow, onDragging],
  );
}
