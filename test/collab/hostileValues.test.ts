/**
 * Whatever a remote client puts in a shared journey, reading it never throws: values JSON cannot
 * carry and nesting past the limit come back as problems at their JSON Pointer, an editor's
 * binding shows them on the problem banner, and a restore removes what it reported.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createJourney } from 'journey-canvas/model';
import { bindJourneyStore, journeyToYDoc, journeyYTypes, parseJourneyYDoc, ratingKey, readJourneyYDoc, writeJourneyToYDoc, Y_READ_LIMITS } from 'journey-canvas/collab';
import { createJourneyStore } from '../../src/store';
import { splitToken } from '../../examples/workshop-live/linkToken';

function sharedJourney() {
  const document = createJourney({ title: 'Shared' });
  const ydoc = journeyToYDoc(document);
  return { document, ydoc, types: journeyYTypes(ydoc) };
}

/** Y.Maps nested `depth` deep under `map[key]`, written level by level (no recursion). */
function nestMaps(map: Y.Map<unknown>, key: string, depth: number): void {
  map.doc!.transact(() => {
    map.set(key, new Y.Map());
    let inner = map.get(key) as Y.Map<unknown>;
    for (let i = 1; i < depth; i++) {
      inner.set('n', new Y.Map());
      inner = inner.get('n') as Y.Map<unknown>;
    }
  });
}

describe('reading a shared journey is total', () => {
  it.each([
    ['a BigInt', 10n, /BigInt/],
    ['bytes', new Uint8Array([1, 2, 3]), /binary/],
    ['NaN', Number.NaN, /NaN/],
    ['a sub-document', new Y.Doc(), /sub-document/],
    ['an XML element', new Y.XmlElement('p'), /XML/],
    ['a BigInt inside a plain object', { deep: [1, { n: 5n }] }, /BigInt/],
  ])('%s in the root is a problem at its place, not a throw', (_name, value, message) => {
    const { ydoc, types } = sharedJourney();
    types.root.set('x', value);
    const reading = readJourneyYDoc(ydoc);
    expect(reading.problems.length).toBeGreaterThan(0);
    expect(reading.problems[0]?.path).toMatch(/^\/x/);
    expect(reading.problems[0]?.message).toMatch(message);
    expect(parseJourneyYDoc(ydoc).ok).toBe(false);
  });

  it('Y.Maps nested 3,000 deep are reported at the depth limit, without overflowing the stack', () => {
    const { ydoc, types } = sharedJourney();
    nestMaps(types.root, 'deep', 3000);
    const result = parseJourneyYDoc(ydoc);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]?.message).toMatch(`nested more than ${Y_READ_LIMITS.maxDepth} levels`);
      expect(result.errors[0]?.path.startsWith('/deep/n/n')).toBe(true);
    }
  });

  it('an `id` field inside a touchpoint map is reported, and a restore takes it out', () => {
    const document = createJourney({ title: 'Ids' });
    const stageId = document.stages[0]!.id;
    const valid = { ...document, touchpoints: [{ id: 't', stageId, title: 'Fine', emotion: 1 }] };
    const ydoc = journeyToYDoc(valid);
    const touchpoint = journeyYTypes(ydoc).touchpoints.get('t') as Y.Map<unknown>;
    touchpoint.set('id', stageId);
    const result = parseJourneyYDoc(ydoc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toContain('/touchpoints/0/id');
    writeJourneyToYDoc(ydoc, valid);
    expect(touchpoint.has('id')).toBe(false);
    expect(parseJourneyYDoc(ydoc)).toMatchObject({ ok: true, document: valid });
  });

  it('any values written anywhere in the shared maps: reading never throws, and a restore always gives the valid journey back', () => {
    const leaf = fc.oneof(
      fc.bigInt(),
      fc.double(),
      fc.string(),
      fc.boolean(),
      fc.constant(null),
      fc.uint8Array({ maxLength: 4 }),
      fc.constant(undefined),
      fc.jsonValue({ maxDepth: 3 }),
    );
    const key = fc.oneof(fc.constantFrom('id', 'title', 'emotion', 'stageId', 'name', '__proto__', 'constructor', 'persona', 'stages', 'painPoints', 'metrics'), fc.string({ maxLength: 4 }));
    const write = fc.record({
      target: fc.constantFrom('root', 'stage', 'touchpoint', 'stages', 'touchpoints', 'stageOrder', 'touchpointOrder', 'persona'),
      key,
      value: fc.oneof(leaf, fc.constant('map'), fc.constant('array'), fc.constant('text'), fc.integer({ min: 90, max: 400 })),
    });
    fc.assert(
      fc.property(fc.array(write, { minLength: 1, maxLength: 6 }), (writes) => {
        const document = createJourney({ title: 'Fuzzed' });
        const stageId = document.stages[0]!.id;
        const valid = { ...document, touchpoints: [{ id: 't', stageId, title: 'Fine', emotion: 1, painPoints: ['slow'] }] };
        const ydoc = journeyToYDoc(valid);
        const types = journeyYTypes(ydoc);
        for (const { target, key: k, value } of writes) {
          const map =
            target === 'stage' ? (types.stages.get(stageId) as Y.Map<unknown>) : target === 'touchpoint' ? (types.touchpoints.get('t') as Y.Map<unknown>) : target === 'persona' ? types.root : types[target as keyof typeof types];
          if (!(map instanceof Y.Map)) continue;
          if (typeof value === 'number' && Number.isInteger(value) && value >= 90 && value <= 400) nestMaps(map, k, value);
          else if (value === 'map') map.set(k, new Y.Map([['v', 1n]]));
          else if (value === 'array') map.set(k, Y.Array.from([1, 'two', new Uint8Array([3])]));
          else if (value === 'text') map.set(k, new Y.Text('text'));
          else map.set(k, value);
        }
        const result = parseJourneyYDoc(ydoc); // never throws
        if (!result.ok) for (const error of result.errors) expect(error.path === '' || error.path.startsWith('/')).toBe(true);
        writeJourneyToYDoc(ydoc, valid);
        const back = parseJourneyYDoc(ydoc);
        expect(back).toMatchObject({ ok: true, document: valid });
      }),
      { numRuns: 150 },
    );
  });
});

