/** Operations on touchpoints. Each is pure: it returns a new document or the same one unchanged. */
import { cloneJson, describeValue, isPlainObject, setOwn } from '../json';
import { fail } from '../report';
import type { JsonObject } from '../json';
import { ID_PREFIX, generateId } from '../ids';
import type { JourneyDocument, JourneyError, KnownTouchpoint, Touchpoint } from '../types';
import { checkCarriableText, checkEmotion, checkId, checkTouchpoint } from '../validate';
import {
  checkPosition,
  collectIds,
  idInUse,
  insertAt,
  insertionIndex,
  mergeChanges,
  participantIds,
  ratedEmotionRefusal,
  readArgument,
  reject,
  rejectIfAny,
  removeAt,
  replaceAt,
  requireArgs,
  settleTouchpoint,
  stageIndex,
  stageMembers,
  touchpointIndex,
} from './shared';

const CHECK = { checkUnknown: true };

/**
 * The known properties of a touchpoint and nothing else, so a misspelt or mistyped change
 * (`{ titel: 'x' }`, `{ emotion: 'very high' }`) fails to compile. A host that keeps its own
 * properties on touchpoints passes them with a cast; they are kept like any unknown property.
 */
export type TouchpointFields = Partial<Omit<KnownTouchpoint, 'stageId'>>;
/** What `updateTouchpoint` may change: see `TouchpointFields`; a key set to `undefined` removes it. */
export type TouchpointChanges = Partial<Omit<KnownTouchpoint, 'id' | 'stageId'>>;

export interface AddTouchpointArgs {
  stageId: string;
  /** Position among that stage's touchpoints; the end by default. */
  index?: number;
  /** Its properties; the id is generated unless given (a given id must be unused). */
  touchpoint?: TouchpointFields;
}

/** Adds a touchpoint (title `''` and emotion 0 unless given) to a stage. */
export function addTouchpoint(document: JourneyDocument, args: AddTouchpointArgs): JourneyDocument {
  requireArgs(args, 'addTouchpoint');
  const { stageId } = args;
  stageIndex(document, stageId);
  const members = stageMembers(document.touchpoints, stageId);
  const position = args.index === undefined ? members.length : checkPosition(args.index, members.length, '/touchpoints');
  const at = insertionIndex(document.stages, document.touchpoints, stageId, position, members);
  const path = `/touchpoints/${at}`;
  const fields: unknown = args.touchpoint === undefined ? {} : readArgument(args.touchpoint, path);
  if (!isPlainObject(fields)) return reject(path, 'invalid_type', `touchpoint must be an object, got ${describeValue(fields)}`);

  const errors: JourneyError[] = [];
  const givenId = fields.id;
  const candidate: JsonObject = {
    id: givenId ?? generateId(ID_PREFIX.touchpoint, (id) => idInUse(document, id)),
    stageId,
    title: '',
    emotion: 0,
  };
  for (const key of Object.keys(fields)) {
    if (key !== 'stageId' && fields[key] !== undefined) setOwn(candidate, key, fields[key]);
  }
  checkTouchpoint(errors, path, candidate, CHECK);
  if (typeof givenId === 'string' && givenId !== '' && idInUse(document, givenId)) {
    fail(errors, `${path}/id`, 'duplicate_id', `id ${describeValue(givenId)} is already used in this document`);
  }
  // Given ratings must name participants; their mean is the emotion (a different one given is refused).
  const settled = errors.length > 0 ? candidate : settleTouchpoint(document, errors, path, candidate, fields.emotion !== undefined);
  rejectIfAny(errors);
  return { ...document, touchpoints: insertAt(document.touchpoints, at, [settled as Touchpoint]) };
}

export interface UpdateTouchpointArgs {
  id: string;
  /** New values; a key set to `undefined` removes that optional property. */
  changes: TouchpointChanges;
}

