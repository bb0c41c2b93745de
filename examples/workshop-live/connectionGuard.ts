/**
 * The workshop server's door: every WebSocket message passes here before Hocuspocus sees it, and
 * every message Hocuspocus sends passes here on its way out. Hocuspocus alone queues whatever a
 * socket sends before it logs in, without a limit (1 MB messages from a socket with no token took
 * a server to 2 GB), keeps sending to clients that never read (3 GB), logs a stack trace for each
 * malformed message, and keeps its per-socket state in plain objects, so a room named
 * `constructor` or `__proto__` could not be joined. Here:
 *
 *  - a message larger than `maxMessageBytes` closes its socket (ws' maxPayload, close code 1009);
 *  - before a room accepts its token, a socket may send at most `maxUnauthenticatedMessages` /
 *    `maxUnauthenticatedBytes` for it (the provider sends its token, its sync request and its
 *    presence at once, without waiting); more closes the socket, and so does sending nothing
 *    that logs in within `loginTimeoutMs`;
 *  - a message that is not a Hocuspocus message (bad framing, an unknown type) closes the socket
 *    with one log line, no stack trace;
 *  - a client with more than `maxBufferedBytes` sent to it and not yet read is disconnected: it
 *    gets the whole state again when it reconnects (Yjs sync), so nothing is lost;
 *  - room names that are names of Object.prototype's properties (and names starting with the
 *    escape character) are escaped on the way in and unescaped on the way out: inside the server
 *    a room is known by `documentNameOf(room)`, and `roomOf(documentName)` gives its real name.
 *
 * It is installed through ws' documented `WebSocket` option (a subclass of ws' WebSocket), with
 * the server's `connection` event to learn each socket's upgrade request and `authenticated()`
 * called from onAuthenticate.
 */
import type { IncomingMessage } from 'node:http';
import WebSocket from 'ws';

export interface ConnectionLimits {
  /** The largest message a client may send, in bytes. @default 8 MiB */
  maxMessageBytes: number;
  /** Messages a socket may send for a room before the room accepts its token. @default 64 */
  maxUnauthenticatedMessages: number;
  /** Bytes a socket may send for rooms that have not accepted its token. @default 256 KiB */
  maxUnauthenticatedBytes: number;
  /** How long a socket may stay open without any room accepting its token. @default 10 s */
  loginTimeoutMs: number;
  /** Bytes sent to a client and not yet read by it before it is disconnected. @default 16 MiB */
  maxBufferedBytes: number;
}

export const CONNECTION_LIMITS: ConnectionLimits = {
  maxMessageBytes: 8 * 1024 * 1024,
  maxUnauthenticatedMessages: 64,
  maxUnauthenticatedBytes: 256 * 1024,
  loginTimeoutMs: 10_000,
  maxBufferedBytes: 16 * 1024 * 1024,
};

/** Hocuspocus 3 message types (@hocuspocus/common MessageType) a client may send. */
export const MESSAGE_TYPE = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3, syncReply: 4, stateless: 5, broadcastStateless: 6, close: 7 } as const;
const CLIENT_TYPES: ReadonlySet<number> = new Set(Object.values(MESSAGE_TYPE));

/** admitSync cannot tell yet (the room is loading): ask again when Hocuspocus replays the message. */
export const DEFER = Symbol('defer');

export interface ConnectionGuardOptions extends Partial<ConnectionLimits> {
  /**
   * Asked before Hocuspocus applies a sync message (type 0) of a logged-in room; a string
   * refuses it and closes the socket with that reason (e.g. the room is over its size limit).
   */
  admitSync?(documentName: string, message: Uint8Array, payloadStart: number, role?: string): string | null | typeof DEFER;
  /** One line per socket closed here (what it did), for the log. */
  onRefused?(reason: string): void;
}

// ---- names -------------------------------------------------------------------------------------

const ESCAPE = '~';

/** The name a room has inside the server (in Hocuspocus, its hooks and its extensions). */
export function documentNameOf(room: string): string {
  return room in Object.prototype || room.startsWith(ESCAPE) ? ESCAPE + room : room;
}

/** The room a Hocuspocus document name stands for (the inverse of documentNameOf). */
export function roomOf(documentName: string): string {
  return documentName.startsWith(ESCAPE) ? documentName.slice(1) : documentName;
}

