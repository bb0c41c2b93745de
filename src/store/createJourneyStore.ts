import { createStore } from 'zustand/vanilla';
import { immer } from 'zustand/middleware/immer';
import { castDraft } from 'immer';
import { applyOperation, JourneyOperationError } from '../model';
import type { JourneyChange, JourneyDocument } from '../model';
import { freezeFresh } from './freezeFresh';
import { createLocalHistory } from './history';
import type { JourneyHistory } from './history';
import { JOURNEY_LANES } from './types';
import type {
  ApplyResult,
  JourneyChangeSource,
  JourneySelection,
  JourneyStoreChange,
  JourneyStoreListener,
  JourneyStoreOptions,
  JourneyStoreState,
} from './types';

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
 * It wires named model operations to its history, its listeners and `onChange`, and holds no
 * domain logic of its own.
 *
 * Besides zustand's own API the store has:
 *  - `listen(listener, { source })`: every change of the document, with its source (`user`,
 *    `remote`, `load`), in the order they happened; `onChange` is the host's view of the `user` ones;
 *  - `setHistory(history)`: where undo steps go from now on (live collaboration supplies one on a
 *    Y.UndoManager); `setHistory(undefined)` goes back to a fresh local history.
 */
export function createJourneyStore(options: JourneyStoreOptions) {
  const handlers: JourneyStoreHandlers = {
    onChange: options.onChange,
    onSelectionChange: options.onSelectionChange,
  };
  const localHistory = (): JourneyHistory => createLocalHistory({ limit: options.historyLimit });
  let history = options.history ?? localHistory();
  /**
   * The history changes its flags while the store records, undoes or clears; those land in the
   * same state update as the document (one render, not two). Changes it makes by itself (a
   * shared history whose stack something else touched) are mirrored on their own.
   */
  let stepping = false;
  const step = <T>(run: () => T): T => {
    const outer = stepping;
    stepping = true;
    try {
      return run();
    } finally {
      stepping = outer;
    }
  };

  const listeners = new Set<{ listener: JourneyStoreListener; source: JourneyChangeSource | 'all' }>();
  /** Changes reported while earlier ones are still being delivered wait their turn, so every listener hears them in order. */
  const queue: JourneyStoreChange[] = [];
  let delivering = false;
  const report = (change: JourneyStoreChange) => {
    queue.push(change);
    if (delivering) return;
    delivering = true;
    // One failing listener must not keep the others (a collaboration binding, the host's
    // onChange) from hearing of the change: deliver everything, then throw the first error.
    const errors: unknown[] = [];
    const call = (deliver: () => void) => {
      try {
        deliver();
      } catch (error) {
        errors.push(error);
      }
    };
    for (let next = queue.shift(); next; next = queue.shift()) {
      const current = next;
      for (const entry of [...listeners]) {
        if (entry.source === 'all' || entry.source === current.source) call(() => entry.listener(current));
      }
      if (current.source === 'user') call(() => handlers.onChange?.(current.document, current.change));
    }
    delivering = false;
    if (errors.length > 0) throw errors[0];
  };

  const store = createStore<JourneyStoreState>()(
    immer((set, get) => {
      /** Records one user edit, puts it on screen and reports it. */
      const commit = (before: JourneyDocument, after: JourneyDocument, change: JourneyChange) => {
        step(() => history.record({ before, after, change }));
        set((state) => {
          state.gesture = null;
          state.document = castDraft(after);
          state.selection = keepValidSelection(after, state.selection);
          state.canUndo = history.canUndo;
          state.canRedo = history.canRedo;
        });
        report({ source: 'user', document: after, previous: before, change });
      };

      /** Undo or redo: the history says which document to show. */
      const travel = (direction: 'undo' | 'redo'): boolean => {
        if (get().readOnly) return false;
        if (get().gesture) get().endGesture();
        const current = get().document;
        const target = step(() => (direction === 'undo' ? history.undo(current) : history.redo(current)));
        set((state) => {
          if (target) {
            state.document = castDraft(target);
            state.selection = keepValidSelection(target, state.selection);
          }
          state.canUndo = history.canUndo;
          state.canRedo = history.canRedo;
        });
        if (!target) return false;
        // A shared history's step may have nothing left to change (a colleague already did it).
        if (target !== current) report({ source: 'user', document: target, previous: current, change: { operation: direction } });
        return true;
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
        canUndo: history.canUndo,
        canRedo: history.canRedo,
        gesture: null,
        readOnly: options.readOnly ?? false,
        lanes: options.lanes ?? JOURNEY_LANES,
        view: 'map',
        editingTitleId: null,
        problem: null,

        apply(change) {
          if (get().readOnly) return { ok: false, errors: [{ path: '', code: 'invalid_value', message: 'the editor is read-only' }] };
          if (get().gesture) get().endGesture();
          const document = get().document;
          const result = run(document, change);
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
            // History, listeners and onChange hear of the gesture once, at its end.
            set({ document: freezeFresh(result.document), gesture: { ...gesture, last: freezeFresh(change) } });
          }
          return result;
        },

        endGesture() {
          const { gesture, document } = get();
          if (!gesture) return;
          // A drag that ends where it started changes nothing: no undo step, no onChange.
          if (gesture.last && document !== gesture.base) commit(gesture.base, document, gesture.last);
          else
            set((state) => {
              state.gesture = null;
            });
        },

        cancelGesture() {
          const gesture = get().gesture;
          if (!gesture) return;
          set((state) => {
            state.document = castDraft(gesture.base);
            state.gesture = null;
          });
        },

        undo: () => travel('undo'),
        redo: () => travel('redo'),

        load(document) {
          const previous = get().document;
          step(() => history.clear());
          set((state) => {
            state.document = castDraft(document);
            state.canUndo = history.canUndo;
            state.canRedo = history.canRedo;
            state.gesture = null;
            state.problem = null;
            state.selection = keepValidSelection(document, state.selection);
          });
          report({ source: 'load', document, previous });
        },

        applyRemote(document) {
          const previous = get().document;
          if (document === previous) return;
          set((state) => {
            state.document = castDraft(document);
            state.selection = keepValidSelection(document, state.selection);
          });
          report({ source: 'remote', document, previous });
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

  const mirrorFlags = () => {
    if (stepping) return;
    const { canUndo, canRedo } = history;
    if (store.getState().canUndo !== canUndo || store.getState().canRedo !== canRedo) store.setState({ canUndo, canRedo });
  };
  let unsubscribeHistory = history.subscribe(mirrorFlags);

  return Object.assign(store, {
    handlers,
    /**
     * Calls `listener` with every change of the document and its source (only those of
     * `options.source` when given). Returns the unsubscribe.
     */
    listen(listener: JourneyStoreListener, listenOptions: { source?: JourneyChangeSource | 'all' } = {}): () => void {
      const entry = { listener, source: listenOptions.source ?? 'all' };
      listeners.add(entry);
      return () => {
        listeners.delete(entry);
      };
    },
    /** Where undo steps go from now on; `undefined`: a fresh local history. The old one is let go, not cleared. */
    setHistory(next: JourneyHistory | undefined): void {
      unsubscribeHistory();
      history = next ?? localHistory();
      unsubscribeHistory = history.subscribe(mirrorFlags);
      store.setState({ canUndo: history.canUndo, canRedo: history.canRedo });
    },
  });
}
