/**
 * `compareJourneys`: what changed between two versions of a journey, matched by id.
 * Lists follow array order: `after` for what exists after, `before` for what was removed.
 */
import { analyzeJourney } from './analyze';
import { IdIndex } from './idIndex';
import { hasOwn, jsonEqual } from './json';
import { STAGE_KEYS, STAGE_KEY_SET, TOUCHPOINT_KEYS, TOUCHPOINT_KEY_SET } from './keys';
import type { ChangedStage, ChangedTouchpoint, JourneyComparison, JourneyDocument, MovedTouchpoint } from './types';

type Item = Record<string, unknown> & { id: string };

/**
 * Names of the properties that differ, known ones first in document order, `skip` left out.
 * Runs for every matched pair, so the common case (nothing differs) allocates nothing.
 */
function differingFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  known: readonly string[],
  knownSet: ReadonlySet<string>,
  skip: string,
): string[] {
  let found: string[] | undefined;
  let beforeCount = 0;
  for (const key of Object.keys(before)) {
    const value = before[key];
    if (value === undefined) continue;
    beforeCount++;
    if (key === skip) continue;
    if (!hasOwn(after, key) || !jsonEqual(value, after[key])) (found ??= []).push(key);
  }
  let afterCount = 0;
  for (const key of Object.keys(after)) if (after[key] !== undefined) afterCount++;
  // Same count and no differing key means no key of `after` is missing from `before`.
  if (found === undefined && afterCount === beforeCount) return [];
  for (const key of Object.keys(after)) {
    if (key !== skip && after[key] !== undefined && (!hasOwn(before, key) || before[key] === undefined)) (found ??= []).push(key);
  }
  if (found === undefined) return [];
  const differing = new Set(found);
  const ordered = known.filter((key) => differing.has(key));
  for (const key of found) if (!knownSet.has(key)) ordered.push(key);
  return ordered;
}

/** Index of each id in `items` (the first, if an invalid document repeats one). */
function indexById(items: readonly Item[]): IdIndex {
  const index = new IdIndex();
  for (let i = 0; i < items.length; i++) {
    const id = (items[i] as Item).id;
    if (index.get(id) === undefined) index.set(id, i);
  }
  return index;
}

/**
 * Matches `after` against `before` by id: calls `matched` for each pair, and returns the ids
 * only in `after` (added, in its order) and only in `before` (removed, in its order).
 */
function match<T extends Item>(
  before: readonly T[],
  after: readonly T[],
  matched: (old: T, now: T) => void,
): { added: string[]; removed: string[] } {
  const index = indexById(before);
  const seen = new Uint8Array(before.length);
  const added: string[] = [];
  for (const item of after) {
    const at = index.get(item.id);
    if (at === undefined) {
      added.push(item.id);
    } else {
      seen[at] = 1;
      const old = before[at] as T;
      if (old !== item) matched(old, item);
    }
  }
  const removed: string[] = [];
  for (let i = 0; i < before.length; i++) {
    const item = before[i] as T;
    if (seen[i] === 0 && index.get(item.id) === i) removed.push(item.id);
  }
  return { added, removed };
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
  const stageChanged: ChangedStage[] = [];
  const stages = match(before.stages, after.stages, (old, now) => {
    const fields = differingFields(old, now, STAGE_KEYS, STAGE_KEY_SET, '');
    if (fields.length > 0) stageChanged.push({ id: now.id, fields });
  });

  const moved: MovedTouchpoint[] = [];
  const changed: ChangedTouchpoint[] = [];
  const touchpoints = match(before.touchpoints, after.touchpoints, (old, now) => {
    if (old.stageId !== now.stageId) moved.push({ id: now.id, from: old.stageId, to: now.stageId });
    const fields = differingFields(old, now, TOUCHPOINT_KEYS, TOUCHPOINT_KEY_SET, 'stageId');
    if (fields.length > 0) changed.push({ id: now.id, fields, emotionDelta: now.emotion - old.emotion });
  });

  const analysisBefore = analyzeJourney(before);
  const analysisAfter = analyzeJourney(after);
  const delta = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : b - a);
  return {
    stages: { added: stages.added, removed: stages.removed, changed: stageChanged },
    touchpoints: { added: touchpoints.added, removed: touchpoints.removed, moved, changed },
    meanDelta: delta(analysisBefore.mean, analysisAfter.mean),
    peakEndDelta: delta(analysisBefore.peakEndScore, analysisAfter.peakEndScore),
  };
}
