/**
 * Yjs values as plain JSON, for whatever a remote client may have put in a shared journey.
 *
 * A Y.Doc is written by every participant's own code, not only by this library: a hostile or
 * buggy client can store a BigInt, bytes, a sub-document, XML types, NaN, or Y.Maps nested
 * thousands deep. None of these may throw (a throw here took down the live server and every
 * editor's binding), so reading is total: each value JSON cannot carry becomes `null` in the
 * document and a problem at its JSON Pointer; depth and size are bounded, and recursion stops at
 * the depth limit, so the call stack stays small whatever the nesting.
 */
import * as Y from 'yjs';
import type { JourneyError } from '../model';
import { isPlainObject } from './json';

export interface YReadLimits {
  /** Levels of nested maps, arrays and objects below the journey's root. @default 100 */
  maxDepth: number;
  /** Values plus characters of strings and keys read before giving up. @default 50,000,000 */
  maxSize: number;
  /** Problems listed one by one; the rest are counted in one last problem. @default 20 */
  maxProblems: number;
}

export const Y_READ_LIMITS: YReadLimits = { maxDepth: 100, maxSize: 50_000_000, maxProblems: 20 };

/** `~` and `/` escaped as a JSON Pointer needs them. */
export function pointerToken(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function describe(value: unknown): string {
  if (typeof value === 'bigint') return 'a BigInt';
  if (typeof value === 'number') return `the number ${String(value)}`;
  if (value instanceof Uint8Array) return 'binary data';
  if (value instanceof Y.Doc) return 'a Yjs sub-document';
  if (value instanceof Y.XmlText || value instanceof Y.XmlElement || value instanceof Y.XmlFragment || value instanceof Y.XmlHook) return 'a Yjs XML type';
  if (value instanceof Y.AbstractType) return 'a Yjs type of no known kind';
  return `a value of type ${typeof value}`;
}

/**
 * Where a value is: built into a JSON Pointer only when a problem is reported there, so reading
 * a large valid journey does not format a pointer per value.
 */
type Place = string | { parent: Place; key: string | number };

function pointer(place: Place): string {
  const keys: string[] = [];
  let at = place;
  while (typeof at !== 'string') {
    keys.push(typeof at.key === 'number' ? String(at.key) : pointerToken(at.key));
    at = at.parent;
  }
  return keys.length === 0 ? at : `${at}/${keys.reverse().join('/')}`;
}

/** Reads Y values into JSON, collecting problems instead of throwing. One reader per document read. */
export class YReader {
  readonly problems: JourneyError[] = [];
  private unlisted = 0;
  private size = 0;
  private tooLarge = false;

  constructor(readonly limits: YReadLimits = Y_READ_LIMITS) {}

  report(path: string, message: string, code: JourneyError['code'] = 'invalid_type'): void {
    if (this.problems.length < this.limits.maxProblems) this.problems.push({ path, message, code });
    else this.unlisted++;
  }

  /** The problems, with the ones past the limit counted in a last one. */
  allProblems(): JourneyError[] {
    if (this.unlisted === 0) return this.problems;
    return [...this.problems, { path: '', message: `and ${this.unlisted} more problems in the shared journey`, code: 'invalid_value' }];
  }

  /** Counts `amount` values and characters against the size limit; false once past it (reported once). */
  grow(amount: number): boolean {
    this.size += amount;
    if (this.size <= this.limits.maxSize) return true;
    if (!this.tooLarge) {
      this.tooLarge = true;
      this.report('', `the shared journey is larger than the limit of ${this.limits.maxSize.toLocaleString('en')} values and characters`, 'out_of_range');
    }
    return false;
  }

  private tooDeep(place: Place, depth: number): boolean {
    if (depth < this.limits.maxDepth) return false;
    this.report(pointer(place), `nested more than ${this.limits.maxDepth} levels deep`, 'out_of_range');
    return true;
  }

  /** An object whose keys are data (`__proto__` included), from [key, value] pairs. */
  private object(entries: Iterable<[string, unknown]>, place: Place, depth: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, item] of entries) {
      if (!this.grow(key.length)) break;
      const value = this.at(item, { parent: place, key }, depth + 1);
      if (value === undefined) continue;
      // defineProperty only where needed: a key `__proto__` stays plain data.
      if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      else out[key] = value;
    }
    return out;
  }

  private array(items: readonly unknown[], place: Place, depth: number): unknown[] {
    const out: unknown[] = [];
    for (let i = 0; i < items.length; i++) {
      if (this.tooLarge) break;
      const value = this.at(items[i], { parent: place, key: i }, depth + 1);
      out.push(value === undefined ? null : value);
    }
    return out;
  }

  /** `value` as JSON (undefined stays undefined: an absent field) at JSON Pointer `path`; `depth` counts levels so far. */
  read(value: unknown, path: string, depth: number): unknown {
    return this.at(value, path, depth);
  }

  private at(value: unknown, place: Place, depth: number): unknown {
    if (!this.grow(1)) return null;
    switch (typeof value) {
      case 'string':
        this.grow(value.length);
        return value;
      case 'boolean':
      case 'undefined':
        return value;
      case 'number':
        if (Number.isFinite(value)) return value;
        break;
      case 'object':
        if (value === null) return null;
        // Order matters: XmlHook is a Y.Map, XmlText a Y.Text.
        if (value instanceof Y.XmlHook || value instanceof Y.XmlText) break;
        if (value instanceof Y.Map) {
          if (this.tooDeep(place, depth)) return null;
          return this.object((value as Y.Map<unknown>).entries(), place, depth);
        }
        if (value instanceof Y.Array) {
          if (this.tooDeep(place, depth)) return null;
          return this.array((value as Y.Array<unknown>).toArray(), place, depth);
        }
        if (value instanceof Y.Text) {
          const text = value.toString();
          this.grow(text.length);
          return text;
        }
        if (Array.isArray(value)) {
          if (this.tooDeep(place, depth)) return null;
          return this.array(value, place, depth);
        }
        if (isPlainObject(value)) {
          if (this.tooDeep(place, depth)) return null;
          return this.object(Object.entries(value), place, depth);
        }
        break;
      default:
        break;
    }
    this.report(pointer(place), `${describe(value)}, which a journey (JSON) cannot hold`);
    return null;
  }
}
