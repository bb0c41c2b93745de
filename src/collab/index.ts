/**
 * `journey-canvas/collab`: live collaboration on Yjs. Needs `yjs` (a peer dependency) and any
 * Yjs provider (Hocuspocus, y-websocket, y-indexeddb …).
 */
export { journeyToYDoc, yDocToJourney, writeJourneyToYDoc, isJourneyYDocEmpty, journeyYTypes, Y_KEYS } from './journeyYDoc';
export { readJourneyYDoc, parseJourneyYDoc } from './journeyYDoc';
export type { JourneyYTypes, JourneyYDocReading } from './journeyYDoc';
export { Y_READ_LIMITS } from './readY';
export type { YReadLimits } from './readY';
export { bindJourneyStore } from './bindJourneyStore';
export type { BindJourneyStoreOptions, JourneyStoreBinding } from './bindJourneyStore';
export { remoteParticipants } from './awareness';
export type { AwarenessLike, CollabUser, JourneyPresence, RemoteParticipant } from './awareness';
export { orderKeyBetween, orderKeysBetween } from './order';
export { useJourneyCollab, createJourneyCollab } from './useJourneyCollab';
export type { JourneyCollabOptions } from './useJourneyCollab';
export { CollabPresence } from './CollabPresence';
export type { JourneyEditorCollab } from '../editor/collab';
export { ratingKey } from './ratingsY';
export {
  ROUND_Y_KEYS,
  RATING_ROUND_ORIGIN,
  MAX_PARTICIPANT_NAME,
  MAX_ROUND_RATINGS,
  readRatingRound,
  startRatingRound,
  revealRatingRound,
  endRatingRound,
  joinAsParticipant,
  rateTouchpoint,
  readRoundRatings,
} from './ratingRound';
export type { RatingRound, RatingRoundScope, RoundCount } from './ratingRound';
export { useRatingRound, readRatingRoundState } from './useRatingRound';
export type { RatingRoundControls, RatingRoundState, RatingRoundTouchpoint, UseRatingRoundOptions } from './useRatingRound';
