/**
 * Puts a server together from its configuration: the embedded default (LevelDB) or PostgreSQL,
 * with the Redis relay when REDIS_URL is set; roles from tokens; room commands; health and
 * metrics. server.ts runs it; the live tests start it as server.ts processes too.
 */
import { roomCommands } from './commands';
import type { WorkshopConfig } from './config';
import { Operations } from './operations';
import type { Dependency } from './operations';
import { PostgresRooms } from './postgresRooms';
import { redisRelay } from './redisRelay';
import { roomAccess } from './tokens';
import { startWorkshopServer } from './workshopServer';
import type { WorkshopServer, WorkshopServerOptions } from './workshopServer';

export interface RunningWorkshop {
  server: WorkshopServer;
  operations: Operations;
  /** Graceful shutdown: health turns 503, every connection is closed, every room stored, stores closed. */
  stop(): Promise<void>;
}

export async function startFromConfig(config: WorkshopConfig, extra: Partial<WorkshopServerOptions> = {}): Promise<RunningWorkshop> {
  const log = (message: string) => console.warn(`[${config.serverId}] ${message}`);
  const dependencies: Dependency[] = [];
  const operations = new Operations(config.serverId, dependencies);

  let storage: PostgresRooms | undefined;
  if (config.databaseUrl) {
    storage = new PostgresRooms({ connectionString: config.databaseUrl, serverId: config.serverId, timing: operations.storeTiming, log });
    await storage.migrate();
    const pg = storage;
    dependencies.push({ name: 'postgres', ping: () => pg.ping() });
  }
  const relay = config.redisUrl ? redisRelay(config.redisUrl, config.serverId) : undefined;
  if (relay) dependencies.push({ name: 'redis', ping: () => relay.ping() });

  const server = await startWorkshopServer({
    port: config.port,
    host: config.host,
    dataDir: config.dataDir,
    access: roomAccess({ sharedToken: config.sharedToken, secret: config.secret }),
    storage,
    extensions: [operations, ...(relay?.extensions ?? []), roomCommands({ stored: storage ? () => storage.settled() : undefined, log })],
    repairsHere: relay?.repairsHere,
    onRefused: (reason) => operations.refusedConnection(reason),
    limits: config.limits,
    onRejected: (room, errors) =>
      log(`room ${JSON.stringify(room)}: a client wrote an invalid journey, restored the last valid one (${errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`).join('; ')}${errors.length > 5 ? '; …' : ''})`),
    // One line each, no stack traces: a hostile client must not be able to flood the log.
    onIncident: log,
    ...extra,
  });
  relay?.onLeadership((room) => server.recheck(room));
  relay?.onPeerLost((peer) => {
    if (!storage) return;
    log(`server ${peer} stopped beating: catching ${relay.rooms().size} room(s) up from PostgreSQL`);
    for (const room of relay.rooms()) {
      const document = server.loadedRoom(room);
      if (document) storage.reconcile(room, document).catch((error: unknown) => log(`room ${room}: catch-up failed: ${String(error)}`));
    }
  });

  return {
    server,
    operations,
    async stop() {
      operations.drain();
      await server.stop();
    },
  };
}
