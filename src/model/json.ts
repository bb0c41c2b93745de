/**
 * Small helpers for plain JSON values. Documents come from files written by other programs, so
 * every key is data: an own `__proto__` key (which `JSON.parse` creates) is kept as an ordinary
 * property and never reaches a prototype. That is why objects here are built with `setOwn`
 * rather than `target[key] = value` or `Object.assign`, which would call the `__proto__` setter.
 */

export type JsonObject = Record<string, unknown>;

const objectPrototype = Object.prototype;

/** A plain object: `{}` or `Object.create(null)`, not an array, a Date or a class instance. */
export function isPlainObject(value: unknown): value is JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === objectPrototype || proto === null;
}

export function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** Sets an own, enumerable data property, even for the key `__proto__`. */
export function setOwn(target: JsonObject, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

/**
 * A deep copy of a JSON value that shares nothing mutable with the original. Properties whose
 * value is `undefined` are left out, as `JSON.stringify` would. The caller has checked that the
 * value is JSON (no cycles, functions or class instances).
 */
export function cloneJson<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const length = value.length;
    const copy: unknown[] = new Array(length);
    for (let i = 0; i < length; i++) copy[i] = cloneJson(value[i] as unknown);
    return copy as T;
  }
  const source = value as JsonObject;
  const copy: JsonObject = {};
  for (const key of Object.keys(source)) {
    const item = source[key];
    if (item !== undefined) setOwn(copy, key, cloneJson(item));
  }
  return copy as T;
}

/** Deep equality of JSON values; `undefined` properties count as absent. Key order is ignored. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
  }
  const aIsArray = Array.isArray(a);
  if (aIsArray !== Array.isArray(b)) return false;
  if (aIsArray) {
    const left = a as unknown[];
    const right = b as unknown[];
    if (left.length !== right.length) return false;
    for (let i = 0; i < left.length; i++) if (!jsonEqual(left[i], right[i])) return false;
    return true;
  }
  const left = a as JsonObject;
  const right = b as JsonObject;
  let leftCount = 0;
  for (const key of Object.keys(left)) {
    const value = left[key];
    if (value === undefined) continue;
    leftCount++;
    if (!hasOwn(right, key) || !jsonEqual(value, right[key])) return false;
  }
  let rightCount = 0;
  for (const key of Object.keys(right)) if (right[key] !== undefined) rightCount++;
  return leftCount === rightCount;
}

/** How a value reads in an error message: `7`, `"high"`, `null`, `an array`, `an object`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint') return `the bigint ${value}`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  if (Array.isArray(value)) return 'an array';
  if (isPlainObject(value)) return 'an object';
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== '' ? `a ${name}` : 'an object';
}
