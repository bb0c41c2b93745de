/**
 * One client process of `bench:collab -- --servers N` (started by clientProcesses.ts): its share
 * of the participants, each a Y.Doc on a HocuspocusProvider, running the paced edit loop, so no
 * one process pays for every replica. It reports over IPC (clientProtocol.ts): synced, edited,
 * each state its replicas agree on after editing, and its final journey and timings.
 *
 * Cross-server latency: the process' first client observes; every edit made by one of its clients
 * on another server is timed until the observer's replica holds it (Redis relay included).
 */
import * as Y from 'yjs';
import { connectClient, timeAcknowledgements } from './benchClient';
import { finalJourneys } from './convergence';
import { pacedEdits } from './editLoop';
import { wallClock } from './clientProtocol';
import type { ClientProcessConfig, FromClientProcess, ToClientProcess } from './clientProtocol';

const config = JSON.parse(process.argv[2] ?? '') as ClientProcessConfig;
const send = (message: FromClientProcess) => new Promise<void>((resolve) => process.send?.(message, () => resolve()));

const clients = config.urls.map((url) => connectClient(url, config.room, config.token));
await Promise.all(clients.map((c) => c.synced));

const acknowledged: number[] = [];
clients.forEach((c) => timeAcknowledgements(c.provider, (ms) => acknowledged.push(ms)));

// Edits made through another server than the observer's, by author: [clock after the edit, when].
const observer = clients[0] as (typeof clients)[number];
const crossServer: number[] = [];
const inFlight = new Map<number, [number, number][]>();
observer.doc.on('update', () => {
  const now = performance.now();
  for (const [author, edits] of inFlight) {
    const seen = Y.getState(observer.doc.store, author);
    while (edits.length > 0 && (edits[0] as [number, number])[0] <= seen) crossServer.push(now - (edits.shift() as [number, number])[1]);
  }
});
const afterEdit = (i: number) => {
  if (config.urls[i] === config.urls[0]) return;
  const { doc } = clients[i] as (typeof clients)[number];
  const edits = inFlight.get(doc.clientID) ?? [];
  edits.push([Y.getState(doc.store, doc.clientID), performance.now()]);
  inFlight.set(doc.clientID, edits);
};

let agreement: ReturnType<typeof setInterval> | undefined;
process.on('message', (message: ToClientProcess) => {
  if (message.type === 'start') void edit(message.at);
  if (message.type === 'finish') void finish();
});
await send({ type: 'synced' });

async function edit(at: number): Promise<void> {
  const start = at - performance.timeOrigin;
  const result = await pacedEdits(
    clients.map((c) => c.doc),
    { rate: config.rate, start, end: start + config.seconds * 1000, firstClient: config.firstClient, afterEdit },
  );
  await send({ type: 'edited', edits: result.edits, skipped: result.skipped, lastEdit: performance.timeOrigin + result.lastEdit, maxBehindMs: result.maxBehindMs });
  // Every 10 ms, as convergence.ts does in one process: the state every replica here holds, when it changes.
  let last = '';
  agreement = setInterval(() => {
    const vectors = clients.map((c) => Buffer.from(Y.encodeStateVector(c.doc)).toString('base64'));
    const first = vectors[0] as string;
    if (first !== last && vectors.every((v) => v === first)) {
      last = first;
      void send({ type: 'agreed', vector: first, at: wallClock() });
    }
  }, 10);
}

async function finish(): Promise<void> {
  clearInterval(agreement);
  const { finals, identical, valid } = finalJourneys(clients.map((c) => c.doc));
  const unacknowledged = clients.reduce((sum, c) => sum + c.provider.unsyncedChanges, 0);
  await send({ type: 'final', journey: finals[0] as string, identical, valid, acknowledged, crossServer, unacknowledged });
  clients.forEach((c) => c.provider.destroy());
  process.exit(0);
}
