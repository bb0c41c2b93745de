/**
 * `npm run bench:collab`: the live-workshop server under a workshop's load, on loopback.
 * Not a test: it prints figures next to the targets of issue 7.
 *
 *   30 clients, each making 2 edits a second for 60 seconds on a 200-touchpoint journey:
 *     time for every replica to converge after the last edit (target < 1 s),
 *     server CPU (share of one core) and memory (RSS) while it runs;
 *   a late joiner loading a 1,000-touchpoint journey (target < 500 ms);
 *   an editor binding taking in one colleague's edit on 1,000 touchpoints;
 *   what the write-ahead log (kill -9 durability) adds to each edit the server applies.
 *
 * The server runs in its own process (examples/workshop-live/server.ts), measured from /proc; the
 * clients share this process (the scale-out run, --servers N, spreads them over several).
 * Options: --clients 30 --rate 2 --seconds 60 --port 0 (the server's port; 0 picks a free one,
 * inside LIVE_PORTS=4400-4499 when that is set)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { applyOperation, parseJourney } from '../../src/model';
import type { JourneyDocument } from '../../src/model';
import { bindJourneyStore, writeJourneyToYDoc, yDocToJourney } from '../../src/collab';
import { createJourneyStore } from '../../src/store';
import { makeJourney } from '../model/generate';
import { freePort } from '../../scripts/live-services';
import { connectClient, timeAcknowledgements } from './benchClient';
import type { BenchClient } from './benchClient';
import { finalJourneys, waitForConvergence } from './convergence';
import { pacedEdits } from './editLoop';
import { describePercentiles, median } from './percentiles';
import { createUpdateLog } from '../../examples/workshop-live/updateLog';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
// `--servers N`: the scale-out deployment instead (Redis, PostgreSQL, N servers; bench/collab/servers.ts).
if (args.includes('--servers')) {
  await import('./servers');
  process.exit(0);
}
const CLIENTS = option('clients', 30);
const RATE = option('rate', 2);
const SECONDS = option('seconds', 60);
const PORT = option('port', 0) || (await freePort());
const TOKEN = 'bench-token';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---- the server, in its own process ------------------------------------------------------------
const dataDir = mkdtempSync(join(tmpdir(), 'jc-bench-collab-'));
const child = spawn(process.execPath, ['--import', 'tsx', 'examples/workshop-live/server.ts'], {
  env: { ...process.env, WORKSHOP_TOKEN: TOKEN, PORT: String(PORT), HOST: '127.0.0.1', DATA_DIR: dataDir },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise<string>((resolve, reject) => {
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const match = /on (ws:\/\/\S+)/.exec(out);
    if (match) resolve(match[1] as string);
  });
  child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  setTimeout(() => reject(new Error('server did not start within 20 s')), 20_000);
});

let serverStopping = false;
child.on('exit', (code, signal) => {
  if (!serverStopping) console.error(`the server exited during the benchmark (code ${code}, signal ${signal})`);
});

const TICKS = 100; // USER_HZ (clock ticks per second in /proc/<pid>/stat) on Linux
function serverCpuSeconds(): number {
  const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / TICKS; // utime + stime
}
function serverRssMb(): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

// ---- clients -----------------------------------------------------------------------------------
const connect = (room: string): BenchClient => connectClient(url, room, TOKEN);

async function seedRoom(room: string, touchpoints: number): Promise<JourneyDocument> {
  const seeder = connect(room);
  await seeder.synced;
  const journey = makeJourney(touchpoints, 5);
  writeJourneyToYDoc(seeder.doc, journey);
  await sleep(300);
  seeder.provider.destroy();
  return journey;
}

// ---- 1. load ------------------------------------------------------------------------------------
console.log(`bench:collab  ${CLIENTS} clients x ${RATE} edits/s for ${SECONDS} s on a 200-touchpoint journey (server pid ${child.pid})`);
await seedRoom('load', 200);
const clients = Array.from({ length: CLIENTS }, () => connect('load'));
await Promise.all(clients.map((c) => c.synced));
await sleep(500);
const rssBefore = serverRssMb();
const cpuBefore = serverCpuSeconds();
let peakRss = rssBefore;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, serverRssMb())), 1000);
const acknowledged: number[] = [];
clients.forEach((c) => timeAcknowledgements(c.provider, (ms) => acknowledged.push(ms)));
const started = performance.now();
const { edits, skipped, lastEdit } = await pacedEdits(
  clients.map((c) => c.doc),
  { rate: RATE, start: started, end: started + SECONDS * 1000 },
);
const cpuDuring = serverCpuSeconds() - cpuBefore;
const elapsed = (lastEdit - started) / 1000;
// Converged: every replica has seen every change (equal state vectors), checked every 10 ms.
const convergedAt = await waitForConvergence(clients.map((c) => c.doc), 30_000);
clearInterval(sampler);
const { identical, valid, finalDoc } = finalJourneys(clients.map((c) => c.doc));
console.log(`  edits made                      ${edits} in ${elapsed.toFixed(1)} s (${(edits / elapsed).toFixed(1)}/s; ${skipped} skipped on a momentarily invalid replica)`);
console.log(`  converged after the last edit   ${(convergedAt - lastEdit).toFixed(0)} ms   (target < 1000 ms)  identical: ${identical}, valid: ${valid}, ${finalDoc.touchpoints.length} touchpoints`);
console.log(`  edit to acknowledgement         ${describePercentiles(acknowledged)}`);
console.log(`  server CPU while editing        ${((cpuDuring / elapsed) * 100).toFixed(1)} % of one core`);
console.log(`  server memory (RSS)             ${rssBefore.toFixed(0)} MB before, ${peakRss.toFixed(0)} MB peak`);
clients.forEach((c) => c.provider.destroy());

// ---- 2. late joiner -----------------------------------------------------------------------------
await seedRoom('large', 1000);
const joins: number[] = [];
for (let i = 0; i < 7; i++) {
  const t0 = performance.now();
  const late = connect('large');
  await late.synced;
  const result = parseJourney(yDocToJourney(late.doc));
  if (!result.ok || result.document.touchpoints.length !== 1000) throw new Error('late joiner got a wrong journey');
  joins.push(performance.now() - t0);
  late.provider.destroy();
}
console.log(`  late joiner, 1,000 touchpoints  ${median(joins).toFixed(0)} ms median of ${joins.length} (connect, sync, to a parsed document; target < 500 ms)`);

// ---- 3. an editor taking in a colleague's edit ---------------------------------------------------
{
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (u: Uint8Array) => Y.applyUpdate(b, u));
  const journey = makeJourney(1000, 5);
  writeJourneyToYDoc(a, journey);
  const store = createJourneyStore({ document: journey });
  const binding = bindJourneyStore(store, b, { seed: false });
  const times: number[] = [];
  for (let i = 0; i < 40; i++) {
    const before = yDocToJourney(a);
    const after = applyOperation(before, { operation: 'setEmotion', args: { id: before.touchpoints[i]!.id, emotion: (i % 10) - 5 } });
    const t0 = performance.now();
    writeJourneyToYDoc(a, after, { previous: before });
    times.push(performance.now() - t0);
  }
  binding.destroy();
  console.log(`  remote edit into an editor      ${median(times.slice(5)).toFixed(2)} ms median (1,000 touchpoints: Yjs apply, to document, parseJourney, the store's remote change)`);
}

// ---- 4. the write-ahead log's cost per edit --------------------------------------------------------
{
  // The same 1,000 edits applied to a server-side Y.Doc with and without the log attached,
  // alternating, so load on the machine hits both alike.
  const logDir = mkdtempSync(join(tmpdir(), 'jc-bench-wal-'));
  const log = createUpdateLog(logDir);
  const source = new Y.Doc();
  writeJourneyToYDoc(source, makeJourney(200, 5));
  const base = Y.encodeStateAsUpdate(source);
  const updates: Uint8Array[] = [];
  source.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 0; i < 1000; i++) {
    const before = yDocToJourney(source);
    const tp = before.touchpoints[i % before.touchpoints.length]!;
    writeJourneyToYDoc(source, applyOperation(before, { operation: 'setEmotion', args: { id: tp.id, emotion: (i % 11) - 5 } }), { previous: before });
  }
  const timeApplying = (withLog: boolean) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, base);
    const stop = withLog ? log.attach(`room-${Math.random()}`, doc) : () => {};
    const t0 = performance.now();
    for (const u of updates) Y.applyUpdate(doc, u);
    const ms = performance.now() - t0;
    stop();
    return ms;
  };
  const plain: number[] = [];
  const logged: number[] = [];
  for (let round = 0; round < 7; round++) {
    plain.push(timeApplying(false));
    logged.push(timeApplying(true));
  }
  const perEdit = (ms: number) => (ms / updates.length) * 1000;
  console.log(`  write-ahead log per edit        +${(perEdit(median(logged)) - perEdit(median(plain))).toFixed(1)} µs (${perEdit(median(plain)).toFixed(1)} µs to apply an edit without it, ${perEdit(median(logged)).toFixed(1)} µs with; one write(2) per update)`);
  rmSync(logDir, { recursive: true, force: true });
}

serverStopping = true;
child.kill('SIGTERM');
await new Promise((resolve) => child.on('exit', resolve));
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
