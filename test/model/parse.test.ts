// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJourney, serializeJourney, validateJourney } from 'journey-canvas/model';
import type { JourneyDocument, JourneyErrorCode } from 'journey-canvas/model';
import { chineseJourneyText, fullJourney } from './fixtures';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test mutations reach anywhere

function errorsOf(mutate: (doc: Doc) => void): { path: string; code: JourneyErrorCode; message: string }[] {
  const doc = fullJourney() as Doc;
  mutate(doc);
  const result = parseJourney(JSON.stringify(doc));
  if (result.ok) return [];
  return result.errors;
}

describe('parseJourney accepts valid documents', () => {
  it('reads a document that uses every property, as given', () => {
    const result = parseJourney(JSON.stringify(fullJourney()));
    expect(result).toEqual({ ok: true, document: fullJourney(), warnings: [] });
  });

  it('reads a journey written in Chinese, ids and unknown keys included', () => {
    const result = parseJourney(chineseJourneyText);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.document.title).toBe('外卖点餐');
    expect(result.document.stages.map((s) => s.name)).toEqual(['认知', '购买', '反馈']);
    expect(result.document.touchpoints[1]).toMatchObject({ id: 't-支付', stageId: '下单', emotion: -4.5, painPoints: ['验证码收不到'] });
    expect(result.document.touchpoints[3]?.['备注']).toBe('未知字段也要保留');
    expect(serializeJourney(result.document)).toContain('"title": "微信支付失败"');
  });

  it('reads text that starts with a byte-order mark', () => {
    expect(parseJourney(`\uFEFF${JSON.stringify(fullJourney())}`).ok).toBe(true);
  });

  it('accepts the limits of every range', () => {
    const errors = errorsOf((d) => {
      d.touchpoints[0].emotion = -5;
      d.touchpoints[1].emotion = 5;
      d.touchpoints[0].metrics = { csat: 1, nps: -100, ces: 7 };
      d.touchpoints[1].metrics = { csat: 5, nps: 100, ces: 1 };
      d.title = '';
      d.createdAt = '2026-02-28';
      d.updatedAt = '2026-02-28T23:59';
    });
    expect(errors).toEqual([]);
  });

  it('reads an already-parsed object and keeps nothing mutable from it', () => {
    const input = fullJourney();
    const result = parseJourney(input);
    if (!result.ok) throw new Error('expected ok');
    expect(result.document).toEqual(input);
    (input.touchpoints[0]?.delights as string[]).push('changed by the caller');
    (input.persona as Doc).goals[0] = 'changed';
    (input.xDocument as Doc).list.push(4);
    input.stages[0]!.name = 'changed';
    expect(result.document).toEqual(fullJourney());
  });

  it('warns, without failing, about a locale that is not a plausible BCP 47 tag', () => {
    const doc = { ...fullJourney(), locale: 'english please' };
    const result = parseJourney(doc);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings).toEqual([expect.objectContaining({ path: '/locale', code: 'implausible_locale' })]);
    expect(parseJourney({ ...fullJourney(), locale: 'zh-Hant-TW' })).toMatchObject({ ok: true, warnings: [] });
  });
});

describe('parseJourney never throws and rejects what is not a document', () => {
  it.each([
    ['malformed JSON text', '{"format": "journey-canvas",', 'invalid_json'],
    ['empty text', '', 'invalid_json'],
    ['null', null, 'invalid_type'],
    ['JSON null text', 'null', 'invalid_type'],
    ['an array', [], 'invalid_type'],
    ['JSON array text', '[1,2]', 'invalid_type'],
    ['a number', 42, 'invalid_type'],
    ['JSON number text', '42', 'invalid_type'],
    ['undefined', undefined, 'invalid_type'],
    ['a Date', new Date(0), 'invalid_type'],
  ])('%s gives one error at the root', (_name, input, code) => {
    const result = parseJourney(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatchObject({ path: '', code });
      expect(result.errors[0]?.message.length).toBeGreaterThan(10);
    }
  });

  it('names the JSON problem in words', () => {
    const result = parseJourney('{"a": }');
    expect(!result.ok && result.errors[0]?.message).toMatch(/^the text is not valid JSON: /);
  });

  it('returns a result for any value or text at all', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.json()), (input) => {
        const result = parseJourney(input);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('returns an error for an object that contains itself, not a stack overflow', () => {
    const doc = fullJourney() as Doc;
    doc.xLoop = { inner: {} };
    doc.xLoop.inner.back = doc.xLoop;
    const result = parseJourney(doc);
    expect(result).toMatchObject({ ok: false, errors: [{ path: '/xLoop/inner/back', code: 'invalid_value' }] });
  });

  it('rejects values in unknown properties that JSON cannot hold, naming their place', () => {
    const doc = fullJourney() as Doc;
    doc.touchpoints[2]['a/b~c'] = () => 1;
    doc.stages[1].xNumber = Number.NaN;
    doc.persona.xList = [1, undefined];
    const result = parseJourney(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map((e) => [e.path, e.code])).toEqual([
        ['/persona/xList/1', 'invalid_type'],
        ['/stages/1/xNumber', 'invalid_value'],
        ['/touchpoints/2/a~1b~0c', 'invalid_type'],
      ]);
    }
  });
});

