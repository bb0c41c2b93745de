/**
 * The benchmark's journeys: the model benchmark's realistic generator, with the first stage kept
 * to three touchpoints so the boundary into the next stage is on screen when the map opens (the
 * card drag crosses it) and the rest spread evenly over the other four stages.
 */
import type { JourneyDocument } from '../../../src/model';
import { makeJourney } from '../../model/generate';

export const FIRST_STAGE_SIZE = 3;

export function benchJourney(count: number): JourneyDocument {
  const document = makeJourney(count);
  const stageIds = document.stages.map((stage) => stage.id);
  const rest = stageIds.slice(1);
  const touchpoints = document.touchpoints.map((touchpoint, i) => {
    const stageId =
      i < FIRST_STAGE_SIZE || rest.length === 0
        ? stageIds[0]
        : rest[Math.floor(((i - FIRST_STAGE_SIZE) / Math.max(1, count - FIRST_STAGE_SIZE)) * rest.length)];
    return { ...touchpoint, stageId: stageId as string };
  });
  return { ...document, touchpoints };
}
