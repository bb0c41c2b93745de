/**
 * What the operations share: finding things by id, checking positions, placing a touchpoint in
 * the array, and merging changes. Every helper here is O(number of touchpoints) at worst and
 * allocates little, because the editor runs operations on every drag frame.
 */
import { JourneyOperationError } from '../errors';
import { cloneJson, describeValue, hasOwn, isPlainObject, jsonEqual, setOwn } from '../json';
import type { JsonObject } from '../json';
import { ratedEmotion } from '../ratings';
import { readValue } from '../read';
import { finishErrors } from '../report';
import type { JourneyDocument, JourneyError, JourneyErrorCode, Stage, Touchpoint, TouchpointRating } from '../types';
import { checkTouchpointLists } from '../validate';

export function reject(path: string, code: JourneyErrorCode, message: string): never {
  throw new JourneyOperationError([{ path, code, message }]);
}

export function rejectIfAny(errors: JourneyError[]): void {
  if (errors.length > 0) throw new JourneyOperationError(finishErrors(errors));
}

/**
 * A value from the caller (changes, a pasted touchpoint, a whole document) read once into fresh
 * plain data within the limits, so what is checked is what goes in, and nothing the caller
 * keeps is shared. `path` is where it goes in the document.
 */
export function readArgument(value: unknown, path: string, itemPath?: (index: number) => string): unknown {
  // A property set to `undefined` in changes means "remove it", so it is kept.
  const read = readValue(value, path, { keepUndefined: true });
  if (read.ok) return read.value;
  // An array of items that each go to their own place: `/3/title` becomes `/touchpoints/5/title`.
  const finished = finishErrors(read.errors);
  const errors =
    itemPath === undefined
      ? finished
      : finished.map((error) => {
          const match = /^\/(\d+)(.*)$/.exec(error.path);
          return match === null ? error : { ...error, path: `${itemPath(Number(match[1]))}${match[2] as string}` };
        });
  throw new JourneyOperationError(errors);
}

/** Throws when the operation was not given an arguments object (a mistake in plain JavaScript). */
export function requireArgs(args: unknown, operation: string): void {
  if (!isPlainObject(args)) reject('', 'invalid_type', `${operation} needs an arguments object, got ${describeValue(args)}`);
}

/** The array index of the touchpoint with `id`; throws `unknown_touchpoint` when there is none. */
export function touchpointIndex(document: JourneyDocument, id: unknown): number {
  const touchpoints = document.touchpoints;
  for (let i = 0; i < touchpoints.length; i++) if ((touchpoints[i] as Touchpoint).id === id) return i;
  return reject('/touchpoints', 'unknown_touchpoint', `no touchpoint has id ${describeValue(id)}`);
}

/** The array index of the stage with `id`; throws `unknown_stage` when there is none. */
export function stageIndex(document: JourneyDocument, id: unknown): number {
  const stages = document.stages;
  for (let i = 0; i < stages.length; i++) if ((stages[i] as Stage).id === id) return i;
  return reject('/stages', 'unknown_stage', `no stage has id ${describeValue(id)}`);
}

/** Whether a participant, stage or touchpoint already has `id` (ids are unique across all). */
export function idInUse(document: JourneyDocument, id: string): boolean {
  for (const participant of document.participants ?? []) if (participant.id === id) return true;
  for (const stage of document.stages) if (stage.id === id) return true;
  for (const touchpoint of document.touchpoints) if (touchpoint.id === id) return true;
  return false;
}

export function collectIds(document: JourneyDocument): Set<string> {
  const ids = new Set<string>();
  for (const participant of document.participants ?? []) ids.add(participant.id);
  for (const stage of document.stages) ids.add(stage.id);
  for (const touchpoint of document.touchpoints) ids.add(touchpoint.id);
  return ids;
}

/** The ids of the document's participants. */
export function participantIds(document: JourneyDocument): Set<string> {
  const ids = new Set<string>();
  for (const participant of document.participants ?? []) ids.add(participant.id);
  return ids;
}

/** Checks a position argument: an integer in [0, max]. */
export function checkPosition(value: unknown, max: number, path: string): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max) return value;
  const message = `index must be an integer from 0 to ${max}, got ${describeValue(value)}`;
  const code: JourneyErrorCode =
    typeof value !== 'number' ? 'invalid_type' : Number.isInteger(value) ? 'out_of_range' : 'invalid_value';
  return reject(path, code, message);
}

/** Array indices of the touchpoints of `stageId`, in order, leaving out index `skip`. */
export function stageMembers(touchpoints: readonly Touchpoint[], stageId: string, skip = -1): number[] {
  const members: number[] = [];
  for (let i = 0; i < touchpoints.length; i++) {
    if (i !== skip && (touchpoints[i] as Touchpoint).stageId === stageId) members.push(i);
  }
  return members;
}

/**
 * Where in `touchpoints` a touchpoint goes to be at `position` among its stage's touchpoints
 * (`members`, their array indices). Only the order inside a stage matters for the journey; a
 * first touchpoint of a stage goes before the first touchpoint of any later stage, so files
 * stay grouped by stage and read naturally.
 */
