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
 */
import * as Y from 'yjs';
import { DEFER, readVarUint } from './connectionGuard';
import { updateDepth } from './updateDepth';

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
}

export function createRoomSizeGuard(documentOf: (documentName: string) => Y.Doc | undefined, limits: RoomLimits = ROOM_LIMITS): RoomSizeGuard {
  const { maxRoomBytes, maxDepth } = limits;
  const rooms = new Map<string, RoomSize>();
  const measure = (doc: Y.Doc): RoomSize => ({ bytes: Y.encodeStateAsUpdate(doc).length, grown: 0, measuredAt: Date.now() });
  const fits = (room: RoomSize, bytes: number) => room.bytes + room.grown + bytes <= maxRoomBytes;

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
      const depth = updateDepth(update, doc, maxDepth);
      if ('refused' in depth) return depth.refused;
      if (depth.depth > maxDepth) return `sent Yjs types nested ${depth.depth} deep (the limit is ${maxDepth})`;
      const structs = readVarUint(message, length.end);
      if (structs === null) return 'sent a malformed update';
      if (structs.value === 0) return null; // deletions only
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
      return null;
    },
    forget(documentName) {
      rooms.delete(documentName);
    },
    get size() {
      return rooms.size;
    },
  };
}
