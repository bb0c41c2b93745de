/**
 * Binds an editor's store to a Y.Doc, both ways:
 *
 *  - local edits (every named operation, gesture end, paste …) are written to the Y.Doc as the
 *    smallest set of Yjs changes, in one transaction whose origin is this binding;
 *  - any other transaction (a colleague's edit, a provider's sync, an undo) turns the Y.Doc back
 *    into a document, checks it with `parseJourney` and loads it into the store without
 *    `onChange`; an invalid state is never shown: the last valid document stays on screen and
 *    `store.problem` says what was wrong;
 *  - undo and redo go through a Y.UndoManager that tracks only this binding's origin, so they
 *    take back your own edits and never a colleague's.
 */
import * as Y from 'yjs';
import type { JourneyDocument } from '../model';
import type { JourneyStore } from '../store';
import type { AwarenessLike, CollabUser } from './awareness';
import { jsonEqual } from './json';
import { isJourneyYDocEmpty, journeyYTypes, parseJourneyYDoc, writeJourneyToYDoc } from './journeyYDoc';

export interface BindJourneyStoreOptions {
  /** Presence: your selection is published here, and `user` with it. */
  awareness?: AwarenessLike;
  user?: CollabUser;
  /**
   * When the Y.Doc holds no journey yet, write the store's document into it.
   * Set false when the server seeds new rooms; bind only once the provider has synced either way,
   * or two replicas seed two different journeys that then merge into one with both sets of stages.
   * @default true
   */
  seed?: boolean;
}

export interface JourneyStoreBinding {
  /** The Yjs transaction origin of this editor's own edits. */
  origin: object;
  undoManager: Y.UndoManager;
  /** Stops syncing and gives the store its own undo/redo back. */
  destroy(): void;
}

/**
 * New documents from the Y.Doc reuse the stages and touchpoints that did not change, so React
 * re-renders only what a colleague touched.
 */
function shareUnchanged(previous: JourneyDocument, next: JourneyDocument): JourneyDocument {
  const reuse = <T extends { id: string }>(before: readonly T[], after: readonly T[]): T[] => {
    const byId = new Map(before.map((item) => [item.id, item]));
    return after.map((item) => {
      const old = byId.get(item.id);
      return old !== undefined && jsonEqual(old, item) ? old : item;
    });
  };
  const stages = reuse(previous.stages, next.stages);
  const touchpoints = reuse(previous.touchpoints, next.touchpoints);
  const shared = { ...next, stages, touchpoints } as JourneyDocument;
  if (previous.persona !== undefined && jsonEqual(previous.persona, next.persona)) shared.persona = previous.persona;
  const same =
    stages.length === previous.stages.length &&
    stages.every((s, i) => s === previous.stages[i]) &&
    touchpoints.length === previous.touchpoints.length &&
    touchpoints.every((t, i) => t === previous.touchpoints[i]) &&
    jsonEqual({ ...previous, stages: [], touchpoints: [] }, { ...next, stages: [], touchpoints: [] });
  return same ? previous : shared;
}

