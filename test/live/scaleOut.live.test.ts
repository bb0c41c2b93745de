/**
 * Issue 14, with real servers and no mocks: workshop servers as processes sharing a real Redis and
 * a real PostgreSQL (global-setup.ts), Node clients on HocuspocusProvider over WebSockets.
 *
 * - Clients spread over three servers edit one room and converge to one valid journey; presence
 *   crosses servers; PostgreSQL holds the same journey.
 * - kill -9 of one server mid-session: its clients reconnect to the others, and every edit any
 *   client saw acknowledged (even a client that vanished with the server) ends up on every client
 *   and in PostgreSQL.
 * - Restart everything: rooms come back from PostgreSQL, compacted.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyOperation, parseJourney, serializeJourney } from 'journey-canvas/model';
import type { JourneyChange, JourneyDocument } from 'journey-canvas/model';
import { bindJourneyStore, writeJourneyToYDoc, yDocToJourney } from 'journey-canvas/collab';
import fc from 'fast-check';
import { createJourneyStore } from '../../src/store';
import type { JourneyStore } from '../../src/store';
import { changeFor } from '../model/fixtures';
import { SHARED_TOKEN, connect, converged, sleep, startCluster, storedJourney, until } from './cluster';
import type { LiveClient, ServerProcess } from './cluster';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Three servers for the file (starting one takes seconds); the kill -9 test kills the first. */
let servers: ServerProcess[] = [];
const everyServer: ServerProcess[] = [];
beforeAll(async () => {
  servers = await startCluster(['s1', 's2', 's3']);
  everyServer.push(...servers);
});
afterAll(async () => {
  await Promise.all(everyServer.map((s) => s.kill9()));
});

function client(...args: Parameters<typeof connect>): LiveClient {
  const c = connect(...args);
  cleanups.push(() => c.destroy());
  return c;
}

function editorOn(c: LiveClient): JourneyStore {
  const store = createJourneyStore({ document: yDocToJourney(c.ydoc) });
  const binding = bindJourneyStore(store, c.ydoc, { seed: false });
  cleanups.push(() => binding.destroy());
  return store;
}

function presentNames(c: LiveClient): Set<string> {
  return new Set([...c.provider.awareness!.getStates().values()].map((state) => (state.user as { name?: string } | undefined)?.name).filter((n): n is string => !!n));
}

/** All of a client's sent updates acknowledged (the provider counts them). */
const allAcknowledged = (c: LiveClient) => c.provider.unsyncedChanges === 0;

/** Adds a touchpoint with a known id straight to a client's Y.Doc, as an editor would. */
function addTouchpoint(c: LiveClient, id: string): void {
  const before = yDocToJourney(c.ydoc);
  const stage = before.stages[id.length % before.stages.length] as JourneyDocument['stages'][number];
  const after = applyOperation(before, { operation: 'addTouchpoint', args: { stageId: stage.id, touchpoint: { id, title: id, emotion: 0 } } });
  writeJourneyToYDoc(c.ydoc, after, { previous: before });
}

const ids = (serialized: string) => (JSON.parse(serialized) as JourneyDocument).touchpoints.map((t) => t.id);