// ---- reading the head of a message without trusting it ------------------------------------------

/** A lib0 variable-length unsigned integer at `at`, or null when the bytes end first or it is too large. */
export function readVarUint(bytes: Uint8Array, at: number): { value: number; end: number } | null {
  let value = 0;
  let factor = 1;
  for (let i = at; i < bytes.length && i < at + 7; i++) {
    const byte = bytes[i] as number;
    value += (byte & 0x7f) * factor;
    if (byte < 0x80) return { value, end: i + 1 };
    factor *= 128;
  }
  return null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

interface MessageHead {
  name: string;
  /** Where the name's bytes (its length included) end, i.e. where the type starts. */
  nameEnd: number;
  type: number;
  /** Where the type ends. */
  typeEnd: number;
}

export function readHead(bytes: Uint8Array): MessageHead | null {
  const length = readVarUint(bytes, 0);
  if (!length || length.end + length.value > bytes.length) return null;
  let name: string;
  try {
    name = utf8.decode(bytes.subarray(length.end, length.end + length.value));
  } catch {
    return null;
  }
  const nameEnd = length.end + length.value;
  const type = readVarUint(bytes, nameEnd);
  if (!type) return null;
  return { name, nameEnd, type: type.value, typeEnd: type.end };
}

/** A lib0 var-string followed by `rest`. */
function withName(name: string, rest: Uint8Array): Buffer {
  const encoded = Buffer.from(name, 'utf8');
  const prefix: number[] = [];
  let n = encoded.length;
  while (n >= 0x80) {
    prefix.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  prefix.push(n);
  return Buffer.concat([Buffer.from(prefix), encoded, rest]);
}

function asBuffer(data: unknown): Buffer | null {
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (Array.isArray(data) && data.every((part) => Buffer.isBuffer(part))) return Buffer.concat(data);
  if (data instanceof Uint8Array) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return null;
}

// ---- the guard ----------------------------------------------------------------------------------

export interface ConnectionGuard {
  /** Options for Hocuspocus' Server (its second argument, handed to ws' WebSocketServer). */
  websocketOptions: { WebSocket: typeof WebSocket; maxPayload: number };
  /** Give it every socket with its upgrade request (the WebSocketServer's `connection` event). */
  onConnection(socket: WebSocket, request: IncomingMessage): void;
  /** The socket of `request` logged in to `documentName` with `role` (call it from onAuthenticate, on success). */
  authenticated(request: IncomingMessage, documentName: string, role?: string): void;
  limits: ConnectionLimits;
}

export function createConnectionGuard(options: ConnectionGuardOptions = {}): ConnectionGuard {
  const limits: ConnectionLimits = {
    maxMessageBytes: options.maxMessageBytes ?? CONNECTION_LIMITS.maxMessageBytes,
    maxUnauthenticatedMessages: options.maxUnauthenticatedMessages ?? CONNECTION_LIMITS.maxUnauthenticatedMessages,
    maxUnauthenticatedBytes: options.maxUnauthenticatedBytes ?? CONNECTION_LIMITS.maxUnauthenticatedBytes,
    loginTimeoutMs: options.loginTimeoutMs ?? CONNECTION_LIMITS.loginTimeoutMs,
    maxBufferedBytes: options.maxBufferedBytes ?? CONNECTION_LIMITS.maxBufferedBytes,
  };
  const socketOf = new WeakMap<IncomingMessage, GuardedSocket>();
  /**
   * Messages already looked at (Hocuspocus re-emits the ones it queued before the login): their
   * room's name is already the inside one; `checked` false when admitSync deferred.
   */
  const inspected = new WeakMap<object, { checked: boolean }>();

  class GuardedSocket extends WebSocket {
    /** Rooms (document names) that accepted this socket's token. */
    readonly loggedIn = new Set<string>();
    /** The role each room's token gave (admitSync refuses some writes by role: roundGuard.ts). */
    readonly roles = new Map<string, string>();
    /** What was sent for rooms not logged in to, by room. */
    private readonly waiting = new Map<string, { messages: number; bytes: number }>();
    private waitingBytes = 0;
    private refused = false;
    loginTimer: NodeJS.Timeout | undefined;

    /** Closes the socket for breaking a limit: one log line, and no more of its messages are read. */
    refuse(reason: string, terminate = false): void {
      if (this.refused) return;
      this.refused = true;
      clearTimeout(this.loginTimer);
      options.onRefused?.(reason);
      if (terminate || this.readyState !== WebSocket.OPEN) {
        this.terminate();
        return;
      }
      // 1008: policy violation. The close frame may wait behind unread data: drop the socket soon anyway.
      this.close(1008, reason.slice(0, 120));
      setTimeout(() => this.terminate(), 500).unref();
    }

    loggedInTo(documentName: string, role?: string): void {
      this.loggedIn.add(documentName);
      if (role !== undefined) this.roles.set(documentName, role);
      clearTimeout(this.loginTimer);
      const waited = this.waiting.get(documentName);
      if (waited) this.waitingBytes -= waited.bytes;
      this.waiting.delete(documentName);
    }

    /** The message as Hocuspocus should see it, or null to drop it. */
    private admit(data: unknown): Buffer | null {
      if (this.refused) return null;
      const bytes = asBuffer(data);
      if (bytes === null) return null;
      const seen = inspected.get(bytes);
      if (seen?.checked) return bytes;
      const head = readHead(bytes);
      if (head === null) {
        this.refuse('sent a message that is not a Hocuspocus message');
        return null;
      }
      if (!CLIENT_TYPES.has(head.type)) {
        this.refuse(`sent a message of unknown type ${head.type}`);
        return null;
      }
      const documentName = seen ? head.name : documentNameOf(head.name);
      let checked = true;
      if (seen) {
        // Replayed by Hocuspocus after the login: counted then, checked now.
      } else if (!this.loggedIn.has(documentName)) {
        checked = false;
        const waited = this.waiting.get(documentName) ?? { messages: 0, bytes: 0 };
        waited.messages++;
        waited.bytes += bytes.length;
        this.waitingBytes += bytes.length;
        this.waiting.set(documentName, waited);
        if (waited.messages > limits.maxUnauthenticatedMessages || this.waitingBytes > limits.maxUnauthenticatedBytes) {
          this.refuse('sent too much before logging in', true);
          return null;
        }
      }
      if (this.loggedIn.has(documentName) && (head.type === MESSAGE_TYPE.sync || head.type === MESSAGE_TYPE.syncReply)) {
        const verdict = options.admitSync?.(documentName, bytes, head.typeEnd, this.roles.get(documentName)) ?? null;
        if (typeof verdict === 'string') {
          this.refuse(verdict);
          return null;
        }
        checked = verdict !== DEFER;
      }
      const out = seen || documentName === head.name ? bytes : withName(documentName, bytes.subarray(head.nameEnd));
      inspected.set(out, { checked });
      return out;
    }

    override emit(event: string | symbol, ...args: unknown[]): boolean {
      if (event !== 'message') return super.emit(event, ...args);
      const message = this.admit(args[0]);
      return message === null ? false : super.emit('message', message, ...args.slice(1));
    }

    override send(data: unknown, ...rest: unknown[]): void {
      if (this.refused) return;
      if (this.bufferedAmount > limits.maxBufferedBytes) {
        this.refuse(`does not read what it is sent (${Math.round(this.bufferedAmount / 1024 / 1024)} MB waiting)`, true);
        return;
      }
      let out = data;
      const bytes = data instanceof Uint8Array ? data : null;
      if (bytes !== null) {
        const head = readHead(bytes);
        if (head !== null && head.name !== roomOf(head.name)) out = withName(roomOf(head.name), bytes.subarray(head.nameEnd));
      }
      (super.send as (...args: unknown[]) => void)(out, ...rest);
    }
  }

  return {
    limits,
    websocketOptions: { WebSocket: GuardedSocket, maxPayload: limits.maxMessageBytes },
    onConnection(socket, request) {
      if (!(socket instanceof GuardedSocket)) return;
      socketOf.set(request, socket);
      socket.loginTimer = setTimeout(() => {
        if (socket.loggedIn.size === 0) socket.refuse(`did not log in within ${limits.loginTimeoutMs} ms`);
      }, limits.loginTimeoutMs);
      socket.loginTimer.unref();
      socket.once('close', () => clearTimeout(socket.loginTimer));
    },
    authenticated(request, documentName, role) {
      socketOf.get(request)?.loggedInTo(documentName, role);
    },
  };
}
