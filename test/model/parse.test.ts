// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJourney, serializeJourney, validateJourney } from 'journey-canvas/model';
import type { JourneyErrorCode } from 'journey-canvas/model';
import { chineseJourneyText, fullJourney } from './fixtures';
import { rules } from './rules';
import type { Doc } from './rules';

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
      d.version = 4;
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
