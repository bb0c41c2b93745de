export { createJourneyStore } from './createJourneyStore';
export type { JourneyStore, JourneyStoreHandlers } from './createJourneyStore';
export { JOURNEY_LANES } from './types';
export type {
  ApplyResult,
  JourneyEditorChange,
  JourneyLane,
  JourneyProblem,
  JourneySelection,
  JourneyStoreOptions,
  JourneyStoreState,
} from './types';
