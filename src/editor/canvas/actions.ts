/**
 * The canvas's edits, shared by the keyboard, the card toolbar and the stage buttons. Each is one
 * named model operation through the store (one undo step, one `onChange`); a refused operation
 * is shown to the user as a problem, never silently dropped.
 */
import { snapEmotion } from '../../layout';
import { isRated } from '../../model';
import type { JourneyChange } from '../../model';
import type { JourneyStore } from '../../store';
import { freshTouchpointId, insertionPlace, neighbourTouchpoint, shiftedPlace } from '../keyboard/places';

function run(store: JourneyStore, change: JourneyChange): boolean {
  const result = store.getState().apply(change);
  if (!result.ok) store.getState().setProblem({ source: 'operation', errors: result.errors });
  return result.ok;
}

/** Adds an untitled touchpoint, selects it and opens its title for typing. Returns its id. */
export function addTouchpointAt(store: JourneyStore, stageId: string, index?: number): string | null {
  const state = store.getState();
  if (state.readOnly) return null;
  const id = freshTouchpointId(state.document);
  const args = index === undefined ? { stageId, touchpoint: { id, title: '', emotion: 0 } } : { stageId, index, touchpoint: { id, title: '', emotion: 0 } };
  if (!run(store, { operation: 'addTouchpoint', args })) return null;
  store.getState().select({ kind: 'touchpoint', id });
  store.getState().setEditingTitle(id);
  return id;
}

/** Adds a touchpoint right after `afterId` (or at the end of the first stage). */
export function addTouchpointAfter(store: JourneyStore, afterId: string | null): string | null {
  const place = insertionPlace(store.getState().document, afterId);
  return place ? addTouchpointAt(store, place.stageId, place.index) : null;
}

export function changeEmotion(store: JourneyStore, id: string, delta: number): void {
  const touchpoint = store.getState().document.touchpoints.find((candidate) => candidate.id === id);
  if (!touchpoint || store.getState().readOnly) return;
  // A rated touchpoint's emotion is the mean of its ratings (the model refuses to set it): the
  // key and the toolbar leave it as it is; the card and its point say why.
  if (isRated(touchpoint)) return;
  const emotion = snapEmotion(touchpoint.emotion + delta);
  if (emotion !== touchpoint.emotion) run(store, { operation: 'setEmotion', args: { id, emotion } });
}

/** Moves a touchpoint one place earlier or later in the journey, across stage boundaries. */
export function shiftTouchpoint(store: JourneyStore, id: string, step: 1 | -1): void {
  if (store.getState().readOnly) return;
  const place = shiftedPlace(store.getState().document, id, step);
  if (place) run(store, { operation: 'moveTouchpoint', args: place });
}

/** Removes a touchpoint; the selection moves to its neighbour so the keyboard user stays in place. */
export function deleteTouchpoint(store: JourneyStore, id: string): string | null {
  if (store.getState().readOnly) return null;
  const document = store.getState().document;
  let next = neighbourTouchpoint(document, id, 1);
  if (next === id) next = neighbourTouchpoint(document, id, -1);
  if (next === id) next = null;
  if (!run(store, { operation: 'removeTouchpoint', args: { id } })) return null;
  store.getState().select(next ? { kind: 'touchpoint', id: next } : null);
  return next;
}

export function duplicateTouchpoint(store: JourneyStore, id: string): string | null {
  if (store.getState().readOnly) return null;
  const newId = freshTouchpointId(store.getState().document);
  if (!run(store, { operation: 'duplicateTouchpoint', args: { id, newId } })) return null;
  store.getState().select({ kind: 'touchpoint', id: newId });
  return newId;
}

export function renameTouchpoint(store: JourneyStore, id: string, title: string): void {
  const touchpoint = store.getState().document.touchpoints.find((candidate) => candidate.id === id);
  if (!touchpoint || touchpoint.title === title) return;
  run(store, { operation: 'updateTouchpoint', args: { id, changes: { title } } });
}
