/**
 * The building blocks of the format's one definition (`format.ts`). Each shape knows, in one
 * place, everything about one kind of value:
 *
 * - its TypeScript type (`Infer<typeof shape>`), so the types are inferred, never restated;
 * - a cheap `test` for the common, valid case and a `check` that reports why not, with the
 *   value's JSON Pointer and a sentence a person understands;
 * - its JSON Schema (`schema`), for `journey-canvas/schema.json`;
 * - for objects, the known keys in writing order (what `serializeJourney` follows).
 *
 * Plain functions and closures only: nothing is compiled from strings (no `eval`, no
 * `new Function`), so hosts whose Content-Security-Policy forbids 'unsafe-eval' load documents.
 */
import { describeValue, hasOwn, isPlainObject } from './json';
import type { JsonObject } from './json';
import { escapePointerToken } from './pointer';
import { fail, isFull } from './report';
import type { JourneyError, JourneyErrorCode, JourneyWarning } from './types';

// Local copies of what the hot loops call: a loader that keeps modules apart (tsx, Node's
// CommonJS interop) turns each use of an imported binding into a getter call.
const own = hasOwn;
const isPlain = isPlainObject;

/** What a check reports into, and what it learns about the document on the way. */
export interface CheckContext {
  errors: JourneyError[];
  warnings: JourneyWarning[];
  /**
   * Whether properties the library does not know must be checked to hold JSON values (objects
   * from a host or an operation's arguments). Text that went through `JSON.parse` holds nothing
   * else, so parsing text leaves this off.
   */
  checkUnknown: boolean;
}

export type JsonSchema = { [keyword: string]: unknown };

/** Where `$ref`able definitions collect while a schema is built. */
export type SchemaDefs = Record<string, JsonSchema>;

export interface Shape<T> {
  /** Never set: carries the TypeScript type of valid values. */
  readonly __type?: T;
  /** Whether `value` is valid with nothing to report. Cheap: it runs for every value. */
  test(value: unknown): boolean;
  /** Reports what is wrong with `value` at `path`; messages call it `name`. */
  check(context: CheckContext, path: string, name: string, value: unknown): void;
  /** What a missing required value should have been: "emotion is required (…)". */
  readonly expected: string;
  schema(defs: SchemaDefs): JsonSchema;
}

/** The type a shape stands for. */
export type Infer<S> = S extends Shape<infer T> ? T : never;

// ---------------------------------------------------------------------------------------------
// Scalars

function withDescription(schema: JsonSchema, description: string | undefined): JsonSchema {
  return description === undefined ? schema : { ...schema, description };
}

/** Any string. */
export function text(options: { description?: string; expected?: string } = {}): Shape<string> {
  return {
    test: (value) => typeof value === 'string',
    check(context, path, name, value) {
      fail(context.errors, path, 'invalid_type', `${name} must be a string, got ${describeValue(value)}`);
    },
    expected: options.expected ?? 'a string',
    schema: () => withDescription({ type: 'string' }, options.description),
  };
}

/** A non-empty string: an id of the document, or a reference to one. */
export function nonEmptyText(options: { description?: string; expected?: string } = {}): Shape<string> {
  return {
    test: (value) => typeof value === 'string' && value !== '',
    check(context, path, name, value) {
      const message = `${name} must be a non-empty string, got ${describeValue(value)}`;
      fail(context.errors, path, typeof value === 'string' ? 'empty' : 'invalid_type', message);
    },
    expected: options.expected ?? 'a non-empty string',
    schema: () => withDescription({ type: 'string', minLength: 1 }, options.description),
  };
}

/**
 * A string of at most `max` UTF-16 units: text a person writes (a quote, a note) that the
 * format bounds so one field cannot carry a whole file. `limit` names the constant.
 */
export function boundedText(max: number, limit: string, options: { description?: string } = {}): Shape<string> {
  return {
    test: (value) => typeof value === 'string' && value.length <= max,
    check(context, path, name, value) {
      if (typeof value !== 'string') {
        fail(context.errors, path, 'invalid_type', `${name} must be a string, got ${describeValue(value)}`);
        return;
      }
      fail(context.errors, path, 'too_large', `${name} has ${value.length} characters; it holds at most ${max} (${limit})`);
    },
    expected: `a string of at most ${max} characters`,
    schema: () => withDescription({ type: 'string', maxLength: max }, options.description),
  };
}

