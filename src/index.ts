/**
 * journey-canvas: the public API. Every export is named here on purpose; anything not listed is
 * internal and may change. The pure model is also its own entry, `journey-canvas/model`.
 */

// Components
export { JourneyEditor } from './editor/JourneyEditor';
export type { JourneyEditorProps, JourneyEditorHandle } from './editor/JourneyEditor';
export type { JourneyEditorCollab } from './editor/collab';
export { JourneyViewer } from './editor/JourneyViewer';
export type { JourneyViewerProps } from './editor/JourneyViewer';
export type { JourneyInitialView } from './editor/canvas/JourneyCanvas';
export type { JourneyColorMode } from './picture/colorMode';

// View state the components report or accept
export { JOURNEY_LANES } from './store';
export type { ApplyResult, JourneyLane, JourneySelection, JourneyEditorChange } from './store';

// Messages
export { JOURNEY_LOCALES, resolveMessages, formatMessage, formatEmotion, channelLabel } from './i18n';
export { describeJourneyError } from './editor/describeError';
export type { JourneyErrorDescription } from './editor/describeError';
export type { JourneyLocale, JourneyMessages, JourneyMessageKey } from './i18n';

// Layout helpers shared with exports (emotion scale, snapping)
export { emotionToY, yToEmotion, snapEmotion, EMOTION_STEP } from './layout';
export type { EmotionScale } from './layout';

// Images, JSON files and the compare view
export {
  exportJourneyImage,
  exportCompareImage,
  JourneyExportError,
  EXPORT_PRESETS,
  MAX_CANVAS_SIDE,
  JourneyCompare,
  downloadJourneyJson,
  openJourneyFile,
  safeFileName,
} from './export';
export type { ExportImageFormat, ExportImageOptions, ExportPreset, ExportCompareOptions, JourneyCompareProps } from './export';
export { exportJourneySlides } from './export';
export type { ExportSlidesOptions } from './export';

// The document model (also available alone from `journey-canvas/model`)
export {
  EMOTION_MAX,
  EMOTION_MIN,
  JOURNEY_FORMAT,
  JOURNEY_VERSION,
  STAGE_KINDS,
  createJourney,
  parseJourney,
  validateJourney,
  serializeJourney,
  analyzeJourney,
  journeyOrder,
  compareJourneys,
  journeySchema,
  JourneyOperationError,
  applyOperation,
  journeyOperations,
  addTouchpoint,
  updateTouchpoint,
  removeTouchpoint,
  duplicateTouchpoint,
  moveTouchpoint,
  setEmotion,
  insertTouchpoints,
  addStage,
  updateStage,
  renameStage,
  recolorStage,
  moveStage,
  removeStage,
  setTitle,
  setDescription,
  updatePersona,
  replaceDocument,
  journeyTemplates,
  getJourneyTemplate,
  EVIDENCE_KINDS,
  ratedEmotion,
  isEvidenceUrl,
  touchpointRatingStats,
  addParticipant,
  updateParticipant,
  removeParticipant,
  setRating,
  removeRating,
  addEvidence,
  updateEvidence,
  removeEvidence,
} from './model';
export type {
  JourneyDocument,
  Stage,
  StageKind,
  Touchpoint,
  TouchpointMetrics,
  Persona,
  JourneyError,
  JourneyErrorCode,
  JourneyWarning,
  ParseResult,
  JourneyAnalysis,
  JourneyMoment,
  StageAnalysis,
  JourneyComparison,
  ChangedStage,
  ChangedTouchpoint,
  MovedTouchpoint,
  JourneyChange,
  JourneyOperationName,
  JourneyOperationArgs,
  JourneyTemplate,
  JourneyTemplateLocale,
  JourneyParticipant,
  TouchpointRating,
  TouchpointEvidence,
  EvidenceKind,
  TouchpointRatingStats,
  RatingsAnalysis,
  TouchpointRatingAnalysis,
  ParticipantRatingAnalysis,
} from './model';
