/**
 * Where a dragged card would land: the stage column under its centre, and the place among that
 * stage's other cards. Reads the live layout, in which the dragged card already holds its
 * tentative slot, so the answer is stable (no flicker at column edges).
 */
import type { JourneyLayout } from '../../layout';

export function dropTarget(layout: JourneyLayout, touchpointId: string, centreX: number): { stageId: string; index: number } | null {
  const columns = layout.columns;
  if (columns.length === 0) return null;
  let column = columns[columns.length - 1];
  for (const candidate of columns) {
    if (centreX < candidate.x + candidate.width) {
      column = candidate;
      break;
    }
  }
  if (!column) return null;
  let index = 0;
  for (const id of column.touchpointIds) {
    if (id === touchpointId) continue;
    const card = layout.cardById.get(id);
    if (card && card.x + card.width / 2 < centreX) index += 1;
  }
  return { stageId: column.stageId, index };
}
