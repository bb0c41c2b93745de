/**
 * Workshop servers as real processes (examples/workshop-live/server.ts, as `npm run workshop-live`
 * starts it) sharing the run's Redis and PostgreSQL, and Node clients that know every server
 * (failover.ts). A process can be stopped gracefully (SIGTERM) or killed with SIGKILL.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { HocuspocusProvider } from '@hocuspocus/provider';
import pg from 'pg';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { afterAll, beforeAll, inject } from 'vitest';
import { serializeJourney } from 'journey-canvas/model';
import type { JourneyDocument } from 'journey-canvas/model';
import { yDocToJourney } from 'journey-canvas/collab';
import { freePort } from '../../scripts/live-services';
import { failoverWebSocket } from '../../examples/workshop-live/failover';
import { signRoomToken } from '../../examples/workshop-live/tokens';
import type { Role } from '../../examples/workshop-live/roles';

export const SECRET = 'live-test-secret-0123456789abcdef-0123456789';
export const SHARED_TOKEN = 'live-test-shared-token';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

export interface ServerProcess {
  id: string;
  url: string;
  http: string;
  child: ChildProcess;
  output: () => string;
  /** SIGTERM: drain, store every room, exit. */
  stop(): Promise<void>;
  /** SIGKILL: nothing runs after it. */
  kill9(): Promise<void>;
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => child.once('exit', () => resolve()));

export async function startServerProcess(id: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'examples/workshop-live/server.ts'], {
    env: {
      ...process.env,
      WORKSHOP_SECRET: SECRET,
      WORKSHOP_TOKEN: SHARED_TOKEN,
      DATABASE_URL: inject('databaseUrl'),
      REDIS_URL: inject('redisUrl'),
      PORT: String(port),
      HOST: '127.0.0.1',
      SERVER_ID: id,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    // Generous: three servers compiling their TypeScript at once on a shared 2-core machine.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server ${id} did not start within 90 s:\n${out}`));
    }, 90_000);
    child.stdout?.on('data', () => {
      if (/server on ws:\/\//.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server ${id} exited with ${code}:\n${out}`));
    });
  });
  return {
    id,
    url: `ws://127.0.0.1:${port}`,
    http: `http://127.0.0.1:${port}`,
    child,
    output: () => out,
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
    },
    async kill9() {
      child.kill('SIGKILL');
      await exited(child);
    },
  };
}

export async function startCluster(ids: string[], env: Record<string, string> = {}): Promise<ServerProcess[]> {
  const started = await Promise.allSettled(ids.map((id) => startServerProcess(id, env)));
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    // None of them outlives a cluster that did not start.
    await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.kill9() : undefined)));
    throw failed.reason;
  }
  return started.map((s) => (s as PromiseFulfilledResult<ServerProcess>).value);
}

/**
 * A test file's servers and clients: the servers start before its tests; after them every client
 * made with `client` is destroyed and every server killed. `servers` is filled in before the tests run.
 */
export function liveCluster(ids: string[]): { servers: ServerProcess[]; client: typeof connect } {
  const servers: ServerProcess[] = [];
  const clients: LiveClient[] = [];
  beforeAll(async () => {
    servers.push(...(await startCluster(ids)));
  });
  afterAll(async () => {
    clients.forEach((c) => c.destroy());
    await Promise.all(servers.map((s) => s.kill9()));
  });
  return {
    servers,
    client(...args) {
      const c = connect(...args);
      clients.push(c);
      return c;
    },
  };
}

export interface LiveClient {
  name: string;
  ydoc: Y.Doc;
  provider: HocuspocusProvider;
  synced: Promise<void>;
  authFailed: Promise<string>;
  /** The server URL the client's socket uses now. */
  server(): string;
  /** Stateless messages the server sent this client. */
  stateless: string[];
  destroy(): void;
}

/** A client that starts on `urls[start]` and moves on along `urls` when its connection drops. */
export function connect(urls: string[], room: string, token: string, options: { start?: number; name?: string } = {}): LiveClient {
  const ydoc = new Y.Doc();
  let onSynced!: () => void;
  let onFailed!: (reason: string) => void;
  const synced = new Promise<void>((resolve) => (onSynced = resolve));
  const authFailed = new Promise<string>((resolve) => (onFailed = resolve));
  const Socket = failoverWebSocket(urls, WebSocket as unknown as typeof globalThis.WebSocket, options.start ?? 0);
  const stateless: string[] = [];
  const provider = new HocuspocusProvider({
    url: urls[0] as string,
    name: room,
    token,
    document: ydoc,
    // Node 20 has no global WebSocket; the provider passes these socket options on (see test/collab/harness.ts).
    ...({ WebSocketPolyfill: Socket, delay: 50, factor: 1.5, maxDelay: 400, minDelay: 50 } as object),
    onSynced: () => onSynced(),
    onAuthenticationFailed: ({ reason }) => onFailed(reason),
    onStateless: ({ payload }) => stateless.push(payload),
  });
  const name = options.name ?? `client-${Math.random().toString(36).slice(2, 8)}`;
  provider.setAwarenessField('user', { name });
  return {
    name,
    ydoc,
    provider,
    synced,
    authFailed,
    server: () => Socket.current(),
    stateless,
    destroy() {
      provider.destroy();
      ydoc.destroy();
    },
  };
}

export function token(room: string, role: Role, hours = 1): Promise<string> {
  return signRoomToken({ room, role, hours }, SECRET);
}

/** Waits (bounded) until every replica holds the same journey; returns it serialized. */
export async function converged(docs: Y.Doc[], timeoutMs = 20_000): Promise<string> {
  let states: string[] = [];
  await until(
    () => {
      states = docs.map((d) => serializeJourney(yDocToJourney(d)));
      return states.every((s) => s === states[0]);
    },
    'the replicas to converge',
    timeoutMs,
  );
  return states[0] as string;
}

/** The journey PostgreSQL holds for a room: its snapshot and every update row, merged. */
export async function storedJourney(room: string): Promise<{ journey: JourneyDocument; updateRows: number; hasSnapshot: boolean }> {
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  try {
    // One statement: a compaction between two reads could hide rows.
    const { rows } = await client.query<{ kind: string; data: Buffer }>(
      "SELECT 'snapshot' AS kind, snapshot AS data FROM journey_rooms WHERE name = $1 UNION ALL SELECT 'update', update FROM journey_room_updates WHERE room = $1",
      [room],
    );
    const doc = new Y.Doc();
    for (const row of rows) Y.applyUpdate(doc, row.data);
    const journey = yDocToJourney(doc);
    doc.destroy();
    return { journey, updateRows: rows.filter((r) => r.kind === 'update').length, hasSnapshot: rows.some((r) => r.kind === 'snapshot') };
  } finally {
    await client.end();
  }
}
