// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeJourney, createJourney, journeyOrder, parseJourney } from 'journey-canvas/model';
import type { JourneyDocument, Touchpoint } from 'journey-canvas/model';
import { chineseJourneyText, validJourney } from './fixtures';

/** A document from stage -> emotions, with the touchpoints listed in the array in `arrayOrder`. */
function journey(stages: Record<string, number[]>, arrayOrder?: string[]): JourneyDocument {
  const touchpoints: Touchpoint[] = [];
  for (const [stageId, emotions] of Object.entries(stages)) {
    emotions.forEach((emotion, i) => touchpoints.push({ id: `${stageId}${i}`, stageId, title: '', emotion }));
  }
  if (arrayOrder !== undefined) touchpoints.sort((a, b) => arrayOrder.indexOf(a.id) - arrayOrder.indexOf(b.id));
  return {
    format: 'journey-canvas',
    version: 2,
    id: 'j',
    title: '',
    stages: Object.keys(stages).map((id) => ({ id, name: id })),
    touchpoints,
  };
}

describe('journeyOrder', () => {
  it('is stage order, then array order inside a stage, not raw array order', () => {
    const doc = journey({ a: [1, 2], b: [3], c: [4, 5] }, ['c1', 'b0', 'a1', 'c0', 'a0']);
    expect(journeyOrder(doc).map((t) => t.id)).toEqual(['a1', 'a0', 'b0', 'c1', 'c0']);
  });
});

describe('analyzeJourney, exactly as DESIGN.md defines it', () => {
  it('finds peak, best, worst, end, the scores and per-stage means', () => {
    const doc = journey({ a: [1, -4], b: [], c: [3, 2] });
    expect(analyzeJourney(doc)).toEqual({
      peak: { touchpointId: 'a1', stageId: 'a', emotion: -4, index: 1 },
      best: { touchpointId: 'c0', stageId: 'c', emotion: 3, index: 2 },
      worst: { touchpointId: 'a1', stageId: 'a', emotion: -4, index: 1 },
      end: { touchpointId: 'c1', stageId: 'c', emotion: 2, index: 3 },
      peakEndScore: -1,
      mean: 0.5,
      stages: [
        { stageId: 'a', mean: -1.5, count: 2 },
        { stageId: 'b', mean: null, count: 0 },
        { stageId: 'c', mean: 2.5, count: 2 },
      ],
      ratings: { touchpoints: [], disagreements: [], participants: [] },
    });
  });

  it('uses journey order for indexes and the end, not array order', () => {
    const doc = journey({ a: [0, 1], b: [2] }, ['b0', 'a1', 'a0']);
    const analysis = analyzeJourney(doc);
    expect(analysis.end).toEqual({ touchpointId: 'b0', stageId: 'b', emotion: 2, index: 2 });
    expect(analysis.best?.index).toBe(2);
    // Inside stage a the array lists a1 before a0, so a0 is the second moment.
    expect(analysis.worst).toMatchObject({ touchpointId: 'a0', index: 1 });
  });

  it('breaks ties by the earliest moment, for peak, best and worst', () => {
    const analysis = analyzeJourney(journey({ a: [3, -3, 3], b: [-3, 1] }));
    expect(analysis.peak).toMatchObject({ touchpointId: 'a0', emotion: 3 });
    expect(analysis.best).toMatchObject({ touchpointId: 'a0' });
    expect(analysis.worst).toMatchObject({ touchpointId: 'a1' });
    // |−3| ties |3|: the earliest wins, whatever the sign.
    expect(analyzeJourney(journey({ a: [-3, 3] })).peak).toMatchObject({ touchpointId: 'a0', emotion: -3 });
  });

  it('with one touchpoint, it is every moment', () => {
    const analysis = analyzeJourney(journey({ a: [-2] }));
    const moment = { touchpointId: 'a0', stageId: 'a', emotion: -2, index: 0 };
    expect(analysis).toMatchObject({ peak: moment, best: moment, worst: moment, end: moment, peakEndScore: -2, mean: -2 });
  });

  it('with no touchpoints, every moment and score is null and stages have mean null', () => {
    const doc = createJourney({ id: 'j' });
    const analysis = analyzeJourney(doc);
    expect(analysis).toEqual({
      peak: null,
      best: null,
      worst: null,
      end: null,
      peakEndScore: null,
      mean: null,
      stages: doc.stages.map((s) => ({ stageId: s.id, mean: null, count: 0 })),
      ratings: { touchpoints: [], disagreements: [], participants: [] },
    });
  });

  it('reads the Chinese sample journey', () => {
    const result = parseJourney(chineseJourneyText);
    if (!result.ok) throw new Error('expected ok');
    const analysis = analyzeJourney(result.document);
    expect(analysis.peak).toEqual({ touchpointId: 't-支付', stageId: '下单', emotion: -4.5, index: 1 });
    expect(analysis.end?.touchpointId).toBe('t-评价');
    expect(analysis.peakEndScore).toBe(-1.25);
  });
});

describe('analyzeJourney invariants on random journeys', () => {
  it('holds the peak-end definitions', () => {
    fc.assert(
      fc.property(validJourney, (doc) => {
        const analysis = analyzeJourney(doc);
        const order = journeyOrder(doc);
        expect(analysis.stages.map((s) => s.count)).toEqual(doc.stages.map((s) => order.filter((t) => t.stageId === s.id).length));
        if (order.length === 0) {
          expect([analysis.peak, analysis.best, analysis.worst, analysis.end, analysis.peakEndScore, analysis.mean]).toEqual([null, null, null, null, null, null]);
          return;
        }
        const { peak, best, worst, end, peakEndScore } = analysis;
        if (peak === null || best === null || worst === null || end === null || peakEndScore === null) throw new Error('expected moments');
        for (const touchpoint of order) {
          expect(Math.abs(peak.emotion)).toBeGreaterThanOrEqual(Math.abs(touchpoint.emotion));
          expect(best.emotion).toBeGreaterThanOrEqual(touchpoint.emotion);
          expect(worst.emotion).toBeLessThanOrEqual(touchpoint.emotion);
        }
        expect(peakEndScore).toBeGreaterThanOrEqual(worst.emotion);
        expect(peakEndScore).toBeLessThanOrEqual(best.emotion);
        expect(end.index).toBe(order.length - 1);
        // Each moment names the touchpoint at its index, and no earlier one ties it.
        for (const moment of [peak, best, worst, end]) {
          expect(order[moment.index]).toMatchObject({ id: moment.touchpointId, stageId: moment.stageId, emotion: moment.emotion });
        }
        expect(order.slice(0, peak.index).every((t) => Math.abs(t.emotion) < Math.abs(peak.emotion))).toBe(true);
        expect(order.slice(0, best.index).every((t) => t.emotion < best.emotion)).toBe(true);
        expect(order.slice(0, worst.index).every((t) => t.emotion > worst.emotion)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