/** Removes the one touchpoint of stage `use`, so a rule about that stage's id stands alone. */
const dropUse = (d: Doc): void => void d.touchpoints.pop();

/** Each rule of format v1: the mutation that breaks it, and the one error it must give. */
const rules: [string, (d: Doc) => void, string, JourneyErrorCode, string?][] = [
  ['format missing', (d) => delete d.format, '/format', 'required'],
  ['format wrong', (d) => (d.format = 'excalidraw'), '/format', 'invalid_format'],
  ['format not a string', (d) => (d.format = 1), '/format', 'invalid_type'],
  ['version missing', (d) => delete d.version, '/version', 'required'],
  ['version a string', (d) => (d.version = '1'), '/version', 'invalid_type'],
  ['version not an integer', (d) => (d.version = 1.5), '/version', 'invalid_value'],
  ['version newer', (d) => (d.version = 2), '/version', 'unsupported_version', 'version 2 is newer than this library supports (up to 1); update journey-canvas to open this document'],
  ['version older than any', (d) => (d.version = 0), '/version', 'unsupported_version'],
  ['id missing', (d) => delete d.id, '/id', 'required'],
  ['id empty', (d) => (d.id = ''), '/id', 'empty'],
  ['id a number', (d) => (d.id = 7), '/id', 'invalid_type'],
  ['title missing', (d) => delete d.title, '/title', 'required'],
  ['title null', (d) => (d.title = null), '/title', 'invalid_type', 'title must be a string, got null'],
  ['description a number', (d) => (d.description = 3), '/description', 'invalid_type'],
  ['locale a number', (d) => (d.locale = 3), '/locale', 'invalid_type'],
  ['persona an array', (d) => (d.persona = []), '/persona', 'invalid_type'],
  ['persona name a number', (d) => (d.persona.name = 1), '/persona/name', 'invalid_type'],
  ['persona summary null', (d) => (d.persona.summary = null), '/persona/summary', 'invalid_type'],
  ['persona goals a string', (d) => (d.persona.goals = 'win'), '/persona/goals', 'invalid_type'],
  ['persona motivations item', (d) => (d.persona.motivations = ['ok', 2]), '/persona/motivations/1', 'invalid_type'],
  ['persona frustrations item', (d) => (d.persona.frustrations = [null]), '/persona/frustrations/0', 'invalid_type'],
  ['stages missing', (d) => delete d.stages, '/stages', 'required'],
  ['stages an object', (d) => (d.stages = {}), '/stages', 'invalid_type'],
  ['stage not an object', (d) => ((d.stages[2] = 'use'), dropUse(d)), '/stages/2', 'invalid_type'],
  ['stage id missing', (d) => (delete d.stages[2].id, dropUse(d)), '/stages/2/id', 'required'],
  ['stage id empty', (d) => ((d.stages[2].id = ''), dropUse(d)), '/stages/2/id', 'empty'],
  ['stage name missing', (d) => delete d.stages[0].name, '/stages/0/name', 'required'],
  ['stage name a number', (d) => (d.stages[0].name = 5), '/stages/0/name', 'invalid_type'],
  ['stage kind unknown', (d) => (d.stages[0].kind = 'delight'), '/stages/0/kind', 'invalid_value', 'kind must be one of awareness, consideration, purchase, use, feedback, custom, got "delight"'],
  ['stage description a number', (d) => (d.stages[0].description = 1), '/stages/0/description', 'invalid_type'],
  ['stage color a name', (d) => (d.stages[0].color = 'red'), '/stages/0/color', 'invalid_format', 'color must be "#rgb" or "#rrggbb" (like "#4f46e5"), got "red"'],
  ['stage color 4 digits', (d) => (d.stages[1].color = '#abcd'), '/stages/1/color', 'invalid_format'],
  ['stage color 8 digits', (d) => (d.stages[1].color = '#aabbccdd'), '/stages/1/color', 'invalid_format'],
  ['stage color not hex', (d) => (d.stages[1].color = '#ggg'), '/stages/1/color', 'invalid_format'],
  ['stage color a number', (d) => (d.stages[1].color = 0xabc), '/stages/1/color', 'invalid_type'],
  ['touchpoints missing', (d) => delete d.touchpoints, '/touchpoints', 'required'],
  ['touchpoints a string', (d) => (d.touchpoints = 'none'), '/touchpoints', 'invalid_type'],
  ['touchpoint null', (d) => (d.touchpoints[3] = null), '/touchpoints/3', 'invalid_type'],
  ['touchpoint id missing', (d) => delete d.touchpoints[1].id, '/touchpoints/1/id', 'required'],
  ['touchpoint id empty', (d) => (d.touchpoints[1].id = ''), '/touchpoints/1/id', 'empty'],
  ['touchpoint stageId missing', (d) => delete d.touchpoints[1].stageId, '/touchpoints/1/stageId', 'required'],
  ['touchpoint stageId a number', (d) => (d.touchpoints[1].stageId = 1), '/touchpoints/1/stageId', 'invalid_type'],
  ['touchpoint title missing', (d) => delete d.touchpoints[2].title, '/touchpoints/2/title', 'required'],
  ['touchpoint emotion missing', (d) => delete d.touchpoints[2].emotion, '/touchpoints/2/emotion', 'required', 'emotion is required (a number from -5 to 5)'],
  ['emotion too high', (d) => (d.touchpoints[3].emotion = 7), '/touchpoints/3/emotion', 'out_of_range', 'emotion must be a number from -5 to 5, got 7'],
  ['emotion too low', (d) => (d.touchpoints[3].emotion = -5.01), '/touchpoints/3/emotion', 'out_of_range'],
  ['emotion a string', (d) => (d.touchpoints[3].emotion = '3'), '/touchpoints/3/emotion', 'invalid_type', 'emotion must be a number from -5 to 5, got "3"'],
  ['emotion null', (d) => (d.touchpoints[3].emotion = null), '/touchpoints/3/emotion', 'invalid_type'],
  ['touchpoint channel a number', (d) => (d.touchpoints[0].channel = 1), '/touchpoints/0/channel', 'invalid_type'],
  ['touchpoint description an object', (d) => (d.touchpoints[0].description = {}), '/touchpoints/0/description', 'invalid_type'],
  ['touchpoint owner a boolean', (d) => (d.touchpoints[0].owner = true), '/touchpoints/0/owner', 'invalid_type'],
  ['painPoints a string', (d) => (d.touchpoints[0].painPoints = 'slow'), '/touchpoints/0/painPoints', 'invalid_type'],
  ['delights item', (d) => (d.touchpoints[0].delights = ['a', 'b', 3]), '/touchpoints/0/delights/2', 'invalid_type', 'delights[2] must be a string, got 3'],
  ['opportunities item', (d) => (d.touchpoints[0].opportunities = [['nested']]), '/touchpoints/0/opportunities/0', 'invalid_type'],
  ['keyMoment a string', (d) => (d.touchpoints[0].keyMoment = 'yes'), '/touchpoints/0/keyMoment', 'invalid_type'],
  ['metrics an array', (d) => (d.touchpoints[0].metrics = [4]), '/touchpoints/0/metrics', 'invalid_type'],
  ['csat too high', (d) => (d.touchpoints[0].metrics.csat = 5.5), '/touchpoints/0/metrics/csat', 'out_of_range', 'csat must be a number from 1 to 5, got 5.5'],
  ['csat too low', (d) => (d.touchpoints[0].metrics.csat = 0), '/touchpoints/0/metrics/csat', 'out_of_range'],
  ['nps too high', (d) => (d.touchpoints[0].metrics.nps = 101), '/touchpoints/0/metrics/nps', 'out_of_range'],
  ['nps too low', (d) => (d.touchpoints[0].metrics.nps = -101), '/touchpoints/0/metrics/nps', 'out_of_range'],
  ['ces too high', (d) => (d.touchpoints[0].metrics.ces = 8), '/touchpoints/0/metrics/ces', 'out_of_range'],
  ['ces too low', (d) => (d.touchpoints[0].metrics.ces = 0.5), '/touchpoints/0/metrics/ces', 'out_of_range'],
  ['ces a string', (d) => (d.touchpoints[0].metrics.ces = '3'), '/touchpoints/0/metrics/ces', 'invalid_type'],
  ['createdAt not ISO', (d) => (d.createdAt = '22/11/2026'), '/createdAt', 'invalid_format'],
  ['createdAt month 13', (d) => (d.createdAt = '2026-13-01T00:00:00Z'), '/createdAt', 'invalid_format'],
  ['updatedAt a number', (d) => (d.updatedAt = 1763798400000), '/updatedAt', 'invalid_type'],
  ['duplicate touchpoint id', (d) => (d.touchpoints[3].id = 't1'), '/touchpoints/3/id', 'duplicate_id', 'id "t1" is already used at /touchpoints/0; ids must be unique in the document'],
  ['touchpoint id equal to a stage id', (d) => (d.touchpoints[1].id = 'use'), '/touchpoints/1/id', 'duplicate_id'],
  ['duplicate stage id', (d) => ((d.stages[2].id = 'awareness'), dropUse(d)), '/stages/2/id', 'duplicate_id'],
  ['stageId naming no stage', (d) => (d.touchpoints[2].stageId = 'checkout'), '/touchpoints/2/stageId', 'unknown_stage', 'stageId "checkout" does not name a stage of this document'],
  ['stageId naming a touchpoint', (d) => (d.touchpoints[2].stageId = 't1'), '/touchpoints/2/stageId', 'unknown_stage'],
];

