/**
 * The room's scores (format v2). A touchpoint with at least one rating has, as its `emotion`,
 * the mean of its ratings rounded to 2 decimals: so the curve, the peak-end analysis and every
 * other reader of `emotion` keep working unchanged. Every place that computes that number calls
 * `ratedEmotion`, so the editor, operations, parsing and live sessions always agree.
 */
import { isPlainObject, setOwn } from './json';
import type { JsonObject } from './json';
import type { JourneyWarning, Touchpoint, TouchpointRating } from './types';

/**
 * The emotion of a rated touchpoint: the arithmetic mean of its ratings' emotions, rounded to 2
 * decimals (half away from zero is not promised: `Math.round`, as everywhere in the library).
 * `NaN` for no ratings: an unrated touchpoint's emotion is its own.
 * @example ratedEmotion([{ by: 'p1', emotion: 4 }, { by: 'p2', emotion: -3 }, { by: 'p3', emotion: 1 }]) // 0.67
 */
export function ratedEmotion(ratings: readonly TouchpointRating[]): number {
  const n = ratings.length;
  if (n === 0) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += (ratings[i] as TouchpointRating).emotion;
  const rounded = Math.round((sum / n) * 100) / 100;
  // -0 would print as 0 but compares unequal under Object.is: keep one zero.
  return rounded === 0 ? 0 : rounded;
}

/** How the room scored one touchpoint: count, mean, range and population standard deviation. */
export interface TouchpointRatingStats {
  n: number;
  /** Not rounded (the touchpoint's `emotion` is this rounded to 2 decimals). */
  mean: number;
  min: number;
  max: number;
  /** Population standard deviation: sqrt(sum((x - mean)^2) / n); 0 for one rating. */
  sd: number;
}

/** The stats of a touchpoint's ratings; `undefined` when it has none. */
export function touchpointRatingStats(touchpoint: Pick<Touchpoint, 'ratings'>): TouchpointRatingStats | undefined {
  const ratings = touchpoint.ratings;
  if (ratings === undefined || ratings.length === 0) return undefined;
  const n = ratings.length;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const emotion = (ratings[i] as TouchpointRating).emotion;
    sum += emotion;
    if (emotion < min) min = emotion;
    if (emotion > max) max = emotion;
  }
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const deviation = (ratings[i] as TouchpointRating).emotion - mean;
    squares += deviation * deviation;
  }
  return { n, mean, min, max, sd: Math.sqrt(squares / n) };
}

/** Whether a touchpoint has at least one rating (its emotion is then theirs). */
export function isRated(touchpoint: Pick<Touchpoint, 'ratings'>): boolean {
  const ratings = touchpoint.ratings;
  return ratings !== undefined && ratings.length > 0;
}

/** `touchpoint` with `ratings` and the emotion they give (a copy; the original is unchanged). */
export function withRatings(touchpoint: Touchpoint, ratings: TouchpointRating[]): Touchpoint {
  const next: JsonObject = { ...touchpoint };
  if (ratings.length === 0) {
    // Left with no rating, a touchpoint keeps its last emotion and is unrated again.
    delete next.ratings;
    return next as Touchpoint;
  }
  setOwn(next, 'ratings', ratings);
  setOwn(next, 'emotion', ratedEmotion(ratings));
  return next as Touchpoint;
}

/**
 * Sets each rated touchpoint's emotion of a valid `root` (owned by the caller: parsing's fresh
 * copy) to the mean of its ratings, with one `emotion_from_ratings` warning per touchpoint
 * corrected. The touchpoints array and the corrected touchpoints are replaced, not changed.
 */
export function correctRatedEmotions(root: JsonObject, warnings: JourneyWarning[]): void {
  const touchpoints = root.touchpoints;
  if (!Array.isArray(touchpoints)) return;
  // Every rating of a valid document names a participant: with none, there is nothing to
  // correct, and the touchpoints of most journeys need not be looked at one by one.
  const participants = root.participants;
  if (!Array.isArray(participants) || participants.length === 0) return;
  let corrected: unknown[] | undefined;
  for (let i = 0; i < touchpoints.length; i++) {
    const touchpoint: unknown = touchpoints[i];
    if (!isPlainObject(touchpoint)) continue;
    const ratings = touchpoint.ratings;
    if (!Array.isArray(ratings) || ratings.length === 0) continue;
    const emotion = ratedEmotion(ratings as TouchpointRating[]);
    if (touchpoint.emotion === emotion) continue;
    corrected ??= touchpoints.slice();
    const next: JsonObject = { ...touchpoint };
    setOwn(next, 'emotion', emotion);
    corrected[i] = next;
    warnings.push({
      path: `/touchpoints/${i}/emotion`,
      code: 'emotion_from_ratings',
      message:
        `emotion was ${String(touchpoint.emotion)}, but a rated touchpoint's emotion is the mean of its ` +
        `${ratings.length} rating${ratings.length === 1 ? '' : 's'} rounded to 2 decimals: it is now ${emotion}`,
    });
  }
  if (corrected !== undefined) setOwn(root, 'touchpoints', corrected);
}
