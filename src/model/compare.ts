/**
 * `compareJourneys`: what changed between two versions of a journey, matched by id.
 * Lists follow array order: `after` for what exists after, `before` for what was removed.
 */
import { analyzeJourney } from './analyze';
import { hasOwn, jsonEqual } from './json';
import { STAGE_KEYS, STAGE_KEY_SET, TOUCHPOINT_KEYS, TOUCHPOINT_KEY_SET } from './keys';
import type { ChangedStage, ChangedTouchpoint, JourneyComparison, JourneyDocument, MovedTouchpoint } from './types';

type Item = Record<string, unknown> & { id: string };

/** Names of the properties that differ, known ones first in document order, `skip` left out. */
function differingFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  known: readonly string[],
  knownSet: ReadonlySet<string>,
  skip?: string,
): string[] {
  const fields: string[] = [];
  const differs = (key: string): boolean => {
    const a = hasOwn(before, key) ? before[key] : undefined;
    const b = hasOwn(after, key) ? after[key] : undefined;
    return !jsonEqual(a, b);
  };
  for (const key of known) if (key !== skip && differs(key)) fields.push(key);
  for (const key of Object.keys(before)) if (!knownSet.has(key) && differs(key)) fields.push(key);
  for (const key of Object.keys(after)) {
    if (!knownSet.has(key) && !hasOwn(before, key) && after[key] !== undefined) fields.push(key);
  }
  return fields;
}

function byId<T extends Item>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

function removedIds(before: readonly Item[], after: ReadonlyMap<string, Item>): string[] {
  const removed: string[] = [];
  for (const item of before) if (!after.has(item.id)) removed.push(item.id);
  return removed;
}

/**
 * Stages and touchpoints added, removed and changed (touchpoints also moved between stages),
 * matched by id, and how the mean emotion and the peak-end score moved (after − before,
 * `null` when either side has no touchpoints).
 *
 * A touchpoint whose stage changed is listed in `moved`; it is also in `changed` only when
 * another of its properties differs (`stageId` never appears in `fields`).
 */
export function compareJourneys(before: JourneyDocument, after: JourneyDocument): JourneyComparison {
  const stagesBefore = byId(before.stages);
  const stagesAfter = byId(after.stages);
  const stageAdded: string[] = [];
  const stageChanged: ChangedStage[] = [];
  for (const stage of after.stages) {
    const old = stagesBefore.get(stage.id);
    if (old === undefined) {
      stageAdded.push(stage.id);
    } else if (old !== stage) {
      const fields = differingFields(old, stage, STAGE_KEYS, STAGE_KEY_SET);
      if (fields.length > 0) stageChanged.push({ id: stage.id, fields });
    }
  }

  const touchpointsBefore = byId(before.touchpoints);
  const touchpointsAfter = byId(after.touchpoints);
  const added: string[] = [];
  const moved: MovedTouchpoint[] = [];
  const changed: ChangedTouchpoint[] = [];
  for (const touchpoint of after.touchpoints) {
    const old = touchpointsBefore.get(touchpoint.id);
    if (old === undefined) {
      added.push(touchpoint.id);
      continue;
    }
    if (old === touchpoint) continue;
    if (old.stageId !== touchpoint.stageId) moved.push({ id: touchpoint.id, from: old.stageId, to: touchpoint.stageId });
    const fields = differingFields(old, touchpoint, TOUCHPOINT_KEYS, TOUCHPOINT_KEY_SET, 'stageId');
    if (fields.length > 0) {
      changed.push({ id: touchpoint.id, fields, emotionDelta: touchpoint.emotion - old.emotion });
    }
  }

  const analysisBefore = analyzeJourney(before);
  const analysisAfter = analyzeJourney(after);
  const delta = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : b - a);
  return {
    stages: { added: stageAdded, removed: removedIds(before.stages, stagesAfter), changed: stageChanged },
    touchpoints: { added, removed: removedIds(before.touchpoints, touchpointsAfter), moved, changed },
    meanDelta: delta(analysisBefore.mean, analysisAfter.mean),
    peakEndDelta: delta(analysisBefore.peakEndScore, analysisAfter.peakEndScore),
  };
}
