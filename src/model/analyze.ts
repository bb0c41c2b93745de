/**
 * Peak-end analysis, exactly as DESIGN.md defines it. Everything is computed over the
 * touchpoints in journey order: stage order first, then array order inside a stage.
 */
import { analyzeRatings } from './analyzeRatings';
import type { JourneyAnalysis, JourneyDocument, JourneyMoment, StageAnalysis, Touchpoint } from './types';

/** Each stage's touchpoints in array order, stages in document order. */
function touchpointsByStage(document: JourneyDocument): Touchpoint[][] {
  const buckets = new Map<string, Touchpoint[]>();
  const groups: Touchpoint[][] = [];
  for (const stage of document.stages) {
    // A second stage with the same id (only in an invalid document) gets an empty group, so no
    // touchpoint is counted twice.
    let bucket = buckets.get(stage.id);
    if (bucket === undefined) {
      bucket = [];
      buckets.set(stage.id, bucket);
    } else {
      bucket = [];
    }
    groups.push(bucket);
  }
  for (const touchpoint of document.touchpoints) buckets.get(touchpoint.stageId)?.push(touchpoint);
  return groups;
}

/**
 * The touchpoints in journey order: stages in array order, then array order inside a stage.
 * Touchpoints whose stage does not exist (only in an invalid document) are left out.
 */
export function journeyOrder(document: JourneyDocument): Touchpoint[] {
  const ordered: Touchpoint[] = [];
  for (const group of touchpointsByStage(document)) {
    for (const touchpoint of group) ordered.push(touchpoint);
  }
  return ordered;
}

function moment(touchpoint: Touchpoint, index: number): JourneyMoment {
  return { touchpointId: touchpoint.id, stageId: touchpoint.stageId, emotion: touchpoint.emotion, index };
}

/**
 * The peak-end reading of a journey:
 * - `peak`: greatest |emotion|; `best`: greatest emotion; `worst`: least; ties go to the earliest;
 * - `end`: the last touchpoint; `peakEndScore` = (peak + end) / 2; `mean`: arithmetic mean;
 * - `stages`: per stage, in stage order, the mean emotion (`null` with none) and the count.
 * With no touchpoints every moment and score is `null`.
 * - `ratings`: the room's scores (see `analyzeRatings`): per rated touchpoint n, mean, min, max
 *   and population sd; the disagreements (n >= 3, sd >= 2); each participant's own peak-end score.
 */
export function analyzeJourney(document: JourneyDocument): JourneyAnalysis {
  const groups = touchpointsByStage(document);
  const stages: StageAnalysis[] = [];
  let peak: Touchpoint | undefined;
  let best: Touchpoint | undefined;
  let worst: Touchpoint | undefined;
  let last: Touchpoint | undefined;
  let peakIndex = 0;
  let bestIndex = 0;
  let worstIndex = 0;
  let index = 0;
  let total = 0;
  for (let s = 0; s < groups.length; s++) {
    const group = groups[s] as Touchpoint[];
    let stageTotal = 0;
    for (const touchpoint of group) {
      const emotion = touchpoint.emotion;
      stageTotal += emotion;
      // Strict comparisons keep the earliest moment on a tie.
      if (peak === undefined || Math.abs(emotion) > Math.abs(peak.emotion)) {
        peak = touchpoint;
        peakIndex = index;
      }
      if (best === undefined || emotion > best.emotion) {
        best = touchpoint;
        bestIndex = index;
      }
      if (worst === undefined || emotion < worst.emotion) {
        worst = touchpoint;
        worstIndex = index;
      }
      last = touchpoint;
      index++;
    }
    total += stageTotal;
    const stageId = (document.stages[s] as { id: string }).id;
    stages.push({ stageId, mean: group.length === 0 ? null : stageTotal / group.length, count: group.length });
  }
  const ratings = analyzeRatings(
    groups.flat(),
    (document.participants ?? []).map((participant) => participant.id),
  );
  if (peak === undefined || best === undefined || worst === undefined || last === undefined) {
    return { peak: null, best: null, worst: null, end: null, peakEndScore: null, mean: null, stages, ratings };
  }
  return {
    peak: moment(peak, peakIndex),
    best: moment(best, bestIndex),
    worst: moment(worst, worstIndex),
    end: moment(last, index - 1),
    peakEndScore: (peak.emotion + last.emotion) / 2,
    mean: total / index,
    stages,
    ratings,
  };
}
