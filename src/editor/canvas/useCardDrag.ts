/**
 * Dragging a card left or right moves its touchpoint (model operation `moveTouchpoint`) as one
 * gesture: the document follows live (other cards make room, the curve and markers follow),
 * history and `onChange` see one edit at the end. A press without movement only selects.
 */
import { useCallback } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { useStoreApi } from '@xyflow/react';
import { useJourneyStoreApi } from '../JourneyStoreContext';
import { useCanvasApi } from './CanvasContext';
import { dropTarget } from './dropTarget';

/** Screen pixels a press may wander before it counts as a drag. */
export const DRAG_THRESHOLD = 4;

export function useCardDrag(touchpointId: string) {
  const store = useJourneyStoreApi();
  const canvas = useCanvasApi();
  const flow = useStoreApi();

  return useCallback(
    (event: ReactPointerEvent<HTMLElement>) => {
      if (event.button !== 0 || !event.isPrimary) return;
      if ((event.target as Element).closest('button, input, textarea, [contenteditable="true"]')) return;
      store.getState().select({ kind: 'touchpoint', id: touchpointId });
      if (store.getState().readOnly || store.getState().editingTitleId === touchpointId) return;
      const card = canvas.layout.current.cardById.get(touchpointId);
      if (!card) return;
      const element = event.currentTarget;
      const pointerId = event.pointerId;
      element.setPointerCapture?.(pointerId);
      const startX = event.clientX;
      const startY = event.clientY;
      const zoom = flow.getState().transform[2] || 1;
      let started = false;
      let last = '';

      const move = (moveEvent: PointerEvent) => {
        if (moveEvent.pointerId !== pointerId) return;
        if (!started) {
          if (Math.abs(moveEvent.clientX - startX) < DRAG_THRESHOLD && Math.abs(moveEvent.clientY - startY) < DRAG_THRESHOLD) return;
          started = true;
          store.getState().beginGesture();
        }
        const dx = (moveEvent.clientX - startX) / zoom;
        canvas.cardDrag.setState({ drag: { touchpointId, startX: card.x, dx } });
        const target = dropTarget(canvas.layout.current, touchpointId, card.x + card.width / 2 + dx);
        const key = target ? `${target.stageId}\u0000${target.index}` : '';
        if (target && key !== last) {
          last = key;
          store.getState().updateGesture({ operation: 'moveTouchpoint', args: { id: touchpointId, ...target } });
        }
      };
      const finish = (commit: boolean) => {
        element.removeEventListener('pointermove', move);
        element.removeEventListener('pointerup', up);
        element.removeEventListener('pointercancel', cancel);
        element.removeEventListener('keydown', escape);
        if (element.hasPointerCapture?.(pointerId)) element.releasePointerCapture(pointerId);
        canvas.cardDrag.setState({ drag: null });
        if (!started) return;
        if (commit) store.getState().endGesture();
        else store.getState().cancelGesture();
        canvas.focusTouchpoint(touchpointId);
      };
      const up = () => finish(true);
      const cancel = () => finish(false);
      const escape = (keyEvent: KeyboardEvent) => {
        if (keyEvent.key === 'Escape') {
          keyEvent.stopPropagation();
          finish(false);
        }
      };
      element.addEventListener('pointermove', move);
      element.addEventListener('pointerup', up);
      element.addEventListener('pointercancel', cancel);
      element.addEventListener('keydown', escape);
    },
    [store, canvas, flow, touchpointId],
  );
}