describe('scale-out: several servers on Redis, rooms in PostgreSQL', () => {
  it('clients spread over three servers converge to the same valid journey, see each other, and PostgreSQL holds it', async () => {
    const urls = servers.map((s) => s.url);
    const clients = Array.from({ length: 9 }, (_, i) => client(urls, 'spread', SHARED_TOKEN, { start: i % 3, name: `p${i}` }));
    await Promise.all(clients.map((c) => c.synced));
    expect(new Set(clients.map((c) => c.server()))).toEqual(new Set(urls));

    // Presence crosses servers: everyone sees all nine names.
    await until(() => clients.every((c) => presentNames(c).size === 9), 'every client to see all nine participants');

    const stores = clients.map(editorOn);
    let applied = 0;
    await Promise.all(
      stores.map(async (store, i) => {
        for (let k = 0; k < 12; k++) {
          const doc = store.getState().document;
          const [change] = fc.sample(changeFor(doc).filter((c) => c.operation !== 'removeStage'), { numRuns: 1, seed: 14_000 + i * 100 + k });
          if (store.getState().apply(change as JourneyChange).ok) applied++;
          await sleep(k % 3 === 0 ? 10 : 0);
        }
      }),
    );
    expect(applied).toBeGreaterThan(9 * 12 * 0.3);
    const final = await converged(clients.map((c) => c.ydoc));
    expect(parseJourney(final).ok).toBe(true);
    for (const store of stores) await until(() => serializeJourney(store.getState().document) === final, 'every editor to show the converged journey');

    // Every update was acknowledged after it was stored: PostgreSQL holds exactly this journey.
    await until(() => clients.every(allAcknowledged), 'every edit to be acknowledged');
    await until(async () => serializeJourney((await storedJourney('spread')).journey) === final, 'PostgreSQL to hold the converged journey');
  });

  it('kill -9 of one server: its clients reconnect to the others, and every acknowledged edit is on every client and in PostgreSQL', async () => {
    const urls = servers.map((s) => s.url);
    const victim = servers[0] as ServerProcess;
    const room = 'failover';
    const clients = Array.from({ length: 6 }, (_, i) => client(urls, room, SHARED_TOKEN, { start: i % 3 }));
    // A client that knows only the victim and disappears with it: what it saw acknowledged must
    // survive without it, through PostgreSQL.
    const writer = client([victim.url], room, SHARED_TOKEN);
    await Promise.all([...clients, writer].map((c) => c.synced));

    const made = new Map<LiveClient, string[]>();
    const acknowledged = new Map<LiveClient, number>();
    for (const c of [...clients, writer]) {
      made.set(c, []);
      acknowledged.set(c, 0);
      c.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
        if (number === 0) acknowledged.set(c, made.get(c)!.length);
      });
    }
    let editing = true;
    let writerGone = false;
    // Bursts of three edits, then a pause until they are acknowledged (bounded: under load, or
    // with the server gone, the next burst starts anyway).
    const loops = [...clients, writer].map(async (c, i) => {
      for (let n = 0; editing && !(c === writer && writerGone); n++) {
        const id = `c${i}-e${n}`;
        addTouchpoint(c, id);
        made.get(c)!.push(id);
        if (n % 3 === 2) await until(() => allAcknowledged(c) || !editing || (c === writer && writerGone), 'a burst to be acknowledged', 3000).catch(() => undefined);
        else await sleep(10);
      }
    });
    await until(() => acknowledged.get(writer)! >= 3, 'the writer to see edits acknowledged');
    await sleep(500);
    // The writer's last acknowledged edits, then it and its server are gone at once.
    const writerAcknowledged = made.get(writer)!.slice(0, acknowledged.get(writer));
    writerGone = true;
    writer.provider.destroy();
    await victim.kill9();
    await sleep(1500); // the others keep editing while the victim's clients move
    editing = false;
    await Promise.all(loops);

    const survivors = clients;
    // Reconnecting backs off and retries: give the victim's clients the time it takes to move.
    await until(() => survivors.every((c) => c.server() !== victim.url), "the victim's clients to reconnect elsewhere", 20_000).catch(() => undefined);
    for (const c of survivors) expect(c.server()).not.toBe(victim.url);
    // The end state: every survivor acknowledged, all of them and PostgreSQL on one journey. The
    // survivors' catch-up can still bring edits the victim stored but never acknowledged after
    // the survivors first agree, so the state is compared again until PostgreSQL matches it.
    let final = '';
    await until(async () => {
      if (!survivors.every(allAcknowledged)) return false;
      final = await converged(survivors.map((c) => c.ydoc), 5_000).catch(() => '');
      return final !== '' && serializeJourney((await storedJourney(room)).journey) === final;
    }, 'every survivor and PostgreSQL to hold one journey', 45_000);
    expect(parseJourney(final).ok).toBe(true);
    const present = new Set(ids(final));
    expect(writerAcknowledged.length).toBeGreaterThan(0);
    for (const id of writerAcknowledged) expect(present, `writer's acknowledged ${id}`).toContain(id);
    for (const c of survivors) {
      const theirs = made.get(c)!.slice(0, acknowledged.get(c));
      expect(theirs.length).toBeGreaterThan(0);
      for (const id of theirs) expect(present).toContain(id);
    }
  });

  it('restart everything: rooms come back from PostgreSQL, compacted', async () => {
    const first = servers.slice(1); // the two the previous test left alive
    const urls = first.map((s) => s.url);
    const clients = Array.from({ length: 3 }, (_, i) => client(urls, 'restart', SHARED_TOKEN, { start: i }));
    await Promise.all(clients.map((c) => c.synced));
    for (let n = 0; n < 30; n++) addTouchpoint(clients[n % 3] as LiveClient, `r${n}`);
    const final = await converged(clients.map((c) => c.ydoc));
    await until(() => clients.every(allAcknowledged), 'every edit to be acknowledged');
    clients.forEach((c) => c.destroy());
    // The room empties on every server; one of them compacts it: one snapshot, no update rows.
    await until(async () => {
      const stored = await storedJourney('restart');
      return stored.hasSnapshot && stored.updateRows === 0;
    }, 'the room to be compacted');
    // One server stops gracefully, the others are killed: nothing depends on a clean shutdown.
    await first[0]!.stop();
    await Promise.all(first.slice(1).map((s) => s.kill9()));

    const second = await startCluster(['s4', 's5', 's6']);
    everyServer.push(...second);
    const newcomers = second.map((s) => client([s.url], 'restart', SHARED_TOKEN));
    await Promise.all(newcomers.map((c) => c.synced));
    for (const c of newcomers) expect(serializeJourney(yDocToJourney(c.ydoc))).toBe(final);
    expect(ids(final)).toHaveLength(30);
  });
});
