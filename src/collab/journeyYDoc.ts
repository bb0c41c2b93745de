/**
 * The journey document on Yjs types, so that concurrent edits merge field by field:
 *
 *   ydoc.getMap('journey')          the root's own fields (title, description, locale, unknown
 *                                   properties …); `persona` is a nested Y.Map whose string lists
 *                                   (goals, motivations, frustrations) are Y.Arrays
 *   ydoc.getMap('stages')           stage id -> Y.Map of the stage's fields (all but `id`)
 *   ydoc.getMap('stageOrder')       stage id -> fractional order key (see order.ts)
 *   ydoc.getMap('touchpoints')      touchpoint id -> Y.Map of its fields (all but `id`);
 *                                   painPoints / delights / opportunities are Y.Arrays of strings,
 *                                   metrics a nested Y.Map, `stageId` a plain field
 *   ydoc.getMap('touchpointOrder')  touchpoint id -> fractional order key over the whole array
 *   ydoc.getMap('participants')     participant id -> Y.Map of its fields (all but `id`)
 *   ydoc.getMap('participantOrder') participant id -> fractional order key
 *   ydoc.getMap('ratings')          [touchpoint id, participant id] -> Y.Map of the rating's fields
 *                                   (all but `by`); see ratingsY.ts: a rated touchpoint's
 *                                   `emotion` is read as the mean of its ratings
 *
 * A touchpoint's `evidence` is a Y.Array (of Y.Maps) in its map: two people adding evidence at
 * once both keep theirs. Participants are keyed like stages, so concurrent joins never lose one.
 *
 * The document's arrays are derived by sorting on (order key, id). Keeping order apart from the
 * fields means a move writes two small values (stageId, order) and a concurrent edit of the same
 * touchpoint's title or emotion still lands; keeping it in its own map means no property name a
 * document may carry (unknown properties are kept) can collide with it.
 * Any other value, known or not, is stored as a plain JSON value and comes back unchanged.
 */
import * as Y from 'yjs';
import { parseJourney } from '../model';
import type { JourneyDocument, JourneyError, ParseResult } from '../model';
import { isPlainObject, isStringArray, jsonEqual } from './json';
import { isOrderKey, reorderKeys } from './order';
import { attachRatings, readRatingsMap, syncRatings } from './ratingsY';
import { YReader, Y_READ_LIMITS } from './readY';
import type { YReadLimits } from './readY';

export const Y_KEYS = {
  root: 'journey',
  stages: 'stages',
  stageOrder: 'stageOrder',
  touchpoints: 'touchpoints',
  touchpointOrder: 'touchpointOrder',
  participants: 'participants',
  participantOrder: 'participantOrder',
  ratings: 'ratings',
} as const;

/**
 * Which fields of an object become Y types: string lists -> Y.Array, nested objects -> Y.Map.
 * Maps and Sets, not object literals: a property named `constructor` must not find Object's.
 */
interface Shape {
  arrays: ReadonlySet<string>;
  /** Lists of any JSON values (evidence) -> Y.Array, edited by splice so concurrent additions merge. */
  lists?: ReadonlySet<string>;
  /**
   * Lists kept in their own maps whose presence the map records as `true` (the root's
   * participants): an empty list and no list are different documents.
   */
  listed?: ReadonlySet<string>;
  maps: ReadonlyMap<string, Shape>;
  /** Fields kept out of the map (the id is the map key; the root's arrays have their own maps). */
  skip: ReadonlySet<string>;
}
const leaf: Shape = { arrays: new Set(), maps: new Map(), skip: new Set() };
const personaShape: Shape = { arrays: new Set(['goals', 'motivations', 'frustrations']), maps: new Map(), skip: new Set() };
const rootShape: Shape = { arrays: new Set(), maps: new Map([['persona', personaShape]]), skip: new Set(['stages', 'touchpoints']), listed: new Set(['participants']) };
const stageShape: Shape = { arrays: new Set(), maps: new Map(), skip: new Set(['id']) };
const participantShape: Shape = stageShape;
const touchpointShape: Shape = {
  arrays: new Set(['painPoints', 'delights', 'opportunities']),
  lists: new Set(['evidence']),
  maps: new Map([['metrics', leaf]]),
  // Ratings live in their own map (ratingsY.ts), keyed by touchpoint and participant.
  skip: new Set(['id', 'ratings']),
};

