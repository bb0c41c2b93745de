/**
 * Binds an editor's store to a Y.Doc, both ways:
 *
 *  - it gives the store its history (`createYjsHistory`): every user edit the store records
 *    (a named operation, a gesture's end, a paste …) is written to the Y.Doc as the smallest set
 *    of Yjs changes, in one transaction whose origin a Y.UndoManager tracks, so undo and redo
 *    take back your own edits and never a colleague's;
 *  - any other transaction (a colleague's edit, a provider's sync) turns the Y.Doc back into a
 *    document, checks it with `parseJourney` and hands it to the store as a `remote` change (no
 *    `onChange`, no undo step); an invalid state is never shown: the last valid document stays
 *    on screen and `store.problem` says what was wrong;
 *  - it listens to the store's changes: a `load` (the host's new document) is written to the
 *    Y.Doc too, but is nobody's undo step.
 */
import * as Y from 'yjs';
import type { JourneyDocument } from '../model';
import type { JourneyStore } from '../store';
import type { AwarenessLike, CollabUser } from './awareness';
import { jsonEqual } from './json';
import { isJourneyYDocEmpty, journeyYTypes, parseJourneyYDoc, writeJourneyToYDoc } from './journeyYDoc';
import { createYjsHistory } from './yjsHistory';

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
  /** Stops syncing and gives the store a fresh local history. */
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
  /** Loads are shared but are nobody's undo step: an origin the UndoManager does not track. */
  const loadOrigin = { binding: 'journey-canvas', load: true };
  const types = journeyYTypes(ydoc);
  // Every journey type (participants and ratings included); not the rating round's state.
  const undoManager = new Y.UndoManager(Object.values(types), {
    trackedOrigins: new Set([origin]),
    // One undo step per named operation, however quickly they follow each other.
    captureTimeout: 0,
  });

  /** The document the Y.Doc held when we last wrote or read it. */
  let synced: JourneyDocument = store.getState().document;
  /** A remote change arrived while a drag was in progress; read the Y.Doc when it ends. */
  let remotePending = false;

  const write = (document: JourneyDocument, writeOrigin: object) => {
    // Three-way: only what this edit changed from the document it started from is written.
    writeJourneyToYDoc(ydoc, document, { previous: synced, origin: writeOrigin });
    synced = document;
  };

  /** The Y.Doc's journey, checked; null (and the problem shown) when it is not valid. */
  const read = (): JourneyDocument | null => {
    // Total: whatever a remote client wrote (a BigInt, Y.Maps thousands deep) comes back as errors.
    const result = parseJourneyYDoc(ydoc);
    if (!result.ok) {
      // Keep the last valid document on screen and say what is wrong with the shared one.
      store.getState().setProblem({ source: 'remote', errors: result.errors });
      return null;
    }
    synced = shareUnchanged(store.getState().document, result.document);
    if (store.getState().problem?.source === 'remote') store.getState().setProblem(null);
    return synced;
  };

  const readFromYDoc = () => {
    remotePending = false;
    const next = read();
    if (next) store.getState().applyRemote(next);
  };

  const history = createYjsHistory({ undoManager, write: (document) => write(document, origin), read });

  const onTransaction = (transaction: Y.Transaction) => {
    // Our own writes, and our undo/redo (whose result the history hands to the store), need no reading back.
    if (transaction.origin === origin || transaction.origin === loadOrigin || history.stepping || transaction.changed.size === 0) return;
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

  const stopListening = store.listen((change) => {
    if (change.source === 'load') write(change.document, loadOrigin);
    // A user edit (a drag's end among them) is in the Y.Doc now: merge what waited for it.
    if (change.source !== 'remote' && remotePending && !store.getState().gesture) readFromYDoc();
  });
  // A drag cancelled, or ended where it started, reports no change: still merge what waited for it.
  const unsubscribeGesture = store.subscribe((state, previous) => {
    if (remotePending && previous.gesture && !state.gesture && state.document === previous.gesture.base) readFromYDoc();
  });

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

  store.setHistory(history);
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

  return {
    origin,
    undoManager,
    destroy() {
      ydoc.off('afterTransaction', onTransaction);
      stopListening();
      unsubscribeGesture();
      unsubscribeSelection();
      store.setHistory(undefined);
      undoManager.destroy();
    },
  };
}
