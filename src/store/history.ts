import type { JourneyChange, JourneyDocument } from '../model';

/** One user edit as the store hands it to its history: a named operation, or a whole gesture. */
export interface JourneyHistoryEntry {
  before: JourneyDocument;
  after: JourneyDocument;
  change: JourneyChange;
}

/**
 * What the store keeps its undo steps in. The store calls it; nothing else needs to. A local
 * history (`createLocalHistory`) is the default; live collaboration supplies one on a
 * `Y.UndoManager` that takes back only this editor's own edits.
 */
export interface JourneyHistory {
  /** Remembers one user edit as one undo step (and drops the redo branch). */
  record(entry: JourneyHistoryEntry): void;
  /** Takes back the last edit: the document to show, or null when there is nothing to undo. */
  undo(current: JourneyDocument): JourneyDocument | null;
  /** Brings back the last undone edit: the document to show, or null when there is nothing to redo. */
  redo(current: JourneyDocument): JourneyDocument | null;
  /** Forgets every step: a loaded document has no past. */
  clear(): void;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /**
   * Calls `listener` whenever `canUndo` or `canRedo` may have changed, including changes the
   * history makes by itself; the store mirrors them into its state. Returns the unsubscribe.
   */
  subscribe(listener: () => void): () => void;
}

/** The default history: earlier documents kept in memory, oldest first. */
export interface LocalJourneyHistory extends JourneyHistory {
  /** Earlier documents, oldest first; bounded by the limit. */
  readonly past: readonly JourneyDocument[];
  /** Undone documents, the next redo last. */
  readonly future: readonly JourneyDocument[];
}

export interface LocalHistoryOptions {
  /** How many undo steps are kept. @default 100 */
  limit?: number;
}

export function createLocalHistory(options: LocalHistoryOptions = {}): LocalJourneyHistory {
  const limit = Math.max(0, options.limit ?? 100);
  let past: JourneyDocument[] = [];
  let future: JourneyDocument[] = [];
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((listener) => listener());

  return {
    get past() {
      return past;
    },
    get future() {
      return future;
    },
    get canUndo() {
      return past.length > 0;
    },
    get canRedo() {
      return future.length > 0;
    },
    record({ before }) {
      past = [...past, before];
      if (past.length > limit) past = past.slice(past.length - limit);
      future = [];
      changed();
    },
    undo(current) {
      const previous = past[past.length - 1];
      if (previous === undefined) return null;
      past = past.slice(0, -1);
      future = [...future, current];
      changed();
      return previous;
    },
    redo(current) {
      const next = future[future.length - 1];
      if (next === undefined) return null;
      future = future.slice(0, -1);
      past = [...past, current];
      changed();
      return next;
    },
    clear() {
      if (past.length === 0 && future.length === 0) return;
      past = [];
      future = [];
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
