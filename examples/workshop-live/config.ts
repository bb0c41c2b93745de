/**
 * The server's configuration, from environment variables (README, "Deployment"):
 *
 *   WORKSHOP_TOKEN   a shared room token, acting as the participant role (as before)
 *   WORKSHOP_SECRET  the secret that signs role tokens (viewer, participant, facilitator); >= 32 bytes
 *   PORT, HOST       where to listen (1234, 127.0.0.1)
 *   DATA_DIR         the LevelDB folder of the embedded default (./workshop-data)
 *   DATABASE_URL     postgres://…: keep rooms in PostgreSQL instead of LevelDB
 *   REDIS_URL        redis://…: relay rooms between servers (needs DATABASE_URL)
 *   SERVER_ID        this server's name in Redis, PostgreSQL rows and metrics (host-pid)
 *   MAX_MESSAGE_BYTES, MAX_ROOM_BYTES, MAX_BUFFERED_BYTES, LOGIN_TIMEOUT_MS
 *                    limits at the door (defaults in connectionGuard.ts and roomLimits.ts)
 *
 * With none of DATABASE_URL and REDIS_URL set, the server is the embedded default: one process
 * and a LevelDB folder.
 */
import { hostname } from 'node:os';

export interface WorkshopConfig {
  port: number;
  host: string;
  dataDir: string;
  sharedToken?: string;
  secret?: string;
  databaseUrl?: string;
  redisUrl?: string;
  serverId: string;
  mode: 'embedded' | 'postgres' | 'scale-out';
  limits: { maxMessageBytes?: number; maxRoomBytes?: number; maxBufferedBytes?: number; loginTimeoutMs?: number };
}

export class ConfigError extends Error {}

export function readWorkshopConfig(env: NodeJS.ProcessEnv = process.env): WorkshopConfig {
  const value = (name: string) => {
    const v = env[name]?.trim();
    return v ? v : undefined;
  };
  const portText = value('PORT') ?? '1234';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT: expected a port number 0-65535, got ${JSON.stringify(portText)}`);
  const sharedToken = value('WORKSHOP_TOKEN');
  const secret = value('WORKSHOP_SECRET');
  if (!sharedToken && !secret) {
    throw new ConfigError(
      'Set WORKSHOP_TOKEN to a shared room token (e.g. WORKSHOP_TOKEN=$(openssl rand -hex 12) npm run workshop-live), or WORKSHOP_SECRET to sign role tokens (openssl rand -hex 32)',
    );
  }
  if (secret && Buffer.byteLength(secret) < 32) throw new ConfigError('WORKSHOP_SECRET: expected at least 32 bytes (openssl rand -hex 32)');
  const databaseUrl = value('DATABASE_URL');
  const redisUrl = value('REDIS_URL');
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) throw new ConfigError('DATABASE_URL: expected postgres://user:password@host:5432/database');
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) throw new ConfigError('REDIS_URL: expected redis://host:6379');
  if (redisUrl && !databaseUrl) {
    throw new ConfigError('REDIS_URL needs DATABASE_URL: servers sharing rooms through Redis must share their store too (a LevelDB folder is local to one machine and would lose rooms)');
  }
  /** A positive number from the environment, or undefined (the default) when unset. */
  const limit = (name: string): number | undefined => {
    const text = value(name);
    if (text === undefined) return undefined;
    const number = Number(text);
    if (!Number.isFinite(number) || number <= 0) throw new ConfigError(`${name} must be a positive number, got ${JSON.stringify(text)}`);
    return number;
  };
  return {
    port,
    host: value('HOST') ?? '127.0.0.1',
    dataDir: value('DATA_DIR') ?? 'workshop-data',
    sharedToken,
    secret,
    databaseUrl,
    redisUrl,
    serverId: value('SERVER_ID') ?? `${hostname()}-${process.pid}`,
    mode: redisUrl ? 'scale-out' : databaseUrl ? 'postgres' : 'embedded',
    limits: {
      maxMessageBytes: limit('MAX_MESSAGE_BYTES'),
      maxRoomBytes: limit('MAX_ROOM_BYTES'),
      maxBufferedBytes: limit('MAX_BUFFERED_BYTES'),
      loginTimeoutMs: limit('LOGIN_TIMEOUT_MS'),
    },
  };
}
