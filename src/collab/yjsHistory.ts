/**
 * The store's history in a live session: a Y.UndoManager that tracks only this editor's own
 * transactions, so undo takes back your edits and never a colleague's.
 */
import type * as Y from 'yjs';
import type { JourneyDocument } from '../model';
import type { JourneyHistory } from '../store';

export interface YjsHistoryOptions {
  /** Tracks the journey's shared types and only the origin `write` uses. */
  undoManager: Y.UndoManager;
  /** Writes one local edit into the Y.Doc, in a transaction whose origin the UndoManager tracks. */
  write(document: JourneyDocument): void;
  /** The journey the Y.Doc holds now, or null when it is not a valid one (the caller reports why). */
  read(): JourneyDocument | null;
}

export interface YjsJourneyHistory extends JourneyHistory {
  /** True while this history's own undo or redo transaction runs: it hands the store the result itself. */
  readonly stepping: boolean;
}

const STACK_EVENTS = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;

export function createYjsHistory({ undoManager, write, read }: YjsHistoryOptions): YjsJourneyHistory {
  let stepping = false;
  /** Runs the UndoManager's step, then reads back the document it left. */
  const travel = (stack: readonly unknown[], run: () => unknown): JourneyDocument | null => {
    if (stack.length === 0) return null;
    stepping = true;
    try {
      if (run() === null) return null;
    } finally {
      stepping = false;
    }
    return read();
  };

  return {
    get stepping() {
      return stepping;
    },
    get canUndo() {
      return undoManager.undoStack.length > 0;
    },
    get canRedo() {
      return undoManager.redoStack.length > 0;
    },
    // The edit becomes an undo step by being written with the tracked origin.
    record: ({ after }) => write(after),
    undo: () => travel(undoManager.undoStack, () => undoManager.undo()),
    redo: () => travel(undoManager.redoStack, () => undoManager.redo()),
    clear: () => undoManager.clear(),
    subscribe(listener) {
      for (const event of STACK_EVENTS) undoManager.on(event, listener);
      return () => {
        for (const event of STACK_EVENTS) undoManager.off(event, listener);
      };
    },
  };
}
