/**
 * Ratings in a live room, on real server processes (two, sharing Redis and PostgreSQL): twelve
 * people rating the same touchpoint at the same moment end with twelve ratings and the same mean
 * on every client and in the server's stored copy; only a facilitator's round-state writes get in.
 */
import { describe, expect, it } from 'vitest';
import { applyOperation } from 'journey-canvas/model';
import { joinAsParticipant, journeyYTypes, rateTouchpoint, readRatingRound, startRatingRound, writeJourneyToYDoc, yDocToJourney } from 'journey-canvas/collab';
import { liveCluster, sleep, storedJourney, token, until } from './cluster';
import type { LiveClient, ServerProcess } from './cluster';

const { servers, client } = liveCluster(['ratings-1', 'ratings-2']);

/** Adds a touchpoint to the room's first stage through `c` and waits until it is acknowledged. */
async function addTouchpoint(c: LiveClient, id: string, title: string): Promise<void> {
  const before = yDocToJourney(c.ydoc);
  const stageId = before.stages[0]!.id;
  writeJourneyToYDoc(c.ydoc, applyOperation(before, { operation: 'addTouchpoint', args: { stageId, touchpoint: { id, title, emotion: 0 } } }), { previous: before });
  await until(() => c.provider.unsyncedChanges === 0, 'the touchpoint to be acknowledged');
}

describe('twelve people rating at once', () => {
  it('converge to twelve ratings and the same mean on every client and in the stored copy', async () => {
    const room = 'ratings-twelve';
    const urls = servers.map((s) => s.url);
    const facilitator = client(urls, room, await token(room, 'facilitator'), { name: 'Fay' });
    await facilitator.synced;
    await addTouchpoint(facilitator, 't-install', 'Installation fails');

    // Twelve devices, spread over both servers, each joining under its own name.
    const people = await Promise.all(
      Array.from({ length: 12 }, async (_, i) => client(urls, room, await token(room, 'participant'), { start: i % 2, name: `Person ${i}` })),
    );
    await Promise.all(people.map((p) => p.synced));
    await until(() => people.every((p) => journeyYTypes(p.ydoc).touchpoints.has('t-install')), 'every device to have the touchpoint');
    people.forEach((p, i) => joinAsParticipant(p.ydoc, { id: `p${i}`, name: `Person ${i}` }));
    await until(() => people.every((p) => (yDocToJourney(p.ydoc).participants ?? []).length === 12), 'every device to see twelve participants');

    // Everyone rates the same touchpoint in the same tick: no device has heard any other's rating.
    const scores = [-5, -4, -4, -3, -1, 0, 0, 2, 3, 4, 5, 5];
    people.forEach((p, i) => rateTouchpoint(p.ydoc, { touchpointId: 't-install', by: `p${i}`, emotion: scores[i] as number }));
    const mean = Math.round((scores.reduce((s, x) => s + x, 0) / 12) * 100) / 100;

    const everyone = [facilitator, ...people];
    const ratingsOf = (c: LiveClient) => yDocToJourney(c.ydoc).touchpoints.find((t) => t.id === 't-install');
    await until(() => everyone.every((c) => ratingsOf(c)?.ratings?.length === 12), 'twelve ratings on every client');
    for (const c of everyone) {
      const touchpoint = ratingsOf(c);
      expect(touchpoint?.emotion).toBe(mean);
      // In the participants' order (the same on every client), each with the score its device gave.
      const order = (yDocToJourney(c.ydoc).participants ?? []).map((p) => p.id);
      expect(touchpoint?.ratings?.map((r) => r.by)).toEqual(order);
      expect(Object.fromEntries(touchpoint?.ratings?.map((r) => [r.by, r.emotion]) ?? [])).toEqual(Object.fromEntries(scores.map((s, i) => [`p${i}`, s])));
    }
    await until(() => everyone.every((c) => c.provider.unsyncedChanges === 0), 'every rating to be acknowledged');
    const stored = await storedJourney(room);
    const storedTouchpoint = stored.journey.touchpoints.find((t) => t.id === 't-install');
    expect(storedTouchpoint?.ratings).toHaveLength(12);
    expect(storedTouchpoint?.emotion).toBe(mean);
  });
});

describe('who may run a round and who may rate', () => {
  it("a participant's or a viewer's round-state write is refused before it reaches anyone; a viewer's rating too; the facilitator's round starts", async () => {
    const room = 'ratings-roles';
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const facilitator = client([a.url], room, await token(room, 'facilitator'), { name: 'Fay' });
    await facilitator.synced;
    await addTouchpoint(facilitator, 't1', 'Pays');
    const participant = client([b.url], room, await token(room, 'participant'), { name: 'Ana' });
    const viewer = client([a.url], room, await token(room, 'viewer'), { name: 'Observer' });
    await Promise.all([participant.synced, viewer.synced]);
    await until(() => journeyYTypes(participant.ydoc).touchpoints.has('t1') && journeyYTypes(viewer.ydoc).touchpoints.has('t1'), 'both to read the touchpoint');
    joinAsParticipant(participant.ydoc, { id: 'p-ana', name: 'Ana' });

    // A modified participant client starts a round itself: the server closes its socket instead.
    startRatingRound(participant.ydoc, { startedBy: 'p-ana' });
    // A viewer (read-only) rates under the participant's id: never applied.
    joinAsParticipant(viewer.ydoc, { id: 'p-obs', name: 'Observer' });
    await sleep(1500);
    const late = client([a.url], room, await token(room, 'facilitator'));
    await late.synced;
    await until(() => (yDocToJourney(late.ydoc).participants ?? []).some((p) => p.id === 'p-ana'), 'the participant’s join (an allowed write) to arrive');
    for (const c of [facilitator, late]) {
      expect(readRatingRound(c.ydoc)).toBeNull();
      expect((yDocToJourney(c.ydoc).participants ?? []).map((p) => p.id)).not.toContain('p-obs');
    }
    expect((await storedJourney(room)).journey.participants?.map((p) => p.id)).toEqual(['p-ana']);

    // The facilitator's round gets in and reaches everyone.
    startRatingRound(facilitator.ydoc, { startedBy: 'fay' });
    await until(() => readRatingRound(late.ydoc)?.status === 'open', 'the facilitator’s round to reach another client');
  });
});
