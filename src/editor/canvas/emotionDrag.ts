/**
 * An emotion drag's value before it is dropped. The document changes once, at the drop: until
 * then only the emotion layer (curve, points, markers, the readout) and the dragged card's badge
 * draw this value, so a drag frame re-renders those and nothing else of the editor (the panels,
 * the stage headers, the other cards and React Flow keep still).
 */
import { relayoutEmotions } from '../../layout';
import type { JourneyLayout } from '../../layout';
import type { JourneyDocument } from '../../model';

export interface EmotionDrag {
  touchpointId: string;
  emotion: number;
}

export const selectEmotionDrag = (state: { drag: EmotionDrag | null }) => state.drag;

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
