/**
 * A hostile participant: the Hocuspocus wire protocol spoken by hand over a plain `ws` socket, so
 * a test can send what no well-behaved provider would (junk, floods, 1 MB messages before
 * logging in), stop reading, and count the server's acknowledgements one by one.
 *
 * A message is [room: var-string][type: var-uint][body]; types as in @hocuspocus/common.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';

const SYNC = 0;
const AUTH = 2;
const SYNC_STATUS = 8;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export function message(room: string, type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, room);
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export const authMessage = (room: string, token: string) =>
  message(room, AUTH, (e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarString(e, token);
  });

export const updateMessage = (room: string, update: Uint8Array, kind = SYNC_UPDATE) =>
  message(room, SYNC, (e) => {
    encoding.writeVarUint(e, kind);
    encoding.writeVarUint8Array(e, update);
  });

export const syncStep1Message = (room: string, doc: Y.Doc) =>
  message(room, SYNC, (e) => {
    encoding.writeVarUint(e, SYNC_STEP_1);
    encoding.writeVarUint8Array(e, Y.encodeStateVector(doc));
  });

export class RawClient {
  readonly socket: WebSocket;
  readonly doc = new Y.Doc();
  /** Sync statuses (acknowledgements of updates) received. */
  acks = 0;
  authenticated = false;
  denied: string | null = null;
  readonly opened: Promise<void>;
  readonly closed: Promise<{ code: number; reason: string }>;
  private synced = false;

  constructor(
    url: string,
    readonly room: string,
  ) {
    this.socket = new WebSocket(url);
    this.socket.on('error', () => {}); // a refused socket errors; the test looks at `closed`
    this.opened = new Promise((resolve) => this.socket.once('open', () => resolve()));
    this.closed = new Promise((resolve) => this.socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    this.socket.on('message', (data: Buffer) => this.receive(new Uint8Array(data)));
  }

  get isOpen(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  private receive(bytes: Uint8Array): void {
    const decoder = decoding.createDecoder(bytes);
    const room = decoding.readVarString(decoder);
    if (room !== this.room) return;
    const type = decoding.readVarUint(decoder);
    if (type === AUTH) {
      const kind = decoding.readVarUint(decoder);
      if (kind === 2) this.authenticated = true;
      else if (kind === 1) this.denied = decoding.readVarString(decoder);
    } else if (type === SYNC_STATUS) {
      this.acks++;
    } else if (type === SYNC) {
      const kind = decoding.readVarUint(decoder);
      if (kind === SYNC_STEP_2 || kind === SYNC_UPDATE) {
        Y.applyUpdate(this.doc, decoding.readVarUint8Array(decoder), 'server');
        if (kind === SYNC_STEP_2) this.synced = true;
      }
    }
  }

  send(bytes: Uint8Array): void {
    if (this.isOpen) this.socket.send(bytes);
  }

  /** Logs in with `token` and fetches the room's state into `doc`. */
  async join(token: string, timeoutMs = 10_000): Promise<void> {
    await this.opened;
    this.send(authMessage(this.room, token));
    this.send(syncStep1Message(this.room, this.doc));
    const deadline = Date.now() + timeoutMs;
    while (!(this.authenticated && this.synced)) {
      if (this.denied !== null || !this.isOpen) throw new Error(`could not join ${this.room}: ${this.denied ?? 'closed'}`);
      if (Date.now() > deadline) throw new Error(`could not join ${this.room} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Sends each change this client makes to its doc as an update message. */
  sendChanges(): void {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'server') this.send(updateMessage(this.room, update));
    });
  }

  destroy(): void {
    this.socket.terminate();
    this.doc.destroy();
  }
}
