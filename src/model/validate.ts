/**
 * The rules of format v2, run from its one definition (`format.ts`): every problem is collected
 * with its JSON Pointer (the first `MAX_JOURNEY_ERRORS`, then a count).
 *
 * The per-object checks (`checkTouchpoint`, `checkStage`, ...) are exported because operations
 * re-check only the object they touch; `checkDocumentBody` runs all of them plus the rules that
 * span the document (unique ids, references between collections), each in O(n).
 */
import { IdIndex } from './idIndex';
import { describeValue, hasOwn, isPlainObject } from './json';
import type { JsonObject } from './json';
import { DOCUMENT, EVIDENCE, JOURNEY_VERSION, METRICS, PARTICIPANT, PERSONA, RATING, STAGE, TOUCHPOINT } from './format';
import { readValue } from './read';
import { fail, finishErrors } from './report';
import { isCollection, isList } from './shape';
import { unsafeCharIndex, unsafeTextMessage } from './text';
import type { CheckContext, CollectionShape, Fields, ListShape, Reference } from './shape';
import type { JourneyError, JourneyWarning } from './types';

export { METRIC_RANGES, isPlausibleLocale } from './format';

export interface Issues {
  errors: JourneyError[];
  warnings: JourneyWarning[];
}

/**
 * `checkUnknown`: also check that properties the library does not know hold JSON values (no
 * functions, `NaN`, class instances). Text that went through `JSON.parse` cannot hold anything
 * else, so parsing text skips this; objects handed over by a host app do not.
 */
export interface CheckOptions {
  checkUnknown: boolean;
}

function contextOf(errors: JourneyError[], options: CheckOptions, warnings: JourneyWarning[] = []): CheckContext {
  return { errors, warnings, checkUnknown: options.checkUnknown };
}

const NO_UNKNOWN: CheckOptions = { checkUnknown: false };

// ---------------------------------------------------------------------------------------------
// One value or one object (what operations re-check)

export function checkString(errors: JourneyError[], path: string, name: string, value: unknown): void {
  const shape = DOCUMENT.fields.title.shape;
  if (!shape.test(value)) shape.check(contextOf(errors, NO_UNKNOWN), path, name, value);
}

/** Text a journey can carry (see `text.ts`): no control characters but tab and newlines, no lone surrogates. */
export function checkCarriableText(errors: JourneyError[], path: string, name: string, value: unknown): void {
  if (typeof value !== 'string') return;
  const index = unsafeCharIndex(value);
  if (index !== -1) fail(errors, path, 'invalid_text', unsafeTextMessage(name, value, index));
}

export function checkId(errors: JourneyError[], path: string, name: string, value: unknown): void {
  const shape = DOCUMENT.fields.id.shape;
  if (!shape.test(value)) shape.check(contextOf(errors, NO_UNKNOWN), path, name, value);
}

export function checkEmotion(errors: JourneyError[], path: string, value: unknown): void {
  const shape = TOUCHPOINT.fields.emotion.shape;
  if (!shape.test(value)) shape.check(contextOf(errors, NO_UNKNOWN), path, 'emotion', value);
}

export function checkMetrics(errors: JourneyError[], path: string, value: unknown, options: CheckOptions): void {
  METRICS.checkAt(contextOf(errors, options), path, -1, value);
}

export function checkPersona(errors: JourneyError[], path: string, value: unknown, options: CheckOptions): void {
  PERSONA.checkAt(contextOf(errors, options), path, -1, value);
}

export function checkStage(errors: JourneyError[], path: string, value: unknown, options: CheckOptions): void {
  STAGE.checkAt(contextOf(errors, options), path, -1, value);
}

export function checkTouchpoint(errors: JourneyError[], path: string, value: unknown, options: CheckOptions): void {
  TOUCHPOINT.checkAt(contextOf(errors, options), path, -1, value);
}

export function checkParticipant(errors: JourneyError[], path: string, value: unknown, options: CheckOptions): void {
  PARTICIPANT.checkAt(contextOf(errors, options), path, -1, value);
}

export function checkRating(errors: JourneyError[], path: string, value: unknown, options: CheckOptions): void {
  RATING.checkAt(contextOf(errors, options), path, -1, value);
}

export function checkEvidence(errors: JourneyError[], path: string, value: unknown, options: CheckOptions): void {
  EVIDENCE.checkAt(contextOf(errors, options), path, -1, value);
}

/**
 * The rules of a touchpoint's lists that need the document (a rating's `by` names a
 * participant, one rating per participant): what operations check on a touchpoint they built.
 * `ids(collection)` gives the ids of a root collection (`participants`).
 */
