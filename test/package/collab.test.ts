/**
 * `journey-canvas/collab` as a host installs it: the packed tarball plus its optional peer yjs,
 * used from plain Node (a host's server converts rooms to documents). The main entry with no yjs
 * installed at all is package.test.ts's host.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { modulesReachableFrom } from './imports';
import { atRepoVersion, makeProjectDir, nodeEval, npmInstall } from './scratch';

const packed = inject('packedLibrary');
let withYjs = '';

beforeAll(() => {
  withYjs = makeProjectDir(packed, 'collab-host');
  writeFileSync(join(withYjs, 'package.json'), JSON.stringify({ name: 'collab-host', private: true, type: 'module' }, null, 2));
  npmInstall(withYjs, [packed.tarball, atRepoVersion('react'), atRepoVersion('react-dom'), atRepoVersion('yjs')]);
});

describe('journey-canvas/collab', () => {
  it('turns a journey into a Y.Doc and back in plain Node, through the binary update a server stores', () => {
    const result = nodeEval(
      withYjs,
      `import * as Y from 'yjs';
       import { isDeepStrictEqual } from 'node:util';
       import { createJourney, parseJourney, addTouchpoint } from 'journey-canvas/model';
       import { journeyToYDoc, yDocToJourney } from 'journey-canvas/collab';
       const base = createJourney({ title: 'Room' });
       const doc = { ...addTouchpoint(base, { stageId: base.stages[0].id, touchpoint: { title: 'Ad', emotion: 2 } }), xKept: { a: [1] } };
       const stored = Y.encodeStateAsUpdate(journeyToYDoc(doc));
       const loaded = new Y.Doc();
       Y.applyUpdate(loaded, stored);
       const back = yDocToJourney(loaded);
       console.log(JSON.stringify({ same: isDeepStrictEqual(back, doc), ok: parseJourney(back).ok, kept: back.xKept }));`,
    );
    expect(result).toEqual({ same: true, ok: true, kept: { a: [1] } });
  });

  it("shares the host's yjs instead of bundling its own (one Yjs instance per app)", () => {
    // The entry re-exports modules of its own; one of them imports the host's yjs, none carries a copy.
    const reached = modulesReachableFrom(join(withYjs, 'node_modules/journey-canvas/dist/collab.js'));
    expect(reached.bare).toContain('yjs');
    expect(reached.files.filter((file) => /class YText|class YArray\b/.test(readFileSync(file, 'utf8')))).toEqual([]);
  });
});
