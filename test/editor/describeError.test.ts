import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeJourneyError } from '../../src/editor/describeError';
import { resolveMessages } from '../../src/i18n';
import { parseJourney } from '../../src/model';

const en = resolveMessages('en');
const zh = resolveMessages('zh-CN');

/** A file a facilitator might open: a stage removed by hand, an emotion typed as 7, a stage with no name. */
function brokenFile() {
  return {
    format: 'journey-canvas',
    version: 2,
    id: 'j1',
    title: 'Home delivery',
    stages: [
      { id: 's-order', name: 'Order' },
      { id: 's-wait', name: '' },
    ],
    touchpoints: [
      { id: 't1', stageId: 's-order', title: 'Orders online', emotion: 1 },
      { id: 't2', stageId: 's-deliver', title: 'Delivery arrives late', emotion: -3 },
      { id: 't3', stageId: 's-order', title: 'Rates the driver', emotion: 7, metrics: { nps: 300 } },
      { id: 't1', stageId: 's-order', title: '', emotion: 0 },
    ],
    persona: { name: 42 },
  };
}

function describeAll(input: unknown, messages = en) {
  const result = parseJourney(input);
  if (result.ok) throw new Error('expected errors');
  return result.errors.map((error) => describeJourneyError(error, input, messages));
}

describe('describeJourneyError', () => {
  it('names the thing in words first, from the data that failed, with the pointer as a detail', () => {
    const input = brokenFile();
    const texts = describeAll(input).map((d) => d.text);
    expect(texts).toContain('“Delivery arrives late”: its stage no longer exists');
    expect(texts).toContain('“Rates the driver”: emotion must be from −5 to 5');
    expect(texts).toContain('“Rates the driver”: NPS must be from −100 to 100');
    expect(texts).toContain('The persona: invalid name');
    // The untitled duplicate is named by its place.
    expect(texts.some((text) => text.startsWith('Touchpoint 4: '))).toBe(true);
    const late = describeAll(input).find((d) => d.text.startsWith('“Delivery'))!;
    expect(late.path).toBe('/touchpoints/1/stageId');
    expect(late.detail).toMatch(/s-deliver/);
  });

  it('says it in Chinese', () => {
    const texts = describeAll(brokenFile(), zh).map((d) => d.text);
    expect(texts).toContain('“Delivery arrives late”：所属阶段已不存在');
    expect(texts).toContain('“Rates the driver”：情绪应在 −5 到 5 之间');
    expect(texts).toContain('用户画像：名称无效');
  });

  it('names what is wrong with ratings and evidence in words (format v2)', () => {
    const input = {
      format: 'journey-canvas',
      version: 2,
      id: 'j1',
      title: 'Workshop',
      participants: [{ id: 'p-ana', name: 'Ana' }],
      stages: [{ id: 's1', name: 'Setup' }],
      touchpoints: [
        {
          id: 't1',
          stageId: 's1',
          title: 'Installation fails',
          emotion: -2,
          ratings: [
            { by: 'p-ana', emotion: -2 },
            { by: 'p-ana', emotion: -3 },
            { by: 'p-zed', emotion: 1 },
          ],
          evidence: [{ kind: 'link', text: 'Ticket', url: 'javascript:alert(1)' }],
        },
      ],
    };
    const texts = describeAll(input).map((d) => d.text);
    expect(texts).toContain('“Installation fails”: this participant has already rated it');
    expect(texts).toContain('“Installation fails”: it names a participant who is not in this journey');
    expect(texts).toContain('“Installation fails”: invalid link');
    const zhTexts = describeAll(input, zh).map((d) => d.text);
    expect(zhTexts).toContain('“Installation fails”：引用的参与者不在此旅程中');
  });

  it('names a stage by its name, or by its place when it has none', () => {
    const error = { path: '/stages/1/color', code: 'invalid_format' as const, message: 'color must be #rgb or #rrggbb' };
    expect(describeJourneyError(error, brokenFile(), en).text).toBe('Stage 2: invalid color');
    expect(describeJourneyError({ ...error, path: '/stages/0/color' }, brokenFile(), zh).text).toBe('阶段“Order”：颜色无效');
  });

  it('without the data, names places by position, never by a guess', () => {
    const error = { path: '/touchpoints/1/stageId', code: 'unknown_stage' as const, message: '…' };
    expect(describeJourneyError(error, undefined, en).text).toBe('Touchpoint 2: its stage no longer exists');
    expect(describeJourneyError(error, { touchpoints: 'not a list' }, zh).text).toBe('第 2 个触点：所属阶段已不存在');
  });

  it('reads escaped pointers and whole-document errors', () => {
    expect(describeJourneyError({ path: '/a~1b', code: 'required', message: '…' }, {}, en).text).toBe('The journey: missing a/b');
    const root = describeJourneyError({ path: '', code: 'invalid_json', message: 'Unexpected token' }, undefined, en);
    expect(root).toMatchObject({ text: 'The journey: not valid JSON', path: '/', detail: 'Unexpected token' });
  });

  it('never leads with a pointer, for any input parseJourney rejects', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parseJourney(input);
        if (result.ok) return;
        for (const error of result.errors) {
          for (const messages of [en, zh]) {
            const { text, subject } = describeJourneyError(error, input, messages);
            expect(text.startsWith(subject)).toBe(true);
            expect(text).not.toMatch(/^\//);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
