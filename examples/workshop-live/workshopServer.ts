/**
 * The live-workshop server: Hocuspocus (a standard Yjs WebSocket server) with
 *
 *  - a room token checked on connect (onAuthenticate): no token or a wrong one is refused
 *    before any document content is sent;
 *  - persistence to LevelDB (classic-level) through @hocuspocus/extension-database: each room's
 *    Yjs state is one key, written on Hocuspocus' debounce and whenever a room unloads, so a
 *    restart loses nothing;
 *  - validation after changes with journey-canvas/model: an invalid state written by a client is
 *    replaced by the last valid one (as ordinary Yjs changes, so every replica follows);
 *  - new rooms seeded with a new journey, so clients never seed two different ones at once.
 *
 * Why Hocuspocus rather than y-websocket's server: authentication, change and store hooks are
 * its documented API (y-websocket's server leaves auth and persistence hooks to forks and
 * environment variables), and it scales past one process with its Redis extension.
 */
import { timingSafeEqual } from 'node:crypto';
import { Server } from '@hocuspocus/server';
import type { Document as HocuspocusDocument } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import { ClassicLevel } from 'classic-level';
import * as Y from 'yjs';
import { createJourney, parseJourney } from 'journey-canvas/model';
import type { JourneyDocument, JourneyError } from 'journey-canvas/model';
import { isJourneyYDocEmpty, journeyToYDoc, writeJourneyToYDoc, yDocToJourney } from 'journey-canvas/collab';

export interface WorkshopServerOptions {
  /** 0 picks a free port. @default 1234 */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** Folder of the LevelDB database. */
  dataDir: string;
  /** The token a room needs: one for every room, or a function of the room name (undefined = no such room). */
  token: string | ((room: string) => string | undefined);
  /** ms between a change and its write to disk (Hocuspocus' debounce). @default 1000 */
  debounce?: number;
  /** Told when a client's invalid state was replaced by the last valid one. */
  onRejected?: (room: string, errors: JourneyError[]) => void;
  quiet?: boolean;
}

export interface WorkshopServer {
  url: string;
  port: number;
  /** Closes every connection, writes every room to disk, closes the database. */
  stop(): Promise<void>;
}

/** The server's own writes (restoring a valid state, seeding): not validated again. */
const SERVER_ORIGIN = { workshopServer: true };

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startWorkshopServer(options: WorkshopServerOptions): Promise<WorkshopServer> {
  const db = new ClassicLevel<string, Uint8Array>(options.dataDir, { keyEncoding: 'utf8', valueEncoding: 'view' });
  await db.open();
  const lastValid = new Map<string, JourneyDocument>();
  const pendingChecks = new Set<string>();

  const expectedToken = (room: string) => (typeof options.token === 'string' ? options.token : options.token(room));

  /** Validates a room's shared state; puts the last valid document back if it is invalid. */
  const check = (room: string, ydoc: Y.Doc) => {
    pendingChecks.delete(room);
    const result = parseJourney(yDocToJourney(ydoc));
    if (result.ok) {
      lastValid.set(room, result.document);
      return;
    }
    const valid = lastValid.get(room);
    options.onRejected?.(room, result.errors);
    if (valid) writeJourneyToYDoc(ydoc, valid, { origin: SERVER_ORIGIN });
  };

  const server = new Server({
    port: options.port ?? 1234,
    address: options.host ?? '127.0.0.1',
    quiet: options.quiet ?? true,
    stopOnSignals: false,
    debounce: options.debounce ?? 1000,
    maxDebounce: Math.max(options.debounce ?? 1000, 5000),
    extensions: [
      new Database({
        fetch: async ({ documentName }) => {
          const state = await db.get(documentName);
          return state ?? null;
        },
        store: async ({ documentName, state }) => {
          await db.put(documentName, state);
        },
      }),
    ],
    async onAuthenticate({ token, documentName }) {
      const expected = expectedToken(documentName);
      if (!expected || typeof token !== 'string' || !sameToken(token, expected)) {
        throw new Error('Not authorized: wrong or missing room token');
      }
    },
    async afterLoadDocument({ document, documentName }) {
      if (isJourneyYDocEmpty(document)) {
        Y.transact(document, () => journeyToYDoc(createJourney({ title: documentName }), document), SERVER_ORIGIN);
      }
      check(documentName, document);
    },
    async onChange({ document, documentName, transactionOrigin }) {
      if (transactionOrigin === SERVER_ORIGIN || pendingChecks.has(documentName)) return;
      // One check per burst of updates (a sync brings many), after they are all applied.
      pendingChecks.add(documentName);
      setImmediate(() => check(documentName, document as HocuspocusDocument));
    },
    async afterUnloadDocument({ documentName }) {
      lastValid.delete(documentName);
    },
  });
  await server.listen();
  const port = server.address.port;

  return {
    url: `ws://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    async stop() {
      // Closes each room's connections (storing every room as it unloads), then drops the
      // sockets themselves, as a process exit would: clients see a disconnect and reconnect.
      await server.destroy();
      server.webSocketServer.clients.forEach((socket) => socket.terminate());
      await db.close();
    },
  };
}
