/**
 * `npm run bench:collab -- --servers 3`: the scale-out deployment (issue 14) under a workshop's
 * load on loopback. Real processes: Debian's redis-server and PostgreSQL (scripts/live-services.ts,
 * fresh temporary data directories), N workshop servers (examples/workshop-live/server.ts with
 * DATABASE_URL and REDIS_URL), and the clients in several Node processes (clientProcesses.ts, 30
 * clients each by default), all measured from /proc.
 *
 *   90 clients spread evenly over the servers, each making 2 edits a second for 60 seconds on
 *   one 200-touchpoint journey:
 *     time for every replica to converge after the last edit,
 *     time from an edit to its acknowledgement, and to its arrival through another server,
 *     per-server CPU (share of one core) and memory (RSS),
 *     Redis CPU, commands per second, bytes relayed and memory (INFO),
 *     PostgreSQL CPU (postmaster and backends), commits and rows per second, table sizes, and the
 *     servers' append latency before acknowledging (from their /metrics histograms),
 *     the client processes' CPU (so a saturated harness shows);
 *   then the same figures as a Markdown section for BENCHMARKS.md.
 *
 * Options: --servers 3 --clients 90 --rate 2 --seconds 60 --client-processes 3 (shorter runs to iterate).
 * LIVE_PORTS=4400-4499 confines every port it opens (Redis, PostgreSQL, the servers).
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import { cpus, loadavg } from 'node:os';
import pg from 'pg';
import { parseJourney } from '../../src/model';
import { writeJourneyToYDoc } from '../../src/collab';
import { makeJourney } from '../model/generate';
import { freePort, startPostgres, startRedis } from '../../scripts/live-services';
import { connectClient } from './benchClient';
import { startClientProcesses } from './clientProcesses';
import { wallClock } from './clientProtocol';
import { describePercentiles, percentile } from './percentiles';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const SERVERS = option('servers', 3);
const CLIENTS = option('clients', 90);
const RATE = option('rate', 2);
const SECONDS = option('seconds', 60);
const CLIENT_PROCESSES = option('client-processes', Math.ceil(CLIENTS / 30));
for (const [name, value] of Object.entries({ servers: SERVERS, clients: CLIENTS, rate: RATE, seconds: SECONDS, 'client-processes': CLIENT_PROCESSES })) {
  if (!(value > 0) || (name !== 'rate' && !Number.isInteger(value))) throw new Error(`bench:collab --${name}: expected a positive ${name === 'rate' ? 'number' : 'whole number'}, got ${value}`);
}
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
let servicesStopped = false;
// A run that fails midway leaves no Redis or PostgreSQL running either (SIGQUIT: PostgreSQL's immediate shutdown).
process.on('exit', () => {
  if (servicesStopped) return;
  const signal = (pid: number | undefined, name: NodeJS.Signals) => {
    try {
      if (pid !== undefined) process.kill(pid, name);
    } catch {
      // gone already
    }
  };
  redis.pids().forEach((pid) => signal(pid, 'SIGKILL'));
  signal(postgres.pids()[0], 'SIGQUIT');
});
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

const db = new pg.Client({ connectionString: postgres.url });
await db.connect();
const pgStats = async () => {
  const { rows } = await db.query<{ xact_commit: string; tup_inserted: string; tup_deleted: string }>('SELECT xact_commit, tup_inserted, tup_deleted FROM pg_stat_database WHERE datname = current_database()');
  const row = rows[0]!;
  return { commits: Number(row.xact_commit), inserted: Number(row.tup_inserted), deleted: Number(row.tup_deleted) };
};
const pgSizes = async () => {
  const { rows } = await db.query<{ rooms: string; updates: string; database: string; update_rows: string }>(
    "SELECT pg_total_relation_size('journey_rooms') AS rooms, pg_total_relation_size('journey_room_updates') AS updates, pg_database_size(current_database()) AS database, (SELECT count(*) FROM journey_room_updates) AS update_rows",
  );
  const row = rows[0]!;
  return { rooms: Number(row.rooms), updates: Number(row.updates), database: Number(row.database), updateRows: Number(row.update_rows) };
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
  const seeder = connectClient(servers[0]!.url, 'load', TOKEN);
  await seeder.synced;
  writeJourneyToYDoc(seeder.doc, makeJourney(200, 5));
  await sleep(500);
  seeder.provider.destroy();
}
const clients = await startClientProcesses({
  urls: Array.from({ length: CLIENTS }, (_, i) => servers[i % SERVERS]!.url),
  processes: CLIENT_PROCESSES,
  room: 'load',
  token: TOKEN,
  rate: RATE,
  seconds: SECONDS,
});
progress(`${CLIENTS} clients synced in ${clients.pids.length} processes`);
process.on('exit', clients.kill);

// Every process starts its edit loop at the same wall-clock moment; the figures are taken from it.
const startAt = wallClock() + 1000;
const editing = clients.edit(startAt);
await sleep(startAt - wallClock());
const cpuBefore = serverPids.map((pid) => cpuSeconds([pid]));
const rssBefore = serverPids.map((pid) => rssMb([pid]));
const peakRss = [...rssBefore];
const redisCpuBefore = cpuSeconds(redis.pids());
const pgCpuBefore = cpuSeconds(postgres.pids());
const clientCpuBefore = clients.pids.map((pid) => cpuSeconds([pid]));
const redisBefore = await redisInfo(redis.url);
const pgBefore = await pgStats();
let peakRedisMemory = Number(redisBefore.get('used_memory') ?? 0);
const sampler = setInterval(() => {
  serverPids.forEach((pid, i) => (peakRss[i] = Math.max(peakRss[i] as number, rssMb([pid]))));
  void redisInfo(redis.url).then((info) => (peakRedisMemory = Math.max(peakRedisMemory, Number(info.get('used_memory') ?? 0))), () => undefined);
}, 1000);

const { edits, skipped, lastEdit, maxBehindMs } = await editing;
progress('editing done');
const elapsed = (lastEdit - startAt) / 1000;
const cpuDuring = serverPids.map((pid, i) => cpuSeconds([pid]) - (cpuBefore[i] as number));
const redisCpu = cpuSeconds(redis.pids()) - redisCpuBefore;
const pgCpu = cpuSeconds(postgres.pids()) - pgCpuBefore;
const clientCpu = clients.pids.map((pid, i) => cpuSeconds([pid]) - (clientCpuBefore[i] as number));
const redisAfter = await redisInfo(redis.url);
const pgAfter = await pgStats();
const load = loadavg()[0] as number;

const convergedAt = await clients.converged(60_000);
clearInterval(sampler);
const final = await clients.finish();
const latency = await appendLatency();
const sizes = await pgSizes();
const delta = (key: string) => Number(redisAfter.get(key) ?? 0) - Number(redisBefore.get(key) ?? 0);
const finalDoc = JSON.parse(final.journeys[0] as string) as { touchpoints: unknown[] };
const valid = final.valid && parseJourney(final.journeys[0] as string).ok;

// ---- figures ---------------------------------------------------------------------------------------
const pct = (cpu: number) => `${((cpu / elapsed) * 100).toFixed(1)} %`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const perClients = Math.ceil(CLIENTS / SERVERS);
const converged = Number.isNaN(convergedAt) ? 'not within 60 s' : `${Math.max(0, convergedAt - lastEdit).toFixed(0)} ms`;
const redisLine = `CPU ${pct(redisCpu)}, ${(delta('total_commands_processed') / elapsed).toFixed(0)} commands/s, ${(delta('total_net_output_bytes') / elapsed / 1024 / 1024).toFixed(2)} MB/s out, ${(delta('total_net_input_bytes') / elapsed / 1024).toFixed(0)} KB/s in, memory ${mb(Number(redisBefore.get('used_memory') ?? 0))} before, ${mb(peakRedisMemory)} peak`;
const pgLine = `CPU ${pct(pgCpu)}, ${((pgAfter.commits - pgBefore.commits) / elapsed).toFixed(0)} commits/s, ${((pgAfter.inserted - pgBefore.inserted) / elapsed).toFixed(0)} rows inserted/s, ${((pgAfter.deleted - pgBefore.deleted) / elapsed).toFixed(0)} deleted/s (compaction)`;
const tablesLine = `journey_rooms ${mb(sizes.rooms)}, journey_room_updates ${mb(sizes.updates)} (${sizes.updateRows} rows left), database ${mb(sizes.database)}`;
const clientsLine = `${clients.pids.length} process${clients.pids.length === 1 ? '' : 'es'}, CPU ${clientCpu.map(pct).join(' / ')} of one core; an edit started at most ${maxBehindMs.toFixed(0)} ms behind its schedule`;

console.log(`  edits made                      ${edits} in ${elapsed.toFixed(1)} s (${(edits / elapsed).toFixed(1)}/s of ${CLIENTS * RATE}/s; ${skipped} skipped on a momentarily invalid replica)`);
console.log(`  converged after the last edit   ${converged}   identical: ${final.identical}, valid: ${valid}, ${finalDoc.touchpoints.length} touchpoints`);
console.log(`  edit to acknowledgement         ${describePercentiles(final.acknowledged)}; ${final.unacknowledged} still unacknowledged at the end (a socket the server closed, reconnecting)`);
console.log(`  edit seen through another server ${describePercentiles(final.crossServer)}`);
servers.forEach((_, i) =>
  console.log(`  server ${i + 1} (${perClients} clients)            CPU ${pct(cpuDuring[i] as number)} of one core, RSS ${(rssBefore[i] as number).toFixed(0)} MB before, ${(peakRss[i] as number).toFixed(0)} MB peak`),
);
console.log(`  Redis                           ${redisLine}`);
console.log(`  PostgreSQL                      ${pgLine}`);
console.log(`  PostgreSQL tables               ${tablesLine}`);
console.log(`  append before acknowledging     p50 ${latency.p50}, p99 ${latency.p99} (${latency.count} appends, group-committed)`);
console.log(`  client processes                ${clientsLine}`);

// An edit a whole interval late means the clients' processes (or the machine) could not keep pace:
// the figures then measure the machine's load more than the servers.
const behind = maxBehindMs > 1000 / RATE;
const warning = `edits fell up to ${(maxBehindMs / 1000).toFixed(1)} s behind their schedule (load average ${load.toFixed(1)} on ${cpus().length} cores): these figures measure a machine that could not keep pace, not the servers`;
if (behind) console.log(`  WARNING: ${warning}`);

const ms = (values: number[], p: number) => `${percentile(values, p).toFixed(0)} ms`;
const markdown = [
  `### Scale-out run: ${SERVERS} servers, ${CLIENTS} clients × ${RATE} edits/s × ${SECONDS} s (${new Date().toISOString().slice(0, 10)})`,
  '',
  `\`npm run bench:collab -- --servers ${SERVERS} --clients ${CLIENTS} --rate ${RATE} --seconds ${SECONDS} --client-processes ${clients.pids.length}\`, ${cpus().length} cores, load average ${load.toFixed(1)} at the last edit.`,
  '',
  '| figure | measured |',
  '|---|---|',
  `| edits | ${edits.toLocaleString('en-US')} in ${elapsed.toFixed(1)} s (${(edits / elapsed).toFixed(1)}/s of ${CLIENTS * RATE}/s), ${skipped} skipped |`,
  `| all ${CLIENTS} replicas converged after the last edit | ${converged} (identical: ${final.identical}, valid: ${valid}, ${finalDoc.touchpoints.length} touchpoints) |`,
  `| edit to acknowledgement (committed to PostgreSQL) | p50 ${ms(final.acknowledged, 0.5)}, p95 ${ms(final.acknowledged, 0.95)}, p99 ${ms(final.acknowledged, 0.99)} |`,
  `| edit seen by a client of another server | p50 ${ms(final.crossServer, 0.5)}, p95 ${ms(final.crossServer, 0.95)}, p99 ${ms(final.crossServer, 0.99)} |`,
  ...servers.map((_, i) => `| server ${i + 1} (${perClients} clients) | CPU ${pct(cpuDuring[i] as number)} of one core, RSS ${(rssBefore[i] as number).toFixed(0)} MB before, ${(peakRss[i] as number).toFixed(0)} MB peak |`),
  `| Redis | ${redisLine} |`,
  `| PostgreSQL | ${pgLine}; append p50 ${latency.p50}, p99 ${latency.p99} |`,
  `| PostgreSQL tables after the run | ${tablesLine} |`,
  `| client processes (harness, not the servers) | ${clientsLine} |`,
  ...(behind ? ['', `**Warning:** ${warning}.`] : []),
];
console.log(`\nFor BENCHMARKS.md:\n\n${markdown.join('\n')}\n`);

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
servicesStopped = true;
process.exit(0);
