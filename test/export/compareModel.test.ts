/** The shared grid of a comparison: every stage and touchpoint of both versions, once, in both orders. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateJourney } from 'journey-canvas/model';
import type { JourneyDocument } from 'journey-canvas/model';
import { buildCompareModel, formatDelta } from '../../src/export/compare/compareModel';
import { makeImprovedJourney, makeJourney } from './fixtures';

function isSubsequence(sub: readonly string[], of: readonly string[]): boolean {
  let at = 0;
  for (const item of of) if (item === sub[at]) at++;
  return at === sub.length;
}

/** A random "after": some touchpoints removed, some moved to another stage, some added, emotions changed. */
const edits = fc.record({
  remove: fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
  move: fc.array(fc.integer({ min: -1, max: 4 }), { minLength: 20, maxLength: 20 }),
  add: fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 20 })), { maxLength: 5 }),
  dropStage: fc.integer({ min: -1, max: 4 }),
});

type Plan = typeof edits extends fc.Arbitrary<infer T> ? T : never;

function applyEdits(before: JourneyDocument, plan: Plan): JourneyDocument {
  const stageIds = before.stages.map((stage) => stage.id);
  let touchpoints = before.touchpoints
    .filter((_, i) => !plan.remove[i])
    .map((touchpoint, i) => {
      const to = plan.move[i] ?? -1;
      return to >= 0 ? { ...touchpoint, stageId: stageIds[to] as string, emotion: -touchpoint.emotion } : touchpoint;
    });
  plan.add.forEach(([stage, at], n) => {
    touchpoints.splice(Math.min(at, touchpoints.length), 0, { id: `added-${n}`, stageId: stageIds[stage] as string, title: `Added ${n}`, emotion: 1 });
  });
  const dropped = plan.dropStage >= 0 ? stageIds[plan.dropStage] : undefined;
  touchpoints = touchpoints.filter((touchpoint) => touchpoint.stageId !== dropped);
  return { ...before, stages: before.stages.filter((stage) => stage.id !== dropped), touchpoints };
}

describe('buildCompareModel', () => {
  it('holds every stage and touchpoint of both versions exactly once, keeping the after order, as a valid document', () => {
    fc.assert(
      fc.property(edits, (plan) => {
        const before = makeJourney(20);
        const after = applyEdits(before, plan);
        const model = buildCompareModel(before, after);
        const unionIds = model.union.touchpoints.map((touchpoint) => touchpoint.id);
        const all = new Set([...before.touchpoints, ...after.touchpoints].map((touchpoint) => touchpoint.id));
        expect(new Set(unionIds).size).toBe(unionIds.length);
        expect(new Set(unionIds)).toEqual(all);
        expect(new Set(model.union.stages.map((stage) => stage.id))).toEqual(new Set([...before.stages, ...after.stages].map((stage) => stage.id)));
        expect(validateJourney(model.union)).toEqual([]);
        // Journey order of the after version is kept (stage by stage, then within stages).
        const order = (document: JourneyDocument) => document.stages.flatMap((stage) => document.touchpoints.filter((t) => t.stageId === stage.id).map((t) => t.id));
        expect(isSubsequence(order(after), order(model.union))).toBe(true);
        // Removed ones are marked removed, added ones added.
        for (const id of all) {
          const inBefore = before.touchpoints.some((t) => t.id === id);
          const inAfter = after.touchpoints.some((t) => t.id === id);
          expect(model.touchpointStatus.get(id)).toBe(inAfter ? (inBefore ? 'kept' : 'added') : 'removed');
        }
      }),
    );
  });

  it('puts a removed touchpoint back right after the neighbour it had', () => {
    const before = makeJourney(10);
    const after = makeImprovedJourney(before);
    const model = buildCompareModel(before, after);
    const removed = before.touchpoints.find((touchpoint) => !after.touchpoints.some((t) => t.id === touchpoint.id))!;
    const previous = before.touchpoints[before.touchpoints.indexOf(removed) - 1]!;
    const ids = model.union.touchpoints.map((touchpoint) => touchpoint.id);
    // The previous one is in another stage here, so the removed one opens its stage.
    const inStage = model.union.touchpoints.filter((touchpoint) => touchpoint.stageId === removed.stageId).map((touchpoint) => touchpoint.id);
    expect(previous.stageId === removed.stageId ? ids.indexOf(removed.id) === ids.indexOf(previous.id) + 1 : inStage[0] === removed.id).toBe(true);
  });

  it('labels emotion changes with arrows', () => {
    expect(formatDelta(1.5)).toBe('↑1.5');
    expect(formatDelta(-2)).toBe('↓2');
    expect(formatDelta(0.04)).toBe('');
  });
});
