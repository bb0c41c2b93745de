/**
 * Rooms kept in PostgreSQL, shared by every server process (scale-out mode; LevelDB stays the
 * embedded default). A Hocuspocus extension:
 *
 *  - **Write before acknowledging.** A client's update (sync step 2 or update message) is appended
 *    to `journey_room_updates` and committed before Hocuspocus applies and acknowledges it, so an
 *    update the client saw acknowledged survives `kill -9` of the server. Appends arriving at the
 *    same moment share one INSERT (group commit).
 *  - Changes the server makes itself (seeding a new room, restoring a valid journey, a
 *    facilitator's restore) are appended as they happen. Changes relayed from another server
 *    through Redis are not: that server appended them.
 *  - **Catching up, both ways.** `reconcile` applies the room's stored state to a loaded room
 *    (Yjs skips what it has) and stores what the room has beyond it: after another server died,
 *    an update it stored and acknowledged but had not yet relayed reaches this server's
 *    participants, and a change of its own it had relayed but not yet stored (a repair) reaches
 *    PostgreSQL (redisRelay.ts notices the death).
 *  - **Compaction.** When Hocuspocus stores a room (a moment after changes, when the room empties,
 *    on shutdown), the room's snapshot and the updates read are merged into one Yjs state, the
 *    snapshot is replaced and exactly those update rows are deleted, in one transaction under a
 *    per-room advisory lock. History never grows without bound; concurrent appends are kept.
 *
 * Rows are keyed by the room's name as the client gave it (roomOf: Hocuspocus' document name
 * escapes names like `__proto__`).
 *
 * The schema (created on start if missing, under an advisory lock so servers may start together):
 *
 *   journey_rooms        (name text primary key, snapshot bytea, compacted_at timestamptz)
 *   journey_room_updates (id bigserial primary key, room text, update bytea, server text, created_at timestamptz)
 *                         index (room, id)
 */
import { Connection, IncomingMessage, MessageType } from '@hocuspocus/server';
import type { Extension, beforeHandleMessagePayload, onLoadDocumentPayload, onStoreDocumentPayload } from '@hocuspocus/server';
import pg from 'pg';
import * as Y from 'yjs';
import { roomOf } from './connectionGuard';

