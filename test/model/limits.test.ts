// @vitest-environment node
/**
 * Nothing a file, a paste or a host's object holds can crash, freeze or lose a journey (issue 12):
 * every door of the model has limits, answers over them with one error naming the limit, lists
 * at most MAX_JOURNEY_ERRORS errors, checks ids in linear time, refuses text a journey cannot
 * carry, and reads a host's object once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  JOURNEY_LIMITS,
  JourneyOperationError,
  MAX_JOURNEY_DEPTH,
  MAX_JOURNEY_ERRORS,
  MAX_JOURNEY_ITEMS,
  MAX_JOURNEY_LENGTH,
  createJourney,
  insertTouchpoints,
  parseJourney,
  serializeJourney,
  setTitle,
  updateTouchpoint,
  validateJourney,
} from 'journey-canvas/model';
import type { JourneyError, Touchpoint, TouchpointChanges } from 'journey-canvas/model';
import { fullJourney, operationErrors } from './fixtures';
import type { Doc } from './rules';

const header = '"format":"journey-canvas","version":1,"id":"j","title":"t"';

/** Arrays nested `depth` deep around `inner`: depth 2 is `[[inner]]`. */
function nested(depth: number, inner: unknown = 0): unknown {
  let value = inner;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

function nestedText(depth: number): string {
  return `${'['.repeat(depth)}0${']'.repeat(depth)}`;
}

function errorsOf(input: unknown): JourneyError[] {
  const result = parseJourney(input);
  if (result.ok) throw new Error('expected the document to be refused');
  return result.errors;
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

describe('the limits are named constants', () => {
  it('exports each limit and all of them together', () => {
    expect(JOURNEY_LIMITS).toEqual({
      depth: MAX_JOURNEY_DEPTH,
      length: MAX_JOURNEY_LENGTH,
      items: MAX_JOURNEY_ITEMS,
      values: expect.any(Number),
      errors: MAX_JOURNEY_ERRORS,
      participants: 1_000,
      ratingsPerTouchpoint: 1_000,
      evidencePerTouchpoint: 500,
      evidenceTextLength: 20_000,
      shortTextLength: 2_000,
      urlLength: 4_000,
    });
  });
});

describe('duplicate ids and references are checked in linear time (failure 4)', () => {
  it('80,000 copies of one id (40,000 stages, 40,000 touchpoints) are answered quickly, the first 100 listed', () => {
    const doc = fullJourney() as Doc;
    doc.stages = Array.from({ length: 40_000 }, () => ({ id: 'same', name: 'S' }));
    doc.touchpoints = Array.from({ length: 40_000 }, () => ({ id: 'same', stageId: 'same', title: '', emotion: 0 }));
    // Quadratic, this took 12 s on an idle machine; linear, it is tens of milliseconds.
    const { value: errors, ms } = timed(() => errorsOf(JSON.stringify(doc)));
    expect(ms).toBeLessThan(6_000);
    expect(errors).toHaveLength(MAX_JOURNEY_ERRORS + 1);
    expect(errors[0]).toEqual({
      path: '/stages/1/id',
      code: 'duplicate_id',
      message: 'id "same" is already used at /stages/0; ids must be unique in the document',
    });
    expect(errors.at(-1)).toEqual({
      path: '',
      code: 'too_many_errors',
      message: `and 79,899 more errors (only the first ${MAX_JOURNEY_ERRORS} are listed)`,
    });
  });

  it('names the first place of a duplicate wherever it is', () => {
    const doc = fullJourney() as Doc;
    doc.touchpoints.push({ ...doc.touchpoints[3], id: doc.touchpoints[2].id });
    expect(errorsOf(JSON.stringify(doc))).toEqual([
      expect.objectContaining({ path: '/touchpoints/4/id', message: expect.stringContaining('already used at /touchpoints/2;') }),
    ]);
  });
});

describe('the error list is capped (failure 5)', () => {
  it('0.2 MB of "touchpoints":[0,0,…] lists 100 errors and counts the rest', () => {
    const text = `{${header},"stages":[],"touchpoints":[${new Array(100_000).fill(0).join(',')}]}`;
    expect(text.length).toBeGreaterThan(200_000);
    const errors = errorsOf(text);
    expect(errors).toHaveLength(MAX_JOURNEY_ERRORS + 1);
    expect(errors[0]).toMatchObject({ path: '/touchpoints/0', code: 'invalid_type' });
    expect(errors[MAX_JOURNEY_ERRORS - 1]).toMatchObject({ path: `/touchpoints/${MAX_JOURNEY_ERRORS - 1}` });
    expect(errors.at(-1)).toMatchObject({ path: '', code: 'too_many_errors', message: expect.stringContaining('and 99,900 more errors') });
  });

  it('10 MB of "touchpoints":[0,0,…] is refused at once by the item limit, in one error', () => {
    const text = `{${header},"stages":[],"touchpoints":[${new Array(5_000_000).fill(0).join(',')}]}`;
    const { value: errors, ms } = timed(() => errorsOf(text));
    expect(errors).toEqual([
      {
        path: '/touchpoints',
        code: 'too_large',
        message: `this array has 5,000,000 items; an array in a journey holds at most ${MAX_JOURNEY_ITEMS.toLocaleString('en')} (MAX_JOURNEY_ITEMS)`,
      },
    ]);
    // JSON.parse of 10 MB is most of it; the check itself does not look at the items.
    expect(ms).toBeLessThan(5_000);
  });

  it('validateJourney and operations cap their lists the same way', () => {
    const doc = fullJourney() as Doc;
    doc.touchpoints = new Array(500).fill('x');
    const errors = validateJourney(doc);
    expect(errors).toHaveLength(MAX_JOURNEY_ERRORS + 1);
    expect(errors.at(-1)?.message).toMatch(/^and 400 more errors/);

    const pasted = operationErrors(() => insertTouchpoints(fullJourney(), { stageId: 'awareness', touchpoints: new Array(300).fill(1) }));
    expect(pasted).toHaveLength(MAX_JOURNEY_ERRORS + 1);
    expect(pasted[0]?.path).toBe('/touchpoints/1');
    expect(pasted.at(-1)).toMatchObject({ code: 'too_many_errors', message: expect.stringMatching(/^and 200 more errors/) });
  });
});

describe('whatever parses serializes: one depth limit (failure 6)', () => {
  const deepest = MAX_JOURNEY_DEPTH - 1; // the document itself is level 1

  it('a value nested to the limit parses from text and from an object, and serializes', () => {
    const text = `{${header},"stages":[],"touchpoints":[],"xDeep":${nestedText(deepest)}}`;
    for (const input of [text, JSON.parse(text) as unknown]) {
      const result = parseJourney(input);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      expect(parseJourney(serializeJourney(result.document))).toMatchObject({ ok: true });
    }
  });

  it.each([deepest + 1, 4_103, 5_000, 100_000])('%i levels are refused with the limit named, at the place it is passed, from text and object', (depth) => {
    const text = `{${header},"stages":[],"touchpoints":[],"xDeep":${nestedText(depth)}}`;
    const object = { ...(JSON.parse(`{${header},"stages":[],"touchpoints":[]}`) as object), xDeep: nested(depth) };
    const path = `/xDeep${'/0'.repeat(deepest)}`;
    for (const input of [text, object]) {
      expect(errorsOf(input)).toEqual([
        {
          path,
          code: 'too_deep',
          message: `this value nests arrays and objects more than ${MAX_JOURNEY_DEPTH} levels deep; a journey allows at most ${MAX_JOURNEY_DEPTH} levels (MAX_JOURNEY_DEPTH)`,
        },
      ]);
    }
  });

  it('a deep paste into an operation is an error, never a RangeError', () => {
    const touchpoint = { id: 'deep', stageId: 'awareness', title: 'x', emotion: 0, xDeep: nested(3_000) };
    const errors = operationErrors(() => insertTouchpoints(fullJourney(), { stageId: 'awareness', touchpoints: [touchpoint as Touchpoint] }));
    expect(errors).toEqual([expect.objectContaining({ code: 'too_deep', path: expect.stringMatching(/^\/touchpoints\/1\/xDeep\/0\/0/) })]);
    const changes = { xDeep: nested(3_000) } as TouchpointChanges;
    expect(operationErrors(() => updateTouchpoint(fullJourney(), { id: 't1', changes }))[0]?.code).toBe('too_deep');
  });

  it('any document that parses serializes and parses again to the same document', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 130 }), fc.boolean(), (depth, asObjects) => {
        const inner = asObjects ? JSON.parse(`${'{"a":'.repeat(depth)}0${'}'.repeat(depth)}`) : nested(depth);
        const result = parseJourney({ ...fullJourney(), xDeep: inner });
        if (!result.ok) {
          expect(result.errors.map((e) => e.code)).toEqual(['too_deep']);
          return;
        }
        const again = parseJourney(serializeJourney(result.document));
        expect(again.ok && again.document).toEqual(result.document);
      }),
      { numRuns: 60 },
    );
  });
});

