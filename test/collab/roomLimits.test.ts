/**
 * The room guard of examples/workshop-live checks each update before Hocuspocus applies it. An
 * edit that builds on the same client's previous edit must pass while that previous one is still
 * being stored (admitted, not yet applied), and an update hanging from content nobody sent must
 * still be refused.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { createRoomSizeGuard } from '../../examples/workshop-live/roomLimits';

const SYNC_UPDATE = 2;

function syncMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, SYNC_UPDATE);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Two updates of one client, the second setting a key in a map the first created. */
function dependentEdits(): { first: Uint8Array; second: Uint8Array } {
  const client = new Y.Doc();
  const before = Y.encodeStateVector(client);
  const card = new Y.Map<unknown>();
  client.getMap('touchpoints').set('t1', card);
  const first = Y.encodeStateAsUpdate(client, before);
  const middle = Y.encodeStateVector(client);
  card.set('title', 'Checkout fails');
  const second = Y.encodeStateAsUpdate(client, middle);
  return { first, second };
}

describe('room guard: updates in flight', () => {
  it('admits an edit that builds on an admitted edit not yet applied, and forgets it once applied', () => {
    const server = new Y.Doc();
    const guard = createRoomSizeGuard(() => server);
    const { first, second } = dependentEdits();
    expect(guard.admitSync('room', syncMessage(first), 0)).toBeNull();
    // `first` is still being stored: the document does not hold it yet.
    expect(guard.admitSync('room', syncMessage(second), 0)).toBeNull();
    expect(guard.inFlight('room')).toBe(2);
    Y.applyUpdate(server, first);
    Y.applyUpdate(server, second);
    const { first: other } = dependentEdits();
    expect(guard.admitSync('room', syncMessage(other), 0)).toBeNull();
    expect(guard.inFlight('room')).toBe(1); // the two applied ones were dropped
  });

  it('still refuses an update hanging from content nobody sent', () => {
    const server = new Y.Doc();
    const guard = createRoomSizeGuard(() => server);
    const { second } = dependentEdits();
    expect(guard.admitSync('room', syncMessage(second), 0)).toMatch(/depends on content the server does not have/);
    // Another room's admitted update does not vouch for it.
    const { first, second: dependent } = dependentEdits();
    expect(guard.admitSync('other room', syncMessage(first), 0)).toBeNull();
    expect(guard.admitSync('room', syncMessage(dependent), 0)).toMatch(/depends on content/);
  });

  it('keeps the nesting limit across updates in flight', () => {
    const server = new Y.Doc();
    const guard = createRoomSizeGuard(() => server, { maxRoomBytes: 1024 * 1024, maxDepth: 3 });
    const client = new Y.Doc();
    let map = client.getMap('touchpoints') as Y.Map<unknown>;
    let state = Y.encodeStateVector(client);
    const results: (string | null | symbol)[] = [];
    // Each update nests one level deeper inside the previous update's map.
    for (let level = 0; level < 4; level++) {
      const inner = new Y.Map<unknown>();
      map.set('child', inner);
      map = inner;
      results.push(guard.admitSync('room', syncMessage(Y.encodeStateAsUpdate(client, state)), 0));
      state = Y.encodeStateVector(client);
    }
    expect(results.slice(0, 3)).toEqual([null, null, null]);
    expect(results[3]).toMatch(/nested 4 deep/);
  });
});
