/**
 * A limit on each room's Yjs document: sync messages that would take a room's state past
 * `maxRoomBytes` are refused before Hocuspocus applies them (the connection guard closes the
 * sender's socket with the reason). Measuring a document is a full encode, so it is done when
 * a room is first written to and again only when the running total of accepted updates says
 * the room may be full (at most once a second, or after a sixteenth of the limit more): updates
 * that replace content (Yjs collects what they delete) then count again at their real size.
 * Updates that only delete are always accepted, so a full room can still be tidied up.
 */
import * as Y from 'yjs';
import { readVarUint } from './connectionGuard';

export const ROOM_LIMITS = {
  /** The largest encoded Yjs state a room may grow to, in bytes. @default 16 MiB */
  maxRoomBytes: 16 * 1024 * 1024,
};

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
  admitSync(documentName: string, message: Uint8Array, payloadStart: number): string | null;
  /** Forget a room's figures (it was unloaded). */
  forget(documentName: string): void;
  /** Rooms with figures kept (for tests: memory released when rooms empty). */
  readonly size: number;
}

export function createRoomSizeGuard(documentOf: (documentName: string) => Y.Doc | undefined, maxRoomBytes = ROOM_LIMITS.maxRoomBytes): RoomSizeGuard {
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
      const structs = readVarUint(message, length.end);
      if (structs === null) return 'sent a malformed update';
      if (structs.value === 0) return null; // deletions only
      const doc = documentOf(documentName);
      if (doc === undefined) return null; // still loading (for milliseconds): the message cap alone applies
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