describe('each rule of format v1 gives its error at its exact path', () => {
  it.each(rules)('%s', (_name, mutate, path, code, message) => {
    const errors = errorsOf(mutate);
    expect(errors.map((e) => ({ path: e.path, code: e.code }))).toEqual([{ path, code }]);
    if (message !== undefined) expect(errors[0]?.message).toBe(message);
    // validateJourney runs the same checks on a value (except migrating, which v1 never needs).
    const doc = fullJourney() as Doc;
    mutate(doc);
    expect(validateJourney(doc).map((e) => e.path)).toEqual([path]);
  });

  it('emotion must be finite when handed over as a value', () => {
    for (const emotion of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const doc = fullJourney() as Doc;
      doc.touchpoints[1].emotion = emotion;
      const result = parseJourney(doc);
      expect(result).toMatchObject({ ok: false, errors: [{ path: '/touchpoints/1/emotion', code: 'invalid_value' }] });
    }
  });

  it('reports every error, not only the first, in document order', () => {
    const errors = errorsOf((d) => {
      d.format = 'other';
      d.title = 3;
      d.stages[0].color = 'blue';
      d.touchpoints[0].emotion = 9;
      d.touchpoints[0].metrics.nps = 200;
      d.touchpoints[3].stageId = 'gone';
      delete d.touchpoints[2].title;
    });
    expect(errors.map((e) => e.path)).toEqual([
      '/format',
      '/title',
      '/stages/0/color',
      '/touchpoints/0/emotion',
      '/touchpoints/0/metrics/nps',
      '/touchpoints/2/title',
      '/touchpoints/3/stageId',
    ]);
  });

  it('a newer version is reported without judging the rest by older rules', () => {
    const errors = errorsOf((d) => {
      d.version = 3;
      d.touchpoints = 'a v3 shape we cannot know';
    });
    expect(errors).toEqual([expect.objectContaining({ path: '/version', code: 'unsupported_version' })]);
  });

  it('escapes ~ and / in paths as RFC 6901 says', () => {
    const doc = fullJourney() as Doc;
    doc['~/'] = { 'x/y': { '~1': Symbol('no') } };
    const result = parseJourney(doc);
    expect(!result.ok && result.errors.map((e) => e.path)).toEqual(['/~0~1/x~1y/~01']);
  });

});