export interface JourneyYTypes {
  root: Y.Map<unknown>;
  stages: Y.Map<unknown>;
  stageOrder: Y.Map<unknown>;
  touchpoints: Y.Map<unknown>;
  touchpointOrder: Y.Map<unknown>;
  participants: Y.Map<unknown>;
  participantOrder: Y.Map<unknown>;
  ratings: Y.Map<unknown>;
}

export function journeyYTypes(ydoc: Y.Doc): JourneyYTypes {
  return {
    root: ydoc.getMap(Y_KEYS.root),
    stages: ydoc.getMap(Y_KEYS.stages),
    stageOrder: ydoc.getMap(Y_KEYS.stageOrder),
    touchpoints: ydoc.getMap(Y_KEYS.touchpoints),
    touchpointOrder: ydoc.getMap(Y_KEYS.touchpointOrder),
    participants: ydoc.getMap(Y_KEYS.participants),
    participantOrder: ydoc.getMap(Y_KEYS.participantOrder),
    ratings: ydoc.getMap(Y_KEYS.ratings),
  };
}

/** True when nothing of a journey has been written to this Y.Doc yet (a new room). */
export function isJourneyYDocEmpty(ydoc: Y.Doc): boolean {
  const types = journeyYTypes(ydoc);
  return types.root.size === 0 && types.stages.size === 0 && types.touchpoints.size === 0;
}

// ---------------------------------------------------------------------------------------------
// Y -> document

/** A Y value as JSON, never throwing (what JSON cannot carry comes back as null). */
function fromY(value: unknown): unknown {
  return new YReader().read(value, '', 0);
}

function sortedEntities(entities: Y.Map<unknown>, order: Y.Map<unknown>, path: string, reader: YReader, shape: Shape): unknown[] {
  const rows: { id: string; key: string; value: unknown }[] = [];
  entities.forEach((value, id) => {
    const key = order.get(id);
    rows.push({ id, key: isOrderKey(key) ? key : '', value });
  });
  rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return rows.map(({ id, value }, index) => {
    const at = `${path}/${index}`;
    // The entity's fields start one level down (the array and the entity are the first two).
    const fields = reader.read(value, at, 1);
    // Something other than a map (a remote client's bad write) is passed on as it is, so
    // parseJourney reports it at its place instead of the binding inventing an object.
    if (!isPlainObject(fields)) return fields;
    // The id is the entity's key in the shared map; an `id` field inside would make the
    // replicas disagree on which entity is which (and no restore wrote it away), so it is a problem.
    if (Object.prototype.hasOwnProperty.call(fields, 'id')) {
      reader.report(`${at}/id`, `an "id" field inside the shared entity (its id is its key, ${JSON.stringify(id)})`, 'invalid_value');
    }
    // Likewise a field that has its own map (a touchpoint's ratings): no writer of ours puts it there.
    for (const key of shape.skip) {
      if (key !== 'id' && Object.prototype.hasOwnProperty.call(fields, key)) {
        reader.report(`${at}/${key}`, `a "${key}" field inside the shared entity (they have their own map)`, 'invalid_value');
        delete fields[key];
      }
    }
    return { ...fields, id };
  });
}

export interface JourneyYDocReading {
  /** The journey as plain JSON; each place listed in `problems` holds null. */
  document: JourneyDocument;
  /** Values the Y.Doc holds that a journey cannot (a BigInt, bytes, nesting past the limit …), by JSON Pointer. */
  problems: JourneyError[];
}

/**
 * The journey a Y.Doc holds, as plain data, and what in it a journey cannot hold. Never throws,
 * whatever a remote client wrote. Top-level types other than the journey's are not read.
 */
