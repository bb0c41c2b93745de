import { createStore } from 'zustand/vanilla';
import { immer } from 'zustand/middleware/immer';
import { castDraft } from 'immer';
import { applyOperation, JourneyOperationError } from '../model';
import type { JourneyChange, JourneyDocument } from '../model';
import { freezeFresh } from './freezeFresh';
import { JOURNEY_LANES } from './types';
import type { ApplyResult, JourneyEditorChange, JourneySelection, JourneyStoreOptions, JourneyStoreState } from './types';

export type JourneyStore = ReturnType<typeof createJourneyStore>;

/** Handlers the editor swaps on every render; kept outside the state so changing them re-renders nothing. */
export interface JourneyStoreHandlers {
  onChange?: JourneyStoreOptions['onChange'];
  onSelectionChange?: JourneyStoreOptions['onSelectionChange'];
}

function run(document: JourneyDocument, change: JourneyChange): ApplyResult {
  try {
    return { ok: true, document: applyOperation(document, change) };
  } catch (error) {
    if (error instanceof JourneyOperationError) return { ok: false, errors: error.errors };
    throw error;
  }
}

/** Drops a selection whose touchpoint or stage no longer exists (after undo, remove, load). */
function keepValidSelection(document: JourneyDocument, selection: JourneySelection): JourneySelection {
  if (!selection) return null;
  const exists =
    selection.kind === 'touchpoint'
      ? document.touchpoints.some((t) => t.id === selection.id)
      : document.stages.some((s) => s.id === selection.id);
  return exists ? selection : null;
}

/**
 * One store per editor instance (never a module singleton: two editors on a page are independent).
 * It wires named model operations to history and `onChange`, and holds no domain logic of its own.
 */
export function createJourneyStore(options: JourneyStoreOptions) {
  const historyLimit = Math.max(0, options.historyLimit ?? 100);
  const handlers: JourneyStoreHandlers = {
    onChange: options.onChange,
    onSelectionChange: options.onSelectionChange,
  };

  const store = createStore<JourneyStoreState>()(
    immer((set, get) => {
      /** Records `before` as one undo step and tells the host, after the state is in place. */
      const commit = (before: JourneyDocument, after: JourneyDocument, change: JourneyEditorChange) => {
        set((state) => {
          state.past.push(castDraft(before));
          if (state.past.length > historyLimit) state.past.splice(0, state.past.length - historyLimit);
          state.future = [];
          state.document = castDraft(after);
          state.selection = keepValidSelection(after, state.selection);
        });
        handlers.onChange?.(after, change);
      };

      const setSelection = (selection: JourneySelection) => {
        const current = get().selection;
        if (current?.kind === selection?.kind && current?.id === selection?.id) return;
        set((state) => {
          state.selection = selection;
        });
        handlers.onSelectionChange?.(selection);
      };

      return {
        document: options.document,
        selection: null,
        past: [],
        future: [],
        gesture: null,
        readOnly: options.readOnly ?? false,
        lanes: options.lanes ?? JOURNEY_LANES,
        view: 'map',
        editingTitleId: null,
        problem: null,

        apply(change) {
          const { document, readOnly, gesture } = get();
          if (readOnly) return { ok: false, errors: [{ path: '', code: 'invalid_value', message: 'the editor is read-only' }] };
          if (gesture) get().endGesture();
          const result = run(get().document, change);
          if (result.ok && result.document !== document) commit(document, result.document, change);
          return result;
        },

        beginGesture() {
          if (get().readOnly) return;
          set((state) => {
            state.gesture = { base: castDraft(get().document), last: null };
          });
        },

        updateGesture(change) {
          const gesture = get().gesture;
          if (!gesture) return { ok: false, errors: [{ path: '', code: 'invalid_value', message: 'no gesture in progress' }] };
          const result = run(gesture.base, change);
          if (result.ok) {
            // Every frame of a drag: a plain merge and a freeze of only what the operation made
            // new, not an immer draft of the whole state (same result, frozen the same way).
            set({ document: freezeFresh(result.document), gesture: { ...gesture, last: freezeFresh(change) } });
          }
          return result;
        },

        endGesture() {
          const { gesture, document } = get();
          if (!gesture) return;
          set((state) => {
            state.gesture = null;
          });
          // A drag that ends where it started changes nothing: no undo step, no onChange.
          if (gesture.last && document !== gesture.base) commit(gesture.base, document, gesture.last);
        },

        cancelGesture() {
          const gesture = get().gesture;
          if (!gesture) return;
          set((state) => {
            state.document = castDraft(gesture.base);
            state.gesture = null;
          });
        },

        undo() {
          const { past, document, readOnly } = get();
          const previous = past[past.length - 1];
          if (readOnly || !previous) return false;
          set((state) => {
            state.past.pop();
            state.future.push(castDraft(document));
            state.document = castDraft(previous);
            state.selection = keepValidSelection(previous, state.selection);
          });
          handlers.onChange?.(previous, { operation: 'undo' });
          return true;
        },

        redo() {
          const { future, document, readOnly } = get();
          const next = future[future.length - 1];
          if (readOnly || !next) return false;
          set((state) => {
            state.future.pop();
            state.past.push(castDraft(document));
            state.document = castDraft(next);
            state.selection = keepValidSelection(next, state.selection);
          });
          handlers.onChange?.(next, { operation: 'redo' });
          return true;
        },

        load(document) {
          set((state) => {
            state.document = castDraft(document);
            state.past = [];
            state.future = [];
            state.gesture = null;
            state.problem = null;
            state.selection = keepValidSelection(document, state.selection);
          });
        },

        select: setSelection,

        setLanes(lanes) {
          set((state) => {
            state.lanes = [...lanes];
          });
        },

        toggleLane(lane) {
          const lanes = get().lanes;
          const next = lanes.includes(lane) ? lanes.filter((l) => l !== lane) : JOURNEY_LANES.filter((l) => l === lane || lanes.includes(l));
          get().setLanes(next);
        },

        setView(view) {
          set((state) => {
            state.view = view;
          });
        },

        setEditingTitle(id) {
          set((state) => {
            state.editingTitleId = id;
          });
        },

        setProblem(problem) {
          set((state) => {
            state.problem = castDraft(problem);
          });
        },

        setReadOnly(readOnly) {
          set((state) => {
            state.readOnly = readOnly;
            if (readOnly) state.editingTitleId = null;
          });
        },
      };
    }),
  );

  return Object.assign(store, { handlers });
}