/** Changes properties of a touchpoint (not its id, not its stage: see `moveTouchpoint`). */
export function updateTouchpoint(document: JourneyDocument, args: UpdateTouchpointArgs): JourneyDocument {
  requireArgs(args, 'updateTouchpoint');
  const index = touchpointIndex(document, args.id);
  const touchpoint = document.touchpoints[index] as Touchpoint;
  const path = `/touchpoints/${index}`;
  if (!isPlainObject(args.changes)) return reject(path, 'invalid_type', `changes must be an object, got ${describeValue(args.changes)}`);
  const changes = readArgument(args.changes, path) as JsonObject;
  if (changes.id !== undefined && changes.id !== touchpoint.id) {
    reject(`${path}/id`, 'invalid_value', 'a touchpoint keeps its id; duplicate it to get a copy with a new id');
  }
  if (changes.stageId !== undefined && changes.stageId !== touchpoint.stageId) {
    reject(`${path}/stageId`, 'invalid_value', 'use moveTouchpoint to move a touchpoint to another stage');
  }
  const merged = mergeChanges(touchpoint, changes);
  if (merged === undefined) return document;
  const errors: JourneyError[] = [];
  checkTouchpoint(errors, path, merged.candidate, CHECK);
  // On a rated touchpoint the emotion is the ratings' mean: an emotion change is refused, a
  // ratings change sets it.
  const settled = errors.length > 0 ? merged.candidate : settleTouchpoint(document, errors, path, merged.candidate, merged.changed.includes('emotion'));
  rejectIfAny(errors);
  return { ...document, touchpoints: replaceAt(document.touchpoints, index, settled as Touchpoint) };
}

export interface RemoveTouchpointArgs {
  id: string;
}

export function removeTouchpoint(document: JourneyDocument, args: RemoveTouchpointArgs): JourneyDocument {
  requireArgs(args, 'removeTouchpoint');
  const index = touchpointIndex(document, args.id);
  return { ...document, touchpoints: removeAt(document.touchpoints, index) };
}

export interface DuplicateTouchpointArgs {
  id: string;
  /** The copy's id; generated unless given (a given id must be unused). */
  newId?: string;
}

/** Inserts a deep copy of a touchpoint right after it, with a new id. */
export function duplicateTouchpoint(document: JourneyDocument, args: DuplicateTouchpointArgs): JourneyDocument {
  requireArgs(args, 'duplicateTouchpoint');
  const index = touchpointIndex(document, args.id);
  const path = `/touchpoints/${index + 1}/id`;
  let newId: string;
  if (args.newId === undefined) {
    newId = generateId(ID_PREFIX.touchpoint, (id) => idInUse(document, id));
  } else {
    const errors: JourneyError[] = [];
    checkId(errors, path, 'newId', args.newId);
    checkCarriableText(errors, path, 'newId', args.newId);
    rejectIfAny(errors);
    newId = args.newId;
    if (idInUse(document, newId)) reject(path, 'duplicate_id', `id ${describeValue(newId)} is already used in this document`);
  }
  const copy = cloneJson(document.touchpoints[index] as Touchpoint);
  copy.id = newId;
  return { ...document, touchpoints: insertAt(document.touchpoints, index + 1, [copy]) };
}

export interface MoveTouchpointArgs {
  id: string;
  /** The stage it goes to (may be its own). */
  stageId: string;
  /** Position among the target stage's touchpoints once the moved one is taken out. */
  index: number;
}

/** Moves a touchpoint to a position in a stage; the same document when it is already there. */
export function moveTouchpoint(document: JourneyDocument, args: MoveTouchpointArgs): JourneyDocument {
  requireArgs(args, 'moveTouchpoint');
  const from = touchpointIndex(document, args.id);
  const { stageId } = args;
  stageIndex(document, stageId);
  const touchpoint = document.touchpoints[from] as Touchpoint;
  const members = stageMembers(document.touchpoints, stageId, from);
  const position = checkPosition(args.index, members.length, '/touchpoints');
  const sameStage = touchpoint.stageId === stageId;
  if (sameStage) {
    let current = 0;
    while (current < members.length && (members[current] as number) < from) current++;
    if (position === current) return document;
  }
  const rest = removeAt(document.touchpoints, from);
  const shifted = members.map((member) => (member > from ? member - 1 : member));
  const at = insertionIndex(document.stages, rest, stageId, position, shifted);
  const moved = sameStage ? touchpoint : { ...touchpoint, stageId };
  return { ...document, touchpoints: insertAt(rest, at, [moved]) };
}