export function readJourneyYDoc(ydoc: Y.Doc, limits: YReadLimits = Y_READ_LIMITS): JourneyYDocReading {
  const types = journeyYTypes(ydoc);
  const reader = new YReader(limits);
  const root = reader.read(types.root, '', 0) as Record<string, unknown>;
  for (const key of rootShape.skip) {
    if (types.root.has(key)) reader.report(`/${key}`, `a "${key}" field in the shared root map (they have their own maps)`, 'invalid_value');
  }
  // The participants list's marker: `true` when the document has one (an empty one included).
  const listed = types.root.get('participants');
  delete root.participants;
  if (listed !== undefined && listed !== true) reader.report('/participants', 'a "participants" field in the shared root map other than its marker (participants have their own map)', 'invalid_value');
  const touchpoints = sortedEntities(types.touchpoints, types.touchpointOrder, '/touchpoints', reader, touchpointShape);
  const participants = sortedEntities(types.participants, types.participantOrder, '/participants', reader, participantShape);
  const participantIds = participants.flatMap((p) => (isPlainObject(p) && typeof p.id === 'string' ? [p.id] : []));
  attachRatings(touchpoints, participantIds, readRatingsMap(types.ratings, reader), reader);
  const document = {
    ...root,
    stages: sortedEntities(types.stages, types.stageOrder, '/stages', reader, stageShape),
    touchpoints,
    ...(participants.length > 0 || listed === true ? { participants } : {}),
  } as JourneyDocument;
  return { document, problems: reader.allProblems() };
}

/**
 * The journey a Y.Doc holds, as a plain document. It is what the replicas agree on, not
 * necessarily a valid journey (a remote client may write anything): run it through
 * `parseJourney` before showing it, or use `parseJourneyYDoc`, which also reports values JSON
 * cannot carry (here they read as null). Never throws.
 */
export function yDocToJourney(ydoc: Y.Doc): JourneyDocument {
  return readJourneyYDoc(ydoc).document;
}

/**
 * `parseJourney` of the journey a Y.Doc holds, with what JSON cannot carry reported as errors.
 * Never throws: a failure inside the check itself is reported as an error at the root.
 */
export function parseJourneyYDoc(ydoc: Y.Doc): ParseResult {
  try {
    const { document, problems } = readJourneyYDoc(ydoc);
    if (problems.length > 0) return { ok: false, errors: problems };
    return parseJourney(document);
  } catch (error) {
    return { ok: false, errors: [{ path: '', message: `the shared journey could not be checked (${error instanceof Error ? error.message : String(error)})`, code: 'invalid_value' }] };
  }
}

// ---------------------------------------------------------------------------------------------
// document -> Y, as the smallest set of changes to what the Y.Doc already holds

/**
 * Any other JSON value as Yjs content: objects as Y.Maps and arrays as Y.Arrays, all the way
 * down. (Plain objects inside Yjs' own binary encoding would lose a key named `__proto__` on the
 * receiving side, and unknown properties must come back exactly as they were.)
 */
function toYValue(value: unknown): unknown {
  if (isPlainObject(value)) {
    const map = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(value)) if (v !== undefined) map.set(k, toYValue(v));
    return map;
  }
  if (Array.isArray(value)) return Y.Array.from(value.map(toYValue) as never[]);
  return value;
}

function toY(value: unknown, key: string, shape: Shape): unknown {
  if (shape.arrays.has(key) && isStringArray(value)) return Y.Array.from([...value]);
  const nested = shape.maps.get(key);
  if (nested && isPlainObject(value)) {
    const map = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(value)) if (v !== undefined && !nested.skip.has(k)) map.set(k, toY(v, k, nested));
    return map;
  }
  return toYValue(value);
}

/** The one splice (delete + insert around the common ends) that turns `from` into `to`. */
function splice<T>(from: readonly unknown[], to: readonly T[], same: (a: unknown, b: T) => boolean = (a, b) => a === b): { start: number; remove: number; insert: T[] } {
  let start = 0;
  while (start < from.length && start < to.length && same(from[start], to[start] as T)) start++;
  let endFrom = from.length;
  let endTo = to.length;
  while (endFrom > start && endTo > start && same(from[endFrom - 1], to[endTo - 1] as T)) {
    endFrom--;
    endTo--;
  }
  return { start, remove: endFrom - start, insert: to.slice(start, endTo) };
}

/**
 * Edits a Y.Array of strings into `next`. With `base` (what the local edit started from) and a
 * Y.Array that moved on meanwhile, only the local splice is replayed, so a colleague's
 * concurrent item is not taken out again.
 */
