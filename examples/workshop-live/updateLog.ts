/**
 * A write-ahead log of each room's Yjs updates, so that an update the server has acknowledged
 * survives `kill -9` (or a crash) and not only SIGINT/SIGTERM.
 *
 * Hocuspocus acknowledges an update as soon as it is applied, but writes the room to the store
 * on a debounce (1 s, at most every 5 s): killed in between, the process lost every update since
 * the last write. Here each update is appended to the room's log file synchronously, from the
 * document's `update` event, which Yjs fires before Hocuspocus sends the acknowledgement. A
 * write(2) that returned is in the kernel's page cache: it survives the process being killed
 * (not a power cut; that would need an fsync per update).
 *
 * When a room's state has been stored, the log loses what the stored state already holds (the
 * bytes up to where it ended when the state was encoded). When a room is loaded, its log is read
 * back and applied on top of the stored state (Yjs updates are idempotent, so replaying updates
 * the store already had is harmless). A record cut short by the kill is ignored.
 *
 * One file per room, named by a hash of the room's name (any string is a room name).
 * A record is a 4-byte little-endian length and the update.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, ftruncateSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type * as Y from 'yjs';

export interface UpdateLog {
  /** The updates logged for `room` (replayed on top of the stored state when it loads). */
  read(room: string): Uint8Array[];
  /** Starts logging a loaded room's updates until the doc is destroyed (or the returned function is called). */
  attach(room: string, doc: Y.Doc): () => void;
  /** Where the log of `room` ends now: call it as the state to store is encoded. */
  mark(room: string): number;
  /** The state encoded at `mark` is stored: drop the log up to it. */
  stored(room: string, mark: number): void;
  /** Rooms with an open log file (for tests: released when rooms empty). */
  readonly open: number;
}

const HEADER = 4;

export function createUpdateLog(dir: string): UpdateLog {
  mkdirSync(dir, { recursive: true });
  const fileOf = (room: string) => join(dir, `${createHash('sha256').update(room, 'utf8').digest('hex')}.log`);
  const handles = new Map<string, { fd: number; size: number }>();

  const records = (bytes: Uint8Array): Uint8Array[] => {
    const out: Uint8Array[] = [];
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let at = 0;
    while (at + HEADER <= bytes.length) {
      const length = view.getUint32(at, true);
      if (at + HEADER + length > bytes.length) break; // cut short by the kill
      out.push(bytes.subarray(at + HEADER, at + HEADER + length));
      at += HEADER + length;
    }
    return out;
  };

  return {
    read(room) {
      const file = fileOf(room);
      return existsSync(file) ? records(readFileSync(file)) : [];
    },

    attach(room, doc) {
      const file = fileOf(room);
      const fd = openSync(file, 'a');
      const handle = { fd, size: fstatSync(fd).size };
      handles.set(room, handle);
      const append = (update: Uint8Array) => {
        const record = Buffer.allocUnsafe(HEADER + update.length);
        record.writeUInt32LE(update.length, 0);
        record.set(update, HEADER);
        // One write(2) per record, before Hocuspocus acknowledges the update.
        writeSync(handle.fd, record);
        handle.size += record.length;
      };
      let attached = true;
      const detach = () => {
        if (!attached) return;
        attached = false;
        doc.off('update', append);
        doc.off('destroy', detach);
        closeSync(handle.fd);
        if (handles.get(room) !== handle) return; // the room was loaded again meanwhile: its log is in use
        handles.delete(room);
        if (handle.size === 0) unlinkSync(file);
      };
      doc.on('update', append);
      // Hocuspocus destroys a room's doc when it unloads it.
      doc.on('destroy', detach);
      return detach;
    },

    mark(room) {
      return handles.get(room)?.size ?? 0;
    },

    stored(room, mark) {
      const handle = handles.get(room);
      if (handle === undefined || mark === 0) return;
      if (handle.size === mark) {
        ftruncateSync(handle.fd, 0);
        handle.size = 0;
        return;
      }
      // Updates arrived while the state was being stored: keep them, in a file written whole and
      // then renamed over the log, so a kill at any point leaves one complete log.
      const file = fileOf(room);
      const rest = readFileSync(file).subarray(mark);
      writeFileSync(`${file}.tmp`, rest);
      renameSync(`${file}.tmp`, file);
      closeSync(handle.fd);
      handle.fd = openSync(file, 'a');
      handle.size = rest.length;
    },

    get open() {
      return handles.size;
    },
  };
}