/**
 * A string matching `pattern` (a RegExp source shared with the schema); `like` says what.
 * `maxLength` bounds it too (checked first, so a huge value is never matched).
 */
export function matching(pattern: string, like: string, description?: string, maxLength?: number): Shape<string> {
  const regExp = new RegExp(pattern);
  const max = maxLength ?? Infinity;
  return {
    test: (value) => typeof value === 'string' && value.length <= max && regExp.test(value),
    check(context, path, name, value) {
      if (typeof value === 'string' && value.length > max) {
        fail(context.errors, path, 'too_large', `${name} has ${value.length} characters; it holds at most ${max}`);
        return;
      }
      const message = `${name} must be ${like}, got ${describeValue(value)}`;
      fail(context.errors, path, typeof value === 'string' ? 'invalid_format' : 'invalid_type', message);
    },
    expected: like,
    schema: () => withDescription(maxLength === undefined ? { type: 'string', pattern } : { type: 'string', maxLength, pattern }, description),
  };
}

/** Exactly `value`; `message` says what a wrong value means. */
export function literal<const V extends string | number>(value: V, message: (got: string) => string): Shape<V> {
  return {
    test: (candidate) => candidate === value,
    check(context, path, _name, candidate) {
      const code = typeof candidate === typeof value ? 'invalid_format' : 'invalid_type';
      fail(context.errors, path, code, message(describeValue(candidate)));
    },
    expected: typeof value === 'string' ? `the string ${JSON.stringify(value)}` : String(value),
    schema: () => ({ const: value }),
  };
}

/** A finite number in [min, max]. */
export function numberIn(min: number, max: number, description?: string): Shape<number> {
  return {
    test: (value) => typeof value === 'number' && value >= min && value <= max,
    check(context, path, name, value) {
      const message = `${name} must be a number from ${min} to ${max}, got ${describeValue(value)}`;
      if (typeof value !== 'number') fail(context.errors, path, 'invalid_type', message);
      else if (!Number.isFinite(value)) fail(context.errors, path, 'invalid_value', message);
      else fail(context.errors, path, 'out_of_range', message);
    },
    expected: `a number from ${min} to ${max}`,
    schema: () => withDescription({ type: 'number', minimum: min, maximum: max }, description),
  };
}

export function boolean(): Shape<boolean> {
  return {
    test: (value) => typeof value === 'boolean',
    check(context, path, name, value) {
      fail(context.errors, path, 'invalid_type', `${name} must be true or false, got ${describeValue(value)}`);
    },
    expected: 'true or false',
    schema: () => ({ type: 'boolean' }),
  };
}

/** One of `values`. */
export function oneOf<const V extends string>(values: readonly V[]): Shape<V> {
  const set: ReadonlySet<unknown> = new Set(values);
  return {
    test: (value) => set.has(value),
    check(context, path, name, value) {
      const message = `${name} must be one of ${values.join(', ')}, got ${describeValue(value)}`;
      fail(context.errors, path, typeof value === 'string' ? 'invalid_value' : 'invalid_type', message);
    },
    expected: `one of ${values.join(', ')}`,
    schema: () => ({ enum: [...values] }),
  };
}

/** A string that is valid whatever it holds, and earns a warning when `plausible` says no. */
export function advisedText(plausible: (value: string) => boolean, warning: { code: string; advice: string }, description?: string): Shape<string> {
  return {
    test: (value) => typeof value === 'string' && plausible(value),
    check(context, path, name, value) {
      if (typeof value !== 'string') {
        fail(context.errors, path, 'invalid_type', `${name} must be a string, got ${describeValue(value)}`);
        return;
      }
      context.warnings.push({ path, code: warning.code, message: `${name} should be ${warning.advice}, got ${describeValue(value)}` });
    },
    expected: 'a string',
    schema: () => withDescription({ type: 'string' }, description),
  };
}

/** An array of strings. */
export function textList(): Shape<string[]> {
  return {
    test(value) {
      if (!Array.isArray(value)) return false;
      for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return false;
      return true;
    },
    check(context, path, name, value) {
      if (!Array.isArray(value)) {
        fail(context.errors, path, 'invalid_type', `${name} must be an array of strings, got ${describeValue(value)}`);
        return;
      }
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'string' || isFull(context.errors)) continue;
        context.errors.push({ path: `${path}/${i}`, code: 'invalid_type', message: `${name}[${i}] must be a string, got ${describeValue(item)}` });
      }
    },
    expected: 'an array of strings',
    schema: () => ({ type: 'array', items: { type: 'string' } }),
  };
}

