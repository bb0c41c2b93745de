/**
 * Where keyboard commands go, in journey order: the previous/next touchpoint, and the place one
 * step earlier or later for Alt+Left/Right (crossing stage boundaries). Pure functions of the document.
 */
import { journeyOrder } from '../../model';
import type { JourneyDocument, MoveTouchpointArgs } from '../../model';

/** The touchpoint `step` places away from `id` in journey order (clamped at the ends). */
export function neighbourTouchpoint(document: JourneyDocument, id: string | null, step: 1 | -1): string | null {
  const order = journeyOrder(document);
  if (order.length === 0) return null;
  const at = id === null ? -1 : order.findIndex((touchpoint) => touchpoint.id === id);
  if (at === -1) return (step === 1 ? order[0] : order[order.length - 1])?.id ?? null;
  return order[Math.min(order.length - 1, Math.max(0, at + step))]?.id ?? null;
}

/**
 * The move one place earlier (-1) or later (+1) in the journey: inside its stage while it can,
 * else to the end of the previous stage / the start of the next one. Null at the journey's ends.
 */
export function shiftedPlace(document: JourneyDocument, id: string, step: 1 | -1): MoveTouchpointArgs | null {
  const touchpoint = document.touchpoints.find((candidate) => candidate.id === id);
  if (!touchpoint) return null;
  const members = document.touchpoints.filter((candidate) => candidate.stageId === touchpoint.stageId);
  const position = members.indexOf(touchpoint);
  const target = position + step;
  if (target >= 0 && target < members.length) return { id, stageId: touchpoint.stageId, index: target };
  const stageIndex = document.stages.findIndex((stage) => stage.id === touchpoint.stageId);
  const neighbour = document.stages[stageIndex + step];
  if (!neighbour) return null;
  const count = document.touchpoints.filter((candidate) => candidate.stageId === neighbour.id).length;
  return { id, stageId: neighbour.id, index: step === -1 ? count : 0 };
}

/** Where a new touchpoint goes: right after `afterId` in its stage, else at the end of the first stage. */
export function insertionPlace(document: JourneyDocument, afterId: string | null): { stageId: string; index: number } | null {
  const after = afterId === null ? undefined : document.touchpoints.find((candidate) => candidate.id === afterId);
  if (after) {
    const members = document.touchpoints.filter((candidate) => candidate.stageId === after.stageId);
    return { stageId: after.stageId, index: members.indexOf(after) + 1 };
  }
  const first = document.stages[0];
  if (!first) return null;
  return { stageId: first.id, index: document.touchpoints.filter((candidate) => candidate.stageId === first.id).length };
}

/** A touchpoint id not used in the document, so the editor knows the new card's id before adding it. */
export function freshTouchpointId(document: JourneyDocument): string {
  const taken = new Set<string>([
    document.id,
    ...document.stages.map((stage) => stage.id),
    ...document.touchpoints.map((touchpoint) => touchpoint.id),
  ]);
  for (;;) {
    const id = `tp-${Math.random().toString(36).slice(2, 10)}`;
    if (id.length > 5 && !taken.has(id)) return id;
  }
}