export function checkTouchpointLists(
  errors: JourneyError[],
  path: string,
  touchpoint: unknown,
  ids: (collection: string) => ReadonlySet<string>,
): void {
  if (!isPlainObject(touchpoint)) return;
  checkListsOf(errors, TOUCHPOINT_LISTS, touchpoint, path, -1, (collection, id) => ids(collection).has(id));
}

// ---------------------------------------------------------------------------------------------
// The document

function present(object: JsonObject, key: string): boolean {
  return hasOwn(object, key) && object[key] !== undefined;
}

export function checkFormat(errors: JourneyError[], root: JsonObject): void {
  const field = DOCUMENT.fields.format;
  if (!present(root, 'format')) {
    fail(errors, '/format', 'required', `format is required (${field.shape.expected})`);
  } else if (!field.shape.test(root.format)) {
    field.shape.check(contextOf(errors, NO_UNKNOWN), '/format', 'format', root.format);
  }
}

/**
 * Checks `version`, returning it when it is an integer (else `undefined`, with an error).
 * Whether that integer is supported is the caller's question: parsing migrates older versions.
 */
export function readVersion(errors: JourneyError[], root: JsonObject): number | undefined {
  if (!present(root, 'version')) {
    fail(errors, '/version', 'required', `version is required (an integer, ${JOURNEY_VERSION} for this library)`);
    return undefined;
  }
  const version = root.version;
  if (typeof version !== 'number') {
    fail(errors, '/version', 'invalid_type', `version must be an integer, got ${describeValue(version)}`);
    return undefined;
  }
  if (!Number.isInteger(version)) {
    fail(errors, '/version', 'invalid_value', `version must be an integer, got ${describeValue(version)}`);
    return undefined;
  }
  return version;
}

export function newerVersionError(version: number, supported: number): JourneyError {
  return {
    path: '/version',
    code: 'unsupported_version',
    message:
      `version ${version} is newer than this library supports (up to ${supported}); ` +
      'update journey-canvas to open this document',
  };
}

/** The document's collections (stages, touchpoints), in the order they are checked. */
const COLLECTIONS: readonly { key: string; shape: CollectionShape<Fields>; required: boolean }[] = DOCUMENT.keys.flatMap((key) => {
  const field = DOCUMENT.fields[key];
  return isCollection(field.shape) ? [{ key, shape: field.shape, required: field.required }] : [];
});
const COLLECTION_KEYS: ReadonlySet<string> = new Set(COLLECTIONS.map((entry) => entry.key));
const COLLECTION_ORDINAL: ReadonlyMap<string, number> = new Map(COLLECTIONS.map((entry, ordinal) => [entry.key, ordinal]));

/** A reference of a collection's items (a touchpoint's stageId), with its target's ordinal. */
interface CollectionReference {
  key: string;
  reference: Reference;
  ordinal: number;
}

/** Per collection ordinal, the references of its items. */
const REFERENCES: readonly (readonly CollectionReference[])[] = COLLECTIONS.map((entry) =>
  entry.shape.item.references.map(({ key, reference }) => ({ key, reference, ordinal: COLLECTION_ORDINAL.get(reference.collection) ?? -1 })),
);

/** A list inside the items of a collection (a touchpoint's ratings), and what its items must name. */
interface NestedList {
  key: string;
  shape: ListShape<Fields>;
}

function listsOf(fields: Fields): NestedList[] {
  return Object.keys(fields).flatMap((key) => {
    const shape = (fields[key] as Fields[string]).shape;
    return isList(shape) && (shape.item.references.length > 0 || shape.item.distinctKeys.length > 0) ? [{ key, shape }] : [];
  });
}

const TOUCHPOINT_LISTS: readonly NestedList[] = listsOf(TOUCHPOINT.fields);
/** Per collection ordinal, its items' lists whose items refer to ids or must differ. */
const NESTED_LISTS: readonly (readonly NestedList[])[] = COLLECTIONS.map((entry) => listsOf(entry.shape.item.fields));

/**
 * A list this short (a rating per participant of a workshop) finds a repeated value by looking
 * at the items before it, without a Map: a rated journey has one such list per touchpoint.
 */
const SHORT_LIST = 16;

/** The index of the first object among `items[0..end)` whose `key` is `value`, if any. */
function earlierIndex(items: readonly unknown[], end: number, key: string, value: string): number | undefined {
  for (let j = 0; j < end; j++) {
    const item = items[j];
    if (isPlainObject(item) && item[key] === value) return j;
  }
  return undefined;
}

