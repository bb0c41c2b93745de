// @vitest-environment node
/**
 * analyzeJourney(doc).ratings, checked against figures worked out by hand (population standard
 * deviation; each participant's peak-end score over their own ratings in journey order), and
 * compareJourneys naming ratings and evidence among a touchpoint's changed fields.
 */
import { describe, expect, it } from 'vitest';
import { analyzeJourney, compareJourneys, parseJourney, touchpointRatingStats } from 'journey-canvas/model';
import type { JourneyDocument, TouchpointRating } from 'journey-canvas/model';
import { ratedJourney } from './fixtures';

const rate = (scores: Record<string, number>): TouchpointRating[] => Object.entries(scores).map(([by, emotion]) => ({ by, emotion }));

/**
 * Stages: s1 [a, b], s2 [c, d, e]; the array lists s2's touchpoints first, so journey order
 * (a, b, c, d, e) differs from array order. Participants in the order p3, p1, p2, p4 (p4 never rates).
 */
function workshop(): JourneyDocument {
  const doc: JourneyDocument = {
    format: 'journey-canvas',
    version: 2,
    id: 'j',
    title: 'Workshop',
    participants: [{ id: 'p3' }, { id: 'p1' }, { id: 'p2' }, { id: 'p4' }],
    stages: [
      { id: 's1', name: 'One' },
      { id: 's2', name: 'Two' },
    ],
    touchpoints: [
      // c: 4, -4, 0 -> mean 0, sd sqrt(32/3) = 3.2660
      { id: 'c', stageId: 's2', title: 'c', emotion: 0, ratings: rate({ p1: 4, p2: -4, p3: 0 }) },
      // d: 1, 5 -> n 2, sd 2 but n < 3: not a disagreement
      { id: 'd', stageId: 's2', title: 'd', emotion: 0, ratings: rate({ p1: 1, p2: 5 }) },
      // e: unrated
      { id: 'e', stageId: 's2', title: 'e', emotion: 3 },
      // a: -5, 1, 1 -> mean -1, deviations -4, 2, 2 -> sd sqrt(24/3) = sqrt(8) = 2.8284
      { id: 'a', stageId: 's1', title: 'a', emotion: 0, ratings: rate({ p1: -5, p2: 1, p3: 1 }) },
      // b: 2, 2, 2 -> sd 0
      { id: 'b', stageId: 's1', title: 'b', emotion: 0, ratings: rate({ p3: 2, p1: 2, p2: 2 }) },
    ],
  };
  const parsed = parseJourney(doc);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.document;
}

