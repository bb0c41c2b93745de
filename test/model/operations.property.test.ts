// @vitest-environment node
/**
 * Random sequences of operations, valid and invalid, on random documents: the document stays
 * valid, inputs are never changed, and an invalid change throws a JourneyOperationError and
 * nothing else.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JourneyOperationError, applyOperation, parseJourney, serializeJourney, validateJourney } from 'journey-canvas/model';
import type { JourneyChange, JourneyDocument } from 'journey-canvas/model';
import { changeFor, deepFreeze, validJourney } from './fixtures';

function apply(doc: JourneyDocument, change: JourneyChange): { doc: JourneyDocument; rejected: boolean } {
  try {
    return { doc: applyOperation(doc, change), rejected: false };
  } catch (error) {
    if (!(error instanceof JourneyOperationError)) throw error;
    expect(error.errors.length).toBeGreaterThan(0);
    for (const problem of error.errors) {
      expect(problem.path === '' || problem.path.startsWith('/')).toBe(true);
      expect(problem.message).not.toBe('');
    }
    return { doc, rejected: true };
  }
}

describe('operations, property-based', () => {
  it('any sequence of operations yields a valid document and never changes its input', () => {
    let applied = 0;
    let rejected = 0;
    fc.assert(
      fc.property(validJourney, fc.gen(), (start, gen) => {
        let doc = deepFreeze(start);
        for (let step = 0; step < 25; step++) {
          const change = gen(() => changeFor(doc));
          const before = serializeJourney(doc);
          // Frozen all the way down: any write to the input throws in strict mode.
          const result = apply(doc, change);
          expect(serializeJourney(doc)).toBe(before);
          if (result.rejected) {
            rejected++;
            continue;
          }
          applied++;
          expect(validateJourney(result.doc)).toEqual([]);
          doc = deepFreeze(result.doc);
        }
        const reread = parseJourney(serializeJourney(doc));
        expect(reread.ok && reread.document).toEqual(doc);
      }),
      { numRuns: 150 },
    );
    // Both paths were exercised, not only one of them.
    expect(applied).toBeGreaterThan(500);
    expect(rejected).toBeGreaterThan(100);
  });

  it('ids stay unique and every touchpoint keeps a stage, whatever the sequence', () => {
    fc.assert(
      fc.property(validJourney, fc.gen(), (start, gen) => {
        let doc = start;
        for (let step = 0; step < 20; step++) doc = apply(doc, gen(() => changeFor(doc))).doc;
        const ids = [...doc.stages.map((s) => s.id), ...doc.touchpoints.map((t) => t.id)];
        expect(new Set(ids).size).toBe(ids.length);
        const stageIds = new Set(doc.stages.map((s) => s.id));
        for (const touchpoint of doc.touchpoints) expect(stageIds.has(touchpoint.stageId)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('a new document is returned only for a real change, so the store never records an empty step', () => {
    fc.assert(
      fc.property(validJourney, fc.gen(), (start, gen) => {
        let doc = deepFreeze(start);
        for (let step = 0; step < 10; step++) {
          const result = apply(doc, gen(() => changeFor(doc)));
          if (result.doc !== doc) expect(serializeJourney(result.doc)).not.toBe(serializeJourney(doc));
          doc = deepFreeze(result.doc);
        }
      }),
      { numRuns: 200 },
    );
  });
});
