/**
 * The canvas's view of the document — its layout and its React Flow nodes — as memoised
 * functions of the store's state, for store selectors. Components subscribe to exactly what they
 * draw: the canvas to the nodes (the same array through an emotion drag, so the canvas and
 * React Flow do not re-render), the curve and the mini-map to the layout. Derived on demand,
 * never stored beside the document.
 */
import type { JourneyLayout, JourneyLane } from '../../layout';
import type { JourneyDocument, Touchpoint } from '../../model';
import { buildNodes, createNodeCache } from './buildNodes';
import type { MapNode } from './nodeData';
import { createLayoutMemory, layoutWithMemory } from './incrementalLayout';
import { sameWindow } from './visibleSpan';
import type { MapWindow } from './visibleSpan';

export interface CanvasDerivation {
  layout(document: JourneyDocument, lanes: readonly JourneyLane[], editable: boolean): JourneyLayout;
  /** The nodes reaching into `window` (null: all of them), and the dragged card. */
  nodes(document: JourneyDocument, lanes: readonly JourneyLane[], editable: boolean, draggingId: string | null, window: MapWindow | null): MapNode[];
  /** A touchpoint by id in O(1), without a map per document version (an edit rarely reorders the array). */
  touchpoint(document: JourneyDocument, id: string): Touchpoint | undefined;
}

export function createCanvasDerivation(): CanvasDerivation {
  const memory = createLayoutMemory();
  const cache = createNodeCache();
  let built: { layout: JourneyLayout; editable: boolean; draggingId: string | null; window: MapWindow | null; nodes: MapNode[] } | null = null;

  const layout = (document: JourneyDocument, lanes: readonly JourneyLane[], editable: boolean): JourneyLayout => {
    const last = memory.last;
    if (last && last.document === document && last.lanes === lanes && last.editable === editable) return last.layout;
    return layoutWithMemory(memory, document, lanes, editable);
  };

  let indexById = new Map<string, number>();
  const touchpoint = (document: JourneyDocument, id: string): Touchpoint | undefined => {
    const found = document.touchpoints[indexById.get(id) ?? -1];
    if (found?.id === id) return found;
    indexById = new Map(document.touchpoints.map((candidate, i) => [candidate.id, i]));
    return document.touchpoints[indexById.get(id) ?? -1];
  };

  return {
    layout,
    touchpoint,
    nodes(document, lanes, editable, draggingId, window) {
      const current = layout(document, lanes, editable);
      // An emotion-only edit keeps the geometry's objects (see relayoutEmotions) and changes no
      // node: the nodes of last time, without a pass over them.
      const last = built?.layout;
      if (
        built &&
        last &&
        last.cards === current.cards &&
        last.chips === current.chips &&
        last.metrics === current.metrics &&
        last.columns === current.columns &&
        last.lanes === current.lanes &&
        last.titleLines === current.titleLines &&
        built.editable === editable &&
        built.draggingId === draggingId &&
        sameWindow(built.window, window)
      ) {
        built.layout = current;
        return built.nodes;
      }
      const nodes = buildNodes(document, current, { editable, draggingId, window }, cache);
      built = { layout: current, editable, draggingId, window, nodes };
      return nodes;
    },
  };
}
