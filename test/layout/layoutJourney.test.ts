/**
 * The map's geometry: the editor, the curve and the image export all draw from this, so its
 * promises (points under cards, journey order left to right, the emotion scale) are tested here.
 */
import fc from 'fast-check';
import { JOURNEY_LANES, emotionToY, layoutJourney, snapEmotion, yToEmotion, estimateLines } from '../../src/layout';
import type { JourneyLane } from '../../src/layout';
import type { JourneyDocument, Stage, Touchpoint } from 'journey-canvas/model';

const ALL = JOURNEY_LANES;

function journey(stages: Array<[string, number[]]>): JourneyDocument {
  const touchpoints: Touchpoint[] = [];
  for (const [stageId, emotions] of stages) {
    emotions.forEach((emotion, i) => touchpoints.push({ id: `${stageId}-${i}`, stageId, title: `${stageId} ${i}`, emotion }));
  }
  return {
    format: 'journey-canvas',
    version: 2,
    id: 'j',
    title: 'Test',
    stages: stages.map(([id]): Stage => ({ id, name: id })),
    touchpoints,
  };
}

/** Journey-order touchpoints interleaved in the raw array, as documents edited over time are. */
function interleaved(): JourneyDocument {
  const doc = journey([
    ['a', [1, 2]],
    ['b', [-4.5, 3]],
    ['c', [0.5]],
  ]);
  const [a0, a1, b0, b1, c0] = doc.touchpoints as [Touchpoint, Touchpoint, Touchpoint, Touchpoint, Touchpoint];
  return { ...doc, touchpoints: [c0, b0, a0, b1, a1] };
}

const arbitraryJourney = fc
  .array(fc.array(fc.integer({ min: -10, max: 10 }).map((n) => n / 2), { maxLength: 6 }), { minLength: 1, maxLength: 6 })
  .map((stages) => journey(stages.map((emotions, i): [string, number[]] => [`s${i}`, emotions])));