function syncStringArray(array: Y.Array<unknown>, next: readonly string[], base: unknown): void {
  const current = array.toArray();
  const from = isStringArray(base) && !jsonEqual(current, base) ? base : current;
  const change = splice(from, next);
  const start = Math.min(change.start, current.length);
  const remove = Math.min(change.remove, current.length - start);
  if (remove > 0) array.delete(start, remove);
  if (change.insert.length > 0) array.insert(start, change.insert);
}

/**
 * Edits a Y.Array of JSON values (evidence) into `next` the same way: one splice, replayed from
 * `base` when the array moved on meanwhile. Items compare as JSON; an item that changed is
 * replaced whole (an evidence item is small).
 */
function syncJsonArray(array: Y.Array<unknown>, next: readonly unknown[], base: unknown): void {
  const current = array.toArray().map(fromY);
  const from = Array.isArray(base) && !jsonEqual(current, base) ? base : current;
  const change = splice(from, next, jsonEqual);
  const start = Math.min(change.start, current.length);
  const remove = Math.min(change.remove, current.length - start);
  if (remove > 0) array.delete(start, remove);
  if (change.insert.length > 0) array.insert(start, change.insert.map(toYValue));
}

function has(record: Record<string, unknown>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key) && record[key] !== undefined;
}

/**
 * Writes the fields of `next` into `map`, touching only the ones that differ. With `base`, only
 * what changed from `base` to `next` is written (a three-way write): a field a colleague changed
 * meanwhile, and the local edit did not touch, keeps the colleague's value.
 */
function syncFields(map: Y.Map<unknown>, next: Record<string, unknown>, shape: Shape, base?: Record<string, unknown>): void {
  for (const key of [...map.keys()]) {
    // A field kept out of the map (an entity's id, the root's arrays) found in it was written by
    // someone else's code: it goes, or a restore would leave it and the replicas in conflict.
    if (shape.skip.has(key)) {
      map.delete(key);
      continue;
    }
    if (shape.listed?.has(key) && (map.get(key) !== true || !Array.isArray(next[key]))) {
      // Anything but the marker goes; so does the marker when the document has no such list.
      if (map.get(key) !== true || base === undefined || has(base, key)) map.delete(key);
      continue;
    }
    if (has(next, key)) continue;
    if (base === undefined || has(base, key)) map.delete(key);
  }
  for (const [key, value] of Object.entries(next)) {
    if (value === undefined || shape.skip.has(key)) continue;
    if (shape.listed?.has(key)) {
      if (Array.isArray(value) && map.get(key) !== true) map.set(key, true);
      continue;
    }
    const before = base !== undefined && has(base, key) ? base[key] : undefined;
    if (base !== undefined && before !== undefined && jsonEqual(before, value)) continue;
    const current = map.get(key);
    if (shape.arrays.has(key) && isStringArray(value)) {
      if (current instanceof Y.Array) syncStringArray(current, value, before);
      else map.set(key, toY(value, key, shape));
      continue;
    }
    if (shape.lists?.has(key) && Array.isArray(value)) {
      if (current instanceof Y.Array) syncJsonArray(current, value, before);
      else map.set(key, toYValue(value));
      continue;
    }
    const nested = shape.maps.get(key);
    if (nested && isPlainObject(value)) {
      if (current instanceof Y.Map) syncFields(current, value, nested, base === undefined ? undefined : isPlainObject(before) ? before : {});
      else map.set(key, toY(value, key, shape));
      continue;
    }
    if (map.has(key) && jsonEqual(fromY(current), value)) continue;
    map.set(key, toY(value, key, shape));
  }
}

function newEntity(item: Record<string, unknown>, shape: Shape): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [k, v] of Object.entries(item)) if (v !== undefined && !shape.skip.has(k)) map.set(k, toY(v, k, shape));
  return map;
}

