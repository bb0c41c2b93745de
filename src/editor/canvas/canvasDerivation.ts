/**
 * The canvas's view of the document — its layout and its React Flow nodes — as memoised
 * functions of the store's state, for store selectors. Components subscribe to exactly what they
 * draw: the canvas to the nodes (the same array after an emotion edit, so React Flow has nothing
 * to do), the curve and the mini-map to the layout. Derived on demand, never stored beside the
 * document.
 */
import { layoutJourney, OWN_SIZES, relayoutEmotions } from '../../layout';
import type { JourneyLayout, JourneyLane } from '../../layout';
import { measureWithBrowserFonts } from '../../picture/browserText';
import type { JourneyDocument, Touchpoint } from '../../model';
import { buildNodes, createNodeCache } from './buildNodes';
import type { MapNode } from './nodeData';
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
  // Layout fits the lines the cards and chips draw with the browser's own measure of the font.
  measureWithBrowserFonts();
  let laidOut: { document: JourneyDocument; lanes: readonly JourneyLane[]; editable: boolean; layout: JourneyLayout } | null = null;
  const cache = createNodeCache();
  let built: { layout: JourneyLayout; editable: boolean; draggingId: string | null; window: MapWindow | null; nodes: MapNode[] } | null = null;

  const layout = (document: JourneyDocument, lanes: readonly JourneyLane[], editable: boolean): JourneyLayout => {
    const last = laidOut;
    if (last && last.document === document && last.lanes === lanes && last.editable === editable) return last.layout;
    // An emotion-only edit (Up/Down, an emotion drag's drop) keeps the geometry's objects and
    // recomputes the points, moments and analysis; anything else lays the map out again.
    const next =
      (last && last.lanes === lanes && last.editable === editable && relayoutEmotions(last.layout, last.document, document)) ||
      layoutJourney(document, { lanes, editable, textFloors: OWN_SIZES });
    laidOut = { document, lanes, editable, layout: next };
    return next;
  };

  return {
    layout,
    touchpoint: cache.touchpoint,
    nodes(document, lanes, editable, draggingId, window) {
      const current = layout(document, lanes, editable);
      if (built && built.layout === current && built.editable === editable && built.draggingId === draggingId && sameWindow(built.window, window)) {
        return built.nodes;
      }
      const nodes = buildNodes(document, current, { editable, draggingId, window }, cache);
      built = { layout: current, editable, draggingId, window, nodes };
      return nodes;
    },
  };
}
