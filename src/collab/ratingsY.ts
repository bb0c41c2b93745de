/**
 * Touchpoint ratings on Yjs: one shared map for the whole journey, keyed by touchpoint AND
 * participant,
 *
 *   ydoc.getMap('ratings')   ratingKey(touchpointId, by) -> Y.Map of the rating's fields (all but `by`)
 *
 * so a rating is a touchpoint's entry keyed by participant id: twelve people rating the same
 * touchpoint at once write twelve different keys and all twelve survive. It is one flat map, not a
 * Y.Map inside each touchpoint, on purpose: a nested map has to be created by someone, and when
 * twelve clients each create the first one at the same moment, Yjs keeps one of the twelve maps
 * and the other eleven ratings are lost with theirs. A top-level map always exists.
 *
 * Reading gives each touchpoint its ratings in `participants` order, and a rated touchpoint's
 * `emotion` is derived from them (`ratedEmotion`: their mean, 2 decimals), whatever `emotion`
 * field a writer left behind: every client and the server compute it from the same ratings, so
 * they all show the same mean. A rating whose touchpoint or participant is gone (deleted on one
 * replica while rated on another) is not read; the next full write removes it.
 */
import * as Y from 'yjs';
import { ratedEmotion } from '../model';
import type { TouchpointRating } from '../model';
import { isPlainObject } from './json';
import { pointerToken } from './readY';
import type { YReader } from './readY';

/** The key of `by`'s rating of touchpoint `touchpointId` (JSON, so no id can make two keys meet). */
export function ratingKey(touchpointId: string, by: string): string {
  return JSON.stringify([touchpointId, by]);
}

/** The touchpoint and participant a rating key names, or null when it is not one (a foreign write). */
export function parseRatingKey(key: string): { touchpointId: string; by: string } | null {
  if (!key.startsWith('["')) return null;
  try {
    const value: unknown = JSON.parse(key);
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { touchpointId: value[0], by: value[1] };
    }
  } catch {
    // not a rating key
  }
  return null;
}

/** The ratings the shared map holds, by touchpoint id and then participant id, as JSON (never throws). */
export function readRatingsMap(map: Y.Map<unknown>, reader: YReader): Map<string, Map<string, unknown>> {
  const byTouchpoint = new Map<string, Map<string, unknown>>();
  map.forEach((value, key) => {
    // The key counts against the size limit like every key read (a hostile key may be megabytes).
    if (!reader.grow(key.length)) return;
    const names = parseRatingKey(key);
    if (names === null) {
      reader.report('', `a rating under the key ${JSON.stringify(key.slice(0, 80))}, which names no touchpoint and participant`, 'invalid_value');
      return;
    }
    // Levels: the touchpoints array, the touchpoint, its ratings, the rating.
    const fields = reader.read(value, `/ratings/${pointerToken(key)}`, 3);
    const ratings = byTouchpoint.get(names.touchpointId) ?? new Map<string, unknown>();
    ratings.set(names.by, fields);
    byTouchpoint.set(names.touchpointId, ratings);
  });
  return byTouchpoint;
}

/**
 * Puts the ratings read from the shared map on the touchpoints (plain objects, changed in place),
 * in participants order, and derives each rated touchpoint's emotion.
 */
export function attachRatings(
  touchpoints: unknown[],
  participantIds: readonly string[],
  ratings: Map<string, Map<string, unknown>>,
  reader: YReader,
): void {
  const rank = new Map(participantIds.map((id, index) => [id, index]));
  touchpoints.forEach((touchpoint, index) => {
    if (!isPlainObject(touchpoint) || typeof touchpoint.id !== 'string') return;
    const mine = ratings.get(touchpoint.id);
    if (mine === undefined) return;
    const list: unknown[] = [];
    const ordered = [...mine.entries()].filter(([by]) => rank.has(by)).sort((a, b) => (rank.get(a[0]) as number) - (rank.get(b[0]) as number));
    for (const [by, fields] of ordered) {
      if (!isPlainObject(fields)) {
        // Passed on as it is, so parseJourney reports it at its place.
        list.push(fields);
        continue;
      }
      if (Object.prototype.hasOwnProperty.call(fields, 'by')) {
        reader.report(`/touchpoints/${index}/ratings/${list.length}/by`, `a "by" field inside the shared rating (its participant is its key, ${JSON.stringify(by)})`, 'invalid_value');
      }
      list.push({ by, ...fields });
    }
    if (list.length === 0) return;
    touchpoint.ratings = list;
    // Only well-formed ratings give a mean; anything else is parseJourney's to report.
    const wellFormed = list.every((r) => isPlainObject(r) && typeof r.emotion === 'number' && Number.isFinite(r.emotion) && r.emotion >= -5 && r.emotion <= 5);
    if (wellFormed) touchpoint.emotion = ratedEmotion(list as TouchpointRating[]);
  });
}

/** Every rating of `touchpoints`, by rating key (`by` left out: it is in the key). */
function ratingsByKey(touchpoints: readonly { id: string; ratings?: readonly TouchpointRating[] }[]): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const touchpoint of touchpoints) {
    for (const rating of touchpoint.ratings ?? []) {
      const { by, ...fields } = rating;
      out.set(ratingKey(touchpoint.id, by), fields);
    }
  }
  return out;
}

/** The shared ratings map written into what `next` holds; with `previous`, only what changed from it. */
export function syncRatings(
  map: Y.Map<unknown>,
  next: readonly { id: string; ratings?: readonly TouchpointRating[] }[],
  previous: readonly { id: string; ratings?: readonly TouchpointRating[] }[] | undefined,
  writeFields: (target: Y.Map<unknown>, fields: Record<string, unknown>, before?: Record<string, unknown>) => void,
  newMap: (fields: Record<string, unknown>) => Y.Map<unknown>,
): void {
  let nextTouchpoints = next;
  let previousTouchpoints = previous;
  if (previous !== undefined) {
    // Unchanged touchpoints (shared by identity between store documents) have unchanged ratings.
    const before = new Map(previous.map((t) => [t.id, t]));
    const after = new Map(next.map((t) => [t.id, t]));
    nextTouchpoints = next.filter((t) => before.get(t.id) !== t);
    previousTouchpoints = previous.filter((t) => after.get(t.id) !== t);
  }
  const wanted = ratingsByKey(nextTouchpoints);
  const had = previousTouchpoints === undefined ? undefined : ratingsByKey(previousTouchpoints);
  // Without a base everything not wanted goes (orphans and foreign keys too); with one, only
  // what the local edit removed: a colleague's rating that arrived meanwhile is not ours to delete.
  const removable = had === undefined ? [...map.keys()] : [...had.keys()];
  for (const key of removable) if (!wanted.has(key) && map.has(key)) map.delete(key);
  for (const [key, fields] of wanted) {
    const before = had?.get(key);
    const current = map.get(key);
    if (current instanceof Y.Map) writeFields(current, fields, before);
    // Removed by a colleague meanwhile while we changed it: the removal wins (as for touchpoints).
    else if (had !== undefined && before !== undefined && current === undefined) continue;
    else map.set(key, newMap(fields));
  }
}
