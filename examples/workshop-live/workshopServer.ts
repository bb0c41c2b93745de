/**
 * The live-workshop server: Hocuspocus (a standard Yjs WebSocket server) with
 *
 *  - a room token checked on connect (onAuthenticate): no token or a wrong one is refused
 *    before any document content is sent;
 *  - persistence to LevelDB (classic-level) through @hocuspocus/extension-database: each room's
 *    Yjs state is one key, written on Hocuspocus' debounce and whenever a room unloads, and a
 *    write-ahead log of every update (updateLog.ts), written before it is acknowledged, so
 *    neither a restart nor `kill -9` loses an acknowledged edit;
 *  - validation after changes with journey-canvas/model: an invalid state written by a client is
 *    replaced by the last valid one (as ordinary Yjs changes, so every replica follows);
 *    content outside the journey is deleted (foreignTypes.ts);
 *  - limits at the door (connectionGuard.ts, roomLimits.ts): message and room sizes, what a
 *    socket may send before it logs in, clients that do not read; any string is a room name;
 *  - new rooms seeded with a new journey, so clients never seed two different ones at once;
 *  - scale-out mode (startFromConfig.ts), through the options `access`, `storage`, `extensions`
 *    and `repairsHere`: role tokens, rooms in PostgreSQL instead of LevelDB and its log, the
 *    Redis relay, one repairing server per room.
 *
 * Why Hocuspocus rather than y-websocket's server: authentication, change and store hooks are
 * its documented API (y-websocket's server leaves auth and persistence hooks to forks and
 * environment variables), and it scales past one process with its Redis extension.
 */
import { timingSafeEqual } from 'node:crypto';
import { Server } from '@hocuspocus/server';
import type { Document as HocuspocusDocument, Extension } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';
import { join } from 'node:path';
import { ClassicLevel } from 'classic-level';
import * as Y from 'yjs';
import { createJourney, serializeJourney } from 'journey-canvas/model';
import type { JourneyDocument, JourneyError } from 'journey-canvas/model';
import { isJourneyYDocEmpty, journeyToYDoc, journeyYTypes, parseJourneyYDoc, ROUND_Y_KEYS, writeJourneyToYDoc, Y_KEYS, Y_READ_LIMITS } from 'journey-canvas/collab';
import { createConnectionGuard, roomOf } from './connectionGuard';
import type { ConnectionLimits } from './connectionGuard';
import { dropForeignContent } from './foreignTypes';
import { createRoomSizeGuard, ROOM_LIMITS } from './roomLimits';
import { createUpdateLog } from './updateLog';
import { can, isRole } from './roles';
import { typesTouched, updateOfSyncMessage } from './roundGuard';
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
  /** Checks a token and gives its role (signed role tokens, tokens.ts); replaces `token`. */
  access?: AccessCheck;
  /** Scale-out mode: the rooms' store (PostgreSQL, postgresRooms.ts), replacing LevelDB and its log. */
  storage?: Extension;
  /** More Hocuspocus extensions (the Redis relay, health and metrics, room commands). */
  extensions?: Extension[];
  /** Scale-out mode: whether this server repairs an invalid state of the room (one server per room does). @default always */
  repairsHere?: (room: string) => boolean;
  /** Told why a connection was refused at authentication (metrics). */
  onRefused?: (reason: string) => void;
  /** ms between a change and its write to disk (Hocuspocus' debounce). @default 1000 */
  debounce?: number;
  /** Told when a client's invalid state was replaced by the last valid one. */
  onRejected?: (room: string, errors: JourneyError[]) => void;
  /** Told (one line) when a socket is closed for breaking a limit, or a room's check failed. */
  onIncident?: (message: string) => void;
  /** Limits at the door (see connectionGuard.ts and roomLimits.ts for the defaults). */
  limits?: Partial<ConnectionLimits> & { maxRoomBytes?: number };
  /** Folder of the write-ahead log. @default `<dataDir>/journey-canvas-wal` */
  walDir?: string;
  quiet?: boolean;
}

export interface WorkshopServer {
  url: string;
  port: number;
  /** Closes every connection, writes every room to disk, closes the database. */
  stop(): Promise<void>;
  /** Validates a loaded room again (this server just became the one that repairs it). */
  recheck(documentName: string): void;
  /** The room's Y.Doc if it is loaded on this server (by Hocuspocus document name). */
  loadedRoom(documentName: string): Y.Doc | undefined;
  /** What the server keeps per room, by kind: all 0 once every room has emptied. */
  kept(): Record<string, number>;
}

