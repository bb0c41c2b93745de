/**
 * The live-workshop server with real Node clients on 127.0.0.1: random concurrent edits
 * converge, offline edits survive a reconnect, a restart loses nothing, a wrong token gets
 * nothing, and an invalid write is replaced by the last valid state.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { parseJourney, serializeJourney } from 'journey-canvas/model';
import type { JourneyChange } from 'journey-canvas/model';
import { bindJourneyStore, journeyYTypes, yDocToJourney } from 'journey-canvas/collab';
import { createJourneyStore } from '../../src/store';
import type { JourneyStore } from '../../src/store';
import { changeFor } from '../model/fixtures';
import { TOKEN, connectClient, converged, sleep, startServer, tempDataDir, until } from './harness';
import type { TestClient } from './harness';
import type { WorkshopServer } from '../../examples/workshop-live/workshopServer';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup() {
  const data = tempDataDir();
  cleanups.push(data.remove);
  const server = await startServer(data.dir);
  let current = server;
  cleanups.push(() => current.stop());
  return {
    data,
    get server() {
      return current;
    },
    set server(next: WorkshopServer) {
      current = next;
    },
  };
}

function client(url: string, room: string, token: string | null = TOKEN): TestClient {
  const c = connectClient(url, room, token);
  cleanups.push(() => c.destroy());
  return c;
}

/** An editor (store + binding) on a client, as the web page has it. */
function editorOn(c: TestClient): JourneyStore {
  const store = createJourneyStore({ document: yDocToJourney(c.ydoc) });
  const binding = bindJourneyStore(store, c.ydoc, { seed: false });
  cleanups.push(() => binding.destroy());
  return store;
}

/** Random named operations; removeStage is left out (a stage removed while a colleague adds to it is a real conflict the server resolves, tested separately). */
function randomChange(store: JourneyStore, seed: number): JourneyChange {
  const doc = store.getState().document;
  const [change] = fc.sample(changeFor(doc).filter((c) => c.operation !== 'removeStage'), { numRuns: 1, seed });
  return change as JourneyChange;
}

async function randomSession(clientCount: number, editsEach: number, seed: number) {
  const env = await setup();
  const clients = Array.from({ length: clientCount }, () => client(env.server.url, 'random'));
  await Promise.all(clients.map((c) => c.synced));
  const stores = clients.map(editorOn);
  let applied = 0;
  await Promise.all(
    stores.map(async (store, i) => {
      for (let k = 0; k < editsEach; k++) {
        if (store.getState().apply(randomChange(store, seed + i * 1000 + k)).ok) applied++;
        await sleep(k % 3 === 0 ? 5 : 0);
      }
    }),
  );
  const final = await converged(clients.map((c) => c.ydoc));
  const parsed = parseJourney(final);
  expect(parsed.ok).toBe(true);
  // Every editor shows the converged journey.
  for (const store of stores) expect(serializeJourney(store.getState().document)).toBe(final);
  expect(applied).toBeGreaterThan(clientCount * editsEach * 0.3);
  return final;
}