// ---------------------------------------------------------------------------------------------
// Values the library does not know

/**
 * A property the library does not know must still be JSON, or it could not be saved and read
 * back: no functions, symbols, bigints, `undefined` inside arrays, non-finite numbers or class
 * instances. Values come here already read (`read.ts`): acyclic and within the depth limit.
 */
export function checkJsonValue(errors: JourneyError[], path: string, value: unknown): void {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return;
    case 'number':
      if (!Number.isFinite(value)) fail(errors, path, 'invalid_value', `a JSON number must be finite, got ${describeValue(value)}`);
      return;
    case 'object':
      break;
    default:
      fail(errors, path, 'invalid_type', `must be a JSON value, got ${describeValue(value)}`);
      return;
  }
  if (value === null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item === undefined) fail(errors, `${path}/${i}`, 'invalid_type', 'must be a JSON value, got nothing');
      else checkJsonValue(errors, `${path}/${i}`, item);
    }
  } else if (isPlainObject(value)) {
    for (const key of Object.keys(value)) {
      const item = value[key];
      if (item !== undefined) checkJsonValue(errors, `${path}/${escapePointerToken(key)}`, item);
    }
  } else {
    fail(errors, path, 'invalid_type', `must be a JSON value, got ${describeValue(value)}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Objects

export interface Field<T = unknown, R extends boolean = boolean> {
  readonly shape: Shape<T>;
  readonly required: R;
  /** What a missing value should have been, when the shape's own words are not the best. */
  readonly expected?: string;
  /** Checked apart from the other properties (`version`, which parsing reads first to migrate). */
  readonly apart?: boolean;
  /** Ids that must be unique in the whole document (all `unique` fields share one namespace). */
  readonly unique?: boolean;
  /** The collection (a root array of objects with ids) whose ids this value must name. */
  readonly refersTo?: Reference;
  /**
   * Values that must differ between the items of the list the object sits in (a rating's `by`:
   * one rating per participant per touchpoint); the code of a repeat.
   */
  readonly distinct?: { code: JourneyErrorCode; /** The rule, said in words for the message. */ what: string };
}

export interface Reference {
  /** Its key on the document, e.g. `stages`. */
  readonly collection: string;
  /** The error code of a value naming none of them, e.g. `unknown_stage`. */
  readonly code: JourneyErrorCode;
  /** "a stage": what one of them is called. */
  readonly what: string;
}

export function required<T>(shape: Shape<T>, options: Omit<Field, 'shape' | 'required'> = {}): Field<T, true> {
  return { shape, required: true, ...options };
}

export function optional<T>(shape: Shape<T>, options: Omit<Field, 'shape' | 'required'> = {}): Field<T, false> {
  return { shape, required: false, ...options };
}

export type Fields = Record<string, Field>;

type FieldType<F> = F extends Field<infer T, boolean> ? T : never;
type RequiredKeys<F extends Fields> = { [K in keyof F]: F[K] extends Field<unknown, true> ? K : never }[keyof F];

/** The known properties of an object of `fields`, with nothing else allowed (for changes). */
export type Known<F extends Fields> = Flatten<
  { [K in RequiredKeys<F>]: FieldType<F[K]> } & { [K in Exclude<keyof F, RequiredKeys<F>>]?: FieldType<F[K]> }
>;
type Flatten<T> = { [K in keyof T]: T[K] };

/** What the library does not know is kept: every object of the format allows more. */
export interface UnknownProperties {
  [unknownProperty: string]: unknown;
}

export interface ObjectShape<F extends Fields> extends Shape<Known<F> & UnknownProperties> {
  readonly fields: F;
  /** The known keys, in writing order. */
  readonly keys: readonly (keyof F & string)[];
  readonly keySet: ReadonlySet<string>;
  /** "a touchpoint": what messages call one. */
  readonly what: string;
  /** The name of its `$defs` entry in the schema, when it has one. */
  readonly defName: string | undefined;
  /** Fields checked apart, and fields holding collections, which the document checks last. */
  readonly uniqueKeys: readonly string[];
  readonly references: readonly { key: string; reference: Reference }[];
  /** Keys whose values must differ between the items of one list (see `Field.distinct`). */
  readonly distinctKeys: readonly { key: string; code: JourneyErrorCode; what: string }[];
  /**
   * Checks the object at `base/index` (or at `base` when `index` is -1); returns whether it was
   * an object at all. `skip` names keys the caller checks itself.
   */
  checkAt(context: CheckContext, base: string, index: number, value: unknown, skip?: ReadonlySet<string>): boolean;
}

/** A field as the object check reads it. */
interface Entry {
  /** Its bit among the required fields, or 0. */
  bit: number;
  /** False for a field checked apart (`version`). */
  checked: boolean;
  test: (value: unknown) => boolean;
  shape: Shape<unknown>;
  expected: string;
}

function pathOf(base: string, index: number): string {
  return index < 0 ? base : `${base}/${index}`;
}

/**
 * An object with known `fields` (in writing order) and any unknown properties. Each value is
 * tested inline and a path string is made only for a problem: object checks run once per
 * touchpoint of a document, 100,000 times in a big one.
 */
export function object<const F extends Fields>(options: { what: string; fields: F; defName?: string; description?: string }): ObjectShape<F> {
  const { what, fields } = options;
  const keys = Object.keys(fields) as (keyof F & string)[];
  // A Map, so a key like "constructor" or "__proto__" finds nothing; entries of one layout, so
  // the loop below reads them fast.
  const table = new Map<string, Entry>();
  const requiredKeys: string[] = [];
  let allRequired = 0;
  for (const key of keys) {
    const field = fields[key] as Field;
    let bit = 0;
    if (field.required && field.apart !== true) {
      if (requiredKeys.length >= 30) throw new Error(`${what}: at most 30 required fields`);
      bit = 1 << requiredKeys.length;
      requiredKeys.push(key);
      allRequired |= bit;
    }
    table.set(key, {
      bit,
      checked: field.apart !== true,
      test: field.shape.test,
      shape: field.shape,
      expected: field.expected ?? field.shape.expected,
    });
  }

  /**
   * The cheap answer for a nested object (a touchpoint's metrics, a rating): valid with nothing
   * to report, or else `check` finds out why. A property the library does not know counts as a
   * doubt, since only the context knows whether it must be checked.
   */
  function test(value: unknown): boolean {
    if (!isPlain(value)) return false;
    let seen = 0;
    for (const key in value) {
      if (!own(value, key)) continue;
      const item = value[key];
      if (item === undefined) continue;
      const entry = table.get(key);
      if (entry === undefined || !entry.checked || !entry.test(item)) return false;
      seen |= entry.bit;
    }
    return seen === allRequired;
  }

  function checkAt(context: CheckContext, base: string, index: number, value: unknown, skip?: ReadonlySet<string>): boolean {
    if (!isPlain(value)) {
      fail(context.errors, pathOf(base, index), 'invalid_type', `${what} must be an object, got ${describeValue(value)}`);
      return false;
    }
    let seen = 0;
    // for-in with an own-property check is measurably faster here than Object.keys (no array
    // per object); inherited keys, should anything have put one on Object.prototype, are skipped.
    for (const key in value) {
      if (!own(value, key)) continue;
      const item = value[key];
      if (item === undefined) continue;
      const entry = table.get(key);
      if (entry === undefined) {
        if (context.checkUnknown) checkJsonValue(context.errors, `${pathOf(base, index)}/${escapePointerToken(key)}`, item);
        continue;
      }
      seen |= entry.bit;
      if (!entry.checked || (skip !== undefined && skip.has(key))) continue;
      if (!entry.test(item)) entry.shape.check(context, `${pathOf(base, index)}/${key}`, key, item);
    }
    if (seen !== allRequired) {
      const path = pathOf(base, index);
      for (const key of requiredKeys) {
        const entry = table.get(key) as Entry;
        if ((seen & entry.bit) !== 0 || (skip !== undefined && skip.has(key))) continue;
        fail(context.errors, `${path}/${key}`, 'required', `${key} is required (${entry.expected})`);
      }
    }
    return true;
  }

  const shape: ObjectShape<F> = {
    fields,
    keys,
    keySet: new Set(keys),
    what,
    defName: options.defName,
    uniqueKeys: keys.filter((key) => fields[key]?.unique === true),
    references: keys.flatMap((key) => {
      const reference = fields[key]?.refersTo;
      return reference === undefined ? [] : [{ key, reference }];
    }),
    distinctKeys: keys.flatMap((key) => {
      const distinct = fields[key]?.distinct;
      return distinct === undefined ? [] : [{ key, ...distinct }];
    }),
    checkAt,
    test,
    check(context, path, _name, value) {
      checkAt(context, path, -1, value);
    },
    expected: `an object (${what})`,
    schema(defs) {
      const properties: JsonSchema = {};
      const requiredNames: string[] = [];
      for (const key of keys) {
        const field = fields[key] as Field;
        properties[key] = field.shape.schema(defs);
        if (field.required) requiredNames.push(key);
      }
      const schema: JsonSchema = withDescription({ type: 'object' }, options.description);
      if (requiredNames.length > 0) schema.required = requiredNames;
      schema.properties = properties;
      if (options.defName === undefined) return schema;
      defs[options.defName] = schema;
      return { $ref: `#/$defs/${options.defName}` };
    },
  };
  return shape;
}

