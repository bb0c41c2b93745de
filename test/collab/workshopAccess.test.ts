/**
 * The scale-out server's configuration and access rules without any server: what an operator's
 * environment means, which token gives which role, and what each role may do (issue 14).
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, readWorkshopConfig } from '../../examples/workshop-live/config';
import { can } from '../../examples/workshop-live/roles';
import { AccessDenied, roomAccess, signRoomToken } from '../../examples/workshop-live/tokens';
import { roleInToken } from '../../examples/workshop-live/tokenRole';
import { tokenCommand } from '../../examples/workshop-live/cli';

const SECRET = 'unit-test-secret-0123456789abcdef-0123';

describe('workshop-live configuration', () => {
  it('with only WORKSHOP_TOKEN it is the embedded default: one process, LevelDB, as before', () => {
    const config = readWorkshopConfig({ WORKSHOP_TOKEN: 't' });
    expect(config).toMatchObject({ mode: 'embedded', port: 1234, host: '127.0.0.1', dataDir: 'workshop-data', sharedToken: 't' });
    expect(config.databaseUrl).toBeUndefined();
  });

  it('DATABASE_URL and REDIS_URL choose scale-out; Redis without PostgreSQL, a weak secret or no token at all are refused', () => {
    expect(readWorkshopConfig({ WORKSHOP_SECRET: SECRET, DATABASE_URL: 'postgres://db/x', REDIS_URL: 'redis://r:6379' }).mode).toBe('scale-out');
    expect(readWorkshopConfig({ WORKSHOP_SECRET: SECRET, DATABASE_URL: 'postgres://db/x' }).mode).toBe('postgres');
    expect(() => readWorkshopConfig({ WORKSHOP_TOKEN: 't', REDIS_URL: 'redis://r:6379' })).toThrow(/REDIS_URL needs DATABASE_URL/);
    expect(() => readWorkshopConfig({ WORKSHOP_SECRET: 'short' })).toThrow(/at least 32 bytes/);
    expect(() => readWorkshopConfig({})).toThrow(ConfigError);
    expect(() => readWorkshopConfig({ WORKSHOP_TOKEN: 't', PORT: 'http' })).toThrow(/PORT/);
    expect(() => readWorkshopConfig({ WORKSHOP_TOKEN: 't', DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });
});

describe('room access', () => {
  it('the shared token is a participant; a signed token gives its role in its room only', async () => {
    const access = roomAccess({ sharedToken: 'shared', secret: SECRET });
    expect(await access('shared', 'any-room')).toBe('participant');
    const viewer = await signRoomToken({ room: 'checkout', role: 'viewer', hours: 1 }, SECRET);
    expect(await access(viewer, 'checkout')).toBe('viewer');
    await expect(access(viewer, 'other')).rejects.toThrow(AccessDenied);
    await expect(access('shared ', 'checkout')).rejects.toThrow(/wrong room token/);
    await expect(access(undefined, 'checkout')).rejects.toThrow(/missing/);
    // Without a secret, a signed token is just a wrong shared token.
    await expect(roomAccess({ sharedToken: 'shared' })(viewer, 'checkout')).rejects.toThrow(/wrong room token/);
  });

  it('what each role may do', () => {
    expect(['edit', 'rate', 'restoreSnapshot', 'runRatingRounds'].filter((p) => can('viewer', p as never))).toEqual([]);
    expect(['edit', 'rate', 'restoreSnapshot', 'runRatingRounds'].filter((p) => can('participant', p as never))).toEqual(['edit', 'rate']);
    expect(['edit', 'rate', 'restoreSnapshot', 'runRatingRounds'].filter((p) => can('facilitator', p as never))).toEqual(['edit', 'rate', 'restoreSnapshot', 'runRatingRounds']);
  });

  it('the token command checks its flags and signs with WORKSHOP_SECRET; the page reads the role for its view', async () => {
    const printed = await tokenCommand(['--room', 'checkout', '--role', 'facilitator', '--hours', '2'], { WORKSHOP_SECRET: SECRET });
    expect(await roomAccess({ secret: SECRET })(printed, 'checkout')).toBe('facilitator');
    expect(roleInToken(printed)).toBe('facilitator');
    expect(roleInToken('shared-token')).toBe('participant');
    await expect(tokenCommand(['--room', 'checkout', '--role', 'owner'], { WORKSHOP_SECRET: SECRET })).rejects.toThrow(/--role/);
    await expect(tokenCommand(['--room', 'checkout', '--hours', '0'], { WORKSHOP_SECRET: SECRET })).rejects.toThrow(/--hours/);
    await expect(tokenCommand(['--role', 'viewer'], { WORKSHOP_SECRET: SECRET })).rejects.toThrow(/--room/);
    await expect(tokenCommand(['--room', 'checkout'], {})).rejects.toThrow(/WORKSHOP_SECRET/);
  });
});
