/**
 * Limits on each room's Yjs document, checked on each sync message before Hocuspocus applies
 * it (a refused message closes its sender's socket, with the reason, through the connection
 * guard): the update must be a Yjs update, nest types at most `maxDepth` deep (updateDepth.ts),
 * and not take the room's state past `maxRoomBytes`.
 * Measuring a document is a full encode, so it is done when
 * a room is first written to and again only when the running total of accepted updates says
 * the room may be full (at most once a second, or after a sixteenth of the limit more): updates
 * that replace content (Yjs collects what they delete) then count again at their real size.
 * Updates that only delete are always accepted, so a full room can still be tidied up.
 *
 * A client's next edit often builds on its previous one. Hocuspocus checks each message as it
 * arrives, while an earlier one may still be waiting for its store (an update is acknowledged
 * only once stored, and applied after that), so the earlier update is not in the document yet.
 * Updates admitted but not yet applied are kept per room ("in flight") and an update that hangs
 * from content the document lacks is checked again together with them: it is refused only when
 * nothing admitted holds that content either.
 */
import * as Y from 'yjs';
import { DEFER, readVarUint } from './connectionGuard';
import { DEPENDS_ON_MISSING, updateDepth } from './updateDepth';

export interface RoomLimits {
  /** The largest encoded Yjs state a room may grow to, in bytes. @default 16 MiB */
  maxRoomBytes: number;
  /** How deep Yjs types may nest. @default 100 */
  maxDepth: number;
}

export const ROOM_LIMITS: RoomLimits = { maxRoomBytes: 16 * 1024 * 1024, maxDepth: 100 };

const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/**
 * An admitted update the document may not hold yet, with how far it reaches per client (from
 * parseUpdateMeta: a state vector made from an update leaves out a client whose part does not
 * start at clock 0, which is every edit after a client's first).
 */
interface InFlight {
  update: Uint8Array;
  reaches: Map<number, number>;
  at: number;
}

/** How long an admitted update is waited for (one refused later by another hook is never applied). */
const IN_FLIGHT_MS = 30_000;
/** At most this many admitted updates are kept per room; the oldest go first. */
const MAX_IN_FLIGHT = 256;

interface RoomSize {
  /** Encoded size when last measured. */
  bytes: number;
  /** Update bytes accepted since. */
  grown: number;
  measuredAt: number;
}

export interface RoomSizeGuard {
  /** For the connection guard's admitSync. */
  admitSync(documentName: string, message: Uint8Array, payloadStart: number): string | null | typeof DEFER;
  /** Forget a room's figures (it was unloaded). */
  forget(documentName: string): void;
  /** Rooms with figures kept (for tests: memory released when rooms empty). */
  readonly size: number;
  /** Admitted updates of a room its document does not hold yet (for tests). */
  inFlight(documentName: string): number;
}

export function createRoomSizeGuard(documentOf: (documentName: string) => Y.Doc | undefined, limits: RoomLimits = ROOM_LIMITS): RoomSizeGuard {
  const { maxRoomBytes, maxDepth } = limits;
  const rooms = new Map<string, RoomSize>();
  const measure = (doc: Y.Doc): RoomSize => ({ bytes: Y.encodeStateAsUpdate(doc).length, grown: 0, measuredAt: Date.now() });
  const fits = (room: RoomSize, bytes: number) => room.bytes + room.grown + bytes <= maxRoomBytes;
  const inFlight = new Map<string, InFlight[]>();

  /** The room's admitted updates the document does not hold yet; applied or stale ones are dropped. */
  const pending = (documentName: string, doc: Y.Doc): InFlight[] => {
    const list = inFlight.get(documentName);
    if (list === undefined) return [];
    const now = Date.now();
    const held = (entry: InFlight) => [...entry.reaches].every(([client, clock]) => Y.getState(doc.store, client) >= clock);
    const kept = list.filter((entry) => now - entry.at < IN_FLIGHT_MS && !held(entry));
    if (kept.length === 0) inFlight.delete(documentName);
    else inFlight.set(documentName, kept);
    return kept;
  };
  const admitted = (documentName: string, doc: Y.Doc, update: Uint8Array) => {
    const list = pending(documentName, doc);
    list.push({ update: update.slice(), reaches: Y.parseUpdateMeta(update).to, at: Date.now() });
    // Bounded in count and in bytes (a room's worth), oldest first out.
    let bytes = list.reduce((sum, entry) => sum + entry.update.length, 0);
    while (list.length > MAX_IN_FLIGHT || (list.length > 1 && bytes > maxRoomBytes)) bytes -= (list.shift() as InFlight).update.length;
    inFlight.set(documentName, list);
  };

  return {
    admitSync(documentName, message, payloadStart) {
      const kind = readVarUint(message, payloadStart);
      if (kind === null) return 'sent a malformed sync message';
      if (kind.value === SYNC_STEP_1) return null;
      if (kind.value !== SYNC_STEP_2 && kind.value !== SYNC_UPDATE) return `sent a sync message of unknown kind ${kind.value}`;
      const length = readVarUint(message, kind.end);
      if (length === null || length.end + length.value > message.length) return 'sent a malformed sync message';
      if (length.value > maxRoomBytes) return `sent an update larger than a room may be (${maxRoomBytes} bytes)`;
      const doc = documentOf(documentName);
      // Still loading: Hocuspocus queues the message until it is, and hands it back here then.
      if (doc === undefined) return DEFER;
      const update = message.subarray(length.end, length.end + length.value);
      let depth = updateDepth(update, doc, maxDepth);
      if ('refused' in depth && depth.refused === DEPENDS_ON_MISSING) {
        const earlier = pending(documentName, doc);
        if (earlier.length > 0) depth = updateDepth(Y.mergeUpdates([...earlier.map((entry) => entry.update), update]), doc, maxDepth);
      }
      if ('refused' in depth) return depth.refused;
      if (depth.depth > maxDepth) return `sent Yjs types nested ${depth.depth} deep (the limit is ${maxDepth})`;
      const structs = readVarUint(message, length.end);
      if (structs === null) return 'sent a malformed update';
      if (structs.value === 0) return null; // deletions only: nothing can hang from them
      let room = rooms.get(documentName);
      if (room === undefined) {
        room = measure(doc);
        rooms.set(documentName, room);
      }
      if (!fits(room, length.value) && (Date.now() - room.measuredAt >= 1000 || room.grown >= maxRoomBytes / 16)) {
        room = measure(doc);
        rooms.set(documentName, room);
      }
      if (!fits(room, length.value)) return `would take the room past its limit of ${Math.round(maxRoomBytes / 1024 / 1024)} MB`;
      room.grown += length.value;
      admitted(documentName, doc, update);
      return null;
    },
    forget(documentName) {
      rooms.delete(documentName);
      inFlight.delete(documentName);
    },
    inFlight(documentName) {
      return inFlight.get(documentName)?.length ?? 0;
    },
    get size() {
      return rooms.size;
    },
  };
}
