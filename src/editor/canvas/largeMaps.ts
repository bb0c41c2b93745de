/**
 * How the canvas keeps large maps fast. From LARGE_FROM nodes on, React Flow gets only the nodes
 * near the view (visibleSpan.ts) and mounts only those in view. Zoomed out below
 * OUTLINE_BELOW_ZOOM, where no card text can be read anyway, a large map is drawn as an outline
 * (OutlineLayer: every card and chip as a plain shape in a few SVG paths, the curve and the
 * moments as usual) instead of thousands of nodes; clicking a card there, or moving to a
 * touchpoint with the keyboard, zooms back in to a readable zoom.
 */
import type { JourneyLayout } from '../../layout';

/** A 100-touchpoint map with its lanes has about this many nodes. */
export const LARGE_FROM = 400;

/** Card titles (14 px) are under 3 px on screen below this zoom. */
export const OUTLINE_BELOW_ZOOM = 0.2;

/** How many nodes the whole map has before any culling. */
export function nodeCount(layout: JourneyLayout): number {
  return layout.cards.length + layout.chips.length + layout.metrics.length + 2 * layout.columns.length + 1;
}

export function isLargeMap(layout: JourneyLayout): boolean {
  return nodeCount(layout) >= LARGE_FROM;
}

/** React Flow store selector: zoomed out far enough for a large map to be an outline. */
export const selectZoomedOut = (state: { transform: [number, number, number] }): boolean =>
  state.transform[2] > 0 && state.transform[2] < OUTLINE_BELOW_ZOOM;

/** True when a map with this layout, at this zoom, is drawn as an outline. */
export function showsOutline(layout: JourneyLayout, zoom: number): boolean {
  return zoom > 0 && zoom < OUTLINE_BELOW_ZOOM && isLargeMap(layout);
}