describe('workshop-live server with Node clients', () => {
  it('two clients making random concurrent edits converge to the same valid journey', async () => {
    await randomSession(2, 40, 1);
  });

  it('ten clients making random concurrent edits converge to the same valid journey', async () => {
    await randomSession(10, 15, 2);
  });

  it('a client editing offline keeps its edits, and gets the others, when it reconnects', async () => {
    const env = await setup();
    const a = client(env.server.url, 'offline');
    const b = client(env.server.url, 'offline');
    await Promise.all([a.synced, b.synced]);
    const storeA = editorOn(a);
    const storeB = editorOn(b);
    const [first, second] = storeA.getState().document.stages;
    a.provider.disconnect();
    storeA.getState().apply({ operation: 'addTouchpoint', args: { stageId: first!.id, touchpoint: { id: 'offline-a', title: 'Written on the train', emotion: -2 } } });
    storeA.getState().apply({ operation: 'setTitle', args: { title: 'Renamed offline' } });
    storeB.getState().apply({ operation: 'addTouchpoint', args: { stageId: second!.id, touchpoint: { id: 'online-b', title: 'Written in the room', emotion: 3 } } });
    await sleep(100);
    expect(storeB.getState().document.touchpoints.map((t) => t.id)).not.toContain('offline-a');
    await a.provider.connect();
    const final = JSON.parse(await converged([a.ydoc, b.ydoc])) as ReturnType<typeof yDocToJourney>;
    expect(final.touchpoints.map((t) => t.id).sort()).toEqual(['offline-a', 'online-b']);
    expect(final.title).toBe('Renamed offline');
  });

  it('the server restarts mid-session and nothing is lost', async () => {
    const env = await setup();
    const a = client(env.server.url, 'restart');
    const b = client(env.server.url, 'restart');
    await Promise.all([a.synced, b.synced]);
    const storeA = editorOn(a);
    const storeB = editorOn(b);
    const stageId = storeA.getState().document.stages[0]!.id;
    storeA.getState().apply({ operation: 'addTouchpoint', args: { stageId, touchpoint: { id: 'before', title: 'Before the restart', emotion: 1 } } });
    await converged([a.ydoc, b.ydoc]);
    const port = env.server.port;
    await env.server.stop();
    // Edits while the server is down stay on the clients…
    storeB.getState().apply({ operation: 'addTouchpoint', args: { stageId, touchpoint: { id: 'during', title: 'While it was down', emotion: -1 } } });
    env.server = await startServer(env.data.dir, { port });
    // …and reach everyone once the clients have reconnected by themselves.
    storeA.getState().apply({ operation: 'setEmotion', args: { id: 'before', emotion: 5 } });
    const final = await converged([a.ydoc, b.ydoc]);
    // A newcomer loads it all from the restarted server, and from disk after one more restart.
    const late = client(env.server.url, 'restart');
    await late.synced;
    expect(await converged([a.ydoc, late.ydoc])).toBe(final);
    a.provider.disconnect();
    b.provider.disconnect();
    late.provider.disconnect();
    await env.server.stop();
    env.server = await startServer(env.data.dir, { port: 0 });
    const fromDisk = client(env.server.url, 'restart');
    await fromDisk.synced;
    expect(serializeJourney(yDocToJourney(fromDisk.ydoc))).toBe(final);
    const doc = JSON.parse(final) as ReturnType<typeof yDocToJourney>;
    expect(doc.touchpoints.map((t) => [t.id, t.emotion])).toEqual([
      ['before', 5],
      ['during', -1],
    ]);
  });

  it('a stage removed while a colleague adds a touchpoint to it ends in one valid journey everywhere', async () => {
    const env = await setup();
    const a = client(env.server.url, 'conflict');
    const b = client(env.server.url, 'conflict');
    await Promise.all([a.synced, b.synced]);
    const storeA = editorOn(a);
    const storeB = editorOn(b);
    const doomed = storeA.getState().document.stages[1]!.id;
    b.provider.disconnect();
    expect(storeA.getState().apply({ operation: 'removeStage', args: { id: doomed, touchpoints: 'delete' } }).ok).toBe(true);
    storeB.getState().apply({ operation: 'addTouchpoint', args: { stageId: doomed, touchpoint: { id: 'orphan', title: 'Added meanwhile', emotion: 1 } } });
    await sleep(50);
    await b.provider.connect();
    // Merged, the touchpoint names a stage that is gone: the server puts the last valid journey back.
    const final = await converged([a.ydoc, b.ydoc]);
    const parsed = parseJourney(final);
    expect(parsed.ok).toBe(true);
    const doc = JSON.parse(final) as ReturnType<typeof yDocToJourney>;
    expect(doc.stages.map((stage) => stage.id)).not.toContain(doomed);
    await until(() => storeB.getState().problem === null && serializeJourney(storeB.getState().document) === final, "B's editor to show the repaired journey");
  });

  it('a client with a wrong token, or none, is refused and gets nothing', async () => {
    const env = await setup();
    const owner = client(env.server.url, 'secret');
    await owner.synced;
    editorOn(owner).getState().apply({ operation: 'setTitle', args: { title: 'Confidential roadmap' } });
    await sleep(50);
    for (const token of ['wrong-token', null]) {
      const intruder = client(env.server.url, 'secret', token);
      const reason = await intruder.authFailed;
      expect(reason).toMatch(/not authorized|permission/i);
      await sleep(100);
      expect(journeyYTypes(intruder.ydoc).root.size).toBe(0);
      expect(journeyYTypes(intruder.ydoc).stages.size).toBe(0);
    }
  });

  it('8. what the server keeps per room is released when the room empties', async () => {
    const env = await setup();
    const rooms = ['one', 'two', 'three'];
    const clients = rooms.flatMap((room) => [client(env.server.url, room), client(env.server.url, room)]);
    await Promise.all(clients.map((c) => c.synced));
    clients.forEach((c, i) => editorOn(c).getState().apply({ operation: 'setTitle', args: { title: `Edited ${i}` } }));
    await sleep(200);
    expect(env.server.kept().documents).toBe(3);
    for (const c of clients) c.provider.destroy();
    await until(() => Object.values(env.server.kept()).every((n) => n === 0), `every room's memory to be released (${JSON.stringify(env.server.kept())})`);
  });

  it("a client writing an invalid journey is overruled: every replica returns to the last valid state", async () => {
    const rejected: string[] = [];
    const data = tempDataDir();
    cleanups.push(data.remove);
    const server = await startServer(data.dir, { onRejected: (_room, errors) => rejected.push(...errors.map((e) => e.path)) });
    cleanups.push(() => server.stop());
    const good = client(server.url, 'guarded');
    const bad = client(server.url, 'guarded');
    await Promise.all([good.synced, bad.synced]);
    const store = editorOn(good);
    store.getState().apply({ operation: 'addTouchpoint', args: { stageId: store.getState().document.stages[0]!.id, touchpoint: { id: 't', title: 'Fine', emotion: 2 } } });
    await converged([good.ydoc, bad.ydoc]);
    const valid = store.getState().document;
    (journeyYTypes(bad.ydoc).touchpoints.get('t') as Y.Map<unknown>).set('emotion', 99);
    await until(() => rejected.includes('/touchpoints/0/emotion'), 'the server to reject the write');
    const final = await converged([good.ydoc, bad.ydoc]);
    expect(parseJourney(final).ok).toBe(true);
    expect(JSON.parse(final)).toEqual(JSON.parse(serializeJourney(valid)));
    await until(() => store.getState().problem === null, 'the editor to clear the problem');
    expect(store.getState().document.touchpoints[0]?.emotion).toBe(2);
  });
});
