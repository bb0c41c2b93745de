// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addStage,
  addTouchpoint,
  analyzeJourney,
  compareJourneys,
  moveTouchpoint,
  removeStage,
  removeTouchpoint,
  renameStage,
  setEmotion,
  updateTouchpoint,
} from 'journey-canvas/model';
import type { JourneyDocument, TouchpointChanges } from 'journey-canvas/model';
import { deepFreeze, fullJourney, validJourney } from './fixtures';

const base = (): JourneyDocument => deepFreeze(fullJourney());

describe('compareJourneys', () => {
  it('finds nothing between a document and itself or an equal copy', () => {
    const empty = { stages: { added: [], removed: [], changed: [] }, touchpoints: { added: [], removed: [], moved: [], changed: [] }, meanDelta: 0, peakEndDelta: 0 };
    expect(compareJourneys(base(), base())).toEqual(empty);
    const doc = base();
    expect(compareJourneys(doc, doc)).toEqual(empty);
  });

  it('reports added, removed, moved and changed, matched by id, with after − before deltas', () => {
    const before = base();
    let after = addStage(before, { stage: { id: 'feedback', name: 'Feedback', kind: 'feedback' } });
    after = removeStage(after, { id: 'awareness', touchpoints: 'delete' });
    after = renameStage(after, { id: 'purchase', name: 'Buy' });
    after = addTouchpoint(after, { stageId: 'feedback', touchpoint: { id: 'review', title: 'Review', emotion: 5 } });
    after = moveTouchpoint(after, { id: 't3', stageId: 'use', index: 0 });
    after = setEmotion(after, { id: 't2', emotion: -1 });
    // A host's own property needs a cast: the type names only what the library knows.
    after = updateTouchpoint(after, { id: 't4', changes: { owner: 'Support', xNew: 1 } as TouchpointChanges });

    const comparison = compareJourneys(before, after);
    expect(comparison.stages).toEqual({ added: ['feedback'], removed: ['awareness'], changed: [{ id: 'purchase', fields: ['name'] }] });
    expect(comparison.touchpoints).toEqual({
      added: ['review'],
      removed: ['t1'],
      moved: [{ id: 't3', from: 'purchase', to: 'use' }],
      changed: [
        { id: 't2', fields: ['emotion'], emotionDelta: 2 },
        { id: 't4', fields: ['owner', 'xNew'], emotionDelta: 0 },
      ],
    });
    const a = analyzeJourney(before);
    const b = analyzeJourney(after);
    expect(comparison.meanDelta).toBeCloseTo((b.mean as number) - (a.mean as number), 12);
    expect(comparison.peakEndDelta).toBe((b.peakEndScore as number) - (a.peakEndScore as number));
  });

  it('names changed fields in document order, unknown ones included, removed ones too', () => {
    const before = base();
    const after = updateTouchpoint(before, { id: 't1', changes: { xTouchpoint: undefined, metrics: { csat: 1 }, title: 'x', channel: undefined } as TouchpointChanges });
    expect(compareJourneys(before, after).touchpoints.changed).toEqual([{ id: 't1', fields: ['title', 'channel', 'metrics', 'xTouchpoint'], emotionDelta: 0 }]);
  });

  it('has null deltas when either side has no touchpoints', () => {
    const before = base();
    let after: JourneyDocument = before;
    for (const id of ['t1', 't2', 't3', 't4']) after = removeTouchpoint(after, { id });
    expect(compareJourneys(before, after)).toMatchObject({ meanDelta: null, peakEndDelta: null });
    expect(compareJourneys(after, before)).toMatchObject({ meanDelta: null, peakEndDelta: null });
    expect(compareJourneys(after, before).touchpoints.added).toEqual(['t1', 't2', 't3', 't4']);
  });

  it('on random pairs: added and removed are exactly the id differences, deltas are after − before', () => {
    fc.assert(
      fc.property(validJourney, validJourney, (before, after) => {
        const comparison = compareJourneys(before, after);
        const ids = (doc: JourneyDocument) => new Set(doc.touchpoints.map((t) => t.id));
        const [b, a] = [ids(before), ids(after)];
        expect(comparison.touchpoints.added).toEqual(after.touchpoints.map((t) => t.id).filter((id) => !b.has(id)));
        expect(comparison.touchpoints.removed).toEqual(before.touchpoints.map((t) => t.id).filter((id) => !a.has(id)));
        for (const { id, fields, emotionDelta } of comparison.touchpoints.changed) {
          const old = before.touchpoints.find((t) => t.id === id);
          const now = after.touchpoints.find((t) => t.id === id);
          expect(emotionDelta).toBe((now?.emotion ?? 0) - (old?.emotion ?? 0));
          expect(fields.length).toBeGreaterThan(0);
          expect(fields).not.toContain('stageId');
        }
        const [x, y] = [analyzeJourney(before), analyzeJourney(after)];
        expect(comparison.meanDelta).toBe(x.mean === null || y.mean === null ? null : y.mean - x.mean);
      }),
      { numRuns: 200 },
    );
  });
});
