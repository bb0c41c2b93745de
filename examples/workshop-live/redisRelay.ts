/**
 * Several servers, one room: @hocuspocus/extension-redis relays every update and awareness change
 * of a room between the servers holding it (REDIS_URL), so participants of one room may be
 * connected to different servers.
 *
 * It also elects, per room, the one server that repairs an invalid journey: every server
 * validates, but if each wrote its own repair at once, two concurrent repairs could duplicate
 * or drop items. The leader holds a short Redis lease (SET NX PX), renews it while the room is
 * loaded, and when a leader dies another server takes the lease within LEASE_MS and checks the
 * room again.
 *
 * And it notices a server dying: each server beats in a Redis sorted set; when one stops (kill -9,
 * a lost machine), the others are told (onPeerLost) and catch their rooms up from PostgreSQL. A
 * dying server may have stored and acknowledged an update it had not yet relayed; this is how
 * that update still reaches everyone.
 */
import { Redis } from '@hocuspocus/extension-redis';
import type { Extension, afterLoadDocumentPayload, afterUnloadDocumentPayload } from '@hocuspocus/server';

/**
 * The relay without its store lock. Upstream, one server at a time may store a room (a Redis
 * lock; the others' stores fail, and Hocuspocus logs each failure with a stack trace). Our store
 * (postgresRooms.ts) appends before acknowledging and compacts under a PostgreSQL advisory lock,
 * merging exactly the rows it read, so any server may compact at any time: no lock needed.
 */
class RelayWithoutStoreLock extends Redis {
  override async onStoreDocument(): Promise<void> {}
}

/** A repair lease, and a heartbeat's life: long enough that a server busy for a moment is not taken for dead. */
const LEASE_MS = 5000;
const RENEW_SCRIPT = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";
const RELEASE_SCRIPT = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

/** ioredis options from a redis:// or rediss:// URL (user, password, database number, TLS). */
export function redisOptionsFromUrl(url: string): { host: string; port: number; options: Record<string, unknown> } {
  const parsed = new URL(url);
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new Error(`REDIS_URL: expected redis://host:port, got ${JSON.stringify(url)}`);
  const db = parsed.pathname.replace(/^\//, '');
  return {
    host: parsed.hostname || '127.0.0.1',
    port: Number(parsed.port || 6379),
    options: {
      ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
      ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
      ...(db ? { db: Number(db) } : {}),
      ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    },
  };
}

export interface RedisRelay {
  /** The Hocuspocus extensions to add: the relay itself and the repair-leader lease. */
  extensions: Extension[];
  /** Whether this server repairs the room's invalid states (it holds the room's lease). */
  repairsHere(room: string): boolean;
  /** Called when this server takes over a room's lease: check the room again. */
  onLeadership(listener: (room: string) => void): void;
  /** Called when another server stops beating (died): the rooms loaded here should catch up from the store. */
  onPeerLost(listener: (peer: string) => void): void;
  /** The rooms loaded on this server. */
  rooms(): ReadonlySet<string>;
  ping(): Promise<void>;
}

export function redisRelay(url: string, serverId: string, prefix = 'journey-canvas'): RedisRelay {
  const { host, port, options } = redisOptionsFromUrl(url);
  const relay = new RelayWithoutStoreLock({ host, port, options, identifier: serverId, prefix });
  const redis = relay.pub;
  const leases = new Set<string>();
  const rooms = new Set<string>();
  const listeners: ((room: string) => void)[] = [];
  const key = (room: string) => `${prefix}:repair-leader:${room}`;
  const serversKey = `${prefix}:servers`;
  const peerListeners: ((peer: string) => void)[] = [];
  /** Peers seen beating, so that one going quiet or being removed is noticed once. */
  const peers = new Set<string>();

  const beat = async () => {
    const now = Date.now();
    await redis.zadd(serversKey, now, serverId);
    const alive = new Set(await redis.zrangebyscore(serversKey, now - LEASE_MS, '+inf'));
    await redis.zremrangebyscore(serversKey, '-inf', now - LEASE_MS);
    for (const peer of peers) {
      if (alive.has(peer)) continue;
      peers.delete(peer);
      peerListeners.forEach((listener) => listener(peer));
    }
    for (const peer of alive) if (peer !== serverId) peers.add(peer);
  };

  const claim = async (room: string) => {
    if (leases.has(room)) {
      const renewed = await redis.eval(RENEW_SCRIPT, 1, key(room), serverId, LEASE_MS);
      if (renewed !== 1) leases.delete(room);
      return;
    }
    const taken = await redis.set(key(room), serverId, 'PX', LEASE_MS, 'NX');
    if (taken === 'OK' && rooms.has(room)) {
      leases.add(room);
      listeners.forEach((listener) => listener(room));
    }
  };
  const renewAll = () => {
    for (const room of rooms) claim(room).catch(() => leases.delete(room));
    beat().catch(() => undefined);
  };
  let timer: ReturnType<typeof setInterval> | undefined;

  const lease: Extension = {
    extensionName: 'journey-canvas repair leader',
    // Above the relay (1000): its onDestroy closes the Redis connection this one releases leases on.
    priority: 1001,
    async onListen() {
      timer = setInterval(renewAll, LEASE_MS / 3);
      timer.unref();
      await beat().catch(() => undefined);
    },
    async afterLoadDocument({ documentName }: afterLoadDocumentPayload) {
      rooms.add(documentName);
      await claim(documentName).catch(() => undefined);
    },
    async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload) {
      rooms.delete(documentName);
      if (leases.delete(documentName)) await redis.eval(RELEASE_SCRIPT, 1, key(documentName), serverId).catch(() => undefined);
    },
    async onDestroy() {
      clearInterval(timer);
      // Hand the rooms over at once rather than after the lease runs out.
      await Promise.all([...leases].map((room) => redis.eval(RELEASE_SCRIPT, 1, key(room), serverId).catch(() => undefined)));
      leases.clear();
      await redis.zrem(serversKey, serverId).catch(() => undefined);
    },
  };

  return {
    extensions: [lease, relay],
    repairsHere: (room) => leases.has(room),
    onLeadership: (listener) => listeners.push(listener),
    onPeerLost: (listener) => peerListeners.push(listener),
    rooms: () => rooms,
    async ping() {
      await redis.ping();
    },
  };
}