function syncEntities(
  entities: Y.Map<unknown>,
  order: Y.Map<unknown>,
  next: readonly Record<string, unknown>[],
  previous: readonly Record<string, unknown>[] | undefined,
  shape: Shape,
): void {
  const nextIds = new Set(next.map((item) => item.id as string));
  // Without a base, whatever is not in `next` goes; with one, only what the local edit removed
  // (an entity a colleague added meanwhile is not ours to delete).
  const removable = previous === undefined ? [...entities.keys()] : previous.map((item) => item.id as string);
  for (const id of removable) {
    if (!nextIds.has(id)) {
      entities.delete(id);
      order.delete(id);
    }
  }
  const previousById = new Map(previous?.map((item) => [item.id as string, item]));
  for (const item of next) {
    const id = item.id as string;
    const before = previousById.get(id);
    // The store shares unchanged objects between documents: same object, nothing to write.
    if (before === item && entities.has(id)) continue;
    const current = entities.get(id);
    if (current instanceof Y.Map) syncFields(current, item, shape, before);
    // Edited here but deleted by a colleague meanwhile: the delete wins, nothing is resurrected.
    else if (previous !== undefined && before !== undefined && current === undefined) continue;
    else entities.set(id, newEntity(item, shape));
  }
  const sameOrder =
    previous !== undefined && previous.length === next.length && previous.every((item, i) => item.id === next[i]?.id);
  const present = next.filter((item) => entities.has(item.id as string));
  if (sameOrder && present.every((item) => order.has(item.id as string))) return;
  const changes = reorderKeys(present.map((item) => order.get(item.id as string) as string | undefined));
  for (const [index, key] of changes) order.set(present[index]?.id as string, key);
}

/**
 * A rated touchpoint's emotion is read from its ratings, so the `emotion` field it has in the
 * shared map may lag (a reveal, or a colleague's rating, changed the mean without writing it).
 * Whoever writes a touchpoint whose ratings are involved writes the emotion it has, even when the
 * three-way diff sees no change: when the last rating goes, the touchpoint keeps that last mean
 * (as the model says), not an older value left in the field.
 */
function storeRatedEmotions(entities: Y.Map<unknown>, next: JourneyDocument['touchpoints'], previous: JourneyDocument['touchpoints'] | undefined): void {
  const before = new Map(previous?.map((t) => [t.id, t]));
  for (const touchpoint of next) {
    const old = before.get(touchpoint.id);
    if (old === touchpoint) continue;
    if ((touchpoint.ratings?.length ?? 0) === 0 && (old?.ratings?.length ?? 0) === 0) continue;
    const map = entities.get(touchpoint.id);
    if (map instanceof Y.Map && map.get('emotion') !== touchpoint.emotion) map.set('emotion', touchpoint.emotion);
  }
}

/**
 * Writes `next` into the Y.Doc with the smallest set of Yjs changes, in one transaction with
 * `origin`. Without `previous` the Y.Doc ends up holding exactly `next`. With `previous` (the
 * document the local edit started from) only what changed from `previous` to `next` is written,
 * so colleagues' edits that arrived meanwhile survive; unchanged stages and touchpoints are
 * skipped by object identity.
 */
export function writeJourneyToYDoc(ydoc: Y.Doc, next: JourneyDocument, options: { previous?: JourneyDocument; origin?: unknown } = {}): void {
  const { previous, origin = null } = options;
  if (previous === next) return;
  const types = journeyYTypes(ydoc);
  ydoc.transact(() => {
    syncFields(types.root, next, rootShape, previous);
    syncEntities(types.stages, types.stageOrder, next.stages, previous?.stages, stageShape);
    syncEntities(types.touchpoints, types.touchpointOrder, next.touchpoints, previous?.touchpoints, touchpointShape);
    syncEntities(types.participants, types.participantOrder, next.participants ?? [], previous === undefined ? undefined : previous.participants ?? [], participantShape);
    syncRatings(
      types.ratings,
      next.touchpoints,
      previous?.touchpoints,
      (target, fields, before) => syncFields(target, fields, leaf, before),
      (fields) => newEntity(fields, leaf),
    );
    storeRatedEmotions(types.touchpoints, next.touchpoints, previous?.touchpoints);
  }, origin);
}

/** A Y.Doc holding `document` (a new one unless given; an existing one is edited into it). */
export function journeyToYDoc(document: JourneyDocument, ydoc: Y.Doc = new Y.Doc()): Y.Doc {
  writeJourneyToYDoc(ydoc, document);
  return ydoc;
}
