import type { JourneyChange, JourneyDocument, JourneyError } from '../model';
import type { JourneyHistory } from './history';

import type { JourneyLane } from '../layout';

/** The lanes are layout's one list (layout/types.ts); the store keeps which of them show. */
export { JOURNEY_LANES } from '../layout';
export type { JourneyLane } from '../layout';

/** What the user has selected: a touchpoint card, a stage header, or nothing. */
export type JourneySelection =
  | { kind: 'touchpoint'; id: string }
  | { kind: 'stage'; id: string }
  | null;

/** Why `onChange` fired: a named model operation, or an undo/redo step. */
export type JourneyEditorChange = JourneyChange | { operation: 'undo' } | { operation: 'redo' };

/**
 * Where a change of the document came from: the user of this editor (an operation, a gesture's
 * end, undo, redo), a collaborator (`remote`), or the host (`load`: a new `value`, `setDocument`).
 */
export type JourneyChangeSource = 'user' | 'remote' | 'load';

/** One change of the document, as `store.listen` reports it. */
export type JourneyStoreChange =
  | { source: 'user'; document: JourneyDocument; previous: JourneyDocument; change: JourneyEditorChange }
  | { source: 'remote' | 'load'; document: JourneyDocument; previous: JourneyDocument };

export type JourneyStoreListener = (change: JourneyStoreChange) => void;

export type ApplyResult = { ok: true; document: JourneyDocument } | { ok: false; errors: JourneyError[] };

/** A problem the editor shows to the user instead of silently dropping it (bad value, bad paste). */
export interface JourneyProblem {
  /** Where it came from (`remote`: a collaborator's change left the shared journey invalid). */
  source: 'value' | 'paste' | 'open' | 'operation' | 'remote';
  errors: JourneyError[];
}

export interface JourneyStoreState {
  /** The document on screen: the single source of truth, only ever replaced by operations or a load. */
  document: JourneyDocument;
  selection: JourneySelection;
  /** The store's history has a step to undo (mirrored from it, so a button can subscribe). */
  canUndo: boolean;
  /** The store's history has a step to redo. */
  canRedo: boolean;
  /**
   * An edit in progress (a drag): the document shown follows every step, but history,
   * `onChange` and `listen` see one edit, from `base` to the document at `endGesture`.
   */
  gesture: { base: JourneyDocument; last: JourneyChange | null } | null;
  readOnly: boolean;
  lanes: readonly JourneyLane[];
  view: 'map' | 'table';
  /** The touchpoint whose title is being edited in place on its card. */
  editingTitleId: string | null;
  problem: JourneyProblem | null;

  /** Runs one named operation as one user edit: one undo step, one `onChange`. */
  apply(change: JourneyChange): ApplyResult;
  beginGesture(): void;
  /** Applies `change` to the document the gesture started from (not cumulative). */
  updateGesture(change: JourneyChange): ApplyResult;
  endGesture(): void;
  cancelGesture(): void;
  undo(): boolean;
  redo(): boolean;
  /** Replaces the document without an undo step or `onChange`, and clears the history (a load, not an edit). */
  load(document: JourneyDocument): void;
  /**
   * Shows a collaborator's document: no undo step, no `onChange`, the history kept (a shared
   * history knows which steps are whose). Call it between gestures: bindings hold remote
   * changes back while `gesture` is set.
   */
  applyRemote(document: JourneyDocument): void;
  select(selection: JourneySelection): void;
  setLanes(lanes: readonly JourneyLane[]): void;
  toggleLane(lane: JourneyLane): void;
  setView(view: 'map' | 'table'): void;
  setEditingTitle(id: string | null): void;
  setProblem(problem: JourneyProblem | null): void;
  setReadOnly(readOnly: boolean): void;
}

export interface JourneyStoreOptions {
  document: JourneyDocument;
  /** How many undo steps the default (local) history keeps. @default 100 */
  historyLimit?: number;
  /** Where undo steps go. @default createLocalHistory({ limit: historyLimit }) */
  history?: JourneyHistory;
  readOnly?: boolean;
  lanes?: readonly JourneyLane[];
  /** Called once per user edit with the new document; read at call time, so it may change. */
  onChange?: (document: JourneyDocument, change: JourneyEditorChange) => void;
  onSelectionChange?: (selection: JourneySelection) => void;
}