export function insertionIndex(
  stages: readonly Stage[],
  touchpoints: readonly Touchpoint[],
  stageId: string,
  position: number,
  members: readonly number[],
): number {
  if (position < members.length) return members[position] as number;
  const last = members[members.length - 1];
  if (last !== undefined) return last + 1;
  const order = stages.findIndex((stage) => stage.id === stageId);
  const later = new Set<string>();
  for (let s = order + 1; s < stages.length; s++) later.add((stages[s] as Stage).id);
  for (let i = 0; i < touchpoints.length; i++) {
    if (later.has((touchpoints[i] as Touchpoint).stageId)) return i;
  }
  return touchpoints.length;
}

/** A copy of `items` with `inserted` placed before the item at `index`. */
export function insertAt<T>(items: readonly T[], index: number, inserted: readonly T[]): T[] {
  const result = items.slice(0, index);
  for (const item of inserted) result.push(item);
  for (let i = index; i < items.length; i++) result.push(items[i] as T);
  return result;
}

/** A copy of `items` with `item` in place of the one at `index`. */
export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  const result = items.slice();
  result[index] = item;
  return result;
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  const result = items.slice(0, index);
  for (let i = index + 1; i < items.length; i++) result.push(items[i] as T);
  return result;
}

/**
 * `target` with `changes` applied: a key whose value is `undefined` removes that property, any
 * other value replaces it (deep-equal values count as no change). Returns `undefined` when
 * nothing changes. The changed values are still the caller's: check the candidate, then call
 * `adoptChanges` to copy them in.
 */
export function mergeChanges(target: JsonObject, changes: JsonObject): { candidate: JsonObject; changed: string[] } | undefined {
  let candidate: JsonObject | undefined;
  const changed: string[] = [];
  for (const key of Object.keys(changes)) {
    const value = changes[key];
    const current = hasOwn(target, key) ? target[key] : undefined;
    if (value === undefined ? current === undefined : jsonEqual(current, value)) continue;
    candidate ??= { ...target };
    if (value === undefined) delete candidate[key];
    else setOwn(candidate, key, value);
    changed.push(key);
  }
  return candidate === undefined ? undefined : { candidate, changed };
}

/** Replaces the changed values in `candidate` (an object the operation owns) by deep copies. */
export function adoptChanges(candidate: JsonObject, changed: readonly string[]): void {
  for (const key of changed) if (hasOwn(candidate, key)) setOwn(candidate, key, cloneJson(candidate[key]));
}

/** `document` with a property set, or removed when `value` is `undefined`. */
export function withProperty(document: JourneyDocument, key: string, value: unknown): JourneyDocument {
  const next: JsonObject = { ...document };
  if (value === undefined) delete next[key];
  else setOwn(next, key, value);
  return next as JourneyDocument;
}

/** Why an emotion cannot be set on a rated touchpoint (the editor shows the room's band instead). */
export function ratedEmotionRefusal(path: string, ratings: number): JourneyError {
  return {
    path,
    code: 'invalid_value',
    message:
      `this touchpoint has ${ratings} rating${ratings === 1 ? '' : 's'}: its emotion is the mean of its ratings; ` +
      'change a rating (setRating) or remove the ratings to set it by hand',
  };
}

/**
 * Makes a touchpoint an operation built hold to v2's rules that need the document: its ratings
 * name participants (one rating each), and a rated touchpoint's emotion is their mean. With
 * `emotionGiven` (the caller set an emotion), an emotion that is not that mean is refused;
 * otherwise it is set from the ratings. Errors go to `errors`; returns the touchpoint to insert.
 */
export function settleTouchpoint(
  document: JourneyDocument,
  errors: JourneyError[],
  path: string,
  candidate: JsonObject,
  emotionGiven: boolean,
  participants?: ReadonlySet<string>,
): JsonObject {
  const ratings = candidate.ratings;
  if (!Array.isArray(ratings) || ratings.length === 0) return candidate;
  const before = errors.length;
  const ids = participants ?? participantIds(document);
  checkTouchpointLists(errors, path, candidate, () => ids);
  if (errors.length > before) return candidate;
  // Values of the wrong type were reported by the touchpoint's own check.
  if (!ratings.every((rating: unknown) => isPlainObject(rating) && typeof rating.emotion === 'number')) return candidate;
  const emotion = ratedEmotion(ratings as TouchpointRating[]);
  if (candidate.emotion === emotion) return candidate;
  if (emotionGiven) {
    errors.push(ratedEmotionRefusal(`${path}/emotion`, ratings.length));
    return candidate;
  }
  const settled: JsonObject = { ...candidate };
  setOwn(settled, 'emotion', emotion);
  return settled;
}

/**
 * `changes` merged into an item of a collection that keeps its id (`keepsId` says why), checked
 * by `check`: the updated item, or `undefined` when the changes change nothing.
 */
export function changedItem<T extends JsonObject & { id: string }>(
  item: T,
  path: string,
  rawChanges: unknown,
  keepsId: string,
  check: (errors: JourneyError[], path: string, candidate: JsonObject) => void,
): T | undefined {
  if (!isPlainObject(rawChanges)) return reject(path, 'invalid_type', `changes must be an object, got ${describeValue(rawChanges)}`);
  const changes = readArgument(rawChanges, path) as JsonObject;
  if (changes.id !== undefined && changes.id !== item.id) reject(`${path}/id`, 'invalid_value', keepsId);
  const merged = mergeChanges(item, changes);
  if (merged === undefined) return undefined;
  const errors: JourneyError[] = [];
  check(errors, path, merged.candidate);
  rejectIfAny(errors);
  return merged.candidate as T;
}