/**
 * An array of objects inside another object (a touchpoint's ratings, its evidence), at most
 * `max` of them (`limit` names the constant). Each item is checked where it is; references and
 * `distinct` keys of its items are checked by the document, which knows the ids
 * (`validate.ts`).
 */
export interface ListShape<F extends Fields> extends Shape<(Known<F> & UnknownProperties)[]> {
  readonly item: ObjectShape<F>;
  readonly list: true;
  readonly max: number;
}

export function list<F extends Fields>(item: ObjectShape<F>, options: { plural: string; max: number; limit: string; description?: string }): ListShape<F> {
  const { max, limit } = options;
  return {
    item,
    list: true,
    max,
    test(value) {
      if (!Array.isArray(value) || value.length > max) return false;
      for (let i = 0; i < value.length; i++) if (!item.test(value[i])) return false;
      return true;
    },
    check(context, path, name, value) {
      if (!Array.isArray(value)) {
        fail(context.errors, path, 'invalid_type', `${name} must be an array, got ${describeValue(value)}`);
        return;
      }
      if (value.length > max) {
        fail(context.errors, path, 'too_large', `${name} has ${value.length} items; it holds at most ${max} (${limit})`);
        return;
      }
      for (let i = 0; i < value.length; i++) item.checkAt(context, path, i, value[i]);
    },
    expected: `an array of ${options.plural}`,
    schema: (defs) => withDescription({ type: 'array', maxItems: max, items: item.schema(defs) }, options.description),
  };
}

