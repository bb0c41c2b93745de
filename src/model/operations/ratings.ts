/**
 * Operations on the room's scores (format v2). Ratings are keyed by participant: setting one is
 * "this participant's score for this touchpoint", whoever set it before, so two people rating
 * at once each keep their own. Each operation leaves the touchpoint's emotion at the mean of its
 * ratings (`ratedEmotion`).
 */
import { describeValue, hasOwn, setOwn } from '../json';
import type { JsonObject } from '../json';
import { withRatings } from '../ratings';
import type { JourneyDocument, JourneyError, Touchpoint, TouchpointRating } from '../types';
import { checkCarriableText, checkRating } from '../validate';
import { participantIndex } from './participants';
import { insertAt, readArgument, reject, rejectIfAny, replaceAt, requireArgs, touchpointIndex } from './shared';

const CHECK = { checkUnknown: true };

export interface SetRatingArgs {
  touchpointId: string;
  /** The participant's id. */
  by: string;
  /** From -5 to 5. */
  emotion: number;
  /** Why they scored it so; left out keeps the note they had, `undefined` given removes it. */
  note?: string;
}

/** Adds or replaces `by`'s rating of a touchpoint, and sets its emotion to the ratings' mean. */
export function setRating(document: JourneyDocument, args: SetRatingArgs): JourneyDocument {
  requireArgs(args, 'setRating');
  const index = touchpointIndex(document, args.touchpointId);
  const touchpoint = document.touchpoints[index] as Touchpoint;
  const ratings = touchpoint.ratings ?? [];
  const at = ratings.findIndex((rating) => rating.by === args.by);
  const participants = document.participants ?? [];
  const rank = (by: unknown) => participants.findIndex((participant) => participant.id === by);
  // A new rating goes where the participants' order puts it, which is the order a live session
  // reads ratings back in (a shared document keys them by participant and has no order of its own).
  const later = at !== -1 ? at : ratings.findIndex((rating) => rank(rating.by) > rank(args.by));
  const slot = later === -1 ? ratings.length : later;
  const path = `/touchpoints/${index}/ratings/${slot}`;
  if (typeof args.by !== 'string' || args.by === '') {
    return reject(`${path}/by`, 'invalid_type', `by must be the id of a participant, got ${describeValue(args.by)}`);
  }
  if (rank(args.by) === -1) {
    reject(`${path}/by`, 'unknown_participant', `by ${describeValue(args.by)} does not name a participant of this document; add the participant first`);
  }
  const existing: JsonObject = at === -1 ? {} : (ratings[at] as TouchpointRating);
  const candidate: JsonObject = { ...existing };
  setOwn(candidate, 'by', args.by);
  setOwn(candidate, 'emotion', args.emotion);
  if (hasOwn(args, 'note')) {
    const note = readArgument(args.note, `${path}/note`);
    if (note === undefined) delete candidate.note;
    else setOwn(candidate, 'note', note);
  }
  const errors: JourneyError[] = [];
  checkRating(errors, path, candidate, CHECK);
  checkCarriableText(errors, `${path}/note`, 'note', candidate.note);
  rejectIfAny(errors);
  if (at !== -1 && existing.emotion === candidate.emotion && existing.note === candidate.note) return document;
  const next = at === -1 ? insertAt(ratings, slot, [candidate as TouchpointRating]) : replaceAt(ratings, at, candidate as TouchpointRating);
  return { ...document, touchpoints: replaceAt(document.touchpoints, index, withRatings(touchpoint, next)) };
}

export interface RemoveRatingArgs {
  touchpointId: string;
  by: string;
}

/**
 * Removes `by`'s rating of a touchpoint (the same document when they have none). The emotion
 * becomes the mean of the ratings left; with none left it keeps its last value, unrated.
 */
export function removeRating(document: JourneyDocument, args: RemoveRatingArgs): JourneyDocument {
  requireArgs(args, 'removeRating');
  const index = touchpointIndex(document, args.touchpointId);
  const touchpoint = document.touchpoints[index] as Touchpoint;
  const ratings = touchpoint.ratings ?? [];
  const at = ratings.findIndex((rating) => rating.by === args.by);
  if (at === -1) {
    // A participant who never rated is no error; a name that is nobody's is a mistake worth saying.
    participantIndex(document, args.by);
    return document;
  }
  return {
    ...document,
    touchpoints: replaceAt(
      document.touchpoints,
      index,
      withRatings(
        touchpoint,
        ratings.filter((_, i) => i !== at),
      ),
    ),
  };
}
