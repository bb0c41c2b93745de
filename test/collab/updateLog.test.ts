/**
 * The workshop server's write-ahead log on its own: what it gives back after a kill (a record
 * cut short included), and that storing a state drops exactly what the state holds.
 */
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createUpdateLog } from '../../examples/workshop-live/updateLog';
import { tempDataDir } from './harness';

const dirs: { remove(): void }[] = [];
afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

function logDir() {
  const data = tempDataDir();
  dirs.push(data);
  return data.dir;
}

/** A doc whose state is the log replayed on `stored` (as the server's fetch does). */
function replay(updates: Uint8Array[], stored?: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  if (stored) Y.applyUpdate(doc, stored);
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc;
}

describe('the update log', () => {
  it('gives back every logged update of a room after the process is gone, ignoring a record cut short', () => {
    const dir = logDir();
    const log = createUpdateLog(dir);
    const doc = new Y.Doc();
    log.attach('room / with ~ any name', doc);
    for (let i = 0; i < 20; i++) doc.getMap('journey').set(`k${i}`, i);
    // As after kill -9: nothing detached or stored. A second process reads the folder.
    const [file] = readdirSync(dir);
    appendFileSync(join(dir, file as string), Buffer.from([200, 0, 0, 0, 1, 2])); // a record the kill cut short
    const again = createUpdateLog(dir);
    const back = replay(again.read('room / with ~ any name'));
    expect(back.getMap('journey').toJSON()).toEqual(doc.getMap('journey').toJSON());
    expect(again.read('another room')).toEqual([]);
  });

  it('storing a state drops what it holds and keeps what came after; an empty log goes with its room', () => {
    const dir = logDir();
    const log = createUpdateLog(dir);
    const doc = new Y.Doc();
    const detach = log.attach('r', doc);
    doc.getMap('journey').set('a', 1);
    const state = Y.encodeStateAsUpdate(doc);
    const mark = log.mark('r');
    doc.getMap('journey').set('b', 2); // arrives while the state is being stored
    log.stored('r', mark);
    const tail = log.read('r');
    expect(tail).toHaveLength(1);
    expect(replay(tail, state).getMap('journey').toJSON()).toEqual({ a: 1, b: 2 });
    log.stored('r', log.mark('r'));
    expect(log.read('r')).toEqual([]);
    detach();
    expect(readdirSync(dir)).toEqual([]);
    expect(log.open).toBe(0);
  });
});
