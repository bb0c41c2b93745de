/**
 * Starts the live-workshop server:
 *
 *   WORKSHOP_TOKEN=secret npm run workshop-live
 *
 * Environment (config.ts, README "Deployment"): WORKSHOP_TOKEN (a shared room token: the
 * participant role), WORKSHOP_SECRET (signs role tokens), PORT (default 1234), HOST (default
 * 127.0.0.1; 0.0.0.0 to accept the room's laptops), DATA_DIR (default ./workshop-data),
 * DATABASE_URL and REDIS_URL (scale-out mode), SERVER_ID. Limits (defaults in connectionGuard.ts
 * and roomLimits.ts): MAX_MESSAGE_BYTES, MAX_ROOM_BYTES, MAX_BUFFERED_BYTES, LOGIN_TIMEOUT_MS.
 *
 * Commands (cli.ts): `npm run workshop-live -- token --room checkout --role viewer --hours 4`,
 * `npm run workshop-live -- restore --server ws://… --room … --token … --file saved.json`.
 */
import { UsageError, restoreCommand, tokenCommand } from './cli';
import { ConfigError, readWorkshopConfig } from './config';
import { startFromConfig } from './startFromConfig';

const [command, ...args] = process.argv.slice(2);

if (command === 'token' || command === 'restore') {
  try {
    console.log(command === 'token' ? await tokenCommand(args) : await restoreCommand(args));
    process.exit(0);
  } catch (error) {
    console.error(`workshop-live ${command}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(error instanceof UsageError ? 2 : 1);
  }
} else if (command !== undefined) {
  console.error(`workshop-live: unknown command ${JSON.stringify(command)} (expected token or restore, or nothing to serve)`);
  process.exit(2);
}

let config;
try {
  config = readWorkshopConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const running = await startFromConfig(config);
const where = config.mode === 'embedded' ? `rooms in ${config.dataDir}` : config.mode === 'postgres' ? 'rooms in PostgreSQL' : 'rooms in PostgreSQL, relayed through Redis';
console.log(`journey-canvas workshop server on ${running.server.url} (${where}; rooms need a token; health and metrics on /health, /metrics)`);

let stopping = false;
const shutdown = () => {
  if (stopping) return;
  stopping = true;
  running.stop().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
