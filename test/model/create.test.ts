// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { JourneyOperationError, createJourney, defaultStageNames, validateJourney } from 'journey-canvas/model';

describe('createJourney', () => {
  it('makes a valid document with the five default stages, in English by default', () => {
    const doc = createJourney();
    expect(validateJourney(doc)).toEqual([]);
    expect(doc).toMatchObject({ format: 'journey-canvas', version: 2, title: '', touchpoints: [] });
    expect(doc.id).toMatch(/^j-[0-9a-z]{8}$/);
    expect(doc.stages.map((s) => [s.kind, s.name])).toEqual([
      ['awareness', 'Awareness'],
      ['consideration', 'Consideration'],
      ['purchase', 'Purchase'],
      ['use', 'Use'],
      ['feedback', 'Feedback'],
    ]);
    expect(doc).not.toHaveProperty('locale');
  });

  it('names the stages in the requested locale', () => {
    const doc = createJourney({ locale: 'zh-CN', title: '网上结账' });
    expect(doc.stages.map((s) => s.name)).toEqual(['认知', '考虑', '购买', '使用', '反馈']);
    expect(doc.locale).toBe('zh-CN');
    expect(doc.title).toBe('网上结账');
    expect(defaultStageNames('zh-TW')).toEqual(['認知', '考慮', '購買', '使用', '回饋']);
    expect(defaultStageNames('fr')).toEqual(['Awareness', 'Consideration', 'Purchase', 'Use', 'Feedback']);
  });

  it('gives fresh ids that differ within and across documents', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const doc = createJourney();
      for (const stage of doc.stages) {
        expect(stage.id).toMatch(/^st-[0-9a-z]{8}$/);
        expect(ids.has(stage.id)).toBe(false);
        ids.add(stage.id);
      }
    }
  });

  it('takes an id and custom stages, and refuses ones that would be invalid', () => {
    const doc = createJourney({ id: 'mine', stages: ['Browse', { id: 'pay', name: 'Pay', color: '#0f0' }] });
    expect(doc.id).toBe('mine');
    expect(doc.stages[0]).toMatchObject({ name: 'Browse', kind: 'custom' });
    expect(doc.stages[1]).toEqual({ id: 'pay', name: 'Pay', kind: 'custom', color: '#0f0' });
    expect(() => createJourney({ stages: [{ name: 'x', color: 'green' }] })).toThrow(JourneyOperationError);
    expect(() => createJourney({ id: '' })).toThrow(/id must be a non-empty string/);
  });
});
