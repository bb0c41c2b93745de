import type { JourneyChange, JourneyDocument, JourneyError } from '../model';

/** The rows of the map. Which of them show is a view choice, never part of the document. */
export const JOURNEY_LANES = ['touchpoints', 'emotion', 'painPoints', 'delights', 'opportunities', 'metrics'] as const;
export type JourneyLane = (typeof JOURNEY_LANES)[number];

/** What the user has selected: a touchpoint card, a stage header, or nothing. */
export type JourneySelection =
  | { kind: 'touchpoint'; id: string }
  | { kind: 'stage'; id: string }
  | null;

/** Why `onChange` fired: a named model operation, or an undo/redo step. */
export type JourneyEditorChange = JourneyChange | { operation: 'undo' } | { operation: 'redo' };

export type ApplyResult = { ok: true; document: JourneyDocument } | { ok: false; errors: JourneyError[] };

/** A problem the editor shows to the user instead of silently dropping it (bad value, bad paste). */
export interface JourneyProblem {
  /** Where it came from (`remote`: a collaborator's change left the shared journey invalid). */
  source: 'value' | 'paste' | 'open' | 'operation' | 'remote';
  errors: JourneyError[];
  /**
   * The data the errors' pointers point into (the pasted or opened JSON), so a message can name
   * a touchpoint by its title there; without it places are named by their position.
   */
  input?: unknown;
}

export interface JourneyStoreState {
  /** The document on screen: the single source of truth, only ever replaced by operations or a load. */
  document: JourneyDocument;
  selection: JourneySelection;
  /** Earlier documents, oldest first; bounded by `historyLimit`. */
  past: JourneyDocument[];
  /** Undone documents, the next redo last. */
  future: JourneyDocument[];
  /**
   * An edit in progress (a drag): the document shown follows every step, but history and
   * `onChange` see one edit, from `base` to the document at `endGesture`.
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
  /** Replaces the document without an undo step or `onChange` (a load, not an edit). */
  load(document: JourneyDocument): void;
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
  /** How many undo steps are kept. @default 100 */
  historyLimit?: number;
  readOnly?: boolean;
  lanes?: readonly JourneyLane[];
  /** Called once per user edit with the new document; read at call time, so it may change. */
  onChange?: (document: JourneyDocument, change: JourneyEditorChange) => void;
  onSelectionChange?: (selection: JourneySelection) => void;
}
