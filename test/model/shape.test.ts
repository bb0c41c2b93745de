// @vitest-environment node
/**
 * Every shape of the format has a cheap `test` (the valid, common case, run for every value)
 * and a `check` that reports why not. Validation trusts `test`: when it says yes, nothing is
 * checked. So a `test` that says yes where `check` would report an error or a warning would
 * let a bad value through. This holds them together on values near and far from valid.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOCUMENT, EVIDENCE, METRICS, PARTICIPANT, PERSONA, RATING, STAGE, TOUCHPOINT } from '../../src/model/format';
import type { CheckContext, Fields, ListShape, ObjectShape, Shape } from '../../src/model/shape';

const objects: [string, ObjectShape<Fields>][] = [
  ['persona', PERSONA as unknown as ObjectShape<Fields>],
  ['stage', STAGE as unknown as ObjectShape<Fields>],
  ['metrics', METRICS as unknown as ObjectShape<Fields>],
  ['participant', PARTICIPANT as unknown as ObjectShape<Fields>],
  ['rating', RATING as unknown as ObjectShape<Fields>],
  ['evidence', EVIDENCE as unknown as ObjectShape<Fields>],
  ['touchpoint', TOUCHPOINT as unknown as ObjectShape<Fields>],
];

/** Values a field might hold, valid for some shapes and not for others. */
const fieldValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom('', 'x', 'en', 'zz-not a tag', '#4f46e5', 'https://example.com', 'javascript:x', 'quote', 'use', 0, 1, -5, 5, 6, 101, NaN, Infinity, true, null, [], ['a'], [1], {}, () => 1),
  fc.double(),
  fc.string({ maxLength: 5 }),
);

/** An object made of some of a shape's fields (with values from anywhere) and maybe an unknown one. */
function nearly(shape: ObjectShape<Fields>): fc.Arbitrary<unknown> {
  const known = fc.dictionary(fc.constantFrom(...shape.keys), fieldValue, { maxKeys: shape.keys.length });
  const unknown = fc.dictionary(fc.constantFrom('xHost', '__proto__', 'constructor'), fc.oneof(fieldValue, fc.constant(undefined)), { maxKeys: 1 });
  return fc.tuple(known, unknown).map(([a, b]) => {
    const out: Record<string, unknown> = {};
    for (const source of [a, b]) for (const key of Object.keys(source)) Object.defineProperty(out, key, { value: source[key], enumerable: true, writable: true, configurable: true });
    return out;
  });
}

function reports(shape: Shape<unknown>, value: unknown, checkUnknown: boolean): number {
  const context: CheckContext = { errors: [], warnings: [], checkUnknown };
  shape.check(context, '/here', 'value', value);
  return context.errors.length + context.warnings.length;
}

describe('shape.test and shape.check agree', () => {
  it.each(objects)('an object (%s): test says yes only where check reports nothing, with or without checking unknown properties', (_name, shape) => {
    fc.assert(
      fc.property(fc.oneof(nearly(shape), fieldValue), (value) => {
        if (!shape.test(value)) return true;
        return reports(shape, value, false) === 0 && reports(shape, value, true) === 0;
      }),
      { numRuns: 300 },
    );
  });

  it('a list of objects (ratings, evidence): test says yes only where check reports nothing', () => {
    for (const key of ['ratings', 'evidence'] as const) {
      const list = TOUCHPOINT.fields[key].shape as unknown as ListShape<Fields>;
      const item = fc.oneof(nearly(list.item), fieldValue);
      fc.assert(
        fc.property(fc.oneof(fieldValue, fc.array(item, { maxLength: 3 })), (value) => {
          if (!list.test(value)) return true;
          return reports(list, value, false) === 0 && reports(list, value, true) === 0;
        }),
        { numRuns: 300 },
      );
    }
  });

  it('a nested object with a property the library does not know is checked, so a host value holding a function is refused', () => {
    const metrics = { csat: 4, xHost: () => 1 };
    expect(METRICS.test(metrics)).toBe(false);
    const context: CheckContext = { errors: [], warnings: [], checkUnknown: true };
    METRICS.check(context, '/touchpoints/0/metrics', 'metrics', metrics);
    expect(context.errors).toEqual([{ path: '/touchpoints/0/metrics/xHost', code: 'invalid_type', message: 'must be a JSON value, got a function' }]);
  });

  it('valid nested objects and lists pass the cheap test', () => {
    expect(METRICS.test({ csat: 4, nps: 10 })).toBe(true);
    expect(RATING.test({ by: 'p1', emotion: 2, note: 'ok' })).toBe(true);
    expect(TOUCHPOINT.fields.ratings.shape.test([{ by: 'p1', emotion: 2 }, { by: 'p2', emotion: -1 }])).toBe(true);
    expect(TOUCHPOINT.fields.ratings.shape.test([{ by: 'p1', emotion: 9 }])).toBe(false);
    expect(DOCUMENT.test({})).toBe(false);
  });
});
