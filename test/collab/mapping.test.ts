/**
 * The journey on Yjs types: lossless both ways, minimal writes, and concurrent edits on two
 * replicas merging field by field without duplicates or losses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { JourneyOperationError, applyOperation, parseJourney } from 'journey-canvas/model';
import type { JourneyChange, JourneyDocument } from 'journey-canvas/model';
import { journeyToYDoc, writeJourneyToYDoc, yDocToJourney } from 'journey-canvas/collab';
import { changeFor, validJourney } from '../model/fixtures';

/** A second replica, as a provider would make it: the first one's state as a binary update. */
function replicaOf(ydoc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc));
  return copy;
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function tryApply(doc: JourneyDocument, change: JourneyChange): JourneyDocument {
  try {
    return applyOperation(doc, change);
  } catch (error) {
    if (error instanceof JourneyOperationError) return doc;
    throw error;
  }
}

describe('journey <-> Y.Doc', () => {
  it('round-trips any valid document losslessly, unknown properties included, through the wire format', () => {
    fc.assert(
      fc.property(validJourney, (document) => {
        const ydoc = journeyToYDoc(document);
        expect(yDocToJourney(ydoc)).toEqual(document);
        const remote = yDocToJourney(replicaOf(ydoc));
        expect(remote).toEqual(document);
        const parsed = parseJourney(remote);
        expect(parsed.ok).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('writing the result of any operation sequence makes the Y.Doc hold exactly that document', () => {
    fc.assert(
      fc.property(validJourney, fc.gen(), fc.boolean(), (start, gen, withPrevious) => {
        const ydoc = journeyToYDoc(start);
        let doc = start;
        for (let step = 0; step < 12; step++) {
          const next = tryApply(doc, gen(() => changeFor(doc)));
          writeJourneyToYDoc(ydoc, next, { previous: withPrevious ? doc : undefined });
          doc = next;
          expect(yDocToJourney(ydoc)).toEqual(doc);
        }
        expect(yDocToJourney(replicaOf(ydoc))).toEqual(doc);
      }),
      { numRuns: 60 },
    );
  });

  it('an emotion change is a small update, not the document again', () => {
    const start = fc.sample(validJourney.filter((d) => d.touchpoints.length >= 5), { numRuns: 1, seed: 7 })[0] as JourneyDocument;
    const ydoc = journeyToYDoc(start);
    const before = Y.encodeStateVector(ydoc);
    const target = start.touchpoints[2] as JourneyDocument['touchpoints'][number];
    const next = applyOperation(start, { operation: 'setEmotion', args: { id: target.id, emotion: target.emotion === 1 ? 2 : 1 } });
    writeJourneyToYDoc(ydoc, next, { previous: start });
    const update = Y.encodeStateAsUpdate(ydoc, before);
    expect(update.byteLength).toBeLessThan(80);
    expect(Y.encodeStateAsUpdate(ydoc).byteLength).toBeGreaterThan(update.byteLength * 3);
  });
});

describe('concurrent edits on two replicas', () => {
  const base: JourneyDocument = {
    format: 'journey-canvas',
    version: 2,
    id: 'j',
    title: 'Checkout',
    stages: [
      { id: 's1', name: 'Find' },
      { id: 's2', name: 'Buy' },
    ],
    touchpoints: [
      { id: 't1', stageId: 's1', title: 'Ad', emotion: 1, painPoints: ['slow'] },
      { id: 't2', stageId: 's1', title: 'Site', emotion: 0 },
      { id: 't3', stageId: 's2', title: 'Cart', emotion: -1 },
    ],
  };

  function edit(ydoc: Y.Doc, change: JourneyChange): void {
    const doc = yDocToJourney(ydoc);
    writeJourneyToYDoc(ydoc, applyOperation(doc, change), { previous: doc });
  }

  /** A move to a position that exists (the index is clamped to the target stage's size). */
  function move(ydoc: Y.Doc, id: string, stageId: string, index: number): void {
    const doc = yDocToJourney(ydoc);
    const others = doc.touchpoints.filter((t) => t.stageId === stageId && t.id !== id).length;
    edit(ydoc, { operation: 'moveTouchpoint', args: { id, stageId, index: Math.min(index, others) } });
  }

  it('different fields of the same touchpoint and different touchpoints both survive', () => {
    const a = journeyToYDoc(base);
    const b = replicaOf(a);
    edit(a, { operation: 'setEmotion', args: { id: 't1', emotion: 4 } });
    edit(a, { operation: 'updateTouchpoint', args: { id: 't1', changes: { painPoints: ['slow', 'ugly'] } } });
    edit(b, { operation: 'updateTouchpoint', args: { id: 't1', changes: { title: 'Banner ad', painPoints: ['very slow'] } } });
    edit(b, { operation: 'setEmotion', args: { id: 't3', emotion: -4 } });
    exchange(a, b);
    const merged = yDocToJourney(a);
    expect(yDocToJourney(b)).toEqual(merged);
    expect(parseJourney(merged).ok).toBe(true);
    const t1 = merged.touchpoints.find((t) => t.id === 't1');
    expect(t1?.emotion).toBe(4);
    expect(t1?.title).toBe('Banner ad');
    // Both list edits kept: one replaced the first item, the other appended one.
    expect([...(t1?.painPoints ?? [])].sort()).toEqual(['ugly', 'very slow']);
    expect(merged.touchpoints.find((t) => t.id === 't3')?.emotion).toBe(-4);
  });

  it('moves of the same and of different touchpoints never duplicate or lose one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('t1', 't2', 't3'), fc.constantFrom('s1', 's2'), fc.nat(3)), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.constantFrom('t1', 't2', 't3'), fc.constantFrom('s1', 's2'), fc.nat(3)), { minLength: 1, maxLength: 4 }),
        (movesA, movesB) => {
          const a = journeyToYDoc(base);
          const b = replicaOf(a);
          for (const [id, stageId, index] of movesA) move(a, id, stageId, index);
          for (const [id, stageId, index] of movesB) move(b, id, stageId, index);
          exchange(a, b);
          const merged = yDocToJourney(a);
          expect(yDocToJourney(b)).toEqual(merged);
          expect(merged.touchpoints.map((t) => t.id).sort()).toEqual(['t1', 't2', 't3']);
          expect(parseJourney(merged).ok).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('touchpoints added at the same place on both replicas are all kept, in one agreed order', () => {
    const a = journeyToYDoc(base);
    const b = replicaOf(a);
    edit(a, { operation: 'addTouchpoint', args: { stageId: 's1', index: 1, touchpoint: { id: 'ta', title: 'A' } } });
    edit(b, { operation: 'addTouchpoint', args: { stageId: 's1', index: 1, touchpoint: { id: 'tb', title: 'B' } } });
    exchange(a, b);
    // A third insert between the two concurrent ones still finds room.
    const merged = yDocToJourney(a);
    const between = merged.touchpoints.filter((t) => t.stageId === 's1').findIndex((t) => t.id === 'tb' || t.id === 'ta');
    edit(a, { operation: 'addTouchpoint', args: { stageId: 's1', index: between + 1, touchpoint: { id: 'tc', title: 'C' } } });
    exchange(a, b);
    const final = yDocToJourney(b);
    expect(final).toEqual(yDocToJourney(a));
    expect(final.touchpoints.filter((t) => t.stageId === 's1').map((t) => t.id)).toHaveLength(5);
    expect(final.touchpoints.filter((t) => t.stageId === 's1')[between + 1]?.id).toBe('tc');
  });
});
