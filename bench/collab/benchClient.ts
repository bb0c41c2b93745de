/** A benchmark's Node participant: a Y.Doc on a HocuspocusProvider, and the time each of its updates takes to be acknowledged. */
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { failoverWebSocket } from '../../examples/workshop-live/failover';

export interface BenchClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  synced: Promise<void>;
}

export function connectClient(url: string, room: string, token: string): BenchClient {
  const doc = new Y.Doc();
  let done!: () => void;
  const synced = new Promise<void>((resolve) => (done = resolve));
  // failoverWebSocket with one URL: ws with an error listener, so a socket dropped while connecting does not throw.
  const Socket = failoverWebSocket([url], WebSocket as unknown as typeof globalThis.WebSocket);
  const provider = new HocuspocusProvider({ url, name: room, token, document: doc, ...({ WebSocketPolyfill: Socket } as object), onSynced: () => done() });
  return { doc, provider, synced };
}

/**
 * Calls `acknowledged(ms)` for each update the provider sends, with the time until the server
 * acknowledged it (in scale-out mode: after PostgreSQL committed it). The provider counts updates
 * sent and not yet acknowledged; one socket acknowledges in order, so the oldest goes first.
 */
export function timeAcknowledgements(provider: HocuspocusProvider, acknowledged: (ms: number) => void): void {
  const sentAt: number[] = [];
  let oldest = 0;
  let known = provider.unsyncedChanges;
  provider.on('unsyncedChanges', ({ number }: { number: number }) => {
    const now = performance.now();
    for (; known < number; known++) sentAt.push(now);
    for (; known > number; known--) {
      const at = sentAt[oldest++];
      if (at !== undefined) acknowledged(now - at);
    }
  });
}
