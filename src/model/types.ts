/**
 * The journey document's types, format version 2, inferred from its one definition in
 * `format.ts` (which the validator, the JSON Schema and the key order of files come from too).
 *
 * Every object allows properties the library does not know (an index signature): they are kept
 * and written back unchanged, so a file from a newer minor release loses nothing here.
 */
import type { DOCUMENT, EVIDENCE, EVIDENCE_KINDS, METRICS, PARTICIPANT, PERSONA, RATING, STAGE, STAGE_KINDS, TOUCHPOINT } from './format';
import type { Infer, Known } from './shape';

export { EMOTION_MAX, EMOTION_MIN, EVIDENCE_KINDS, JOURNEY_FORMAT, JOURNEY_VERSION, STAGE_KINDS } from './format';

export type StageKind = (typeof STAGE_KINDS)[number];
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export type Persona = Infer<typeof PERSONA>;
export type Stage = Infer<typeof STAGE>;
/** `csat` 1 to 5, `nps` -100 to 100, `ces` 1 to 7. */
export type TouchpointMetrics = Infer<typeof METRICS>;
export type Touchpoint = Infer<typeof TOUCHPOINT>;
/** Someone whose ratings the journey keeps (format v2). */
export type JourneyParticipant = Infer<typeof PARTICIPANT>;
/** One participant's score for one touchpoint; `by` is the participant's id. */
export type TouchpointRating = Infer<typeof RATING>;
/** A quote, observation, figure or link behind a touchpoint; `url` only http:, https:, mailto:. */
export type TouchpointEvidence = Infer<typeof EVIDENCE>;
export type JourneyDocument = Infer<typeof DOCUMENT>;

/** The properties the library knows of each object, and nothing else: what changes may name. */
export type KnownPersona = Known<typeof PERSONA.fields>;
export type KnownStage = Known<typeof STAGE.fields>;
export type KnownTouchpoint = Known<typeof TOUCHPOINT.fields>;
export type KnownParticipant = Known<typeof PARTICIPANT.fields>;
export type KnownRating = Known<typeof RATING.fields>;
export type KnownEvidence = Known<typeof EVIDENCE.fields>;

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
  | 'stage_not_empty'
  // Format v2: a rating whose `by` names no participant, a second rating by one participant,
  // an operation naming a participant that does not exist.
  | 'unknown_participant'
  | 'duplicate_rating'
  // Limits (see limits.ts) and what cannot be read or carried:
  | 'too_deep'
  | 'too_large'
  | 'too_many_errors'
  | 'unreadable'
  | 'invalid_text';

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

/** How the room scored one rated touchpoint (population standard deviation). */
export interface TouchpointRatingAnalysis {
  touchpointId: string;
  n: number;
  /** The mean of its ratings, not rounded (its `emotion` is this rounded to 2 decimals). */
  mean: number;
  min: number;
  max: number;
  /** Population standard deviation of its ratings. */
  sd: number;
}

/** One participant's own reading of the journey, over the touchpoints they rated. */
export interface ParticipantRatingAnalysis {
  /** The participant's id. */
  by: string;
  /** How many touchpoints they rated. */
  n: number;
  /** The mean of their ratings. */
  mean: number;
  /** The peak-end score (DESIGN.md) of their ratings in journey order: (peak + end) / 2. */
  peakEndScore: number;
}

/** The room's scores: per touchpoint, where it disagrees, and per participant. */
export interface RatingsAnalysis {
  /** Every rated touchpoint, in journey order. */
  touchpoints: TouchpointRatingAnalysis[];
  /** Ids of the touchpoints with n >= 3 and sd >= 2, by sd descending, ties in journey order. */
  disagreements: string[];
  /** In `participants` order, each participant with at least one rating. */
  participants: ParticipantRatingAnalysis[];
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
  /** The room's ratings (format v2); empty lists for an unrated journey. */
  ratings: RatingsAnalysis;
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
