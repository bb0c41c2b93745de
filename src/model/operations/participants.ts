/**
 * Operations on the people whose ratings a journey keeps (format v2). Pure: each returns a new
 * document, or the same one when nothing changes.
 */
import { describeValue, isPlainObject, setOwn } from '../json';
import type { JsonObject } from '../json';
import { ID_PREFIX, generateId } from '../ids';
import { MAX_JOURNEY_PARTICIPANTS } from '../limits';
import { withRatings } from '../ratings';
import { fail } from '../report';
import type { JourneyDocument, JourneyError, JourneyParticipant, KnownParticipant, Touchpoint } from '../types';
import { checkCarriableText, checkParticipant } from '../validate';
import {
  changedItem,
  checkPosition,
  idInUse,
  insertAt,
  readArgument,
  reject,
  rejectIfAny,
  removeAt,
  replaceAt,
  requireArgs,
} from './shared';

const CHECK = { checkUnknown: true };

/** The array index of the participant with `id`; throws `unknown_participant` when there is none. */
export function participantIndex(document: JourneyDocument, id: unknown): number {
  const participants = document.participants ?? [];
  for (let i = 0; i < participants.length; i++) if ((participants[i] as JourneyParticipant).id === id) return i;
  return reject('/participants', 'unknown_participant', `no participant has id ${describeValue(id)}`);
}

export interface AddParticipantArgs {
  /** Its properties; the id is generated unless given (a given id must be unused in the document). */
  participant: Partial<KnownParticipant>;
  /** Position among the participants; the end by default. */
  index?: number;
}

/** Adds a participant (someone in the room who rates). */
export function addParticipant(document: JourneyDocument, args: AddParticipantArgs): JourneyDocument {
  requireArgs(args, 'addParticipant');
  const participants = document.participants ?? [];
  const count = participants.length;
  if (count >= MAX_JOURNEY_PARTICIPANTS) {
    reject('/participants', 'too_large', `a journey holds at most ${MAX_JOURNEY_PARTICIPANTS} participants (MAX_JOURNEY_PARTICIPANTS)`);
  }
  const position = args.index === undefined ? count : checkPosition(args.index, count, '/participants');
  const path = `/participants/${position}`;
  const fields: unknown = args.participant === undefined ? {} : readArgument(args.participant, path);
  if (!isPlainObject(fields)) return reject(path, 'invalid_type', `participant must be an object, got ${describeValue(fields)}`);
  const givenId = fields.id;
  const candidate: JsonObject = { id: givenId ?? generateId(ID_PREFIX.participant, (id) => idInUse(document, id)) };
  for (const key of Object.keys(fields)) if (fields[key] !== undefined) setOwn(candidate, key, fields[key]);
  const errors: JourneyError[] = [];
  checkParticipant(errors, path, candidate, CHECK);
  checkCarriableText(errors, `${path}/id`, 'id', candidate.id);
  if (typeof givenId === 'string' && givenId !== '' && idInUse(document, givenId)) {
    fail(errors, `${path}/id`, 'duplicate_id', `id ${describeValue(givenId)} is already used in this document`);
  }
  rejectIfAny(errors);
  return { ...document, participants: insertAt(participants, position, [candidate as JourneyParticipant]) };
}

export interface UpdateParticipantArgs {
  id: string;
  /** New values; a key set to `undefined` removes it. A participant keeps its id (ratings name it). */
  changes: Partial<Omit<KnownParticipant, 'id'>>;
}

export function updateParticipant(document: JourneyDocument, args: UpdateParticipantArgs): JourneyDocument {
  requireArgs(args, 'updateParticipant');
  const index = participantIndex(document, args.id);
  const participants = document.participants as JourneyParticipant[];
  const participant = participants[index] as JourneyParticipant;
  const path = `/participants/${index}`;
  const updated = changedItem(participant, path, args.changes, 'a participant keeps its id, since ratings name it', (errors, at, candidate) =>
    checkParticipant(errors, at, candidate, CHECK),
  );
  if (updated === undefined) return document;
  return { ...document, participants: replaceAt(participants, index, updated) };
}

export interface RemoveParticipantArgs {
  id: string;
}

/**
 * Removes a participant and, with them, their rating on every touchpoint; each of those
 * touchpoints' emotion becomes the mean of the ratings left (one left with none keeps its last
 * emotion and is unrated again). One step: undo brings the participant and ratings back.
 */
export function removeParticipant(document: JourneyDocument, args: RemoveParticipantArgs): JourneyDocument {
  requireArgs(args, 'removeParticipant');
  const index = participantIndex(document, args.id);
  const id = args.id;
  let touchpoints: Touchpoint[] | undefined;
  document.touchpoints.forEach((touchpoint, i) => {
    const ratings = touchpoint.ratings;
    if (ratings === undefined || !ratings.some((rating) => rating.by === id)) return;
    touchpoints ??= document.touchpoints.slice();
    touchpoints[i] = withRatings(
      touchpoint,
      ratings.filter((rating) => rating.by !== id),
    );
  });
  const participants = removeAt(document.participants as JourneyParticipant[], index);
  const next: JourneyDocument = { ...document, participants };
  if (touchpoints !== undefined) next.touchpoints = touchpoints;
  return next;
}