describe('analyzeJourney(doc).ratings', () => {
  it('gives n, mean, min, max and population sd per rated touchpoint, in journey order', () => {
    const { touchpoints } = analyzeJourney(workshop()).ratings;
    expect(touchpoints.map((t) => t.touchpointId)).toEqual(['a', 'b', 'c', 'd']);
    expect(touchpoints[0]).toEqual({ touchpointId: 'a', n: 3, mean: -1, min: -5, max: 1, sd: Math.sqrt(8) });
    expect(touchpoints[1]).toEqual({ touchpointId: 'b', n: 3, mean: 2, min: 2, max: 2, sd: 0 });
    expect(touchpoints[2]).toEqual({ touchpointId: 'c', n: 3, mean: 0, min: -4, max: 4, sd: Math.sqrt(32 / 3) });
    expect(touchpoints[3]).toEqual({ touchpointId: 'd', n: 2, mean: 3, min: 1, max: 5, sd: 2 });
    expect(touchpoints[0]?.sd).toBeCloseTo(2.8284, 4);
    expect(touchpoints[2]?.sd).toBeCloseTo(3.266, 3);
  });

  it('lists disagreements (n >= 3 and sd >= 2) by sd descending', () => {
    // c (3.27) before a (2.83); d has sd 2 but only 2 ratings; b agrees.
    expect(analyzeJourney(workshop()).ratings.disagreements).toEqual(['c', 'a']);
  });

  it('breaks sd ties by journey order, not array order; sd exactly 2 counts', () => {
    const doc = workshop();
    // d gets a third rating: 1, 5, 3 -> mean 3, sd sqrt(8/3) = 1.633: still below 2.
    // Make a and c the same spread: c becomes -5, 1, 1 like a (sd sqrt(8)); c is listed first in the array.
    const c = doc.touchpoints.find((t) => t.id === 'c');
    if (c === undefined) throw new Error('c');
    c.ratings = rate({ p1: -5, p2: 1, p3: 1 });
    // e: 0, 4, 2 ... sd sqrt(8/3); make it exactly 2: -2, 2, -2, 2 -> mean 0, sd 2.
    const e = doc.touchpoints.find((t) => t.id === 'e');
    if (e === undefined) throw new Error('e');
    e.ratings = rate({ p1: -2, p2: 2, p3: -2, p4: 2 });
    expect(analyzeJourney(doc).ratings.disagreements).toEqual(['a', 'c', 'e']);
  });

  it("gives each participant's n, mean and own peak-end score, in participants order", () => {
    const { participants } = analyzeJourney(workshop()).ratings;
    // p3 rated a 1, b 2, c 0 -> n 3, mean 1; peak = 2 (b, greatest |e|), end = 0 (c) -> 1.
    // p1 rated a -5, b 2, c 4, d 1 -> n 4, mean 0.5; peak = -5 (a), end = 1 (d) -> -2.
    // p2 rated a 1, b 2, c -4, d 5 -> n 4, mean 1; peak = 5 (d), end = 5 (d) -> 5.
    // p4 rated nothing: left out.
    expect(participants).toEqual([
      { by: 'p3', n: 3, mean: 1, peakEndScore: 1 },
      { by: 'p1', n: 4, mean: 0.5, peakEndScore: -2 },
      { by: 'p2', n: 4, mean: 1, peakEndScore: 5 },
    ]);
  });

  it("a participant's peak tie goes to their earliest rating in journey order", () => {
    const doc = workshop();
    // p3: a 1, b 2, c 0 -> change c to -2: |−2| ties |2| of b, b is earlier -> peak 2, end -2 -> 0.
    const c = doc.touchpoints.find((t) => t.id === 'c');
    if (c === undefined) throw new Error('c');
    c.ratings = rate({ p1: 4, p2: -4, p3: -2 });
    expect(analyzeJourney(doc).ratings.participants[0]).toEqual({ by: 'p3', n: 3, mean: 1 / 3, peakEndScore: 0 });
  });

  it('is empty lists for an unrated journey', () => {
    const doc = workshop();
    const unrated: JourneyDocument = { ...doc, touchpoints: doc.touchpoints.map(({ ratings: _ratings, ...t }) => t) };
    expect(analyzeJourney(unrated).ratings).toEqual({ touchpoints: [], disagreements: [], participants: [] });
  });

  it('the curve reads the emotion that parsing set to the mean (2 dp)', () => {
    const analysis = analyzeJourney(workshop());
    // a -1, b 2, c 0, d 3, e 3: peak 3 at d (earliest of |3|), end e 3.
    expect(analysis.peak).toMatchObject({ touchpointId: 'd', emotion: 3 });
    expect(analysis.mean).toBeCloseTo(7 / 5, 10);
  });
});

describe('touchpointRatingStats', () => {
  it('matches the analysis and is undefined for an unrated touchpoint', () => {
    expect(touchpointRatingStats({ ratings: rate({ a: 4, b: -4, c: 0 }) })).toEqual({ n: 3, mean: 0, min: -4, max: 4, sd: Math.sqrt(32 / 3) });
    expect(touchpointRatingStats({ ratings: rate({ a: -3 }) })).toEqual({ n: 1, mean: -3, min: -3, max: -3, sd: 0 });
    expect(touchpointRatingStats({})).toBeUndefined();
    expect(touchpointRatingStats({ ratings: [] })).toBeUndefined();
  });
});

describe('compareJourneys', () => {
  it('lists ratings and evidence among the changed fields of a touchpoint', () => {
    const before = ratedJourney();
    const after = ratedJourney();
    const t1 = after.touchpoints[0];
    if (t1 === undefined) throw new Error('t1');
    t1.ratings = [{ by: 'p-ana', emotion: -4, note: 'Lost a day', xRating: [1] }, { by: 'p-bo', emotion: 3 }];
    t1.emotion = -0.5;
    t1.evidence = t1.evidence?.slice(1);
    expect(compareJourneys(before, after).touchpoints.changed).toEqual([{ id: 't1', fields: ['emotion', 'ratings', 'evidence'], emotionDelta: 0.5 }]);
  });
});
