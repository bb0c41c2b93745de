/**
 * The canvas's view of the document — its layout and its React Flow nodes — as memoised
 * functions of the store's state, for store selectors. Components subscribe to exactly what they
 * draw: the canvas to the nodes (the same array through an emotion drag, so the canvas and
 * React Flow do not re-render), the curve and the mini-map to the layout. Derived on demand,
 * never stored beside the document.
 */
import type { JourneyLayout, LayoutLane } from '../../layout';
import type { JourneyDocument, Touchpoint } from '../../model';
import { buildNodes, createNodeCache } from './buildNodes';
import type { MapNode } from './nodeData';
import { createLayoutMemory, layoutWithMemory } from './incrementalLayout';

export interface CanvasDerivation {
  layout(document: JourneyDocument, lanes: readonly LayoutLane[], editable: boolean): JourneyLayout;
  nodes(document: JourneyDocument, lanes: readonly LayoutLane[], editable: boolean, draggingId: string | null): MapNode[];
  /** A touchpoint by id in O(1), without a map per document version (an edit rarely reorders the array). */
  touchpoint(document: JourneyDocument, id: string): Touchpoint | undefined;
}

export function createCanvasDerivation(): CanvasDerivation {
  const memory = createLayoutMemory();
  const cache = createNodeCache();
  let built: { layout: JourneyLayout; document: JourneyDocument; editable: boolean; draggingId: string | null; nodes: MapNode[] } | null = null;

  const layout = (document: JourneyDocument, lanes: readonly LayoutLane[], editable: boolean): JourneyLayout => {
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
    nodes(document, lanes, editable, draggingId) {
      const current = layout(document, lanes, editable);
      if (built && built.layout === current && built.document === document && built.editable === editable && built.draggingId === draggingId) {
        return built.nodes;
      }
      const nodes = buildNodes(document, current, { editable, draggingId }, cache);
      built = { layout: current, document, editable, draggingId, nodes };
      return nodes;
    },
  };
}
