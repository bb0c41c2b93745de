/**
 * The editor's fast path during an emotion drag: the layout after an emotion-only edit, built
 * from the previous one. It must be exactly what a full layout gives, and refuse other edits.
 */
import fc from 'fast-check';
import { JOURNEY_LANES, layoutJourney, relayoutEmotions } from '../../src/layout';
import { setEmotion, updateTouchpoint } from '../../src/model';
import type { JourneyDocument, Stage, Touchpoint } from '../../src/model';

function journey(stages: number[][]): JourneyDocument {
  const touchpoints: Touchpoint[] = [];
  stages.forEach((emotions, s) =>
    emotions.forEach((emotion, i) =>
      touchpoints.push({ id: `s${s}-${i}`, stageId: `s${s}`, title: `Step ${s}.${i}`, emotion, ...(i % 2 === 0 ? { painPoints: ['Slow'] } : {}) }),
    ),
  );
  return { format: 'journey-canvas', version: 2, id: 'j', title: 'T', stages: stages.map((_, s): Stage => ({ id: `s${s}`, name: `Stage ${s}` })), touchpoints };
}

const emotion = fc.integer({ min: -10, max: 10 }).map((n) => n / 2);
const arbitraryJourney = fc.array(fc.array(emotion, { maxLength: 5 }), { minLength: 1, maxLength: 5 }).map(journey);
const options = { lanes: JOURNEY_LANES };

describe('relayoutEmotions', () => {
  it('equals a full layout after any series of emotion changes, keeping the geometry objects', () => {
    fc.assert(
      fc.property(arbitraryJourney, fc.array(fc.tuple(fc.nat(), emotion), { minLength: 1, maxLength: 4 }), (before, edits) => {
        fc.pre(before.touchpoints.length > 0);
        let after = before;
        for (const [pick, value] of edits) {
          const target = after.touchpoints[pick % after.touchpoints.length] as Touchpoint;
          after = setEmotion(after, { id: target.id, emotion: value });
        }
        const previous = layoutJourney(before, options);
        const fast = relayoutEmotions(previous, before, after);
        expect(fast).not.toBeNull();
        expect(fast).toEqual(layoutJourney(after, options));
        expect(fast?.cards).toBe(previous.cards);
        expect(fast?.chips).toBe(previous.chips);
        expect(fast?.columns).toBe(previous.columns);
      }),
    );
  });

  it('refuses an edit that changes more than emotions (the caller then lays out again)', () => {
    const before = journey([[1, 2], [-3]]);
    const previous = layoutJourney(before, options);
    const renamed = updateTouchpoint(before, { id: 's0-1', changes: { title: 'A much longer title that wraps onto more lines than before' } });
    expect(relayoutEmotions(previous, before, renamed)).toBeNull();
    const added = { ...before, touchpoints: [...before.touchpoints, { id: 'x', stageId: 's1', title: 'New', emotion: 0 }] };
    expect(relayoutEmotions(previous, before, added)).toBeNull();
    const restaged = { ...before, stages: [...before.stages] };
    expect(relayoutEmotions(previous, before, restaged)).toBeNull();
  });

  it('moves the peak and end markers with the emotions', () => {
    const before = journey([[1, 2], [-3]]);
    const after = setEmotion(before, { id: 's0-0', emotion: 5 });
    const fast = relayoutEmotions(layoutJourney(before, options), before, after);
    expect(fast?.moments.peak?.touchpointId).toBe('s0-0');
    expect(fast?.analysis.peak?.emotion).toBe(5);
  });
});
