/**
 * Roles in signed tokens, enforced by the servers (issue 14), and what operators ask them:
 *
 * - a viewer reads and is seen, but its writes are refused and never reach any replica or
 *   PostgreSQL; only a facilitator may restore a snapshot;
 * - expired, wrongly signed, wrong-room and made-up tokens are refused before any journey byte;
 * - /health and /metrics answer; SIGTERM drains and stores.
 */
import { spawn } from 'node:child_process';
import { SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { applyOperation, createJourney, serializeJourney } from 'journey-canvas/model';
import type { JourneyDocument } from 'journey-canvas/model';
import { isJourneyYDocEmpty, journeyYTypes, writeJourneyToYDoc, yDocToJourney } from 'journey-canvas/collab';
import { TOKEN_AUDIENCE, TOKEN_ISSUER, signRoomToken, verifyRoomToken } from '../../examples/workshop-live/tokens';
import { SECRET, SHARED_TOKEN, converged, liveCluster, sleep, startCluster, storedJourney, token, until } from './cluster';
import type { LiveClient, ServerProcess } from './cluster';

const { servers, client } = liveCluster(['roles-1', 'roles-2']);

const touchpointIds = (c: LiveClient) => yDocToJourney(c.ydoc).touchpoints.map((t) => t.id);

/** Sends a room command and waits for the server's answer to it. */
async function command(c: LiveClient, request: Record<string, unknown>): Promise<{ ok: boolean; error?: string }> {
  const requestId = Math.random().toString(36).slice(2);
  c.provider.sendStateless(JSON.stringify({ ...request, requestId }));
  let reply: { ok: boolean; error?: string; requestId?: string } | undefined;
  await until(() => {
    reply = c.stateless.map((p) => JSON.parse(p) as { ok: boolean; requestId?: string }).find((r) => r.requestId === requestId);
    return reply !== undefined;
  }, `the answer to ${String(request.command)}`);
  return reply!;
}

describe('roles in signed tokens', () => {
  it("a viewer reads and is seen, but its write is refused and reaches no replica and no store; only a facilitator restores", async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    const room = 'workshop-roles';
    const participant = client([a.url], room, await token(room, 'participant'), { name: 'Ana' });
    const viewer = client([b.url], room, await token(room, 'viewer'), { name: 'Observer' });
    const facilitator = client([b.url], room, await token(room, 'facilitator'), { name: 'Fay' });
    await Promise.all([participant.synced, viewer.synced, facilitator.synced]);

    // The viewer reads a participant's edit made on the other server, and is present.
    const stageId = yDocToJourney(participant.ydoc).stages[0]!.id;
    const before = yDocToJourney(participant.ydoc);
    writeJourneyToYDoc(participant.ydoc, applyOperation(before, { operation: 'addTouchpoint', args: { stageId, touchpoint: { id: 'by-participant', title: 'Ana wrote this', emotion: 2 } } }), { previous: before });
    await until(() => touchpointIds(viewer).includes('by-participant'), 'the viewer to read the participant’s edit');
    await until(
      () => [...participant.provider.awareness!.getStates().values()].some((s) => (s.user as { name?: string } | undefined)?.name === 'Observer'),
      'the participant to see the viewer',
    );

    // The viewer writes anyway (a modified client): the server refuses it.
    const viewed = yDocToJourney(viewer.ydoc);
    writeJourneyToYDoc(viewer.ydoc, applyOperation(viewed, { operation: 'addTouchpoint', args: { stageId, touchpoint: { id: 'by-viewer', title: 'Viewer wrote this', emotion: -5 } } }), { previous: viewed });
    writeJourneyToYDoc(viewer.ydoc, { ...yDocToJourney(viewer.ydoc), title: 'Renamed by a viewer' });
    await sleep(1000);
    const late = client([a.url], room, SHARED_TOKEN);
    await late.synced;
    for (const replica of [participant, facilitator, late]) {
      expect(touchpointIds(replica)).not.toContain('by-viewer');
      expect(yDocToJourney(replica.ydoc).title).not.toBe('Renamed by a viewer');
    }
    const stored = await storedJourney(room);
    expect(stored.journey.touchpoints.map((t) => t.id)).toEqual(['by-participant']);

    // Restoring a snapshot: refused to the viewer and the participant, done for the facilitator.
    const snapshot: JourneyDocument = { ...createJourney({ title: 'Snapshot from the morning' }), id: 'j-morning' };
    expect(await command(viewer, { command: 'restore', journey: snapshot })).toMatchObject({ ok: false, error: expect.stringMatching(/facilitator/) });
    expect(await command(participant, { command: 'restore', journey: snapshot })).toMatchObject({ ok: false, error: expect.stringMatching(/facilitator/) });
    expect(await command(facilitator, { command: 'restore', journey: { ...snapshot, stages: 'none' } })).toMatchObject({ ok: false, error: expect.stringMatching(/\/stages/) });
    expect(touchpointIds(participant)).toEqual(['by-participant']);
    expect(await command(facilitator, { command: 'restore', journey: snapshot })).toEqual(expect.objectContaining({ ok: true }));
    const final = await converged([participant.ydoc, facilitator.ydoc, late.ydoc]);
    expect(JSON.parse(final)).toEqual(JSON.parse(serializeJourney(snapshot)));
    expect(serializeJourney((await storedJourney(room)).journey)).toBe(final); // stored before the answer
  });

  it('expired, wrongly signed, wrong-room and made-up tokens are refused before any journey byte is sent', async () => {
    const room = 'workshop-private';
    const owner = client([servers[0]!.url], room, await token(room, 'facilitator'));
    await owner.synced;
    const key = new TextEncoder().encode(SECRET);
    const expired = await new SignJWT({ room, role: 'participant' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(key);
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ room, role: 'facilitator', exp: 9e9, iss: TOKEN_ISSUER, aud: TOKEN_AUDIENCE })).toString('base64url')}.`;
    const refused: [string, string, RegExp][] = [
      ['expired', expired, /expired/],
      ['signed with another secret', await signRoomToken({ room, role: 'facilitator', hours: 1 }, 'another-secret-0123456789abcdef-0123456789'), /not valid/],
      ['for another room', await token('another-room', 'facilitator'), /another room/],
      ['unsigned (alg none)', unsigned, /not valid/],
      ['made up', 'let-me-in', /wrong room token/],
    ];
    for (const [what, bad, reason] of refused) {
      const intruder = client([servers[1]!.url], room, bad);
      expect(await intruder.authFailed, what).toMatch(reason);
      await sleep(100);
      expect(isJourneyYDocEmpty(intruder.ydoc), what).toBe(true);
      intruder.destroy();
    }
    const metrics = await (await fetch(`${servers[1]!.http}/metrics`)).text();
    expect(metrics).toMatch(/journey_workshop_refused_connections_total\{server="roles-2",reason="token expired"\} 1/);
  });

  it('the token command prints a token the servers accept for that room and role', async () => {
    const printed = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'examples/workshop-live/server.ts', 'token', '--room', 'checkout', '--role', 'viewer', '--hours', '4'], {
        env: { ...process.env, WORKSHOP_SECRET: SECRET },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.on('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`token command exited with ${code}`))));
    });
    expect(await verifyRoomToken(printed, 'checkout', SECRET)).toBe('viewer');
    await expect(verifyRoomToken(printed, 'other', SECRET)).rejects.toThrow(/another room/);
    const viewer = client([servers[0]!.url], 'checkout', printed);
    await viewer.synced;
    expect(yDocToJourney(viewer.ydoc).stages.length).toBeGreaterThan(0);
  });
});

describe('operations', () => {
  it('/health says ok with PostgreSQL and Redis answering; /metrics counts rooms, connections, updates and store latency', async () => {
    const server = servers[0]!;
    const health = await fetch(`${server.http}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', server: 'roles-1', checks: { postgres: 'ok', redis: 'ok' } });
    const c = client([server.url], 'metrics-room', SHARED_TOKEN);
    await c.synced;
    c.ydoc.transact(() => journeyYTypes(c.ydoc).root.set('title', 'Counted'));
    await until(() => c.provider.unsyncedChanges === 0, 'the edit to be acknowledged');
    const metrics = await (await fetch(`${server.http}/metrics`)).text();
    expect(metrics).toMatch(/^journey_workshop_rooms\{server="roles-1"\} [1-9]/m);
    expect(metrics).toMatch(/^journey_workshop_connections\{server="roles-1"\} [1-9]/m);
    expect(metrics).toMatch(/^journey_workshop_updates_total\{server="roles-1"\} [1-9]/m);
    expect(metrics).toMatch(/^journey_workshop_updates_per_second\{server="roles-1"\} /m);
    expect(metrics).toMatch(/^journey_workshop_store_seconds_count\{server="roles-1",operation="append"\} [1-9]/m);
    expect(metrics).toMatch(/^journey_workshop_store_seconds_bucket\{server="roles-1",operation="load",le="\+Inf"\} [1-9]/m);
  });

  it('SIGTERM drains: every room is stored and compacted, and the process exits 0', async () => {
    const [extra] = await startCluster(['drain-1']);
    const c = client([extra!.url], 'drained', SHARED_TOKEN);
    await c.synced;
    c.ydoc.transact(() => journeyYTypes(c.ydoc).root.set('title', 'Stored on the way out'));
    await until(() => c.provider.unsyncedChanges === 0, 'the edit to be acknowledged');
    const exitCode = new Promise<number | null>((resolve) => extra!.child.once('exit', (code) => resolve(code)));
    extra!.child.kill('SIGTERM');
    expect(await exitCode).toBe(0);
    const stored = await storedJourney('drained');
    expect(stored.journey.title).toBe('Stored on the way out');
    expect(stored).toMatchObject({ hasSnapshot: true, updateRows: 0 });
  });
});
