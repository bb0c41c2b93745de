/**
 * Real Redis and PostgreSQL for the live tests and `npm run bench:collab -- --servers N`: Debian's
 * redis-server and PostgreSQL 15 (scripts/ensure-live-services.sh installs them when missing),
 * each in a fresh temporary data directory, listening on 127.0.0.1 only, stopped and deleted after.
 *
 * PostgreSQL refuses to run as root: as root, its directory is given to the `postgres` user and
 * initdb/pg_ctl run through `runuser -u postgres`. The cluster trusts loopback connections and
 * runs with fsync off: it is a throwaway for tests, and a killed workshop server (what the tests
 * kill) does not lose what PostgreSQL has committed either way.
 *
 * Ports: LIVE_PORTS=4400-4499 confines every server these start (and the tests' workshop servers)
 * to a range; without it the system picks free ports.
 */
import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const POSTGRES_BIN = process.env.POSTGRES_BIN ?? newestPostgresBin();
export const REDIS_SERVER = process.env.REDIS_SERVER ?? 'redis-server';

function newestPostgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  return join(root, versions[0] ?? '15', 'bin');
}

const isRoot = () => process.getuid?.() === 0;
const taken = new Set<number>();

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** A free loopback port, inside LIVE_PORTS when set; never the same one twice in a process. */
export async function freePort(): Promise<number> {
  const range = /^(\d+)-(\d+)$/.exec(process.env.LIVE_PORTS ?? '');
  if (!range) {
    for (;;) {
      const port = await new Promise<number>((resolve, reject) => {
        const probe = createServer();
        probe.once('error', reject);
        probe.listen(0, '127.0.0.1', () => {
          const address = probe.address();
          probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
        });
      });
      if (!taken.has(port)) {
        taken.add(port);
        return port;
      }
    }
  }
  const low = Number(range[1]);
  const high = Number(range[2]);
  // Start somewhere random in the range: processes started together (test workers) rarely collide.
  const offset = Math.floor(Math.random() * (high - low + 1));
  for (let i = 0; i <= high - low; i++) {
    const port = low + ((offset + i) % (high - low + 1));
    if (!taken.has(port) && (await canListen(port))) {
      taken.add(port);
      return port;
    }
  }
  throw new Error(`LIVE_PORTS ${process.env.LIVE_PORTS}: no free port left`);
}

export interface Service {
  url: string;
  /** The service's processes now (PostgreSQL: the postmaster and its backends), for CPU and memory figures. */
  pids(): number[];
  stop(): Promise<void>;
}

/** Processes whose parent is `parent` (from /proc). */
function childrenOf(parent: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) === parent) out.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

async function waitFor(what: string, ready: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`${what} did not start within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startRedis(): Promise<Service> {
  const dir = mkdtempSync(join(tmpdir(), 'jc-redis-'));
  const port = await freePort();
  const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--logfile', join(dir, 'redis.log')], {
    stdio: 'ignore',
  });
  const failed = new Promise<never>((_, reject) => child.once('error', (error) => reject(new Error(`cannot start ${REDIS_SERVER}: ${error.message}`))));
  await Promise.race([failed, waitFor('redis-server', () => canListen(port).then((free) => !free))]);
  return {
    url: `redis://127.0.0.1:${port}`,
    pids: () => (child.pid ? [child.pid] : []),
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs a PostgreSQL binary as the `postgres` user when we are root (PostgreSQL refuses root). */
function pgCommand(binary: string, args: string[]): [string, string[]] {
  const path = join(POSTGRES_BIN, binary);
  return isRoot() ? ['runuser', ['-u', 'postgres', '--', path, ...args]] : [path, args];
}

export async function startPostgres(): Promise<Service> {
  const dir = mkdtempSync(join(tmpdir(), 'jc-postgres-'));
  const data = join(dir, 'data');
  if (isRoot()) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const port = await freePort();
  await run(...pgCommand('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--locale=C']));
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200`;
  await run(...pgCommand('pg_ctl', ['-D', data, '-l', join(dir, 'postgres.log'), '-o', options, '-w', '-t', '60', 'start']));
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    pids() {
      try {
        const postmaster = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
        return [postmaster, ...childrenOf(postmaster)];
      } catch {
        return [];
      }
    },
    async stop() {
      await run(...pgCommand('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'])).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
