/**
 * `journey-canvas/model`: the pure document model. No React, no DOM, no CSS: it runs in plain
 * Node, so a host's server can validate, analyze and compare stored journeys.
 */
export {
  EMOTION_MAX,
  EMOTION_MIN,
  EVIDENCE_KINDS,
  JOURNEY_FORMAT,
  JOURNEY_VERSION,
  STAGE_KINDS,
} from './types';
export { isEvidenceUrl } from './patterns';
export type {
  ChangedStage,
  ChangedTouchpoint,
  EvidenceKind,
  JourneyAnalysis,
  JourneyComparison,
  JourneyDocument,
  JourneyError,
  JourneyErrorCode,
  JourneyMoment,
  JourneyParticipant,
  JourneyWarning,
  MovedTouchpoint,
  ParseResult,
  ParticipantRatingAnalysis,
  RatingsAnalysis,
  TouchpointRatingAnalysis,
  Persona,
  Stage,
  StageAnalysis,
  StageKind,
  Touchpoint,
  TouchpointEvidence,
  TouchpointMetrics,
  TouchpointRating,
} from './types';

export {
  JOURNEY_LIMITS,
  MAX_JOURNEY_DEPTH,
  MAX_JOURNEY_ERRORS,
  MAX_JOURNEY_ITEMS,
  MAX_JOURNEY_LENGTH,
  MAX_JOURNEY_VALUES,
  MAX_JOURNEY_PARTICIPANTS,
  MAX_TOUCHPOINT_RATINGS,
  MAX_TOUCHPOINT_EVIDENCE,
  MAX_EVIDENCE_TEXT_LENGTH,
  MAX_SHORT_TEXT_LENGTH,
  MAX_URL_LENGTH,
} from './limits';

export { createJourney, defaultStageNames, DEFAULT_STAGE_KINDS } from './create';
export type { CreateJourneyInit } from './create';
export { parseJourney } from './parse';
export { validateJourney, METRIC_RANGES } from './validate';
export { serializeJourney } from './serialize';
export { journeyMigrations, migrateDocument } from './migrate';
export { isRated, ratedEmotion, touchpointRatingStats } from './ratings';
export type { TouchpointRatingStats } from './ratings';
export type { MigrationResult, MigrationStep } from './migrate';
export { analyzeJourney, journeyOrder } from './analyze';
export { compareJourneys } from './compare';
export { journeySchema } from './schema';
export { JourneyOperationError } from './errors';
export { escapePointerToken, parsePointer } from './pointer';

export {
  addTouchpoint,
  duplicateTouchpoint,
  insertTouchpoints,
  moveTouchpoint,
  removeTouchpoint,
  setEmotion,
  updateTouchpoint,
} from './operations/touchpoints';
export type {
  AddTouchpointArgs,
  DuplicateTouchpointArgs,
  InsertTouchpointsArgs,
  MoveTouchpointArgs,
  RemoveTouchpointArgs,
  SetEmotionArgs,
  TouchpointChanges,
  TouchpointFields,
  UpdateTouchpointArgs,
} from './operations/touchpoints';
export { addStage, moveStage, recolorStage, removeStage, renameStage, updateStage } from './operations/stages';
export type {
  AddStageArgs,
  MoveStageArgs,
  RecolorStageArgs,
  RemoveStageArgs,
  RenameStageArgs,
  UpdateStageArgs,
} from './operations/stages';
export { replaceDocument, setDescription, setTitle, updatePersona } from './operations/document';
export type { ReplaceDocumentArgs, SetDescriptionArgs, SetTitleArgs, UpdatePersonaArgs } from './operations/document';
export { addParticipant, removeParticipant, updateParticipant } from './operations/participants';
export type { AddParticipantArgs, RemoveParticipantArgs, UpdateParticipantArgs } from './operations/participants';
export { removeRating, setRating } from './operations/ratings';
export type { RemoveRatingArgs, SetRatingArgs } from './operations/ratings';
export { addEvidence, removeEvidence, updateEvidence } from './operations/evidence';
export type { AddEvidenceArgs, RemoveEvidenceArgs, UpdateEvidenceArgs } from './operations/evidence';
export { applyOperation, journeyOperations } from './operations/registry';
export type { JourneyChange, JourneyOperationArgs, JourneyOperationName } from './operations/registry';
export { getJourneyTemplate, journeyTemplates, type JourneyTemplate, type JourneyTemplateLocale } from './templates';
