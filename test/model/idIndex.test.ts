// @vitest-environment node
/**
 * The id index behind unique ids and references: split into small Maps for speed, it must
 * answer exactly as one Map would, whatever the ids (empty, one character, all ending alike,
 * `__proto__`, surrogates).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdIndex } from '../../src/model/idIndex';
import { parseJourney, serializeJourney } from 'journey-canvas/model';
import { fullJourney } from './fixtures';

describe('IdIndex', () => {
  it('answers as one Map would, for any ids', () => {
    const id = fc.oneof(fc.string({ maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 3 }), fc.constantFrom('', 'a', '__proto__', 'constructor', 'x-a', 'y-a'));
    fc.assert(
      fc.property(fc.array(fc.tuple(id, fc.integer()), { maxLength: 60 }), fc.array(id, { maxLength: 20 }), (writes, reads) => {
        const index = new IdIndex();
        const map = new Map<string, number>();
        for (const [key, value] of writes) {
          index.set(key, value);
          map.set(key, value);
        }
        return writes.every(([key]) => index.get(key) === map.get(key)) && reads.every((key) => index.get(key) === map.get(key));
      }),
    );
  });

  it('finds a repeated id among 20,000 that all end alike (one bucket) and among 20,000 spread out', () => {
    for (const make of [(i: number) => `${i}-same-end`, (i: number) => `tp-${i.toString(36)}`]) {
      const document = fullJourney();
      const stageId = document.stages[0]?.id as string;
      document.touchpoints = Array.from({ length: 20_000 }, (_, i) => ({ id: make(i), stageId, title: '', emotion: 0 }));
      expect(parseJourney(serializeJourney(document)).ok).toBe(true);
      (document.touchpoints[19_999] as { id: string }).id = make(12_345);
      const result = parseJourney(serializeJourney(document));
      expect(result.ok ? [] : result.errors).toEqual([
        {
          path: '/touchpoints/19999/id',
          code: 'duplicate_id',
          message: `id ${JSON.stringify(make(12_345))} is already used at /touchpoints/12345; ids must be unique in the document`,
        },
      ]);
    }
  });
});
