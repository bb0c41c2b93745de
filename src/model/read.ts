/**
 * Reading a value once, within the limits. Everything a document holds passes through here
 * before any rule is checked:
 *
 * - `readValue` takes a host's object apart into fresh plain data. Each property is read exactly
 *   once, so a getter cannot show the checks one value and the document another; a getter or a
 *   Proxy that throws is reported at its own property; a cycle is reported where it closes.
 * - `inspectParsed` walks what `JSON.parse` made (already fresh plain data) without copying.
 *
 * Both refuse, with one error naming the limit, a value nested deeper than `MAX_JOURNEY_DEPTH`,
 * an array longer than `MAX_JOURNEY_ITEMS` (before touching its items: a sparse array of length
 * 1e7 is refused at once), and more than `MAX_JOURNEY_VALUES` values or `MAX_JOURNEY_LENGTH`
 * characters in all; and they report text a journey cannot carry (see `text.ts`). The walk is
 * depth-first and stops at the depth limit, so it never runs out of stack.
 */
import { describeValue, isPlainObject, setOwn } from './json';
import type { JsonObject } from './json';
import {
  MAX_JOURNEY_DEPTH,
  MAX_JOURNEY_ITEMS,
  MAX_JOURNEY_LENGTH,
  MAX_JOURNEY_VALUES,
  formatCount,
} from './limits';
import { childPointer } from './pointer';
import { fail, isFull } from './report';
import { unsafeCharIndex, unsafeTextMessage } from './text';
import type { JourneyError } from './types';

// Local copies: a bundler inlines imported bindings, but a loader that keeps modules apart
// (tsx, Node's CommonJS interop) turns each use into a getter call, and this walk runs once per
// value of the document.
const maxDepth = MAX_JOURNEY_DEPTH;
const maxItems = MAX_JOURNEY_ITEMS;
const maxValues = MAX_JOURNEY_VALUES;
const maxLength = MAX_JOURNEY_LENGTH;
const isPlain = isPlainObject;
const setOwnProperty = setOwn;

export type ReadResult = { ok: true; value: unknown } | { ok: false; errors: JourneyError[] };

/** Thrown inside the walk when a limit of the whole document is reached: nothing more is read. */
class LimitReached {
  constructor(readonly error: JourneyError) {}
}

export function depthError(path: string): JourneyError {
  return {
    path,
    code: 'too_deep',
    message:
      `this value nests arrays and objects more than ${MAX_JOURNEY_DEPTH} levels deep; ` +
      `a journey allows at most ${MAX_JOURNEY_DEPTH} levels (MAX_JOURNEY_DEPTH)`,
  };
}

export function itemsError(path: string, length: number): JourneyError {
  return {
    path,
    code: 'too_large',
    message:
      `this array has ${formatCount(length)} items; ` +
      `an array in a journey holds at most ${formatCount(MAX_JOURNEY_ITEMS)} (MAX_JOURNEY_ITEMS)`,
  };
}

export function lengthError(length: number | null): JourneyError {
  const size = length === null ? 'more than that' : `${formatCount(length)} characters`;
  return {
    path: '',
    code: 'too_large',
    message: `the document is too large (${size}); a journey holds at most ${formatCount(MAX_JOURNEY_LENGTH)} characters of text (MAX_JOURNEY_LENGTH)`,
  };
}

function valuesError(): JourneyError {
  return {
    path: '',
    code: 'too_large',
    message: `the document holds more than ${formatCount(MAX_JOURNEY_VALUES)} values; a journey holds at most that many (MAX_JOURNEY_VALUES)`,
  };
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : describeValue(error);
}

interface Walk {
  errors: JourneyError[];
  /** Whether strings and keys are checked for unsafe characters. */
  checkText: boolean;
  /** Whether a copy is made (host values) or the value only inspected (`JSON.parse` output). */
  copy: boolean;
  values: number;
  length: number;
  /** The objects being read, to find cycles. */
  open: Set<object>;
  /** Keep the top object's `undefined` properties (in changes they mean "remove"). */
  keepUndefined: boolean;
  /** Where the walk is: the base pointer and the keys below it. A pointer is made only for an error. */
  base: string;
  keys: (string | number)[];
}

function here(walk: Walk): string {
  let path = walk.base;
  for (const key of walk.keys) path = childPointer(path, key);
  return path;
}

function count(walk: Walk, values: number, length: number): void {
  walk.values += values;
  walk.length += length;
  if (walk.values > maxValues) throw new LimitReached(valuesError());
  if (walk.length > maxLength) throw new LimitReached(lengthError(null));
}

function checkText(walk: Walk, what: string, text: string): void {
  const index = unsafeCharIndex(text);
  if (index !== -1 && !isFull(walk.errors)) walk.errors.push({ path: here(walk), code: 'invalid_text', message: unsafeTextMessage(what, text, index) });
}

function visit(walk: Walk, value: unknown, depth: number): unknown {
  if (typeof value === 'string') {
    count(walk, 1, value.length);
    if (walk.checkText) checkText(walk, 'this text', value);
    return value;
  }
  if (typeof value !== 'object' || value === null) {
    count(walk, 1, 0);
    return value;
  }
  if (depth > maxDepth) throw new LimitReached(depthError(here(walk)));
  if (walk.open.has(value)) {
    fail(walk.errors, here(walk), 'invalid_value', 'must be a JSON value, got an object that contains itself');
    return undefined;
  }
  if (Array.isArray(value)) return visitArray(walk, value, depth);
  let plain: boolean;
  try {
    plain = isPlain(value);
  } catch (error) {
    fail(walk.errors, here(walk), 'unreadable', `this value could not be read: ${reason(error)}`);
    return undefined;
  }
  // A Date, a Map, a class instance: not JSON, left as it is for the rules to name.
  if (!plain) return value;
  return visitObject(walk, value as JsonObject, depth);
}