describe("an editor's binding and a hostile Y.Doc", () => {
  it('a BigInt or 3,000-deep maps from a colleague show the problem banner, the valid journey stays on screen, and nothing throws', () => {
    const { document, ydoc } = sharedJourney();
    const remote = new Y.Doc();
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(ydoc));
    remote.on('update', (update: Uint8Array) => Y.applyUpdate(ydoc, update, 'remote'));
    const store = createJourneyStore({ document });
    const binding = bindJourneyStore(store, ydoc, { seed: false });
    const before = store.getState().document;
    expect(() => journeyYTypes(remote).root.set('x', 10n)).not.toThrow();
    expect(store.getState().problem?.errors[0]?.path).toBe('/x');
    expect(store.getState().document).toBe(before);
    journeyYTypes(remote).root.delete('x');
    expect(store.getState().problem).toBeNull();
    expect(() => nestMaps(journeyYTypes(remote).root, 'deep', 3000)).not.toThrow();
    expect(store.getState().problem?.errors[0]?.message).toMatch(/nested more than/);
    expect(store.getState().document).toBe(before);
    binding.destroy();
  });
});

describe('the workshop page takes the token out of its address', () => {
  it.each([
    ['http://h:5177/?server=ws://h:1234&room=r#token=s3cret', 's3cret', 'http://h:5177/?server=ws%3A%2F%2Fh%3A1234&room=r'],
    ['http://h:5177/?server=ws://h:1234&token=s3cret&name=Ana', 's3cret', 'http://h:5177/?server=ws%3A%2F%2Fh%3A1234&name=Ana'],
    ['http://h:5177/?room=r#token=a%2Bb&x=1', 'a+b', 'http://h:5177/?room=r#x=1'],
    ['http://h:5177/?room=r', null, 'http://h:5177/?room=r'],
  ])('%s', (href, token, clean) => {
    const split = splitToken(href);
    expect(split.token).toBe(token);
    expect(split.href).not.toMatch(/token/);
    expect(new URL(split.href).searchParams.get('room') ?? null).toBe(new URL(clean).searchParams.get('room') ?? null);
  });
});

