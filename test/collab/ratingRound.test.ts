/**
 * Rating rounds on the shared document (journey-canvas/collab): joining as a participant, rating
 * hidden while the round is open (others see a count, never a value), the facilitator's reveal
 * writing every rating into the journey at once, and what several replicas doing it at the same
 * time agree on.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseJourney } from 'journey-canvas/model';
import type { JourneyDocument } from 'journey-canvas/model';
import {
  endRatingRound,
  joinAsParticipant,
  journeyToYDoc,
  journeyYTypes,
  rateTouchpoint,
  readRatingRound,
  readRatingRoundState,
  readRoundRatings,
  revealRatingRound,
  startRatingRound,
  yDocToJourney,
} from 'journey-canvas/collab';

const journey: JourneyDocument = {
  format: 'journey-canvas',
  version: 2,
  id: 'j-round',
  title: 'Round',
  stages: [
    { id: 's1', name: 'Find' },
    { id: 's2', name: 'Install' },
  ],
  touchpoints: [
    { id: 't1', stageId: 's1', title: 'Sees an ad', emotion: 1 },
    { id: 't2', stageId: 's2', title: 'Installation fails', emotion: -2 },
    { id: 't3', stageId: 's2', title: 'Runs', emotion: 3 },
  ],
} as JourneyDocument;

function replicaOf(ydoc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc));
  return copy;
}

/** Every replica hears every other one. */
function syncAll(docs: Y.Doc[]): void {
  for (const a of docs) for (const b of docs) if (a !== b) Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
}

describe('joining as a participant', () => {
  it('twelve people joining at once are all participants, in one agreed order; joining again renames, never duplicates', () => {
    const origin = journeyToYDoc(journey);
    const devices = Array.from({ length: 12 }, () => replicaOf(origin));
    devices.forEach((doc, i) => joinAsParticipant(doc, { id: `p${i}`, name: `Person ${i}` }));
    syncAll(devices);
    const lists = devices.map((doc) => yDocToJourney(doc).participants?.map((p) => p.id));
    expect(lists[0]).toHaveLength(12);
    expect(new Set(lists[0])).toEqual(new Set(Array.from({ length: 12 }, (_, i) => `p${i}`)));
    for (const list of lists) expect(list).toEqual(lists[0]);
    joinAsParticipant(devices[3]!, { id: 'p3', name: '  Renamed  ' });
    const after = yDocToJourney(devices[3]!).participants ?? [];
    expect(after).toHaveLength(12);
    expect(after.find((p) => p.id === 'p3')?.name).toBe('Renamed');
    expect(() => joinAsParticipant(devices[0]!, { id: 'p0', name: '   ' })).toThrow(/name/);
  });
});

