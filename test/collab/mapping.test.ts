/**
 * The journey on Yjs types: lossless both ways, minimal writes, and concurrent edits on two
 * replicas merging field by field without duplicates or losses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { JourneyOperationError, applyOperation, parseJourney } from 'journey-canvas/model';
import type { JourneyChange, JourneyDocument } from 'journey-canvas/model';
import { journeyToYDoc, journeyYTypes, ratingKey, writeJourneyToYDoc, yDocToJourney } from 'journey-canvas/collab';
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

describe('participants, ratings and evidence (format 2) on Yjs', () => {
  const rated: JourneyDocument = {
    format: 'journey-canvas',
    version: 2,
    id: 'j-rated',
    title: 'Rated',
    participants: [
      { id: 'p-ana', name: 'Ana' },
      { id: 'p-ben', name: 'Ben', role: 'support', shoeSize: 44 },
    ],
    stages: [{ id: 's1', name: 'Install' }],
    touchpoints: [
      {
        id: 't1',
        stageId: 's1',
        title: 'Installation fails',
        emotion: -1.5,
        ratings: [
          { by: 'p-ana', emotion: -4, note: 'twice', mood: 'grim' },
          { by: 'p-ben', emotion: 1 },
        ],
        evidence: [
          { kind: 'quote', text: 'I gave up', source: 'Interview 3' },
          { kind: 'link', text: 'Ticket', url: 'https://example.com/t/1', extra: [1, { deep: true }] },
        ],
      },
      { id: 't2', stageId: 's1', title: 'Runs', emotion: 2 },
    ],
  } as JourneyDocument;

  function edit(ydoc: Y.Doc, change: JourneyChange): void {
    const doc = yDocToJourney(ydoc);
    writeJourneyToYDoc(ydoc, applyOperation(doc, change), { previous: doc });
  }

  it('round-trips participants (order, unknown properties), ratings (keyed by participant, notes and unknown properties) and evidence through the wire format', () => {
    const ydoc = journeyToYDoc(rated);
    expect(yDocToJourney(replicaOf(ydoc))).toEqual(rated);
    expect(parseJourney(yDocToJourney(ydoc)).ok).toBe(true);
    // Ratings live in their own map, keyed by touchpoint and participant, not in the touchpoint.
    const types = journeyYTypes(ydoc);
    expect([...types.ratings.keys()].sort()).toEqual([ratingKey('t1', 'p-ana'), ratingKey('t1', 'p-ben')].sort());
    expect((types.touchpoints.get('t1') as Y.Map<unknown>).has('ratings')).toBe(false);
    expect((types.touchpoints.get('t1') as Y.Map<unknown>).get('evidence')).toBeInstanceOf(Y.Array);
  });

  it('twelve replicas rating the same touchpoint at the same moment keep twelve ratings, and every replica reads the same mean as its emotion', () => {
    const start = journeyToYDoc({
      ...rated,
      participants: Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, name: `Person ${i}` })),
      touchpoints: [{ id: 't1', stageId: 's1', title: 'Installation fails', emotion: 0 }],
    } as JourneyDocument);
    const replicas = Array.from({ length: 12 }, () => replicaOf(start));
    const scores = [-5, -4, -4, -3, -1, 0, 0, 2, 3, 4, 5, 5];
    // Each replica rates through the model's operation, as an editor would, before hearing any other.
    replicas.forEach((replica, i) => edit(replica, { operation: 'setRating', args: { touchpointId: 't1', by: `p${i}`, emotion: scores[i] as number } }));
    for (const a of replicas) for (const b of replicas) if (a !== b) Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const expectedMean = Math.round((scores.reduce((sum, s) => sum + s, 0) / 12) * 100) / 100;
    for (const replica of replicas) {
      const touchpoint = yDocToJourney(replica).touchpoints[0];
      expect(touchpoint?.ratings).toHaveLength(12);
      // In participants order, whoever wrote first.
      expect(touchpoint?.ratings?.map((r) => r.by)).toEqual(Array.from({ length: 12 }, (_, i) => `p${i}`));
      expect(touchpoint?.emotion).toBe(expectedMean);
      expect(parseJourney(yDocToJourney(replica))).toMatchObject({ ok: true, warnings: [] });
    }
  });

  it("a rated touchpoint's emotion is read from its ratings, whatever emotion field a writer left", () => {
    const ydoc = journeyToYDoc(rated);
    (journeyYTypes(ydoc).touchpoints.get('t1') as Y.Map<unknown>).set('emotion', 5);
    expect(yDocToJourney(ydoc).touchpoints[0]?.emotion).toBe(-1.5);
  });

  it('participants joining at once are all kept; one removed on one replica while rated on another leaves no rating behind', () => {
    const a = journeyToYDoc(rated);
    const b = replicaOf(a);
    edit(a, { operation: 'addParticipant', args: { participant: { id: 'p-cai', name: 'Cai' } } });
    edit(b, { operation: 'addParticipant', args: { participant: { id: 'p-dee', name: 'Dee' } } });
    exchange(a, b);
    expect(yDocToJourney(a).participants?.map((p) => p.id).sort()).toEqual(['p-ana', 'p-ben', 'p-cai', 'p-dee']);
    expect(yDocToJourney(b)).toEqual(yDocToJourney(a));
    edit(a, { operation: 'removeParticipant', args: { id: 'p-ben' } });
    edit(b, { operation: 'setRating', args: { touchpointId: 't2', by: 'p-ben', emotion: 3 } });
    exchange(a, b);
    const merged = yDocToJourney(a);
    expect(yDocToJourney(b)).toEqual(merged);
    expect(merged.touchpoints.flatMap((t) => t.ratings ?? []).some((r) => r.by === 'p-ben')).toBe(false);
    expect(parseJourney(merged).ok).toBe(true);
  });

  it('evidence added on two replicas at once is all kept; a removal takes out only that item', () => {
    const a = journeyToYDoc(rated);
    const b = replicaOf(a);
    edit(a, { operation: 'addEvidence', args: { touchpointId: 't1', evidence: { kind: 'observation', text: 'Clicked retry 4 times' } } });
    edit(b, { operation: 'addEvidence', args: { touchpointId: 't1', evidence: { kind: 'data', text: '38% fail' } } });
    edit(b, { operation: 'removeEvidence', args: { touchpointId: 't1', index: 0 } });
    exchange(a, b);
    const texts = yDocToJourney(a).touchpoints[0]?.evidence?.map((e) => e.text);
    expect(texts).toHaveLength(3);
    expect(texts).toEqual(expect.arrayContaining(['Ticket', 'Clicked retry 4 times', '38% fail']));
    expect(yDocToJourney(b)).toEqual(yDocToJourney(a));
  });

  it('writing any sequence of participant, rating and evidence operations makes the Y.Doc hold exactly that document (ratings in participants order)', () => {
    const people = ['p-ana', 'p-ben', 'p-cai', 'nobody'];
    const touchpointIds = ['t1', 't2', 'gone'];
    const change: fc.Arbitrary<JourneyChange> = fc.oneof(
      fc.constantFrom(...people).map((id) => ({ operation: 'addParticipant' as const, args: { participant: { id, name: id.slice(2) } } })),
      fc.constantFrom(...people).map((id) => ({ operation: 'removeParticipant' as const, args: { id } })),
      fc.record({ id: fc.constantFrom(...people), changes: fc.record({ name: fc.string({ maxLength: 4 }) }) }).map((args) => ({ operation: 'updateParticipant' as const, args })),
      fc.record({ touchpointId: fc.constantFrom(...touchpointIds), by: fc.constantFrom(...people), emotion: fc.integer({ min: -5, max: 5 }) }).map((args) => ({ operation: 'setRating' as const, args })),
      fc.record({ touchpointId: fc.constantFrom(...touchpointIds), by: fc.constantFrom(...people) }).map((args) => ({ operation: 'removeRating' as const, args })),
      fc.record({ touchpointId: fc.constantFrom(...touchpointIds), text: fc.string({ maxLength: 4 }) }).map(({ touchpointId, text }) => ({ operation: 'addEvidence' as const, args: { touchpointId, evidence: { kind: 'quote' as const, text } } })),
      fc.record({ touchpointId: fc.constantFrom(...touchpointIds), index: fc.nat(2) }).map((args) => ({ operation: 'removeEvidence' as const, args })),
      fc.constantFrom(...touchpointIds).map((id) => ({ operation: 'removeTouchpoint' as const, args: { id } })),
    );
    /**
     * The shared document keeps no order of ratings of its own: they read back in the
     * participants' order, the same on every replica (twelve written at once have no other
     * order to agree on), where the model appends a new rating at the end.
     */
    const inParticipantsOrder = (doc: JourneyDocument): JourneyDocument => {
      const rank = new Map((doc.participants ?? []).map((p, i) => [p.id, i]));
      return { ...doc, touchpoints: doc.touchpoints.map((t) => (t.ratings ? { ...t, ratings: [...t.ratings].sort((a, b) => (rank.get(a.by) ?? 0) - (rank.get(b.by) ?? 0)) } : t)) };
    };
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 12 }), fc.boolean(), (changes, withPrevious) => {
        const ydoc = journeyToYDoc(rated);
        let doc = yDocToJourney(ydoc);
        for (const next of changes) {
          const after = tryApply(doc, next);
          writeJourneyToYDoc(ydoc, after, { previous: withPrevious ? doc : undefined });
          doc = after;
          expect(yDocToJourney(ydoc)).toEqual(inParticipantsOrder(doc));
        }
        expect(yDocToJourney(replicaOf(ydoc))).toEqual(inParticipantsOrder(doc));
        expect(parseJourney(yDocToJourney(ydoc))).toMatchObject({ ok: true, warnings: [] });
      }),
      { numRuns: 150 },
    );
  });

  it('a rating change is a small update', () => {
    const ydoc = journeyToYDoc(rated);
    const before = Y.encodeStateVector(ydoc);
    edit(ydoc, { operation: 'setRating', args: { touchpointId: 't1', by: 'p-ben', emotion: 2 } });
    expect(Y.encodeStateAsUpdate(ydoc, before).byteLength).toBeLessThan(120);
  });
});