describe('size limits', () => {
  it('text longer than MAX_JOURNEY_LENGTH is refused before it is parsed', () => {
    const text = `{${header},"stages":[],"touchpoints":[]}`.padEnd(MAX_JOURNEY_LENGTH + 1, ' ');
    expect(errorsOf(text)).toEqual([expect.objectContaining({ path: '', code: 'too_large', message: expect.stringContaining('MAX_JOURNEY_LENGTH') })]);
  });

  it('an object with more values than MAX_JOURNEY_VALUES is refused, however it is shared inside', () => {
    const block = new Array(MAX_JOURNEY_ITEMS).fill(0);
    const doc = { ...fullJourney(), xMany: new Array(Math.ceil(JOURNEY_LIMITS.values / MAX_JOURNEY_ITEMS) + 1).fill(block) };
    expect(errorsOf(doc)).toEqual([expect.objectContaining({ path: '', code: 'too_large', message: expect.stringContaining('MAX_JOURNEY_VALUES') })]);
  });
});

describe('text a journey cannot carry is refused at its place (failure 9)', () => {
  it.each([
    ['NUL', '\u0000'],
    ['BEL', '\u0007'],
    ['backspace', '\b'],
    ['form feed', '\f'],
    ['unit separator', '\u001f'],
    ['U+FFFE', '\ufffe'],
    ['U+FFFF', '\uffff'],
    ['a lone high surrogate', '\ud83d'],
    ['a lone low surrogate', '\ude00'],
  ])('%s in a title, from text and from an object', (_name, char) => {
    const doc = fullJourney() as Doc;
    doc.touchpoints[2].title = `Pays ${char}now`;
    for (const input of [JSON.stringify(doc), doc]) {
      expect(errorsOf(input)).toEqual([
        expect.objectContaining({
          path: '/touchpoints/2/title',
          code: 'invalid_text',
          message: expect.stringMatching(new RegExp(`^this text holds .*\\(U\\+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}\\) at character 6`)),
        }),
      ]);
    }
  });

  it('in a property name and deep inside a property the library does not know', () => {
    const doc = fullJourney() as Doc;
    doc.stages[1]['bad\u0001key'] = 1;
    doc.xNotes = { list: ['fine', 'no\ud800pe'] };
    expect(errorsOf(JSON.stringify(doc)).map((e) => [e.path, e.code])).toEqual([
      ['/stages/1/bad\u0001key', 'invalid_text'],
      ['/xNotes/list/1', 'invalid_text'],
    ]);
  });

  it('keeps tab, newlines, emoji and every other character', () => {
    const doc = fullJourney() as Doc;
    doc.title = 'Tab\there\nnew line\r\nand 😀, 认知, \u007f, \u00a0, \u2028, \ufffd';
    const result = parseJourney(JSON.stringify(doc));
    expect(result.ok && result.document.title).toBe(doc.title);
  });

  it('operations refuse such text too', () => {
    expect(operationErrors(() => setTitle(fullJourney(), { title: 'a\u0000b' }))[0]).toMatchObject({ path: '/title', code: 'invalid_text' });
    expect(operationErrors(() => updateTouchpoint(fullJourney(), { id: 't1', changes: { title: '\ud800' } }))[0]).toMatchObject({
      path: '/touchpoints/0/title',
      code: 'invalid_text',
    });
    expect(() => createJourney({ title: 'x\u0007' })).toThrow(JourneyOperationError);
  });

  it('every string that parses can be encoded as UTF-8 and written into XML', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 12 }), (title) => {
        const result = parseJourney({ ...fullJourney(), title });
        if (!result.ok) {
          expect(result.errors.map((e) => [e.path, e.code])).toEqual([['/title', 'invalid_text']]);
          return;
        }
        expect(() => encodeURIComponent(result.document.title)).not.toThrow();
        // XML 1.0 Char: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF.
        // eslint-disable-next-line no-control-regex -- the characters XML cannot hold
        expect(result.document.title).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
      }),
      { numRuns: 200 },
    );
  });
});

