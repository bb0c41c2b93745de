/**
 * The room's scores read exactly as the format defines them (population standard deviation),
 * over the touchpoints in journey order. Each participant also gets their own peak-end score,
 * by DESIGN.md's definitions applied to their own ratings: the remembered experience of each
 * person in the room, whose spread says how differently they will tell the story.
 */
import { touchpointRatingStats } from './ratings';
import type { ParticipantRatingAnalysis, RatingsAnalysis, Touchpoint, TouchpointRatingAnalysis } from './types';

/** Disagreement: at least this many ratings... */
export const DISAGREEMENT_MIN_RATINGS = 3;
/** ...spread at least this far (population standard deviation). */
export const DISAGREEMENT_MIN_SD = 2;

/** One participant's running peak-end reading. */
interface Reading {
  n: number;
  sum: number;
  /** Their most intense rating so far (greatest |e|, the earliest on a tie). */
  peak: number;
  /** Their last rating so far. */
  end: number;
}

/** `ordered`: the document's touchpoints in journey order; `participants`: its participant ids in order. */
export function analyzeRatings(ordered: readonly Touchpoint[], participants: readonly string[]): RatingsAnalysis {
  const touchpoints: TouchpointRatingAnalysis[] = [];
  const readings = new Map<string, Reading>();
  for (const touchpoint of ordered) {
    const ratings = touchpoint.ratings;
    if (ratings === undefined || ratings.length === 0) continue;
    const stats = touchpointRatingStats(touchpoint);
    if (stats === undefined) continue;
    touchpoints.push({ touchpointId: touchpoint.id, ...stats });
    for (const rating of ratings) {
      const e = rating.emotion;
      const reading = readings.get(rating.by);
      if (reading === undefined) {
        readings.set(rating.by, { n: 1, sum: e, peak: e, end: e });
        continue;
      }
      reading.n++;
      reading.sum += e;
      // Strictly greater keeps the earliest on a tie, as for the journey's own peak.
      if (Math.abs(e) > Math.abs(reading.peak)) reading.peak = e;
      reading.end = e;
    }
  }
  const disagreements = touchpoints
    .map((stats, order) => ({ stats, order }))
    .filter(({ stats }) => stats.n >= DISAGREEMENT_MIN_RATINGS && stats.sd >= DISAGREEMENT_MIN_SD)
    .sort((a, b) => b.stats.sd - a.stats.sd || a.order - b.order)
    .map(({ stats }) => stats.touchpointId);
  const people: ParticipantRatingAnalysis[] = [];
  for (const by of participants) {
    const reading = readings.get(by);
    if (reading === undefined) continue;
    people.push({ by, n: reading.n, mean: reading.sum / reading.n, peakEndScore: (reading.peak + reading.end) / 2 });
  }
  return { touchpoints, disagreements, participants: people };
}
