export { createJourneyStore } from './createJourneyStore';
export type { JourneyStore, JourneyStoreHandlers } from './createJourneyStore';
export { createLocalHistory } from './history';
export type { JourneyHistory, JourneyHistoryEntry, LocalHistoryOptions, LocalJourneyHistory } from './history';
export { JOURNEY_LANES } from './types';
export type {
  ApplyResult,
  JourneyChangeSource,
  JourneyEditorChange,
  JourneyLane,
  JourneyProblem,
  JourneySelection,
  JourneyStoreChange,
  JourneyStoreListener,
  JourneyStoreOptions,
  JourneyStoreState,
} from './types';