export function isList(shape: Shape<unknown>): shape is ListShape<Fields> {
  return (shape as { list?: unknown }).list === true;
}

/** A root array of objects with ids (stages, touchpoints), checked after the other properties. */
export interface CollectionShape<F extends Fields> extends Shape<(Known<F> & UnknownProperties)[]> {
  readonly item: ObjectShape<F>;
  readonly collection: true;
  /** At most this many items, when bounded. */
  readonly max?: number;
}

export function collection<F extends Fields>(
  item: ObjectShape<F>,
  options: { plural: string; description?: string; max?: number; limit?: string },
): CollectionShape<F> {
  const { max, limit } = options;
  return {
    item,
    collection: true,
    max,
    test: () => false,
    check(context, path, name, value) {
      // Only the shape of the array: its items are checked by the document, which knows ids.
      if (!Array.isArray(value)) fail(context.errors, path, 'invalid_type', `${name} must be an array, got ${describeValue(value)}`);
      else if (max !== undefined && value.length > max) {
        fail(context.errors, path, 'too_large', `${name} has ${value.length} items; a journey holds at most ${max} (${limit ?? 'limit'})`);
      }
    },
    expected: `an array of ${options.plural}`,
    schema: (defs) =>
      withDescription(max === undefined ? { type: 'array', items: item.schema(defs) } : { type: 'array', maxItems: max, items: item.schema(defs) }, options.description),
  };
}

export function isCollection(shape: Shape<unknown>): shape is CollectionShape<Fields> {
  return (shape as { collection?: unknown }).collection === true;
}

/** An object's own keys that have a value: known ones in `shape` order, then the others as they come. */
export function orderedKeys(object: JsonObject, known: readonly string[], knownSet: ReadonlySet<string>): string[] {
  const keys: string[] = [];
  for (const key of known) {
    if (hasOwn(object, key) && object[key] !== undefined) keys.push(key);
  }
  for (const key of Object.keys(object)) {
    if (!knownSet.has(key) && object[key] !== undefined) keys.push(key);
  }
  return keys;
}
