/**
 * The canvas's layout, kept from one render to the next: an emotion-only edit (every frame of an
 * emotion drag, Up/Down on a card) keeps the previous geometry and recomputes only the points,
 * moments and analysis (`relayoutEmotions`); anything else lays the map out again.
 */
import { layoutJourney, relayoutEmotions } from '../../layout';
import type { JourneyLayout, JourneyLane } from '../../layout';
import type { JourneyDocument } from '../../model';

export interface LayoutMemory {
  last: { document: JourneyDocument; lanes: readonly JourneyLane[]; editable: boolean; layout: JourneyLayout } | null;
}

export function createLayoutMemory(): LayoutMemory {
  return { last: null };
}

export function layoutWithMemory(memory: LayoutMemory, document: JourneyDocument, lanes: readonly JourneyLane[], editable: boolean): JourneyLayout {
  const last = memory.last;
  const layout =
    (last && last.lanes === lanes && last.editable === editable && relayoutEmotions(last.layout, last.document, document)) ||
    layoutJourney(document, { lanes, editable });
  memory.last = { document, lanes, editable, layout };
  return layout;
}
