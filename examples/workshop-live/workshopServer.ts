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
import type { Document as HocuspocusDocument, Extension } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import { ClassicLevel } from 'classic-level';
import * as Y from 'yjs';
import { createJourney, parseJourney } from 'journey-canvas/model';
import type { JourneyDocument, JourneyError } from 'journey-canvas/model';
import { isJourneyYDocEmpty, journeyToYDoc, writeJourneyToYDoc, yDocToJourney } from 'journey-canvas/collab';
import { can } from './roles';
import { AccessDenied } from './tokens';
import type { AccessCheck } from './tokens';

export interface WorkshopServerOptions {
  /** 0 picks a free port. @default 1234 */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** Folder of the LevelDB database (the embedded default; not opened when `storage` is given). */
  dataDir?: string;
  /** The token a room needs: one for every room, or a function of the room name (undefined = no such room). Acts as the participant role. */
  token?: string | ((room: string) => string | undefined);
  /** Scale-out mode (scaleOut.ts): checks a token and gives its role (signed role tokens); replaces `token`. */
  access?: AccessCheck;
  /** Scale-out mode: the rooms' store (PostgreSQL), replacing LevelDB. */
  storage?: Extension;
  /** Scale-out mode: more Hocuspocus extensions (the Redis relay, health and metrics, room commands). */
  extensions?: Extension[];
  /** Scale-out mode: whether this server repairs an invalid state of the room (one server per room does). @default always */
  repairsHere?: (room: string) => boolean;
  /** Told why a connection was refused at authentication (metrics). */
  onRefused?: (reason: string) => void;
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
  /** Validates a loaded room again (this server just became the one that repairs it). */
  recheck(room: string): void;
  /** The room's Y.Doc if it is loaded on this server. */
  loadedRoom(room: string): Y.Doc | undefined;
}

/** The server's own writes (restoring a valid state, seeding): not validated again. */
const SERVER_ORIGIN = { workshopServer: true };

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startWorkshopServer(options: WorkshopServerOptions): Promise<WorkshopServer> {
  const db = options.storage ? null : new ClassicLevel<string, Uint8Array>(options.dataDir ?? 'workshop-data', { keyEncoding: 'utf8', valueEncoding: 'view' });
  await db?.open();
  const lastValid = new Map<string, JourneyDocument>();
  const pendingChecks = new Set<string>();

  const expectedToken = (room: string) => (typeof options.token === 'function' ? options.token(room) : options.token);

  /** Validates a room's shared state; puts the last valid document back if it is invalid. */
  const check = (room: string, ydoc: Y.Doc) => {
    pendingChecks.delete(room);
    const result = parseJourney(yDocToJourney(ydoc));
    if (result.ok) {
      lastValid.set(room, result.document);
      return;
    }
    if (options.repairsHere && !options.repairsHere(room)) return; // the room's repairing server does it
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
      ...(options.extensions ?? []),
      options.storage ??
      new Database({
        fetch: async ({ documentName }) => {
          const state = await db?.get(documentName);
          return state ?? null;
        },
        store: async ({ documentName, state }) => {
          await db?.put(documentName, state);
        },
      }),
    ],
    async onAuthenticate({ token, documentName, connectionConfig }) {
      if (options.access) {
        try {
          const role = await options.access(token, documentName);
          // A viewer's connection is read-only: Hocuspocus refuses its updates (never applied, relayed or stored).
          if (!can(role, 'edit')) connectionConfig.readOnly = true;
          return { role };
        } catch (error) {
          const reason = error instanceof AccessDenied ? error.message : 'token check failed';
          options.onRefused?.(reason);
          // Hocuspocus sends `reason` to the client (onAuthenticationFailed): "token expired" tells the page to ask for a new link.
          throw Object.assign(new Error(`Not authorized: ${reason}`, { cause: error }), { reason: `Not authorized: ${reason}` });
        }
      }
      const expected = expectedToken(documentName);
      if (!expected || typeof token !== 'string' || !sameToken(token, expected)) {
        options.onRefused?.('wrong room token');
        throw new Error('Not authorized: wrong or missing room token');
      }
      return { role: 'participant' };
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
      await db?.close();
    },
    loadedRoom: (room) => server.hocuspocus.documents.get(room),
    recheck(room) {
      const document = server.hocuspocus.documents.get(room);
      if (document) check(room, document);
    },
  };
}