describe('reading shared participants and ratings is total and bounded', () => {
  function ratedJourney() {
    const { ydoc, types } = sharedJourney();
    const stageId = [...types.stages.keys()][0]!;
    const touchpoint = new Y.Map<unknown>([
      ['stageId', stageId],
      ['title', 'Pays'],
      ['emotion', 0],
    ]);
    types.touchpoints.set('t', touchpoint);
    types.touchpointOrder.set('t', 'V');
    types.participants.set('p', new Y.Map<unknown>([['name', 'Ana']]));
    types.participantOrder.set('p', 'V');
    types.ratings.set(ratingKey('t', 'p'), new Y.Map<unknown>([['emotion', -2]]));
    return { ydoc, types };
  }

  it('a well-formed rating reads back with the emotion derived from it', () => {
    const { ydoc } = ratedJourney();
    const result = parseJourneyYDoc(ydoc);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.document.touchpoints[0]).toMatchObject({ emotion: -2, ratings: [{ by: 'p', emotion: -2 }] });
  });

  it.each([
    ['a BigInt emotion', (types: ReturnType<typeof journeyYTypes>) => (types.ratings.get(ratingKey('t', 'p')) as Y.Map<unknown>).set('emotion', 3n), /BigInt/],
    ['a rating that is a number', (types: ReturnType<typeof journeyYTypes>) => types.ratings.set(ratingKey('t', 'p'), 4), /./],
    ['a key that names no touchpoint and participant', (types: ReturnType<typeof journeyYTypes>) => types.ratings.set('{"x":1}', new Y.Map()), /names no touchpoint/],
    ['a "by" inside the rating', (types: ReturnType<typeof journeyYTypes>) => (types.ratings.get(ratingKey('t', 'p')) as Y.Map<unknown>).set('by', 'q'), /"by" field/],
    ['a "ratings" field inside the touchpoint', (types: ReturnType<typeof journeyYTypes>) => (types.touchpoints.get('t') as Y.Map<unknown>).set('ratings', 1), /"ratings" field/],
    ['a participant that is bytes', (types: ReturnType<typeof journeyYTypes>) => types.participants.set('q', new Uint8Array([1])), /binary/],
  ])('%s is a problem, never a throw', (_name, attack, message) => {
    const { ydoc, types } = ratedJourney();
    attack(types);
    const result = parseJourneyYDoc(ydoc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.message).join('\n')).toMatch(message);
  });

  it('a rating of a touchpoint or by a participant that is gone is not read, and a full write removes it', () => {
    const { ydoc, types } = ratedJourney();
    types.ratings.set(ratingKey('gone', 'p'), new Y.Map<unknown>([['emotion', 5]]));
    types.ratings.set(ratingKey('t', 'gone'), new Y.Map<unknown>([['emotion', 5]]));
    const result = parseJourneyYDoc(ydoc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.touchpoints[0]?.ratings).toEqual([{ by: 'p', emotion: -2 }]);
    writeJourneyToYDoc(ydoc, result.document);
    expect([...types.ratings.keys()]).toEqual([ratingKey('t', 'p')]);
  });

  it('rating keys count against the size limit: megabyte keys stop the reading with one problem', () => {
    const { ydoc, types } = ratedJourney();
    for (let i = 0; i < 5; i++) types.ratings.set(`${'k'.repeat(1_000_000)}${i}`, 1);
    const reading = readJourneyYDoc(ydoc, { ...Y_READ_LIMITS, maxSize: 2_000_000 });
    expect(reading.problems.some((p) => /larger than the limit/.test(p.message))).toBe(true);
  });
});