describe('a rating round', () => {
  function room(people: number) {
    const origin = journeyToYDoc(journey);
    const facilitator = replicaOf(origin);
    joinAsParticipant(facilitator, { id: 'fay', name: 'Fay' });
    const devices = Array.from({ length: people }, (_, i) => {
      const doc = replicaOf(origin);
      joinAsParticipant(doc, { id: `p${i}`, name: `Person ${i}` });
      return doc;
    });
    const all = [facilitator, ...devices];
    syncAll(all);
    return { facilitator, devices, all };
  }

  it('hides values while open: each device sees its own rating and how many rated, the journey is untouched until the reveal', () => {
    const { facilitator, devices, all } = room(3);
    startRatingRound(facilitator, { scope: { kind: 'stage', stageId: 's2' }, startedBy: 'fay' });
    syncAll(all);
    expect(readRatingRound(devices[0]!)).toMatchObject({ status: 'open', scope: { kind: 'stage', stageId: 's2' }, startedBy: 'fay' });
    expect(rateTouchpoint(devices[0]!, { touchpointId: 't2', by: 'p0', emotion: -4 })).toBe('round');
    expect(rateTouchpoint(devices[1]!, { touchpointId: 't2', by: 'p1', emotion: 2 })).toBe('round');
    // Outside the round's stage, a rating goes straight into the journey.
    expect(rateTouchpoint(devices[2]!, { touchpointId: 't1', by: 'p2', emotion: 4 })).toBe('journey');
    syncAll(all);
    const seenByFacilitator = readRoundRatings(facilitator, 'fay');
    expect(seenByFacilitator.counts.t2).toEqual({ rated: 2, of: 4 });
    expect(seenByFacilitator.myRatings.t2).toBeUndefined();
    expect(readRoundRatings(devices[0]!, 'p0').myRatings.t2).toBe(-4);
    expect(readRoundRatings(devices[1]!, 'p1').myRatings.t2).toBe(2);
    const hidden = yDocToJourney(facilitator).touchpoints.find((t) => t.id === 't2');
    expect(hidden?.ratings).toBeUndefined();
    expect(hidden?.emotion).toBe(-2);
    // The round state lists only the round's stage.
    expect(readRatingRoundState(devices[0]!, 'p0').state.touchpoints.map((t) => t.id)).toEqual(['t2', 't3']);
  });

  it('the reveal writes every round rating into the journey in one transaction; everyone sees the same mean; a second reveal at the same moment changes nothing', () => {
    const { facilitator, devices, all } = room(12);
    startRatingRound(facilitator, { startedBy: 'fay' });
    syncAll(all);
    const scores = [-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5, 5];
    devices.forEach((doc, i) => rateTouchpoint(doc, { touchpointId: 't2', by: `p${i}`, emotion: scores[i] as number }));
    syncAll(all);
    let transactions = 0;
    facilitator.on('afterTransaction', () => transactions++);
    const otherFacilitator = replicaOf(facilitator);
    expect(revealRatingRound(facilitator)).toBe(12);
    expect(transactions).toBe(1);
    expect(revealRatingRound(otherFacilitator)).toBe(12);
    syncAll([...all, otherFacilitator]);
    const mean = Math.round((scores.reduce((s, x) => s + x, 0) / 12) * 100) / 100;
    for (const doc of [...all, otherFacilitator]) {
      const t2 = yDocToJourney(doc).touchpoints.find((t) => t.id === 't2');
      expect(t2?.ratings).toHaveLength(12);
      expect(t2?.emotion).toBe(mean);
      expect(readRatingRound(doc)?.status).toBe('revealed');
      expect(parseJourney(yDocToJourney(doc))).toMatchObject({ ok: true, warnings: [] });
    }
    const stats = readRatingRoundState(devices[0]!, 'p0').state.touchpoints.find((t) => t.id === 't2')?.stats;
    expect(stats).toMatchObject({ n: 12, mean, min: -5, max: 5 });
  });

  it('a new round starts clean and a rating given to the old one does not leak into it; ending keeps revealed ratings', () => {
    const { facilitator, devices, all } = room(2);
    startRatingRound(facilitator);
    syncAll(all);
    rateTouchpoint(devices[0]!, { touchpointId: 't1', by: 'p0', emotion: 5 });
    syncAll(all);
    revealRatingRound(facilitator);
    syncAll(all);
    // p1 rates the old round while the facilitator starts a new one: different round ids.
    const late = devices[1]!;
    const round = readRatingRound(late)!;
    startRatingRound(facilitator);
    late.getMap('roundRatings').set(JSON.stringify([round.id, 't1', 'p1']), new Y.Map([['emotion', -5]]));
    syncAll(all);
    expect(readRoundRatings(facilitator).counts.t1).toBeUndefined();
    endRatingRound(facilitator);
    syncAll(all);
    expect(readRatingRound(late)).toBeNull();
    expect(late.getMap('roundRatings').size).toBe(0);
    expect(yDocToJourney(late).touchpoints.find((t) => t.id === 't1')?.ratings).toEqual([{ by: 'p0', emotion: 5 }]);
  });

  it('refuses what is not a rating: out of range, an unknown touchpoint, someone who has not joined; a malformed round state reads as no round', () => {
    const { facilitator } = room(1);
    expect(() => rateTouchpoint(facilitator, { touchpointId: 't1', by: 'fay', emotion: 6 })).toThrow(/-5 to 5/);
    expect(() => rateTouchpoint(facilitator, { touchpointId: 'nope', by: 'fay', emotion: 1 })).toThrow(/no touchpoint "nope"/);
    expect(() => rateTouchpoint(facilitator, { touchpointId: 't1', by: 'stranger', emotion: 1 })).toThrow(/has not joined/);
    expect(() => startRatingRound(facilitator, { scope: { kind: 'stage', stageId: 'nope' } })).toThrow(/no stage/);
    const map = facilitator.getMap('ratingRound');
    map.set('id', 42);
    map.set('status', 'open');
    expect(readRatingRound(facilitator)).toBeNull();
    map.set('id', 'r');
    map.set('scope', { evil: true });
    expect(readRatingRound(facilitator)).toBeNull();
    facilitator.getMap('roundRatings').set('not json', 1n as unknown as number);
    expect(() => readRoundRatings(facilitator, 'fay')).not.toThrow();
    expect(journeyYTypes(facilitator).participants.size).toBe(2);
  });
});

describe('the emotion a touchpoint keeps', () => {
  it('after a reveal, the stored emotion field is the mean, so removing every rating later keeps that mean', () => {
    const ydoc = journeyToYDoc(journey);
    joinAsParticipant(ydoc, { id: 'p0', name: 'Ana' });
    joinAsParticipant(ydoc, { id: 'p1', name: 'Ben' });
    startRatingRound(ydoc);
    rateTouchpoint(ydoc, { touchpointId: 't1', by: 'p0', emotion: 4 });
    rateTouchpoint(ydoc, { touchpointId: 't1', by: 'p1', emotion: -1 });
    revealRatingRound(ydoc);
    expect((journeyYTypes(ydoc).touchpoints.get('t1') as Y.Map<unknown>).get('emotion')).toBe(1.5);
    const types = journeyYTypes(ydoc);
    for (const key of [...types.ratings.keys()]) types.ratings.delete(key);
    const t1 = yDocToJourney(ydoc).touchpoints.find((t) => t.id === 't1');
    expect(t1?.ratings).toBeUndefined();
    expect(t1?.emotion).toBe(1.5);
  });
});