export function bindJourneyStore(store: JourneyStore, ydoc: Y.Doc, options: BindJourneyStoreOptions = {}): JourneyStoreBinding {
  const origin = { binding: 'journey-canvas' };
  const types = journeyYTypes(ydoc);
  const undoManager = new Y.UndoManager([types.root, types.stages, types.stageOrder, types.touchpoints, types.touchpointOrder], {
    trackedOrigins: new Set([origin]),
    // One undo step per named operation, however quickly they follow each other.
    captureTimeout: 0,
  });
  const original = { undo: store.getState().undo, redo: store.getState().redo };

  /** The document the Y.Doc held when we last wrote or read it. */
  let synced: JourneyDocument = store.getState().document;
  /** A remote change arrived while a drag was in progress; read the Y.Doc when it ends. */
  let remotePending = false;
  let loading = false;

  /** Undo/redo buttons and the ref's canUndo read past/future lengths: mirror the UndoManager's. */
  const mirrorHistory = () => {
    const document = store.getState().document;
    store.setState({
      past: undoManager.undoStack.map(() => document),
      future: undoManager.redoStack.map(() => document),
    });
  };

  const readFromYDoc = () => {
    remotePending = false;
    // Total: whatever a remote client wrote (a BigInt, Y.Maps thousands deep) comes back as errors.
    const result = parseJourneyYDoc(ydoc);
    if (!result.ok) {
      // Keep the last valid document on screen and say what is wrong with the shared one.
      store.getState().setProblem({ source: 'remote', errors: result.errors });
      return;
    }
    const current = store.getState().document;
    const next = shareUnchanged(current, result.document);
    synced = next;
    if (next !== current || store.getState().problem?.source === 'remote') {
      loading = true;
      try {
        store.getState().load(next);
      } finally {
        loading = false;
      }
    }
    mirrorHistory();
  };

  const writeToYDoc = (document: JourneyDocument) => {
    // Three-way: only what this edit changed from the document it started from is written.
    writeJourneyToYDoc(ydoc, document, { previous: synced, origin });
    synced = document;
    if (remotePending) readFromYDoc();
    else mirrorHistory();
  };

  const onTransaction = (transaction: Y.Transaction) => {
    if (transaction.origin === origin || transaction.changed.size === 0) return;
    if (store.getState().gesture) remotePending = true;
    else {
      // A throw here would escape into the provider's applyUpdate: report it on the banner instead.
      try {
        readFromYDoc();
      } catch (error) {
        store.getState().setProblem({ source: 'remote', errors: [{ path: '', code: 'invalid_value', message: `the shared journey could not be read (${error instanceof Error ? error.message : String(error)})` }] });
      }
    }
  };

  /** Writes a local edit, or reads the remote changes that waited for a drag to end. */
  const flush = () => {
    const state = store.getState();
    if (state.gesture) return;
    if (state.document !== synced) writeToYDoc(state.document);
    else if (remotePending) readFromYDoc();
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (loading || state.gesture) return;
    // endGesture clears the gesture first and records the undo step right after, with the
    // document it read before: let it finish before writing and reading back.
    if (previous.gesture) queueMicrotask(flush);
    else flush();
  });

  const step = (direction: 'undo' | 'redo') => (): boolean => {
    const state = store.getState();
    if (state.readOnly) return false;
    if (state.gesture) state.endGesture();
    const stack = direction === 'undo' ? undoManager.undoStack : undoManager.redoStack;
    if (stack.length === 0) return false;
    if (direction === 'undo') undoManager.undo();
    else undoManager.redo();
    // The UndoManager's transaction came back through onTransaction (its origin is not ours).
    store.handlers.onChange?.(store.getState().document, { operation: direction });
    return true;
  };

  // Presence: publish who we are and what we select.
  const { awareness, user } = options;
  if (awareness && user) awareness.setLocalStateField('user', user);
  const publishSelection = () => {
    const selection = store.getState().selection;
    awareness?.setLocalStateField('journeySelection', selection?.kind === 'touchpoint' ? selection.id : null);
  };
  const unsubscribeSelection = awareness
    ? store.subscribe((state, previous) => {
        if (state.selection !== previous.selection) publishSelection();
      })
    : () => {};
  publishSelection();

  if (isJourneyYDocEmpty(ydoc)) {
    if (options.seed !== false) {
      // Seeding is not an edit of yours to undo: a separate origin the UndoManager ignores.
      writeJourneyToYDoc(ydoc, store.getState().document, { origin: { seed: true } });
      synced = store.getState().document;
    }
  } else {
    readFromYDoc();
  }
  ydoc.on('afterTransaction', onTransaction);
  store.setState({ undo: step('undo'), redo: step('redo') });
  mirrorHistory();

  return {
    origin,
    undoManager,
    destroy() {
      ydoc.off('afterTransaction', onTransaction);
      unsubscribe();
      unsubscribeSelection();
      undoManager.destroy();
      store.setState({ undo: original.undo, redo: original.redo, past: [], future: [] });
    },
  };
}
