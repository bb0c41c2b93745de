/**
 * `npm run bench:collab -- --servers 3`: the scale-out deployment (issue 14) under a workshop's
 * load on loopback. Real processes: Debian's redis-server and PostgreSQL (scripts/live-services.ts,
 * fresh temporary data directories) and N workshop servers (examples/workshop-live/server.ts with
 * DATABASE_URL and REDIS_URL), measured from /proc.
 *
 *   90 clients spread evenly over the servers, each making 2 edits a second for 60 seconds on
 *   one 200-touchpoint journey:
 *     time for every replica to converge after the last edit,
 *     per-server CPU (share of one core) and memory (RSS),
 *     Redis CPU, commands per second and bytes relayed,
 *     PostgreSQL CPU (postmaster and backends), commits and rows per second, and the servers'
 *     append latency before acknowledging (from their /metrics histograms).
 *
 * Options: --servers 3 --clients 90 --rate 2 --seconds 60 (shorter runs to iterate).
 * LIVE_PORTS=4400-4499 confines every port it opens.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import { HocuspocusProvider } from '@hocuspocus/provider';
import pg from 'pg';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { writeJourneyToYDoc, yDocToJourney } from '../../src/collab';
import { makeJourney } from '../model/generate';
import { freePort, startPostgres, startRedis } from '../../scripts/live-services';
import { workshopEdit } from './workshopEdits';
import { finalJourneys, waitForConvergence } from './convergence';
import { failoverWebSocket } from '../../examples/workshop-live/failover';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const SERVERS = option('servers', 3);
const CLIENTS = option('clients', 90);
const RATE = option('rate', 2);
const SECONDS = option('seconds', 60);
const TOKEN = 'bench-token';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const t0 = performance.now();
/** Progress on stderr, so a slow phase on a loaded machine is visible. */
const progress = (what: string) => console.error(`  … ${what} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

// ---- /proc ---------------------------------------------------------------------------------------
const TICKS = 100; // USER_HZ
function cpuSeconds(pids: number[]): number {
  let total = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += (Number(fields[11]) + Number(fields[12])) / TICKS; // utime + stime
    } catch {
      // exited
    }
  }
  return total;
}
function rssMb(pids: number[]): number {
  let total = 0;
  for (const pid of pids) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += match ? Number(match[1]) / 1024 : 0;
    } catch {
      // exited
    }
  }
  return total;
}

/** One Redis INFO section as a map, over a raw socket (RESP inline command). */
function redisInfo(url: string): Promise<Map<string, string>> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = tcpConnect(Number(port), hostname, () => socket.write('INFO\r\n'));
    let text = '';
    socket.on('data', (chunk) => {
      text += chunk.toString();
      const header = /^\$(\d+)\r\n/.exec(text);
      if (header && Buffer.byteLength(text) >= header[0].length + Number(header[1])) {
        socket.end();
        resolve(new Map(text.split('\r\n').filter((l) => l.includes(':')).map((l) => l.split(':', 2) as [string, string])));
      }
    });
    socket.on('error', reject);
  });
}

// ---- services and servers ------------------------------------------------------------------------
console.log(`bench:collab --servers ${SERVERS}  ${CLIENTS} clients x ${RATE} edits/s for ${SECONDS} s on a 200-touchpoint journey`);
const [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
interface ServerProcess {
  url: string;
  http: string;
  child: ChildProcess;
}
async function startServer(i: number): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'examples/workshop-live/server.ts'], {
    env: { ...process.env, WORKSHOP_TOKEN: TOKEN, DATABASE_URL: postgres.url, REDIS_URL: redis.url, PORT: String(port), HOST: '127.0.0.1', SERVER_ID: `bench-${i + 1}` },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (/server on ws:\/\//.test(out)) resolve();
    });
    child.once('exit', (code) => reject(new Error(`server ${i + 1} exited with ${code}`)));
  });
  return { url: `ws://127.0.0.1:${port}`, http: `http://127.0.0.1:${port}`, child };
}
progress('Redis and PostgreSQL started');
const servers = await Promise.all(Array.from({ length: SERVERS }, (_, i) => startServer(i)));
progress(`${SERVERS} servers started`);
const serverPids = servers.map((s) => s.child.pid as number);
// Whatever happens to this run, the servers do not outlive it.
process.on('exit', () => servers.forEach((s) => s.child.kill('SIGKILL')));

interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  synced: Promise<void>;
}
function connect(url: string, room: string): Client {
  const doc = new Y.Doc();
  let done!: () => void;
  const synced = new Promise<void>((resolve) => (done = resolve));
  // failoverWebSocket with one URL: ws with an error listener, so a socket dropped while connecting does not throw.
  const Socket = failoverWebSocket([url], WebSocket as unknown as typeof globalThis.WebSocket);
  const provider = new HocuspocusProvider({ url, name: room, token: TOKEN, document: doc, ...({ WebSocketPolyfill: Socket } as object), onSynced: () => done() });
  return { doc, provider, synced };
}

const db = new pg.Client({ connectionString: postgres.url });
await db.connect();
const pgStats = async () => {
  const { rows } = await db.query<{ xact_commit: string; tup_inserted: string; tup_deleted: string }>('SELECT xact_commit, tup_inserted, tup_deleted FROM pg_stat_database WHERE datname = current_database()');
  const row = rows[0]!;
  return { commits: Number(row.xact_commit), inserted: Number(row.tup_inserted), deleted: Number(row.tup_deleted) };
};

