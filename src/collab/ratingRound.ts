/**
 * Rating rounds in a live session, on the shared Y.Doc beside the journey:
 *
 *   ydoc.getMap('ratingRound')   the round: id, scope ('journey' or 'stage' + stageId),
 *                                status ('open' | 'revealed'), startedBy (a participant id)
 *   ydoc.getMap('roundRatings')  [round id, touchpoint id, participant id] -> Y.Map { emotion, note? }
 *
 * While a round is open, a rating goes into the round's map, not into the journey, and a client
 * shows only how many have rated ("7 of 12 rated"), never the others' values: people rate
 * without anchoring on the first number they see. The facilitator's reveal copies every round
 * rating into the journey's ratings (keyed by touchpoint and participant, ratingsY.ts) in one
 * transaction: a second reveal at the same moment writes the same values to the same keys, so it
 * is harmless.
 *
 * Hiding is a view choice, NOT secrecy: every client holds the whole Y.Doc, round ratings
 * included, and a curious participant's browser tools can read them.
 *
 * Who may start, reveal and end a round is for the server to enforce (examples/workshop-live
 * refuses round-state writes from anyone but a facilitator); these functions only write.
 * Everything read here comes from other people's code and is read defensively.
 */
import * as Y from 'yjs';
import { EMOTION_MAX, EMOTION_MIN } from '../model';
import { orderKeyBetween, isOrderKey } from './order';
import { journeyYTypes, readJourneyYDoc } from './journeyYDoc';
import { parseRatingKey, ratingKey } from './ratingsY';

export const ROUND_Y_KEYS = { round: 'ratingRound', ratings: 'roundRatings' } as const;

/** Which touchpoints a round asks about: the whole journey, or one stage's. */
export type RatingRoundScope = { kind: 'journey' } | { kind: 'stage'; stageId: string };

export interface RatingRound {
  id: string;
  scope: RatingRoundScope;
  status: 'open' | 'revealed';
  /** The participant id of whoever started it, when they said. */
  startedBy?: string;
}

/** The origin of the writes made here (a binding reads them as a colleague's change). */
export const RATING_ROUND_ORIGIN = { journeyCanvas: 'rating-round' };

function roundTypes(doc: Y.Doc) {
  return { round: doc.getMap<unknown>(ROUND_Y_KEYS.round), ratings: doc.getMap<unknown>(ROUND_Y_KEYS.ratings) };
}

function roundRatingKey(roundId: string, touchpointId: string, by: string): string {
  return JSON.stringify([roundId, touchpointId, by]);
}

function parseRoundRatingKey(key: string): { roundId: string; touchpointId: string; by: string } | null {
  if (!key.startsWith('["') || key.length > MAX_KEY_LENGTH) return null;
  try {
    const value: unknown = JSON.parse(key);
    if (Array.isArray(value) && value.length === 3 && value.every((part) => typeof part === 'string')) {
      const [roundId, touchpointId, by] = value as [string, string, string];
      return { roundId, touchpointId, by };
    }
  } catch {
    // not a round rating key
  }
  return null;
}

/**
 * Round ratings read at most (a round of 200 people over 500 touchpoints is 100,000): the map
 * comes from other people's code, and a room may hold more entries than anyone rates.
 */
export const MAX_ROUND_RATINGS = 100_000;
/** A round rating key longer than this is not one (ids are short). */
const MAX_KEY_LENGTH = 2_000;

const isEmotion = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= EMOTION_MIN && value <= EMOTION_MAX;

/** The round in progress (open or revealed), or null. A malformed round state reads as none. */
export function readRatingRound(doc: Y.Doc): RatingRound | null {
  const map = roundTypes(doc).round;
  const id = map.get('id');
  const status = map.get('status');
  const scope = map.get('scope');
  const stageId = map.get('stageId');
  const startedBy = map.get('startedBy');
  if (typeof id !== 'string' || id === '' || (status !== 'open' && status !== 'revealed')) return null;
  let roundScope: RatingRoundScope;
  if (scope === 'journey') roundScope = { kind: 'journey' };
  else if (scope === 'stage' && typeof stageId === 'string') roundScope = { kind: 'stage', stageId };
  else return null;
  return { id, scope: roundScope, status, ...(typeof startedBy === 'string' ? { startedBy } : {}) };
}

function newRoundId(): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `round-${random}`;
}

/** Deletes every round rating (of any round): a new round, or the end of one, starts clean. */
function clearRoundRatings(ratings: Y.Map<unknown>): void {
  for (const key of [...ratings.keys()]) ratings.delete(key);
}