/** The pointer of the item at `index` of the array at `base`, or `base` itself for -1. */
function pathOf(base: string, index: number): string {
  return index < 0 ? base : `${base}/${index}`;
}

/**
 * Checks the references and distinct values of the items of `lists` in `object` (at
 * `base/index`, or `base` for -1; the pointer is made only for an error):
 * `names(collection, id)` says whether `id` is one of that collection's. Items that are not
 * objects, and values of the wrong type, were reported by the shapes already.
 */
function checkListsOf(
  errors: JourneyError[],
  lists: readonly NestedList[],
  object: JsonObject,
  base: string,
  index: number,
  names: (collection: string, id: string) => boolean,
): void {
  for (let l = 0; l < lists.length; l++) {
    const { key, shape } = lists[l] as NestedList;
    const items = object[key];
    if (!Array.isArray(items) || items.length === 0 || items.length > shape.max) continue;
    const { references, distinctKeys } = shape.item;
    let seen: Map<string, number>[] | undefined;
    for (let i = 0; i < items.length; i++) {
      const item: unknown = items[i];
      if (!isPlainObject(item)) continue;
      for (const { key: referenceKey, reference } of references) {
        const target = item[referenceKey];
        if (typeof target === 'string' && target !== '' && !names(reference.collection, target)) {
          failReference(errors, `${pathOf(base, index)}/${key}/${i}/${referenceKey}`, referenceKey, target, reference);
        }
      }
      for (let d = 0; d < distinctKeys.length; d++) {
        const { key: distinctKey, code, what } = distinctKeys[d] as (typeof distinctKeys)[number];
        const value = item[distinctKey];
        if (typeof value !== 'string') continue;
        let first: number | undefined;
        if (items.length <= SHORT_LIST) {
          first = earlierIndex(items, i, distinctKey, value);
        } else {
          const values = (seen ??= distinctKeys.map(() => new Map<string, number>()))[d] as Map<string, number>;
          first = values.get(value);
          if (first === undefined) values.set(value, i);
        }
        if (first !== undefined) {
          fail(
            errors,
            `${pathOf(base, index)}/${key}/${i}/${distinctKey}`,
            code,
            `${distinctKey} ${describeValue(value)} repeats ${pathOf(base, index)}/${key}/${first}; ${what}`,
          );
        }
      }
    }
  }
}

/**
 * Every v2 rule except the version itself (the caller checks that, since parsing migrates
 * first). Errors and warnings are appended to `issues`. Collections come last, so a stage id is
 * known before the touchpoints that name it.
 */
export function checkDocumentBody(issues: Issues, root: JsonObject, options: CheckOptions): void {
  const context = contextOf(issues.errors, options, issues.warnings);
  DOCUMENT.checkAt(context, '', -1, root, COLLECTION_KEYS);
  checkCollections(context, root);
}