function visitArray(walk: Walk, array: unknown[], depth: number): unknown {
  let length: number;
  try {
    length = array.length;
  } catch (error) {
    fail(walk.errors, here(walk), 'unreadable', `this array could not be read: ${reason(error)}`);
    return undefined;
  }
  if (length > maxItems) throw new LimitReached(itemsError(here(walk), length));
  count(walk, 1, 0);
  walk.open.add(array);
  const copy: unknown[] | null = walk.copy ? new Array<unknown>(length) : null;
  const keys = walk.keys;
  for (let i = 0; i < length; i++) {
    keys.push(i);
    let item: unknown;
    try {
      item = array[i];
    } catch (error) {
      fail(walk.errors, here(walk), 'unreadable', `this item could not be read: ${reason(error)}`);
      keys.pop();
      continue;
    }
    // A hole or `undefined` stays one, for the rules to report ("got nothing").
    const read = item === undefined ? undefined : visit(walk, item, depth + 1);
    if (copy !== null) copy[i] = read;
    keys.pop();
  }
  walk.open.delete(array);
  return copy ?? array;
}

function visitObject(walk: Walk, object: JsonObject, depth: number): unknown {
  let names: string[];
  try {
    names = Object.keys(object);
  } catch (error) {
    fail(walk.errors, here(walk), 'unreadable', `this object could not be read: ${reason(error)}`);
    return undefined;
  }
  count(walk, 1, 0);
  walk.open.add(object);
  const copy: JsonObject | null = walk.copy ? {} : null;
  const keys = walk.keys;
  for (const key of names) {
    keys.push(key);
    let item: unknown;
    try {
      item = object[key];
    } catch (error) {
      fail(walk.errors, here(walk), 'unreadable', `the property ${describeValue(key)} could not be read: ${reason(error)}`);
      keys.pop();
      continue;
    }
    if (item === undefined) {
      if (copy !== null && walk.keepUndefined && depth === 1) setOwnProperty(copy, key, undefined);
    } else {
      count(walk, 0, key.length);
      if (walk.checkText) checkText(walk, 'the name of this property', key);
      const read = visit(walk, item, depth + 1);
      if (copy !== null && read !== undefined) setOwnProperty(copy, key, read);
    }
    keys.pop();
  }
  walk.open.delete(object);
  return copy ?? object;
}

function run(value: unknown, base: string, copy: boolean, checkTextToo: boolean, keepUndefined = false): ReadResult {
  const walk: Walk = { errors: [], checkText: checkTextToo, copy, values: 0, length: 0, open: new Set(), keepUndefined, base, keys: [] };
  let read: unknown;
  try {
    read = visit(walk, value, 1);
  } catch (error) {
    if (error instanceof LimitReached) return { ok: false, errors: [error.error] };
    throw error;
  }
  return walk.errors.length > 0 ? { ok: false, errors: walk.errors } : { ok: true, value: read };
}

/**
 * A host's value read once into fresh plain data, within the limits. Values JSON cannot hold
 * (functions, `NaN`, class instances) are kept as they are for the rules to report by name.
 * `base` is the pointer of the value in the document, for the paths of errors; `keepUndefined`
 * keeps the top object's properties whose value is `undefined` (in changes, "remove this").
 */
export function readValue(value: unknown, base = '', options: { keepUndefined?: boolean } = {}): ReadResult {
  return run(value, base, true, true, options.keepUndefined === true);
}

/**
 * Checks what `JSON.parse` made against the limits, and its strings for unsafe characters when
 * `checkText` (see `textMayHoldUnsafeChars`). Nothing is copied.
 */
export function inspectParsed(value: unknown, checkText: boolean): ReadResult {
  // Unsafe text is rare and needs the place of every string: the full walk. Otherwise only the
  // limits are checked, by a lean walk over the containers (parsed text has no getters, no
  // cycles, and its length was checked before parsing). It runs on every file a host opens.
  if (checkText) return run(value, '', false, true);
  const keys: (string | number)[] = [];
  try {
    inspectContainers(value, 1, { values: 1 }, keys);
  } catch (error) {
    if (error instanceof LimitReached) return { ok: false, errors: [error.error] };
    throw error;
  }
  return { ok: true, value };
}

function pointerOf(keys: readonly (string | number)[]): string {
  let path = '';
  for (const key of keys) path = childPointer(path, key);
  return path;
}

/** Checks depth, items and values of parsed JSON; `count.values` counts what was seen. */
function inspectContainers(value: unknown, depth: number, count: { values: number }, keys: (string | number)[]): void {
  if (typeof value !== 'object' || value === null) return;
  if (depth > maxDepth) throw new LimitReached(depthError(pointerOf(keys)));
  if (Array.isArray(value)) {
    const length = value.length;
    if (length > maxItems) throw new LimitReached(itemsError(pointerOf(keys), length));
    count.values += length;
    if (count.values > maxValues) throw new LimitReached(valuesError());
    for (let i = 0; i < length; i++) {
      const item: unknown = value[i];
      if (typeof item !== 'object' || item === null) continue;
      keys.push(i);
      inspectContainers(item, depth + 1, count, keys);
      keys.pop();
    }
    return;
  }
  const object = value as JsonObject;
  for (const key in object) {
    count.values++;
    const item = object[key];
    if (typeof item !== 'object' || item === null) continue;
    keys.push(key);
    inspectContainers(item, depth + 1, count, keys);
    keys.pop();
  }
  if (count.values > maxValues) throw new LimitReached(valuesError());
}
