/**
 * One real Redis and one real PostgreSQL for the live tests (scripts/live-services.ts), each in a
 * temporary data directory on a loopback port, stopped and deleted when the run ends.
 */
import type { TestProject } from 'vitest/node';
import { startPostgres, startRedis } from '../../scripts/live-services';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
  project.provide('redisUrl', redis.url);
  project.provide('databaseUrl', postgres.url);
  return async () => {
    await Promise.all([redis.stop(), postgres.stop()]);
  };
}
