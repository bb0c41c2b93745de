/**
 * An emotion drag's value before it is dropped. The document changes once, at the drop: until
 * then only the emotion layer (curve, points, markers, the readout; drawn in place, without a
 * render: emotionDragPaint.ts) and the dragged card's badge (re-rendered) show this value, so
 * nothing else of the editor (the panels, the stage headers, the other cards, React Flow) moves.
 */
import { relayoutEmotions } from '../../layout';
import type { JourneyLayout } from '../../layout';
import type { JourneyDocument } from '../../model';

export interface EmotionDrag {
  touchpointId: string;
  emotion: number;
}

export const selectEmotionDrag = (state: { drag: EmotionDrag | null }) => state.drag;
/** Which point is dragged: changes when a drag starts and ends, not on its frames. */
export const selectDraggingPointId = (state: { drag: EmotionDrag | null }) => state.drag?.touchpointId ?? null;

/** The layout with the dragged point at its value so far (the curve, moments and analysis follow). */
export function layoutWithEmotionDrag(layout: JourneyLayout, document: JourneyDocument, drag: EmotionDrag | null): JourneyLayout {
  if (!drag) return layout;
  const index = document.touchpoints.findIndex((touchpoint) => touchpoint.id === drag.touchpointId);
  const touchpoint = document.touchpoints[index];
  if (!touchpoint || touchpoint.emotion === drag.emotion) return layout;
  const touchpoints = document.touchpoints.slice();
  touchpoints[index] = { ...touchpoint, emotion: drag.emotion };
  return relayoutEmotions(layout, document, { ...document, touchpoints }) ?? layout;
}
