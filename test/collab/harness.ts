/**
 * Real server, real clients: the workshop-live server on 127.0.0.1 (an ephemeral port) with a
 * fresh LevelDB folder, and Node clients on HocuspocusProvider over real WebSockets.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { serializeJourney } from 'journey-canvas/model';
import { yDocToJourney } from 'journey-canvas/collab';
import { freePort } from '../../scripts/live-services';
import { startWorkshopServer } from '../../examples/workshop-live/workshopServer';
import type { WorkshopServer, WorkshopServerOptions } from '../../examples/workshop-live/workshopServer';

export const TOKEN = 'room-token-for-tests';

export function tempDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'jc-workshop-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function startServer(dataDir: string, extra: Partial<WorkshopServerOptions> = {}): Promise<WorkshopServer> {
  // A port from LIVE_PORTS when set (machines where tests must keep to a range), else any free one.
  const port = process.env.LIVE_PORTS ? await freePort() : 0;
  return startWorkshopServer({ port, host: '127.0.0.1', dataDir, token: TOKEN, debounce: 100, ...extra });
}

export interface TestClient {
  ydoc: Y.Doc;
  provider: HocuspocusProvider;
  synced: Promise<void>;
  authFailed: Promise<string>;
  destroy(): void;
}

export function connectClient(url: string, room: string, token: string | null = TOKEN, ydoc = new Y.Doc()): TestClient {
  let onSynced!: () => void;
  let onFailed!: (reason: string) => void;
  const synced = new Promise<void>((resolve) => (onSynced = resolve));
  const authFailed = new Promise<string>((resolve) => (onFailed = resolve));
  const provider = new HocuspocusProvider({
    url,
    name: room,
    token,
    document: ydoc,
    // Node 20 has no global WebSocket. The provider hands its whole configuration to the socket
    // it creates, which reads WebSocketPolyfill; the provider's own type does not list socket options.
    // Quick reconnects (the restart test waits for them) are socket options too.
    ...({ WebSocketPolyfill: WebSocket, delay: 50, factor: 1.5, maxDelay: 400, minDelay: 50 } as object),
    onSynced: () => onSynced(),
    onAuthenticationFailed: ({ reason }) => onFailed(reason),
  });
  return {
    ydoc,
    provider,
    synced,
    authFailed,
    destroy() {
      provider.destroy();
      ydoc.destroy();
    },
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits (bounded) until every replica holds the same journey; returns it serialized. */
export async function converged(docs: Y.Doc[], timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const states = docs.map((d) => serializeJourney(yDocToJourney(d)));
    if (states.every((s) => s === states[0])) return states[0] as string;
    if (Date.now() > deadline) throw new Error(`replicas did not converge within ${timeoutMs} ms`);
    await sleep(25);
  }
}

/** A bounded wait for a condition. */
export async function until(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}
