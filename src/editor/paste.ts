/**
 * Paste onto the editor: a whole journey document (through parseJourney, then `replaceDocument`,
 * one undo step) or touchpoints (validated by `insertTouchpoints`, placed after the selected
 * touchpoint or at the end of the first stage). A bad paste is shown and changes nothing;
 * both ways read the pasted value within the model's limits (depth, size, items, errors listed).
 */
import { MAX_JOURNEY_LENGTH, parseJourney } from '../model';
import type { JourneyError, Touchpoint } from '../model';
import type { JourneyStore } from '../store';
import { insertionPlace } from './keyboard/places';

export type PasteOutcome = 'document' | 'touchpoints' | 'invalid' | 'ignored';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function refuse(store: JourneyStore, errors: JourneyError[], input?: unknown): PasteOutcome {
  // The pasted value goes with the problem only to name its touchpoints; a value refused for its
  // depth or size stays out of the store (freezing it there would overflow the stack).
  const keep = input !== undefined && !errors.some((error) => error.code === 'too_deep' || error.code === 'too_large');
  store.getState().setProblem({ source: 'paste', errors, ...(keep ? { input } : {}) });
  return 'invalid';
}

export function pasteText(store: JourneyStore, text: string): PasteOutcome {
  const trimmed = text.trim();
  // Plain text that is not JSON is not ours to handle (it may be meant for a field).
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return 'ignored';
  if (store.getState().readOnly) return 'ignored';
  // Refused before parsing: a clipboard larger than any journey cannot freeze the page.
  if (trimmed.length > MAX_JOURNEY_LENGTH) {
    return refuse(store, [
      {
        path: '',
        code: 'too_large',
        message: `the clipboard is too large (${trimmed.length.toLocaleString('en')} characters); a journey holds at most ${MAX_JOURNEY_LENGTH.toLocaleString('en')} (MAX_JOURNEY_LENGTH)`,
      },
    ]);
  }
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch (error) {
    return refuse(store, [{ path: '', code: 'invalid_json', message: `the clipboard is not valid JSON: ${(error as Error).message}` }]);
  }

  if (isPlainObject(data) && 'format' in data) {
    const result = parseJourney(data);
    if (!result.ok) return refuse(store, result.errors, data);
    const applied = store.getState().apply({ operation: 'replaceDocument', args: { document: result.document } });
    if (!applied.ok) return refuse(store, applied.errors, result.document);
    store.getState().setProblem(null);
    return 'document';
  }

  const touchpoints = Array.isArray(data)
    ? data
    : isPlainObject(data) && Array.isArray(data.touchpoints)
      ? data.touchpoints
      : isPlainObject(data)
        ? [data]
        : null;
  if (!touchpoints || touchpoints.length === 0) {
    return refuse(store, [
      { path: '', code: 'invalid_type', message: 'expected a journey document, a touchpoint or an array of touchpoints' },
    ]);
  }
  const state = store.getState();
  const selectedId = state.selection?.kind === 'touchpoint' ? state.selection.id : null;
  const place = insertionPlace(state.document, selectedId);
  if (!place) return refuse(store, [{ path: '/stages', code: 'empty', message: 'the journey has no stage to paste touchpoints into' }]);
  const applied = state.apply({
    operation: 'insertTouchpoints',
    args: { stageId: place.stageId, index: place.index, touchpoints: touchpoints as Touchpoint[] },
  });
  if (!applied.ok) return refuse(store, applied.errors);
  store.getState().setProblem(null);
  return 'touchpoints';
}
