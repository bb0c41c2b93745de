/**
 * The journey document, format version 1. This is a storage contract: host apps keep these
 * files for years, so a change here needs a version bump and a migration (see `migrate.ts`).
 *
 * Every object carries an index signature because properties the library does not know are kept
 * and written back unchanged: a file from a newer minor release must not lose data here.
 */

/** The string every document's `format` property must hold. */
export const JOURNEY_FORMAT = 'journey-canvas';

/** The newest document version this library reads and writes. */
export const JOURNEY_VERSION = 1;

/** The built-in stage kinds, in their usual journey order. */
export const STAGE_KINDS = ['awareness', 'consideration', 'purchase', 'use', 'feedback', 'custom'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

/** Emotion is a finite number in [EMOTION_MIN, EMOTION_MAX]; 0 is neutral. */
export const EMOTION_MIN = -5;
export const EMOTION_MAX = 5;

export interface Persona {
  name?: string;
  summary?: string;
  goals?: string[];
  motivations?: string[];
  frustrations?: string[];
  [unknownProperty: string]: unknown;
}

export interface Stage {
  id: string;
  name: string;
  kind?: StageKind;
  description?: string;
  /** `#rgb` or `#rrggbb`. */
  color?: string;
  [unknownProperty: string]: unknown;
}

export interface TouchpointMetrics {
  /** Customer satisfaction, 1 to 5. */
  csat?: number;
  /** Net promoter score, -100 to 100. */
  nps?: number;
  /** Customer effort score, 1 to 7. */
  ces?: number;
  [unknownProperty: string]: unknown;
}

export interface Touchpoint {
  id: string;
  stageId: string;
  title: string;
  /** How the customer feels here, from -5 (very negative) to +5 (very positive). */
  emotion: number;
  channel?: string;
  description?: string;
  painPoints?: string[];
  delights?: string[];
  opportunities?: string[];
  /** A moment of truth the team flagged. */
  keyMoment?: boolean;
  owner?: string;
  metrics?: TouchpointMetrics;
  [unknownProperty: string]: unknown;
}

export interface JourneyDocument {
  format: typeof JOURNEY_FORMAT;
  version: typeof JOURNEY_VERSION;
  id: string;
  title: string;
  description?: string;
  /** BCP 47 tag, e.g. `en` or `zh-CN`. */
  locale?: string;
  persona?: Persona;
  /** In journey order. */
  stages: Stage[];
  /** Order within a stage is journey order. */
  touchpoints: Touchpoint[];
  createdAt?: string;
  updatedAt?: string;
  [unknownProperty: string]: unknown;
}

/**
 * One problem found in a document or in an operation's arguments.
 * `path` is a JSON Pointer (RFC 6901) into the document: `''` is the root,
 * `/touchpoints/3/emotion` the fourth touchpoint's emotion.
 */
export interface JourneyError {
  path: string;
  /** A sentence a person understands, e.g. "emotion must be a number from -5 to 5, got 7". */
  message: string;
  /** A stable machine-readable code, e.g. `out_of_range`, `duplicate_id`. */
  code: JourneyErrorCode;
}

export type JourneyErrorCode =
  | 'invalid_json'
  | 'invalid_type'
  | 'required'
  | 'invalid_format'
  | 'unsupported_version'
  | 'out_of_range'
  | 'invalid_value'
  | 'empty'
  | 'duplicate_id'
  | 'unknown_stage'
  | 'unknown_touchpoint'
  | 'stage_not_empty';

/** Something worth telling the user that did not stop the document from loading. */
export interface JourneyWarning {
  path: string;
  message: string;
  code: string;
}

export type ParseResult =
  | { ok: true; document: JourneyDocument; warnings: JourneyWarning[] }
  | { ok: false; errors: JourneyError[] };

/** One touchpoint seen as a moment of the journey. `index` is its place in journey order. */
export interface JourneyMoment {
  touchpointId: string;
  stageId: string;
  emotion: number;
  index: number;
}

export interface StageAnalysis {
  stageId: string;
  /** Mean emotion of the stage's touchpoints; `null` when it has none. */
  mean: number | null;
  count: number;
}

/** The peak-end reading of a journey; see DESIGN.md for the exact definitions. */
export interface JourneyAnalysis {
  peak: JourneyMoment | null;
  best: JourneyMoment | null;
  worst: JourneyMoment | null;
  end: JourneyMoment | null;
  peakEndScore: number | null;
  mean: number | null;
  /** In stage order. */
  stages: StageAnalysis[];
}

export interface ChangedStage {
  id: string;
  /** Names of the properties that differ, known properties first in document order. */
  fields: string[];
}

export interface ChangedTouchpoint {
  id: string;
  /** Names of the properties that differ (a stage change is reported in `moved`, not here). */
  fields: string[];
  /** after − before; 0 when the emotion did not change. */
  emotionDelta: number;
}

export interface MovedTouchpoint {
  id: string;
  /** Stage id before. */
  from: string;
  /** Stage id after. */
  to: string;
}

/** What changed between two documents, matched by id. Deltas are after − before. */
export interface JourneyComparison {
  stages: { added: string[]; removed: string[]; changed: ChangedStage[] };
  touchpoints: {
    added: string[];
    removed: string[];
    moved: MovedTouchpoint[];
    changed: ChangedTouchpoint[];
  };
  /** `null` when either document has no touchpoints. */
  meanDelta: number | null;
  /** `null` when either document has no touchpoints. */
  peakEndDelta: number | null;
}
