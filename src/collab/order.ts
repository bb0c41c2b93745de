/**
 * Fractional order keys: strings that sort (by plain string comparison) in the order of the
 * items they belong to, so that a new position between two items is always a new key between
 * theirs. A reorder or a move then writes one key instead of rewriting an array, and two people
 * moving different touchpoints at once never duplicate or lose one (which moving items inside a
 * Y.Array, a delete plus an insert, would do).
 *
 * A key is a base-62 fraction in (0, 1) written without its leading "0." and without trailing
 * zeros: "V" is about 0.5. Digits are 0-9, A-Z, a-z, which ASCII already sorts.
 */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE = DIGITS.length;
const VALID_KEY = /^[0-9A-Za-z]*[1-9A-Za-z]$/;

export function isOrderKey(value: unknown): value is string {
  return typeof value === 'string' && VALID_KEY.test(value);
}

function digit(char: string | undefined): number {
  return char === undefined ? 0 : DIGITS.indexOf(char);
}

/** A key strictly between `a` and `b`; `a === ''` means the start, `b === null` the end. */
function midpoint(a: string, b: string | null): string {
  if (b !== null) {
    let n = 0;
    while ((a[n] ?? '0') === b[n]) n++;
    if (n > 0) return b.slice(0, n) + midpoint(a.slice(n), b.slice(n));
  }
  const low = a ? digit(a[0]) : 0;
  const high = b !== null ? digit(b[0]) : BASE;
  if (high - low > 1) return DIGITS[Math.round((low + high) / 2)] as string;
  if (b !== null && b.length > 1) return b.slice(0, 1);
  return (DIGITS[low] as string) + midpoint(a.slice(1), null);
}

/** One key between `before` and `after` (null = open end). Throws unless before < after. */
export function orderKeyBetween(before: string | null, after: string | null): string {
  if (before !== null && !isOrderKey(before)) throw new Error(`invalid order key ${JSON.stringify(before)}`);
  if (after !== null && !isOrderKey(after)) throw new Error(`invalid order key ${JSON.stringify(after)}`);
  if (before !== null && after !== null && before >= after) throw new Error(`order keys out of order: ${before} >= ${after}`);
  return midpoint(before ?? '', after);
}

/** `count` ascending keys between `before` and `after`, splitting the gap evenly so keys stay short. */
export function orderKeysBetween(before: string | null, after: string | null, count: number): string[] {
  if (count <= 0) return [];
  if (count === 1) return [orderKeyBetween(before, after)];
  const middle = Math.floor(count / 2);
  const mid = orderKeyBetween(before, after);
  return [...orderKeysBetween(before, mid, middle), mid, ...orderKeysBetween(mid, after, count - middle - 1)];
}

/** Indexes of a longest strictly increasing subsequence of `keys` (entries `undefined` are skipped). */
export function longestIncreasingRun(keys: readonly (string | undefined)[]): Set<number> {
  const tails: number[] = []; // tails[k] = index of the smallest tail of an increasing run of length k+1
  const previous = new Array<number>(keys.length).fill(-1);
  keys.forEach((key, i) => {
    if (key === undefined) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if ((keys[tails[m] as number] as string) < key) lo = m + 1;
      else hi = m;
    }
    if (lo > 0) previous[i] = tails[lo - 1] as number;
    tails[lo] = i;
  });
  const kept = new Set<number>();
  let at = tails.length > 0 ? (tails[tails.length - 1] as number) : -1;
  while (at >= 0) {
    kept.add(at);
    at = previous[at] as number;
  }
  return kept;
}

/**
 * New keys for a sequence whose current keys are `current` (undefined = none yet): the longest
 * run already in order keeps its keys, every other item gets a key between its kept neighbours.
 * Returns only the keys that change, by position.
 */
export function reorderKeys(current: readonly (string | undefined)[]): Map<number, string> {
  const valid = current.map((key) => (isOrderKey(key) ? key : undefined));
  const kept = longestIncreasingRun(valid);
  const changes = new Map<number, string>();
  let i = 0;
  while (i < valid.length) {
    if (kept.has(i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < valid.length && !kept.has(i)) i++;
    const before = start > 0 ? (valid[start - 1] as string) : null;
    const after = i < valid.length ? (valid[i] as string) : null;
    orderKeysBetween(before, after, i - start).forEach((key, k) => changes.set(start + k, key));
  }
  return changes;
}