/** Starts a new round (replacing any round in progress and its hidden ratings). */
export function startRatingRound(doc: Y.Doc, options: { scope?: RatingRoundScope; startedBy?: string } = {}): RatingRound {
  const scope = options.scope ?? { kind: 'journey' };
  if (scope.kind === 'stage' && !(journeyYTypes(doc).stages.has(scope.stageId))) {
    throw new Error(`startRatingRound: the journey has no stage ${JSON.stringify(scope.stageId)}`);
  }
  const round: RatingRound = { id: newRoundId(), scope, status: 'open', ...(options.startedBy !== undefined ? { startedBy: options.startedBy } : {}) };
  const types = roundTypes(doc);
  doc.transact(() => {
    clearRoundRatings(types.ratings);
    types.round.set('id', round.id);
    types.round.set('scope', scope.kind);
    if (scope.kind === 'stage') types.round.set('stageId', scope.stageId);
    else types.round.delete('stageId');
    types.round.set('status', 'open');
    if (round.startedBy !== undefined) types.round.set('startedBy', round.startedBy);
    else types.round.delete('startedBy');
  }, RATING_ROUND_ORIGIN);
  return round;
}

/** The touchpoint ids a round asks about, in no particular order (the shared touchpoints map). */
function inScope(doc: Y.Doc, round: RatingRound, touchpointId: string): boolean {
  const touchpoint = journeyYTypes(doc).touchpoints.get(touchpointId);
  if (!(touchpoint instanceof Y.Map)) return false;
  return round.scope.kind === 'journey' || touchpoint.get('stageId') === round.scope.stageId;
}

/**
 * Copies every rating of the open round into the journey, in one transaction, and marks the round
 * revealed. Ratings of touchpoints or participants removed meanwhile are left out. Returns how
 * many ratings were revealed (0 when no round is open).
 */
export function revealRatingRound(doc: Y.Doc): number {
  const round = readRatingRound(doc);
  if (round === null) return 0;
  const types = roundTypes(doc);
  const journey = journeyYTypes(doc);
  let revealed = 0;
  let read = 0;
  doc.transact(() => {
    types.ratings.forEach((value, key) => {
      if (++read > MAX_ROUND_RATINGS) return;
      const names = parseRoundRatingKey(key);
      if (names === null || names.roundId !== round.id || !(value instanceof Y.Map)) return;
      const emotion: unknown = value.get('emotion');
      if (!isEmotion(emotion) || !journey.participants.has(names.by) || !inScope(doc, round, names.touchpointId)) return;
      const note: unknown = value.get('note');
      const target = journey.ratings.get(ratingKey(names.touchpointId, names.by));
      if (target instanceof Y.Map) {
        if (target.get('emotion') !== emotion) target.set('emotion', emotion);
        if (typeof note === 'string') target.set('note', note);
      } else {
        const rating = new Y.Map<unknown>();
        rating.set('emotion', emotion);
        if (typeof note === 'string') rating.set('note', note);
        journey.ratings.set(ratingKey(names.touchpointId, names.by), rating);
      }
      revealed++;
    });
    types.round.set('status', 'revealed');
    // Each rated touchpoint's new mean goes into its emotion field too (readers derive it anyway),
    // so the field is right if the touchpoint's ratings are later all removed.
    for (const touchpoint of readJourneyYDoc(doc).document.touchpoints) {
      const map = journey.touchpoints.get(touchpoint.id);
      if ((touchpoint.ratings?.length ?? 0) > 0 && map instanceof Y.Map && map.get('emotion') !== touchpoint.emotion) map.set('emotion', touchpoint.emotion);
    }
  }, RATING_ROUND_ORIGIN);
  return revealed;
}

/** Ends the round: its state and its hidden ratings go (revealed ones stay in the journey). */
export function endRatingRound(doc: Y.Doc): void {
  const types = roundTypes(doc);
  doc.transact(() => {
    clearRoundRatings(types.ratings);
    for (const key of [...types.round.keys()]) types.round.delete(key);
  }, RATING_ROUND_ORIGIN);
}

/** The longest participant name kept (a name is shown on every device in the room). */
export const MAX_PARTICIPANT_NAME = 80;

/**
 * Adds you to the journey's participants (or renames you if you are there), at the end of the
 * list. `id` should be stable per device (e.g. kept in localStorage), so reloading the page
 * keeps your ratings yours. Concurrent joins never lose anyone: each is its own key.
 */
