/**
 * The canvas keyboard (issue 3, WCAG 2.1.1): everything the mouse does.
 *   Left/Right        select the previous/next touchpoint in journey order (focus follows)
 *   Up/Down           emotion ±0.5 (Shift: ±1)
 *   Alt+Left/Right    move one place earlier/later, across stage boundaries
 *   Enter, F2         edit the title in place
 *   Delete, Backspace remove
 *   N, Insert         add a touchpoint after the selection
 *   Escape            deselect
 * Undo/redo keys live on the editor root (they work outside the canvas too).
 */
import { useCallback } from 'react';
import type { KeyboardEvent } from 'react';
import { useJourneyStoreApi } from '../JourneyStoreContext';
import { addTouchpointAfter, changeEmotion, deleteTouchpoint, shiftTouchpoint } from '../canvas/actions';
import type { CanvasApi } from '../canvas/CanvasContext';
import { neighbourTouchpoint } from './places';

/** Keys typed into a field belong to the field. */
export function isTextInput(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

export function useCanvasKeyboard(canvas: CanvasApi) {
  const store = useJourneyStoreApi();
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.defaultPrevented || isTextInput(event.target)) return;
      if (event.ctrlKey || event.metaKey) return;
      const state = store.getState();
      const selectedId = state.selection?.kind === 'touchpoint' ? state.selection.id : null;
      const target = event.target as Element;
      // Focus stays on the kind of thing it was on: a card, or an emotion point.
      const part = target.closest?.('[data-jc-point]') ? 'point' : 'card';
      const select = (id: string | null) => {
        if (!id) return;
        state.select({ kind: 'touchpoint', id });
        canvas.focusTouchpoint(id, part);
      };
      let handled = true;
      switch (event.key) {
        case 'ArrowLeft':
        case 'ArrowRight': {
          const step = event.key === 'ArrowLeft' ? -1 : 1;
          if (event.altKey) {
            if (selectedId) {
              shiftTouchpoint(store, selectedId, step);
              canvas.focusTouchpoint(selectedId, part);
            }
          } else {
            select(neighbourTouchpoint(state.document, selectedId, step));
          }
          break;
        }
        case 'ArrowUp':
        case 'ArrowDown':
          if (!selectedId) {
            handled = false;
            break;
          }
          changeEmotion(store, selectedId, (event.key === 'ArrowUp' ? 1 : -1) * (event.shiftKey ? 1 : 0.5));
          break;
        case 'Enter':
        case 'F2':
          if (!selectedId || state.readOnly || part === 'point') {
            handled = false;
            break;
          }
          state.setEditingTitle(selectedId);
          break;
        case 'Delete':
        case 'Backspace':
          if (!selectedId || state.readOnly) {
            handled = false;
            break;
          }
          select(deleteTouchpoint(store, selectedId));
          break;
        case 'Insert':
        case 'n':
        case 'N':
          if (state.readOnly || event.altKey) {
            handled = false;
            break;
          }
          {
            const id = addTouchpointAfter(store, selectedId);
            if (id) canvas.focusTouchpoint(id);
          }
          break;
        case 'Escape':
          if (state.gesture) state.cancelGesture();
          else if (state.selection) state.select(null);
          else handled = false;
          break;
        default:
          handled = false;
      }
      if (handled) {
        event.preventDefault();
        event.stopPropagation();
      }
    },
    [store, canvas],
  );
}