function checkCollections(context: CheckContext, root: JsonObject): void {
  const { errors } = context;
  const count = COLLECTIONS.length;
  // Where each id was first seen, as `index * count + collection`: one index for uniqueness and
  // references alike, a few operations per item, so 100,000 duplicates are checked in linear time.
  const firstPlace = new IdIndex();
  const walked: boolean[] = [];
  const pending: { path: string; key: string; value: string; reference: Reference; ordinal: number }[] = [];
  // Items whose lists refer to a collection: checked once every collection is known.
  const withLists: { object: JsonObject; base: string; index: number; lists: readonly NestedList[] }[] = [];
  const names = (value: string, ordinal: number): boolean => {
    const first = firstPlace.get(value);
    return first !== undefined && first % count === ordinal;
  };
  for (let ordinal = 0; ordinal < count; ordinal++) {
    const { key, shape, required } = COLLECTIONS[ordinal] as (typeof COLLECTIONS)[number];
    const items = root[key];
    if (items === undefined) {
      if (required) fail(errors, `/${key}`, 'required', `${key} is required (${shape.expected})`);
      // An optional collection left out names nothing: a reference to it is an error.
      else walked[ordinal] = true;
      continue;
    }
    if (!Array.isArray(items) || (shape.max !== undefined && items.length > shape.max)) {
      shape.check(context, `/${key}`, key, items);
      continue;
    }
    const base = `/${key}`;
    const item = shape.item;
    const { uniqueKeys } = item;
    const references = REFERENCES[ordinal] as readonly CollectionReference[];
    // The last id each reference was found to name: touchpoints come grouped by stage, so most
    // name the stage the one before named, and need no lookup.
    const lastNamed: (string | undefined)[] = references.map(() => undefined);
    const lists = NESTED_LISTS[ordinal] as readonly NestedList[];
    for (let i = 0; i < items.length; i++) {
      const value: unknown = items[i];
      if (!item.checkAt(context, base, i, value)) continue;
      const object = value as JsonObject;
      for (let l = 0; l < lists.length; l++) {
        const listed = object[(lists[l] as NestedList).key];
        if (Array.isArray(listed) && listed.length > 0) {
          withLists.push({ object, base, index: i, lists });
          break;
        }
      }
      for (let u = 0; u < uniqueKeys.length; u++) {
        const uniqueKey = uniqueKeys[u] as string;
        const id = object[uniqueKey];
        if (typeof id !== 'string' || id === '') continue;
        const first = firstPlace.get(id);
        if (first === undefined) {
          firstPlace.set(id, i * count + ordinal);
        } else {
          const place = `/${(COLLECTIONS[first % count] as { key: string }).key}/${Math.floor(first / count)}`;
          fail(errors, `${base}/${i}/${uniqueKey}`, 'duplicate_id', `id ${describeValue(id)} is already used at ${place}; ids must be unique in the document`);
        }
      }
      for (let r = 0; r < references.length; r++) {
        const { key: referenceKey, reference, ordinal: targetOrdinal } = references[r] as CollectionReference;
        const target = object[referenceKey];
        if (typeof target !== 'string' || target === '' || target === lastNamed[r]) continue;
        if (walked[targetOrdinal] === true) {
          if (names(target, targetOrdinal)) lastNamed[r] = target;
          else failReference(errors, `${base}/${i}/${referenceKey}`, referenceKey, target, reference);
        } else {
          pending.push({ path: `${base}/${i}/${referenceKey}`, key: referenceKey, value: target, reference, ordinal: targetOrdinal });
        }
      }
    }
    walked[ordinal] = true;
  }
  // References to a collection checked later (none in v1); one whose collection is not an
  // array at all has been reported there already.
  for (const { path, key, value, reference, ordinal } of pending) {
    if (walked[ordinal] === true && !names(value, ordinal)) failReference(errors, path, key, value, reference);
  }
  // A collection that is missing or not an array names nothing: its references are not
  // reported again (the collection's own error says what is wrong).
  const namesIn = (collection: string, id: string): boolean => {
    const ordinal = COLLECTION_ORDINAL.get(collection) ?? -1;
    return walked[ordinal] !== true || names(id, ordinal);
  };
  for (const { object, base, index, lists } of withLists) checkListsOf(errors, lists, object, base, index, namesIn);
}

function failReference(errors: JourneyError[], path: string, key: string, value: string, reference: Reference): void {
  fail(errors, path, reference.code, `${key} ${describeValue(value)} does not name ${reference.what} of this document`);
}

/** All v2 checks of a whole document, the version included (no migration). */
export function checkDocument(value: unknown, options: CheckOptions): Issues {
  const issues: Issues = { errors: [], warnings: [] };
  if (!isPlainObject(value)) {
    issues.errors.push(notADocumentError(value));
    return issues;
  }
  const version = readVersion(issues.errors, value);
  if (version !== undefined && version > JOURNEY_VERSION) {
    checkFormat(issues.errors, value);
    issues.errors.push(newerVersionError(version, JOURNEY_VERSION));
    return issues;
  }
  if (version !== undefined && version < JOURNEY_VERSION) {
    issues.errors.push({
      path: '/version',
      code: 'unsupported_version',
      message: `version ${version} is older than ${JOURNEY_VERSION}; read it with parseJourney, which migrates it`,
    });
  }
  checkDocumentBody(issues, value, options);
  return issues;
}

export function notADocumentError(value: unknown): JourneyError {
  return {
    path: '',
    code: 'invalid_type',
    message: `a journey document must be a JSON object, got ${describeValue(value)}`,
  };
}

/**
 * The problems that make `value` not a valid current-version (v2) journey document; `[]` when it is one.
 * These are the checks `parseJourney` runs, without migrating older versions: the value is read
 * once (each getter once), within the limits, and the rules run on what was read.
 */
export function validateJourney(value: unknown): JourneyError[] {
  try {
    const read = readValue(value);
    if (!read.ok) return finishErrors(read.errors);
    return finishErrors(checkDocument(read.value, { checkUnknown: true }).errors);
  } catch (error) {
    return [unreadableError(error)];
  }
}

/** A last resort when a check itself fails: still an answer, never a crash. */
export function unreadableError(error: unknown): JourneyError {
  const reason = error instanceof Error ? error.message : String(error);
  return { path: '', code: 'unreadable', message: `the document could not be read: ${reason}` };
}

