// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createJourney, parseJourney, serializeJourney } from 'journey-canvas/model';
import type { JourneyDocument } from 'journey-canvas/model';
import { chineseJourneyText, fullJourney, validJourney } from './fixtures';

/** The same document with the keys of every known object in reverse order (unknown values as they are). */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).reverse()) {
    const item = (value as Record<string, unknown>)[key];
    Object.defineProperty(out, key, { value: key.startsWith('x') ? item : reversedKeys(item), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

describe('serializeJourney', () => {
  it('writes pretty JSON with 2 spaces and a final newline', () => {
    const text = serializeJourney(createJourney({ id: 'j', title: 'T' }));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "format": "journey-canvas",');
  });

  it('writes known keys in the documented order, then unknown ones in their original order', () => {
    const doc = reversedKeys(fullJourney()) as JourneyDocument;
    const written = JSON.parse(serializeJourney(doc)) as Record<string, Record<string, unknown>[]>;
    expect(Object.keys(written)).toEqual([
      'format', 'version', 'id', 'title', 'description', 'locale', 'persona', 'stages', 'touchpoints', 'createdAt', 'updatedAt', 'xDocument',
    ]);
    expect(Object.keys(written.persona as object)).toEqual(['name', 'summary', 'goals', 'motivations', 'frustrations', 'xPersona']);
    expect(Object.keys(written.stages?.[0] as object)).toEqual(['id', 'name', 'kind', 'description', 'color', 'xStage']);
    const touchpoint = written.touchpoints?.[0] as Record<string, unknown>;
    expect(Object.keys(touchpoint)).toEqual([
      'id', 'stageId', 'title', 'emotion', 'channel', 'description', 'painPoints', 'delights', 'opportunities', 'keyMoment', 'owner', 'metrics', 'xTouchpoint',
    ]);
    expect(Object.keys(touchpoint.metrics as object)).toEqual(['csat', 'nps', 'ces', 'xMetric']);
  });

  it('gives the same text whatever order the keys were built in', () => {
    expect(serializeJourney(reversedKeys(fullJourney()) as JourneyDocument)).toBe(serializeJourney(fullJourney()));
  });

  it('keeps the order of unknown keys as they came', () => {
    const doc = { ...fullJourney(), zeta: 1, alpha: 2 } as JourneyDocument;
    const keys = Object.keys(JSON.parse(serializeJourney(doc)) as object);
    expect(keys.slice(-3)).toEqual(['xDocument', 'zeta', 'alpha']);
  });

  it('leaves out properties set to undefined', () => {
    const doc = { ...fullJourney(), description: undefined } as JourneyDocument;
    expect(serializeJourney(doc)).not.toContain('"description": "From');
  });

  it('writes Chinese text as text, not escapes', () => {
    const result = parseJourney(chineseJourneyText);
    if (!result.ok) throw new Error('expected ok');
    const text = serializeJourney(result.document);
    expect(text).toContain('"title": "外卖点餐"');
    expect(parseJourney(text)).toEqual(result);
  });

  it('round-trips: parseJourney(serializeJourney(d)) equals d', () => {
    fc.assert(
      fc.property(validJourney, (doc) => {
        const result = parseJourney(serializeJourney(doc));
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        expect(result.document).toEqual(doc);
        expect(serializeJourney(result.document)).toBe(serializeJourney(doc));
      }),
      { numRuns: 300 },
    );
  });
});
