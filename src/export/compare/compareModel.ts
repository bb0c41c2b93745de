/**
 * One grid for two versions of a journey: the union of their stages and touchpoints, matched by
 * id (what `compareJourneys` matches on), in an order that keeps each version's own order.
 * The after version decides where shared things go; removed stages and touchpoints are put back
 * beside the neighbour they had before.
 */
import { analyzeJourney, compareJourneys } from '../../model';
import type { JourneyAnalysis, JourneyComparison, JourneyDocument, Stage, Touchpoint } from '../../model';

export type TouchpointStatus = 'added' | 'removed' | 'kept';
export type StageStatus = 'added' | 'removed' | 'kept';

export interface CompareModel {
  before: JourneyDocument;
  after: JourneyDocument;
  /** A valid document holding both versions: laid out like any journey, it gives the shared grid. */
  union: JourneyDocument;
  touchpointStatus: ReadonlyMap<string, TouchpointStatus>;
  stageStatus: ReadonlyMap<string, StageStatus>;
  /** Emotion before, for every touchpoint that existed before. */
  beforeEmotion: ReadonlyMap<string, number>;
  /** after − before, for touchpoints in both. */
  emotionDelta: ReadonlyMap<string, number>;
  comparison: JourneyComparison;
  beforeAnalysis: JourneyAnalysis;
  afterAnalysis: JourneyAnalysis;
}

/** Inserts the items only `before` has into `after`'s order, each right after its nearest earlier neighbour that is kept. */
function mergeOrder<T extends { id: string }>(before: readonly T[], after: readonly T[]): T[] {
  const merged = [...after];
  const afterIds = new Set(after.map((item) => item.id));
  let anchor: string | null = null; // id of the last item of `before` already in `merged`
  for (const item of before) {
    if (afterIds.has(item.id)) {
      anchor = item.id;
      continue;
    }
    const at = anchor === null ? 0 : merged.findIndex((m) => m.id === anchor) + 1;
    merged.splice(at, 0, item);
    anchor = item.id;
  }
  return merged;
}

export function buildCompareModel(before: JourneyDocument, after: JourneyDocument): CompareModel {
  const afterStageIds = new Set(after.stages.map((stage) => stage.id));
  const beforeStageIds = new Set(before.stages.map((stage) => stage.id));
  const stages: Stage[] = mergeOrder(before.stages, after.stages);
  const stageStatus = new Map<string, StageStatus>(
    stages.map((stage) => [stage.id, !beforeStageIds.has(stage.id) ? 'added' : !afterStageIds.has(stage.id) ? 'removed' : 'kept']),
  );

  const afterIds = new Set(after.touchpoints.map((touchpoint) => touchpoint.id));
  const beforeEmotion = new Map(before.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint.emotion]));
  const touchpointStatus = new Map<string, TouchpointStatus>();
  const emotionDelta = new Map<string, number>();
  for (const touchpoint of after.touchpoints) {
    const old = beforeEmotion.get(touchpoint.id);
    touchpointStatus.set(touchpoint.id, old === undefined ? 'added' : 'kept');
    if (old !== undefined) emotionDelta.set(touchpoint.id, touchpoint.emotion - old);
  }

  // Per stage: the after touchpoints, with the removed ones put back after their old neighbour.
  const touchpoints: Touchpoint[] = [];
  for (const stage of stages) {
    const now = after.touchpoints.filter((touchpoint) => touchpoint.stageId === stage.id);
    const nowIds = new Set(now.map((touchpoint) => touchpoint.id));
    // A touchpoint that moved to another stage is drawn once, where it is now.
    const then = before.touchpoints.filter((touchpoint) => touchpoint.stageId === stage.id && (!afterIds.has(touchpoint.id) || nowIds.has(touchpoint.id)));
    for (const touchpoint of mergeOrder(then, now)) {
      if (!afterIds.has(touchpoint.id)) touchpointStatus.set(touchpoint.id, 'removed');
      touchpoints.push(touchpoint);
    }
  }

  const union: JourneyDocument = { ...after, stages, touchpoints };
  return {
    before,
    after,
    union,
    touchpointStatus,
    stageStatus,
    beforeEmotion,
    emotionDelta,
    comparison: compareJourneys(before, after),
    beforeAnalysis: analyzeJourney(before),
    afterAnalysis: analyzeJourney(after),
  };
}

/** "↑1.5", "↓2" — the change of a touchpoint's emotion; '' for no change. */
export function formatDelta(delta: number): string {
  const rounded = Math.round(delta * 10) / 10;
  if (rounded > 0) return `\u2191${rounded}`;
  if (rounded < 0) return `\u2193${Math.abs(rounded)}`;
  return '';
}