export interface SetEmotionArgs {
  id: string;
  /** From -5 to 5. */
  emotion: number;
}

/**
 * Sets a touchpoint's emotion; the same document when it already has that value. Refused on a
 * rated touchpoint, whose emotion is the mean of its ratings.
 */
export function setEmotion(document: JourneyDocument, args: SetEmotionArgs): JourneyDocument {
  requireArgs(args, 'setEmotion');
  const index = touchpointIndex(document, args.id);
  const touchpoint = document.touchpoints[index] as Touchpoint;
  if (touchpoint.emotion === args.emotion) return document;
  const errors: JourneyError[] = [];
  checkEmotion(errors, `/touchpoints/${index}/emotion`, args.emotion);
  const ratings = touchpoint.ratings;
  if (errors.length === 0 && ratings !== undefined && ratings.length > 0) errors.push(ratedEmotionRefusal(`/touchpoints/${index}/emotion`, ratings.length));
  rejectIfAny(errors);
  return { ...document, touchpoints: replaceAt(document.touchpoints, index, { ...touchpoint, emotion: args.emotion }) };
}

export interface InsertTouchpointsArgs {
  stageId: string;
  /** Position among that stage's touchpoints; the end by default. */
  index?: number;
  /** Whole touchpoints, e.g. from the clipboard. */
  touchpoints: Touchpoint[];
}

/**
 * Inserts copies of whole touchpoints into a stage (paste). Each copy's `stageId` becomes the
 * target; an id that is missing or already used gets a fresh one. A rating by someone who is
 * not a participant of this document is refused at its pointer (nothing is inserted); a rated
 * copy's emotion is the mean of its ratings.
 */
export function insertTouchpoints(document: JourneyDocument, args: InsertTouchpointsArgs): JourneyDocument {
  requireArgs(args, 'insertTouchpoints');
  const { stageId } = args;
  stageIndex(document, stageId);
  if (!Array.isArray(args.touchpoints)) return reject('/touchpoints', 'invalid_type', `touchpoints must be an array, got ${describeValue(args.touchpoints)}`);
  if (args.touchpoints.length === 0) return document;
  const members = stageMembers(document.touchpoints, stageId);
  const position = args.index === undefined ? members.length : checkPosition(args.index, members.length, '/touchpoints');
  const at = insertionIndex(document.stages, document.touchpoints, stageId, position, members);

  // Read once, within the limits (a paste can be anything), errors placed where the items go.
  const given = readArgument(args.touchpoints, '', (offset) => `/touchpoints/${at + offset}`) as unknown[];
  const taken = collectIds(document);
  const participants = participantIds(document);
  const errors: JourneyError[] = [];
  const inserted: Touchpoint[] = [];
  given.forEach((item: unknown, offset) => {
    const path = `/touchpoints/${at + offset}`;
    if (!isPlainObject(item)) {
      fail(errors, path, 'invalid_type', `a touchpoint must be an object, got ${describeValue(item)}`);
      return;
    }
    const keep = typeof item.id === 'string' && item.id !== '' && !taken.has(item.id);
    const id = keep ? (item.id as string) : generateId(ID_PREFIX.touchpoint, (candidateId) => taken.has(candidateId));
    taken.add(id);
    const candidate: JsonObject = { id, stageId };
    for (const key of Object.keys(item)) {
      if (key !== 'id' && key !== 'stageId' && item[key] !== undefined) setOwn(candidate, key, item[key]);
    }
    const before = errors.length;
    checkTouchpoint(errors, path, candidate, CHECK);
    // Pasted ratings must name this document's participants; the emotion becomes their mean.
    inserted.push((errors.length > before ? candidate : settleTouchpoint(document, errors, path, candidate, false, participants)) as Touchpoint);
  });
  rejectIfAny(errors);
  return { ...document, touchpoints: insertAt(document.touchpoints, at, inserted) };
}