/** Yjs sync protocol message types (y-protocols/sync): step 1 carries no content. */
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;
/** The origin of applying the stored state: not appended again. */
const LOAD_ORIGIN = Symbol('loaded from PostgreSQL');
/** The transaction origin @hocuspocus/extension-redis gives relayed changes (its redisTransactionOrigin). */
const REDIS_ORIGIN = '__hocuspocus__redis__origin__';
/** An empty Yjs update (no structs, no deletions): a sync step 2 from a client with nothing new. */
const isEmptyUpdate = (update: Uint8Array) => update.length === 2 && update[0] === 0 && update[1] === 0;

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS journey_rooms (
  name text PRIMARY KEY,
  snapshot bytea NOT NULL,
  compacted_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS journey_room_updates (
  id bigserial PRIMARY KEY,
  room text NOT NULL,
  update bytea NOT NULL,
  server text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS journey_room_updates_room_id ON journey_room_updates (room, id);
`;
/** Any constant: the key of the advisory lock that serializes schema creation across servers. */
const SCHEMA_LOCK = 7_346_912;
/** Compaction reads at most this many update rows at a time; the rest wait for the next store. */
const COMPACT_BATCH = 5000;

export interface StoreTiming {
  (operation: 'append' | 'compact' | 'load', seconds: number): void;
}

export interface PostgresRoomsOptions {
  connectionString: string;
  /** Names this server in the rows it appends (for operators reading the table). */
  serverId: string;
  /** Told how long each append, compaction and load took (metrics.ts). */
  timing?: StoreTiming;
  /** @default 10 */
  poolSize?: number;
  log?: (message: string) => void;
}

interface PendingAppend {
  room: string;
  update: Uint8Array;
  done: () => void;
  failed: (error: unknown) => void;
}

/** Reads the Yjs update a client message carries, if it carries one (sync step 2 or update). */
export function clientUpdateIn(message: Uint8Array): Uint8Array | null {
  try {
    const reader = new IncomingMessage(message);
    reader.readVarString(); // room name
    const type = reader.readVarUint();
    if (type !== MessageType.Sync && type !== MessageType.SyncReply) return null;
    const syncType = reader.readVarUint();
    if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return null;
    return reader.readVarUint8Array();
  } catch {
    return null; // not a message we persist; Hocuspocus refuses it when it handles it
  }
}

/**
 * Runs `work` on one pooled connection inside BEGIN … COMMIT; any error rolls back (a failed
 * rollback on a broken connection is ignored: the error that caused it is the one thrown).
 */
async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

export class PostgresRooms implements Extension {
  extensionName = 'journey-canvas PostgreSQL rooms';
  /** Below the defaults (100): size caps and other refusals run first, so a refused update is never stored. */
  priority = 10;

  readonly pool: pg.Pool;
  private readonly options: PostgresRoomsOptions;
  private queue: PendingAppend[] = [];
  private flushing: Promise<void> | null = null;
  /** Work a store must wait for: appends of the server's own changes (awaited by no one) and catch-ups after a peer died. */
  private readonly background = new Set<Promise<void>>();
  private readonly log: (message: string) => void;

  constructor(options: PostgresRoomsOptions) {
    this.options = options;
    this.log = options.log ?? ((message) => console.warn(message));
    this.pool = new pg.Pool({ connectionString: options.connectionString, max: options.poolSize ?? 10 });
    // An idle client losing its connection (PostgreSQL restarted) must not crash the process.
    this.pool.on('error', (error) => this.log(`PostgreSQL pool: ${error.message}`));
  }

  /** Creates the tables if missing. Call once before serving. */
  async migrate(): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
      await client.query(SCHEMA_SQL);
    });
  }

  /** For the health endpoint. */
  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  private timed<T>(operation: 'append' | 'compact' | 'load', work: () => Promise<T>): Promise<T> {
    const t0 = performance.now();
    return work().finally(() => this.options.timing?.(operation, (performance.now() - t0) / 1000));
  }

  /** Appends one update; resolves once it is committed. Concurrent appends share one INSERT. */
  append(room: string, update: Uint8Array): Promise<void> {
    return new Promise<void>((done, failed) => {
      this.queue.push({ room, update, done, failed });
      if (!this.flushing) this.flushing = this.flush();
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0);
      try {
        await this.timed('append', () =>
          this.pool.query(
            'INSERT INTO journey_room_updates (room, update, server) SELECT room, update, $3 FROM unnest($1::text[], $2::bytea[]) AS u(room, update)',
            [batch.map((p) => p.room), batch.map((p) => Buffer.from(p.update)), this.options.serverId],
          ),
        );
        batch.forEach((p) => p.done());
      } catch (error) {
        batch.forEach((p) => p.failed(error));
      }
    }
    this.flushing = null;
  }

  /** Waits for every append already started (the server's own changes and catch-ups included). */
  async settled(): Promise<void> {
    await Promise.all([this.flushing, ...this.background]);
  }

  /** Makes a store (settled) wait for `work`; its failure is its caller's to handle. */
  private track(work: Promise<void>): void {
    const done = work.catch(() => undefined);
    this.background.add(done);
    void done.finally(() => this.background.delete(done));
  }

  /** Applies what PostgreSQL holds for the room to its loaded Y.Doc; not appended again. */
  async catchUp(documentName: string, document: Y.Doc): Promise<void> {
    await this.timed('load', async () => {
      // One statement, one snapshot of the data: a compaction between two reads could hide rows.
      const stored = await this.pool.query<{ id: string | null; data: Buffer }>(
        'SELECT NULL::bigint AS id, snapshot AS data FROM journey_rooms WHERE name = $1 UNION ALL (SELECT id, update FROM journey_room_updates WHERE room = $1 ORDER BY id)',
        [roomOf(documentName)],
      );
      Y.transact(
        document,
        () => {
          for (const row of stored.rows) {
            try {
              Y.applyUpdate(document, row.data, LOAD_ORIGIN);
            } catch {
              this.log(`room ${JSON.stringify(documentName)}: skipped stored ${row.id === null ? 'snapshot' : `update ${row.id}`}, not a Yjs update`);
            }
          }
        },
        LOAD_ORIGIN,
      );
    });
  }

  /** After a peer died: what PostgreSQL has into the room, and what the room has into PostgreSQL. */
  reconcile(documentName: string, document: Y.Doc): Promise<void> {
    const work = (async () => {
      await this.catchUp(documentName, document);
      // Everything the room holds, as one update: idempotent, compacted away at the next store.
      await this.append(roomOf(documentName), Y.encodeStateAsUpdate(document));
    })();
    // A room that empties meanwhile is compacted after this, not before its row lands (which
    // would leave the row until the room is next loaded).
    this.track(work);
    return work;
  }

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    await this.catchUp(documentName, document);
    // From here on, changes made on this server by anything but a client or the Redis relay are
    // the server's own (seeding, restores): append them as they happen.
    document.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === LOAD_ORIGIN || origin === REDIS_ORIGIN || origin instanceof Connection) return;
      this.track(
        this.append(roomOf(documentName), update).catch((error: unknown) =>
          this.log(`room ${JSON.stringify(documentName)}: could not store a server change: ${String(error)}`),
        ),
      );
    });
  }

  /** Write before acknowledging: Hocuspocus applies and acknowledges the message after this resolves. */
  async beforeHandleMessage({ connection, documentName, update: message }: beforeHandleMessagePayload): Promise<void> {
    if (connection.readOnly) return; // refused by Hocuspocus, never applied
    const update = clientUpdateIn(message);
    if (!update || isEmptyUpdate(update)) return;
    try {
      Y.decodeUpdate(update); // a malformed update is refused by Hocuspocus: never store one
    } catch {
      return;
    }
    await this.append(roomOf(documentName), update); // a failure closes the connection unacknowledged; the client resends
  }

  /** Compaction (Hocuspocus' debounced store, and on unload and shutdown). */
  async onStoreDocument({ documentName }: onStoreDocumentPayload): Promise<void> {
    await this.settled();
    await this.compact(roomOf(documentName));
  }

  async compact(room: string): Promise<void> {
    await this.timed('compact', () =>
      inTransaction(this.pool, async (client) => {
        await client.query("SELECT pg_advisory_xact_lock(hashtext('journey-room:' || $1))", [room]);
        const updates = await client.query<{ id: string; update: Buffer }>('SELECT id, update FROM journey_room_updates WHERE room = $1 ORDER BY id LIMIT $2', [room, COMPACT_BATCH]);
        if (updates.rows.length === 0) return;
        const snapshot = await client.query<{ snapshot: Buffer }>('SELECT snapshot FROM journey_rooms WHERE name = $1', [room]);
        const doc = new Y.Doc();
        const first = snapshot.rows[0];
        if (first) Y.applyUpdate(doc, first.snapshot);
        for (const row of updates.rows) {
          try {
            Y.applyUpdate(doc, row.update);
          } catch {
            // not a Yjs update: dropped with the rows below
          }
        }
        const merged = Y.encodeStateAsUpdate(doc);
        doc.destroy();
        await client.query(
          'INSERT INTO journey_rooms (name, snapshot, compacted_at) VALUES ($1, $2, now()) ON CONFLICT (name) DO UPDATE SET snapshot = EXCLUDED.snapshot, compacted_at = now()',
          [room, Buffer.from(merged)],
        );
        // Exactly the rows merged: an update appended meanwhile (even with a smaller id not yet
        // committed when we read) stays for the next compaction.
        await client.query('DELETE FROM journey_room_updates WHERE id = ANY($1::bigint[])', [updates.rows.map((r) => r.id)]);
      }),
    );
  }

  async onDestroy(): Promise<void> {
    await this.settled();
    await this.pool.end();
  }
}
