/**
 * Starts the live-workshop server:
 *
 *   WORKSHOP_TOKEN=secret npm run workshop-live
 *
 * Environment: WORKSHOP_TOKEN (required: the room token participants type or get in their link),
 * PORT (default 1234), HOST (default 127.0.0.1; 0.0.0.0 to accept the room's laptops),
 * DATA_DIR (default ./workshop-data). Limits (defaults in connectionGuard.ts and roomLimits.ts):
 * MAX_MESSAGE_BYTES, MAX_ROOM_BYTES, MAX_BUFFERED_BYTES, LOGIN_TIMEOUT_MS.
 */
import { startWorkshopServer } from './workshopServer';

const token = process.env.WORKSHOP_TOKEN;
if (!token) {
  console.error('Set WORKSHOP_TOKEN to the room token, e.g. WORKSHOP_TOKEN=$(openssl rand -hex 12) npm run workshop-live');
  process.exit(1);
}

/** A positive number from the environment, or undefined (the default) when unset. */
function limit(name: string): number | undefined {
  const value = process.env[name];
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0) {
    console.error(`${name} must be a positive number, got ${JSON.stringify(value)}`);
    process.exit(1);
  }
  return number;
}

const server = await startWorkshopServer({
  port: Number(process.env.PORT ?? 1234),
  host: process.env.HOST ?? '127.0.0.1',
  dataDir: process.env.DATA_DIR ?? 'workshop-data',
  token,
  limits: {
    maxMessageBytes: limit('MAX_MESSAGE_BYTES'),
    maxRoomBytes: limit('MAX_ROOM_BYTES'),
    maxBufferedBytes: limit('MAX_BUFFERED_BYTES'),
    loginTimeoutMs: limit('LOGIN_TIMEOUT_MS'),
  },
  onRejected: (room, errors) =>
    console.warn(`room ${JSON.stringify(room)}: a client wrote an invalid journey, restored the last valid one (${errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`).join('; ')}${errors.length > 5 ? '; …' : ''})`),
  // One line each, no stack traces: a hostile client must not be able to flood the log.
  onIncident: (message) => console.warn(message),
});
console.log(`journey-canvas workshop server on ${server.url} (rooms need the token)`);

const shutdown = () => {
  server.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