/** The server's own writes (restoring a valid state, seeding): not validated again. */
const SERVER_ORIGIN = { workshopServer: true };
/** The shared types a room keeps: the journey's and the rating round's (anything else is dropped). */
const JOURNEY_TYPES: ReadonlySet<string> = new Set([...Object.values(Y_KEYS), ...Object.values(ROUND_Y_KEYS)]);

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startWorkshopServer(options: WorkshopServerOptions): Promise<WorkshopServer> {
  const dataDir = options.dataDir ?? 'workshop-data';
  const db = options.storage ? null : new ClassicLevel<string, Uint8Array>(dataDir, { keyEncoding: 'utf8', valueEncoding: 'view' });
  await db?.open();
  // Rooms are kept by their Hocuspocus document name (see connectionGuard.ts: roomOf gives the room).
  const lastValid = new Map<string, JourneyDocument>();
  const pendingChecks = new Set<string>();
  // With another storage (PostgreSQL), that storage writes before acknowledging: no local log.
  const log = options.storage ? null : createUpdateLog(options.walDir ?? join(dataDir, 'journey-canvas-wal'));
  const incident = (message: string) => options.onIncident?.(message);

  const expectedToken = (room: string) => (typeof options.token === 'function' ? options.token(room) : options.token);

  /**
   * Puts `valid` back field by field; if that does not give it back exactly (a write no field
   * sync undoes), empties the journey's maps and writes the snapshot whole.
   */
  const restore = (ydoc: Y.Doc, valid: JourneyDocument) => {
    writeJourneyToYDoc(ydoc, valid, { origin: SERVER_ORIGIN });
    const after = parseJourneyYDoc(ydoc);
    if (after.ok && serializeJourney(after.document) === serializeJourney(valid)) return;
    const types = journeyYTypes(ydoc);
    ydoc.transact(() => {
      for (const map of Object.values(types)) for (const key of [...map.keys()]) map.delete(key);
    }, SERVER_ORIGIN);
    writeJourneyToYDoc(ydoc, valid, { origin: SERVER_ORIGIN });
  };

  /**
   * Validates a room's shared state; puts the last valid document back if it is invalid. Total:
   * whatever a client wrote, a failure stays in its room (reported, never thrown).
   */
  const check = (documentName: string, ydoc: Y.Doc) => {
    pendingChecks.delete(documentName);
    const room = roomOf(documentName);
    // Scale-out: only the room's repairing server validates (it is the one that would repair),
    // so a room's validation costs one server's CPU, not every server's.
    if (options.repairsHere && !options.repairsHere(documentName)) return;
    try {
      const dropped = dropForeignContent(ydoc, JOURNEY_TYPES, SERVER_ORIGIN);
      if (dropped.length > 0) incident(`room ${JSON.stringify(room)}: deleted content outside the journey (${dropped.map((name) => JSON.stringify(name)).join(', ')})`);
      const result = parseJourneyYDoc(ydoc);
      if (result.ok) {
        lastValid.set(documentName, result.document);
        return;
      }
      options.onRejected?.(room, result.errors);
      const valid = lastValid.get(documentName);
      if (valid) restore(ydoc, valid);
    } catch (error) {
      incident(`room ${JSON.stringify(room)}: the check failed (${error instanceof Error ? error.message : String(error)})`);
    }
  };

  const roomSizes = createRoomSizeGuard((documentName) => server.hocuspocus.documents.get(documentName), {
    maxRoomBytes: options.limits?.maxRoomBytes ?? ROOM_LIMITS.maxRoomBytes,
    maxDepth: Y_READ_LIMITS.maxDepth,
  });
  const guard = createConnectionGuard({
    ...options.limits,
    admitSync: (documentName, message, payloadStart, role) => {
      const verdict = roomSizes.admitSync(documentName, message, payloadStart);
      if (verdict !== null) return verdict;
      // Only a facilitator starts, reveals and ends rating rounds (roundGuard.ts).
      if (role === undefined || (isRole(role) && can(role, 'runRatingRounds'))) return null;
      const update = updateOfSyncMessage(message, payloadStart);
      const document = server.hocuspocus.documents.get(documentName);
      if (update === null || document === undefined) return null;
      const touched = typesTouched(update, document);
      if ('refused' in touched) return touched.refused;
      return touched.has(ROUND_Y_KEYS.round) ? 'wrote the rating round, which only a facilitator may start, reveal or end' : null;
    },
    onRefused: (reason) => incident(`closed a connection that ${reason}`),
  });

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
          const room = roomOf(documentName);
          const state = await db?.get(room);
          // What the log holds past the stored state (all of it after a kill -9).
          const logged = log?.read(room) ?? [];
          if (logged.length === 0) return state ?? null;
          return Y.mergeUpdates(state ? [state, ...logged] : logged);
        },
        store: async ({ documentName, state }) => {
          const room = roomOf(documentName);
          // `state` was encoded just now, synchronously: the log up to here is in it.
          const mark = log?.mark(room) ?? 0;
          await db?.put(room, state);
          log?.stored(room, mark);
        },
      }),
    ],
    async onAuthenticate({ token, documentName, request, connectionConfig }) {
      if (options.access) {
        let role;
        try {
          role = await options.access(token, roomOf(documentName));
        } catch (error) {
          const reason = error instanceof AccessDenied ? error.message : 'token check failed';
          options.onRefused?.(reason);
          // Hocuspocus sends `reason` to the client (onAuthenticationFailed): "token expired" tells the page to ask for a new link.
          throw Object.assign(new Error(`Not authorized: ${reason}`, { cause: error }), { reason: `Not authorized: ${reason}` });
        }
        // A viewer's connection is read-only: Hocuspocus refuses its updates (never applied, relayed or stored).
        if (!can(role, 'edit')) connectionConfig.readOnly = true;
        guard.authenticated(request, documentName, role);
        return { role };
      }
      const expected = expectedToken(roomOf(documentName));
      if (!expected || typeof token !== 'string' || !sameToken(token, expected)) {
        options.onRefused?.('wrong room token');
        throw new Error('Not authorized: wrong or missing room token');
      }
      guard.authenticated(request, documentName, 'participant');
      return { role: 'participant' };
    },
    async afterLoadDocument({ document, documentName }) {
      // First: every update from here on is logged before it is acknowledged (until the doc is destroyed on unload).
      log?.attach(roomOf(documentName), document);
      if (isJourneyYDocEmpty(document)) {
        Y.transact(document, () => journeyToYDoc(createJourney({ title: roomOf(documentName) }), document), SERVER_ORIGIN);
      }
      check(documentName, document);
    },
    async onChange({ document, documentName, transactionOrigin }) {
      if (transactionOrigin === SERVER_ORIGIN || pendingChecks.has(documentName)) return;
      // One check per burst of updates (a sync brings many), after they are all applied.
      pendingChecks.add(documentName);
      setImmediate(() => {
        // Unloaded meanwhile: checking would keep its journey in lastValid after the room is gone.
        if (server.hocuspocus.documents.get(documentName) === document) check(documentName, document as HocuspocusDocument);
        else pendingChecks.delete(documentName);
      });
    },
    async afterUnloadDocument({ documentName }) {
      // Everything kept per room goes with it.
      lastValid.delete(documentName);
      pendingChecks.delete(documentName);
      roomSizes.forget(documentName);
    },
  }, guard.websocketOptions);
  server.webSocketServer.on('connection', guard.onConnection);
  await server.listen();
  const port = server.address.port;

  return {
    url: `ws://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    kept: () => ({
      documents: server.hocuspocus.getDocumentsCount(),
      lastValid: lastValid.size,
      pendingChecks: pendingChecks.size,
      roomSizes: roomSizes.size,
      openLogs: log?.open ?? 0,
    }),
    async stop() {
      // Closes each room's connections (storing every room as it unloads), then drops the
      // sockets themselves, as a process exit would: clients see a disconnect and reconnect.
      await server.destroy();
      server.webSocketServer.clients.forEach((socket) => socket.terminate());
      await db?.close();
    },
    loadedRoom: (documentName) => server.hocuspocus.documents.get(documentName),
    recheck(documentName) {
      const document = server.hocuspocus.documents.get(documentName);
      if (document) check(documentName, document);
    },
  };
}