describe("a host's object is read once (failure 10)", () => {
  it('a getter is read once, so the document holds the value that was checked', () => {
    const doc = fullJourney() as Doc;
    let reads = 0;
    Object.defineProperty(doc.touchpoints[0], 'emotion', {
      enumerable: true,
      get: () => (reads++ === 0 ? 0 : 99),
    });
    const result = parseJourney(doc);
    expect(result.ok && result.document.touchpoints[0]?.emotion).toBe(0);
    expect(reads).toBe(1);
    expect(validateJourney(doc)).toEqual([expect.objectContaining({ path: '/touchpoints/0/emotion', code: 'out_of_range' })]);
  });

  it('a getter that throws is reported at its property', () => {
    const doc = fullJourney() as Doc;
    Object.defineProperty(doc.touchpoints[1], 'title', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(errorsOf(doc)).toEqual([
      { path: '/touchpoints/1/title', code: 'unreadable', message: 'the property "title" could not be read: boom' },
    ]);
  });

  it('a Proxy whose traps throw is reported where it is', () => {
    const doc = fullJourney() as Doc;
    doc.persona = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('no keys');
        },
      },
    );
    expect(errorsOf(doc)).toEqual([expect.objectContaining({ path: '/persona', code: 'unreadable', message: expect.stringContaining('no keys') })]);
  });

  it('a sparse touchpoints array of length 1e7 is refused at once by the item limit', () => {
    const doc = fullJourney() as Doc;
    const sparse: unknown[] = [];
    sparse.length = 1e7;
    sparse[5] = doc.touchpoints[0];
    doc.touchpoints = sparse;
    const { value: errors, ms } = timed(() => errorsOf(doc));
    expect(errors).toEqual([expect.objectContaining({ path: '/touchpoints', code: 'too_large', message: expect.stringContaining('10,000,000 items') })]);
    expect(ms).toBeLessThan(500);
  });
});