describe('layoutJourney', () => {
  it('puts each emotion point at the horizontal centre of its card', () => {
    fc.assert(
      fc.property(arbitraryJourney, (doc) => {
        const layout = layoutJourney(doc, { lanes: ALL });
        expect(layout.emotion?.points).toHaveLength(doc.touchpoints.length);
        for (const point of layout.emotion?.points ?? []) {
          const card = layout.cardById.get(point.touchpointId);
          if (!card) throw new Error('no card');
          expect(point.x).toBeCloseTo(card.x + card.width / 2, 6);
          expect(point.y).toBeGreaterThan(card.y + card.height);
        }
      }),
    );
  });

  it('orders cards and curve points left to right in journey order, whatever the array order', () => {
    const doc = interleaved();
    const layout = layoutJourney(doc, { lanes: ALL });
    expect(layout.cards.map((card) => card.touchpointId)).toEqual(['a-0', 'a-1', 'b-0', 'b-1', 'c-0']);
    const xs = layout.emotion?.points.map((point) => point.x) ?? [];
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThan(xs[i - 1] as number);
    fc.assert(
      fc.property(arbitraryJourney, (random) => {
        const points = layoutJourney(random, { lanes: ALL }).emotion?.points ?? [];
        for (let i = 1; i < points.length; i++) expect(points[i]?.x).toBeGreaterThan(points[i - 1]?.x as number);
      }),
    );
  });

  it('keeps every card inside its stage column, and columns in stage order without overlap', () => {
    fc.assert(
      fc.property(arbitraryJourney, (doc) => {
        const layout = layoutJourney(doc, { lanes: ALL });
        expect(layout.columns.map((column) => column.stageId)).toEqual(doc.stages.map((stage) => stage.id));
        for (let i = 1; i < layout.columns.length; i++) {
          const before = layout.columns[i - 1];
          const column = layout.columns[i];
          if (!before || !column) throw new Error('missing column');
          expect(column.x).toBeGreaterThanOrEqual(before.x + before.width);
        }
        for (const card of layout.cards) {
          const column = layout.columns.find((c) => c.stageId === card.stageId);
          if (!column) throw new Error('no column');
          expect(card.x).toBeGreaterThanOrEqual(column.x);
          expect(card.x + card.width).toBeLessThanOrEqual(column.x + column.width);
        }
      }),
    );
  });

  it('maps +5 to the top of the emotion lane, −5 to the bottom and 0 to the zero line', () => {
    const doc = journey([['a', [5, 0, -5, 2.5]]]);
    const layout = layoutJourney(doc, { lanes: ALL });
    const lane = layout.lanes.find((band) => band.lane === 'emotion');
    const emotion = layout.emotion;
    if (!lane || !emotion) throw new Error('no emotion lane');
    const [top, zero, bottom, quarter] = emotion.points;
    expect(top?.y).toBe(emotion.top);
    expect(bottom?.y).toBe(emotion.bottom);
    expect(zero?.y).toBe(emotion.zeroY);
    expect(emotion.zeroY).toBeCloseTo((emotion.top + emotion.bottom) / 2, 6);
    expect(quarter?.y).toBeCloseTo(emotion.top + (emotion.zeroY - emotion.top) / 2, 6);
    expect(emotion.top).toBeGreaterThan(lane.y);
    expect(emotion.bottom).toBeLessThan(lane.y + lane.height);
  });

  it('has y <-> emotion mappings that invert each other, and snapping to halves', () => {
    const scale = { top: 100, bottom: 300 };
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), (emotion) => {
        expect(yToEmotion(emotionToY(emotion, scale), scale)).toBeCloseTo(emotion, 9);
        const snapped = snapEmotion(emotion);
        expect(Math.abs(snapped - emotion)).toBeLessThanOrEqual(0.25);
        expect(snapped * 2).toBe(Math.round(snapped * 2));
      }),
    );
    expect(snapEmotion(7)).toBe(5);
    expect(snapEmotion(-9)).toBe(-5);
    expect(Object.is(snapEmotion(-0.1), 0)).toBe(true);
    expect(yToEmotion(0, scale)).toBe(5);
  });

  it('keeps a column for an empty stage, with room for its add button', () => {
    const doc = journey([
      ['a', [1]],
      ['empty', []],
      ['c', [2]],
    ]);
    const layout = layoutJourney(doc, { lanes: ALL });
    const empty = layout.columns[1];
    expect(empty?.touchpointIds).toEqual([]);
    expect(empty?.addSlot).not.toBeNull();
    expect(empty?.addSlot?.width).toBeGreaterThanOrEqual(24);
    expect(empty?.addSlot?.height).toBeGreaterThanOrEqual(24);
    expect(layout.columns[0]?.addSlot).toBeNull();
  });

  it('places peak and end on the right touchpoints in journey order, not array order', () => {
    const layout = layoutJourney(interleaved(), { lanes: ALL });
    expect(layout.moments.peak?.touchpointId).toBe('b-0');
    expect(layout.moments.end?.touchpointId).toBe('c-0');
    expect(layout.moments.peak?.x).toBe(layout.emotion?.points[2]?.x);
  });

  it('shrinks the map when lanes are hidden, and drops hidden lanes', () => {
    const doc: JourneyDocument = {
      ...journey([['a', [1, 2]]]),
    };
    doc.touchpoints = doc.touchpoints.map((t) => ({ ...t, painPoints: ['Slow'], delights: ['Nice'], metrics: { csat: 4 } }));
    const full = layoutJourney(doc, { lanes: ALL });
    const fewer: JourneyLane[] = ['touchpoints', 'emotion'];
    const small = layoutJourney(doc, { lanes: fewer });
    expect(full.lanes.map((lane) => lane.lane)).toEqual([...ALL]);
    expect(small.lanes.map((lane) => lane.lane)).toEqual(fewer);
    expect(small.bounds.height).toBeLessThan(full.bounds.height);
    expect(small.chips).toEqual([]);
    expect(layoutJourney(doc, { lanes: ['touchpoints'] }).emotion).toBeNull();
  });

  it('shows the metrics lane only when a touchpoint has metrics', () => {
    const doc = journey([['a', [1]]]);
    expect(layoutJourney(doc, { lanes: ALL }).lanes.some((lane) => lane.lane === 'metrics')).toBe(false);
  });

  it('makes cards taller for titles that wrap, CJK included, and keeps rows aligned', () => {
    const short = layoutJourney(journey([['a', [1, 2]]]), { lanes: ALL });
    const doc = journey([['a', [1, 2]]]);
    doc.touchpoints[0] = { ...(doc.touchpoints[0] as Touchpoint), title: '在应用里比较三种套餐的价格和每月流量后仍然不确定该选哪一个' };
    const tall = layoutJourney(doc, { lanes: ALL });
    expect(tall.titleLines).toBeGreaterThan(1);
    expect(tall.cards[0]?.height).toBeGreaterThan(short.cards[0]?.height as number);
    expect(tall.cards[0]?.height).toBe(tall.cards[1]?.height);
  });

  it('is deterministic', () => {
    const doc = interleaved();
    const strip = (layout: ReturnType<typeof layoutJourney>) => ({ ...layout, cardById: [...layout.cardById] });
    expect(strip(layoutJourney(doc, { lanes: ALL }))).toEqual(strip(layoutJourney(doc, { lanes: ALL })));
  });
});

describe('estimateLines', () => {
  it('wraps more text onto more lines, and CJK wider than Latin of the same length', () => {
    expect(estimateLines('Pays', 160, 14)).toBe(1);
    expect(estimateLines('Compares three plans in the app and still cannot decide', 160, 14)).toBeGreaterThan(1);
    expect(estimateLines('一二三四五六七八九十一二三四五六七八九十', 160, 14)).toBeGreaterThan(
      estimateLines('abcdefghijabcdefghij', 160, 14),
    );
    expect(estimateLines('', 160, 14)).toBe(1);
  });
});