export function joinAsParticipant(doc: Y.Doc, participant: { id: string; name: string; role?: string }): string {
  const { id } = participant;
  if (typeof id !== 'string' || id.trim() === '') throw new Error('joinAsParticipant: expected a non-empty participant id');
  const name = participant.name.trim().slice(0, MAX_PARTICIPANT_NAME);
  if (name === '') throw new Error('joinAsParticipant: expected a name');
  const types = journeyYTypes(doc);
  doc.transact(() => {
    const current = types.participants.get(id);
    if (current instanceof Y.Map) {
      if (current.get('name') !== name) current.set('name', name);
      if (participant.role !== undefined && current.get('role') !== participant.role) current.set('role', participant.role);
    } else {
      const fields = new Y.Map<unknown>();
      fields.set('name', name);
      if (participant.role !== undefined) fields.set('role', participant.role);
      types.participants.set(id, fields);
    }
    if (!isOrderKey(types.participantOrder.get(id))) {
      let last: string | null = null;
      types.participantOrder.forEach((key) => {
        if (isOrderKey(key) && (last === null || key > last)) last = key;
      });
      types.participantOrder.set(id, orderKeyBetween(last, null));
    }
  }, RATING_ROUND_ORIGIN);
  return id;
}

/**
 * `by`'s rating of a touchpoint. While a round is open and the touchpoint is in its scope, it
 * goes into the round (hidden until the reveal); otherwise straight into the journey.
 * Returns where it went.
 */
export function rateTouchpoint(doc: Y.Doc, rating: { touchpointId: string; by: string; emotion: number; note?: string }): 'round' | 'journey' {
  const { touchpointId, by, emotion, note } = rating;
  if (!isEmotion(emotion)) throw new Error(`rateTouchpoint: emotion must be a number from ${EMOTION_MIN} to ${EMOTION_MAX}, got ${String(emotion)}`);
  const journey = journeyYTypes(doc);
  if (!journey.touchpoints.has(touchpointId)) throw new Error(`rateTouchpoint: the journey has no touchpoint ${JSON.stringify(touchpointId)}`);
  if (!journey.participants.has(by)) throw new Error(`rateTouchpoint: ${JSON.stringify(by)} has not joined as a participant (joinAsParticipant)`);
  const round = readRatingRound(doc);
  const hidden = round !== null && round.status === 'open' && inScope(doc, round, touchpointId);
  const map = hidden ? roundTypes(doc).ratings : journey.ratings;
  const key = hidden ? roundRatingKey((round as RatingRound).id, touchpointId, by) : ratingKey(touchpointId, by);
  doc.transact(() => {
    const current = map.get(key);
    if (current instanceof Y.Map) {
      if (current.get('emotion') !== emotion) current.set('emotion', emotion);
      if (note !== undefined) current.set('note', note);
    } else {
      const fields = new Y.Map<unknown>();
      fields.set('emotion', emotion);
      if (note !== undefined) fields.set('note', note);
      map.set(key, fields);
    }
  }, RATING_ROUND_ORIGIN);
  return hidden ? 'round' : 'journey';
}

/** How many of the room have rated one touchpoint in the open round. */
export interface RoundCount {
  rated: number;
  of: number;
}

/**
 * What a device shows of the round: per touchpoint how many have rated (not what), and your own
 * hidden ratings. Never throws, whatever the shared maps hold.
 */
export function readRoundRatings(doc: Y.Doc, participantId?: string): { counts: Record<string, RoundCount>; myRatings: Record<string, number> } {
  const round = readRatingRound(doc);
  const counts: Record<string, RoundCount> = Object.create(null) as Record<string, RoundCount>;
  const myRatings: Record<string, number> = Object.create(null) as Record<string, number>;
  const journey = journeyYTypes(doc);
  const of = journey.participants.size;
  if (round !== null) {
    let read = 0;
    roundTypes(doc).ratings.forEach((value, key) => {
      if (++read > MAX_ROUND_RATINGS) return;
      const names = parseRoundRatingKey(key);
      if (names === null || names.roundId !== round.id || !(value instanceof Y.Map) || !journey.participants.has(names.by)) return;
      const emotion: unknown = value.get('emotion');
      if (!isEmotion(emotion)) return;
      const count = counts[names.touchpointId] ?? { rated: 0, of };
      count.rated++;
      counts[names.touchpointId] = count;
      // Once revealed, your rating is the journey's (you may still change it there).
      if (names.by === participantId && round.status === 'open') myRatings[names.touchpointId] = emotion;
    });
  }
  // Outside a round (and for what a revealed round wrote), your ratings are the journey's.
  if (participantId !== undefined) {
    journey.ratings.forEach((value, key) => {
      const names = parseRatingKey(key);
      if (names === null || names.by !== participantId || !(value instanceof Y.Map) || names.touchpointId in myRatings) return;
      const emotion: unknown = value.get('emotion');
      if (isEmotion(emotion)) myRatings[names.touchpointId] = emotion;
    });
  }
  return { counts, myRatings };
}
