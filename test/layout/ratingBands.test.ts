/**
 * The room's spread in the layout: each rated touchpoint's band (min..max of its ratings on the
 * emotion scale, n, disagreement) under its card, and the room a rated card keeps for its count.
 * Every renderer (editor, SVG, PNG, slides) draws from these numbers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JOURNEY_LANES, MAP, emotionToY, layoutJourney, relayoutEmotions } from '../../src/layout';
import { analyzeJourney, ratedEmotion, setEmotion, touchpointRatingStats } from '../../src/model';
import type { JourneyDocument, Touchpoint } from '../../src/model';
import { ratedJourney } from '../picture/ratedJourney';

const options = { lanes: JOURNEY_LANES };

describe('rating bands', () => {
  it('gives each rated touchpoint, and only those, a band from the lowest to the highest rating under its card, in journey order', () => {
    const doc = ratedJourney();
    const layout = layoutJourney(doc, options);
    const lane = layout.emotion!;
    expect(lane.bands.map((band) => band.touchpointId)).toEqual(['t1', 't2', 't3', 't5']);
    for (const band of lane.bands) {
      const touchpoint = doc.touchpoints.find((candidate) => candidate.id === band.touchpointId)!;
      const emotions = touchpoint.ratings!.map((rating) => rating.emotion);
      const card = layout.cardById.get(band.touchpointId)!;
      expect(band.x).toBe(card.x + card.width / 2);
      expect(band.min).toBe(Math.min(...emotions));
      expect(band.max).toBe(Math.max(...emotions));
      expect(band.yMin).toBeCloseTo(emotionToY(Math.min(...emotions), lane), 9);
      expect(band.yMax).toBeCloseTo(emotionToY(Math.max(...emotions), lane), 9);
      expect(band.n).toBe(emotions.length);
      expect(band.values).toEqual([...emotions].sort((a, b) => a - b));
      expect(band.sd).toBeCloseTo(touchpointRatingStats(touchpoint)!.sd, 9);
    }
    // Installation fails: from −5 (low on the lane) to +3.
    const fails = lane.bands.find((band) => band.touchpointId === 't2')!;
    expect(fails.yMin).toBeGreaterThan(fails.yMax);
    expect(fails.yMin).toBeCloseTo(lane.bottom, 9);
  });

  it('marks a disagreement where the model finds one (n >= 3 and sd >= 2), not where the spread is wide but n is 2', () => {
    const doc = ratedJourney();
    const bands = layoutJourney(doc, options).emotion!.bands;
    const disagreeing = bands.filter((band) => band.disagreement).map((band) => band.touchpointId);
    expect(disagreeing).toEqual(['t2', 't3']);
    expect(new Set(disagreeing)).toEqual(new Set(analyzeJourney(doc).ratings.disagreements));
  });

  it('an unrated journey has no band and no room for a count; a rated one makes every card tall enough for the count under the badge', () => {
    const doc = ratedJourney();
    const unrated: JourneyDocument = {
      ...doc,
      participants: [],
      touchpoints: doc.touchpoints.map(({ ratings: _ratings, evidence: _evidence, ...rest }) => rest as Touchpoint),
    };
    const plain = layoutJourney(unrated, options);
    expect(plain.emotion!.bands).toEqual([]);
    expect(plain.cardCounts).toBe(false);
    expect(plain.cardMeta).toBe(false);
    const rated = layoutJourney(doc, options);
    expect(rated.cardCounts).toBe(true);
    // Evidence is counted in the meta row, so the rated journey's cards have one.
    expect(rated.cardMeta).toBe(true);
    for (const card of rated.cards) {
      expect(card.height).toBeGreaterThanOrEqual(2 * MAP.cardPadding + MAP.cardCountTop + MAP.cardCountHeight + MAP.cardMetaGap + MAP.cardMetaHeight);
    }
  });

  it('keeps the bands through an emotion edit of an unrated touchpoint, equal to a full layout', () => {
    const before = ratedJourney();
    const after = setEmotion(before, { id: 't4', emotion: -2 });
    const previous = layoutJourney(before, options);
    const fast = relayoutEmotions(previous, before, after);
    expect(fast).toEqual(layoutJourney(after, options));
    expect(fast?.emotion?.bands).toBe(previous.emotion?.bands);
  });

  it('for any ratings, the point (the mean) sits on its band, and the band inside the lane', () => {
    const rating = fc.integer({ min: -10, max: 10 }).map((n) => n / 2);
    fc.assert(
      fc.property(fc.array(fc.array(rating, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }), (sets) => {
        const doc: JourneyDocument = {
          ...ratedJourney(),
          touchpoints: sets.map((values, index) => {
            const ratings = values.map((emotion, by) => ({ by: ['ana', 'ben', 'chen', 'dev', 'eli', 'fay'][by] as string, emotion }));
            return { id: `p${index}`, stageId: 'use', title: `Step ${index}`, emotion: ratedEmotion(ratings), ratings };
          }),
        };
        const layout = layoutJourney(doc, options);
        const lane = layout.emotion!;
        expect(lane.bands).toHaveLength(sets.length);
        lane.bands.forEach((band, index) => {
          const point = lane.points[index]!;
          expect(band.touchpointId).toBe(point.touchpointId);
          expect(band.x).toBe(point.x);
          expect(band.yMax).toBeLessThanOrEqual(point.y + 1e-6);
          expect(band.yMin).toBeGreaterThanOrEqual(point.y - 1e-6);
          expect(band.yMax).toBeGreaterThanOrEqual(lane.top - 1e-9);
          expect(band.yMin).toBeLessThanOrEqual(lane.bottom + 1e-9);
        });
      }),
    );
  });
});