/** p50 and p99 (upper bucket bounds) of the servers' append-before-acknowledging histograms. */
async function appendLatency(): Promise<{ p50: string; p99: string; count: number }> {
  const buckets = new Map<string, number>();
  for (const s of servers) {
    const text = await (await fetch(`${s.http}/metrics`)).text();
    for (const match of text.matchAll(/journey_workshop_store_seconds_bucket\{[^}]*operation="append",le="([^"]+)"\} (\d+)/g)) {
      buckets.set(match[1] as string, (buckets.get(match[1] as string) ?? 0) + Number(match[2]));
    }
  }
  const count = buckets.get('+Inf') ?? 0;
  const bound = (q: number) => {
    for (const [le, n] of buckets) if (n >= q * count) return le === '+Inf' ? '> 2.5 s' : `<= ${Number(le) * 1000} ms`;
    return '?';
  };
  return { p50: bound(0.5), p99: bound(0.99), count };
}

// ---- load ----------------------------------------------------------------------------------------
{
  const seeder = connect(servers[0]!.url, 'load');
  await seeder.synced;
  writeJourneyToYDoc(seeder.doc, makeJourney(200, 5));
  await sleep(500);
  seeder.provider.destroy();
}
const clients = Array.from({ length: CLIENTS }, (_, i) => connect(servers[i % SERVERS]!.url, 'load'));
await Promise.all(clients.map((c) => c.synced));
progress(`${CLIENTS} clients synced`);
await sleep(1000);

const cpuBefore = serverPids.map((pid) => cpuSeconds([pid]));
const rssBefore = serverPids.map((pid) => rssMb([pid]));
const peakRss = [...rssBefore];
const redisCpuBefore = cpuSeconds(redis.pids());
const pgCpuBefore = cpuSeconds(postgres.pids());
const redisBefore = await redisInfo(redis.url);
const pgBefore = await pgStats();
const sampler = setInterval(() => serverPids.forEach((pid, i) => (peakRss[i] = Math.max(peakRss[i] as number, rssMb([pid])))), 1000);

let edits = 0;
let skipped = 0;
const started = performance.now();
const end = started + SECONDS * 1000;
await Promise.all(
  clients.map(async (client, i) => {
    await sleep(Math.random() * (1000 / RATE));
    let next = performance.now();
    while (next < end) {
      const before = yDocToJourney(client.doc);
      try {
        writeJourneyToYDoc(client.doc, workshopEdit(before, i * 100_000 + edits), { previous: before });
        edits++;
      } catch {
        // This replica holds a journey concurrent edits made invalid for a moment (the repairing
        // server fixes it); an editor would show the problem and not edit, so neither does this client.
        skipped++;
      }
      next += 1000 / RATE;
      await sleep(Math.max(0, next - performance.now()));
    }
  }),
);
const lastEdit = performance.now();
progress('editing done');
const elapsed = (lastEdit - started) / 1000;
const cpuDuring = serverPids.map((pid, i) => cpuSeconds([pid]) - (cpuBefore[i] as number));
const redisCpu = cpuSeconds(redis.pids()) - redisCpuBefore;
const pgCpu = cpuSeconds(postgres.pids()) - pgCpuBefore;
const redisAfter = await redisInfo(redis.url);
const pgAfter = await pgStats();

const convergedAt = await waitForConvergence(clients.map((c) => c.doc), 60_000);
clearInterval(sampler);
const { identical, valid, finalDoc } = finalJourneys(clients.map((c) => c.doc));
const latency = await appendLatency();
const delta = (key: string) => Number(redisAfter.get(key) ?? 0) - Number(redisBefore.get(key) ?? 0);
const rows = await db.query<{ n: string }>('SELECT count(*) AS n FROM journey_room_updates');

const pct = (cpu: number) => `${((cpu / elapsed) * 100).toFixed(1)} %`;
console.log(`  edits made                      ${edits} in ${elapsed.toFixed(1)} s (${(edits / elapsed).toFixed(1)}/s; ${skipped} skipped on a momentarily invalid replica)`);
console.log(`  converged after the last edit   ${(convergedAt - lastEdit).toFixed(0)} ms   identical: ${identical}, valid: ${valid}, ${finalDoc.touchpoints.length} touchpoints`);
servers.forEach((_, i) =>
  console.log(`  server ${i + 1} (${Math.ceil(CLIENTS / SERVERS)} clients)            CPU ${pct(cpuDuring[i] as number)} of one core, RSS ${(rssBefore[i] as number).toFixed(0)} MB before, ${(peakRss[i] as number).toFixed(0)} MB peak`),
);
console.log(`  Redis                           CPU ${pct(redisCpu)}, ${(delta('total_commands_processed') / elapsed).toFixed(0)} commands/s, ${(delta('total_net_output_bytes') / elapsed / 1024 / 1024).toFixed(2)} MB/s out, ${(delta('total_net_input_bytes') / elapsed / 1024).toFixed(0)} KB/s in`);
console.log(
  `  PostgreSQL                      CPU ${pct(pgCpu)}, ${((pgAfter.commits - pgBefore.commits) / elapsed).toFixed(0)} commits/s, ${((pgAfter.inserted - pgBefore.inserted) / elapsed).toFixed(0)} rows inserted/s, ${((pgAfter.deleted - pgBefore.deleted) / elapsed).toFixed(0)} deleted/s (compaction), ${rows.rows[0]?.n} update rows left`,
);
console.log(`  append before acknowledging     p50 ${latency.p50}, p99 ${latency.p99} (${latency.count} appends, group-committed)`);

clients.forEach((c) => c.provider.destroy());
await db.end();
await Promise.all(
  servers.map(
    (s) =>
      new Promise<void>((resolve) => {
        s.child.once('exit', () => resolve());
        s.child.kill('SIGTERM');
      }),
  ),
);
await Promise.all([redis.stop(), postgres.stop()]);
process.exit(0);
