/**
 * How the canvas keeps larger maps fast.
 *
 * From CULL_FROM nodes on (about 25 touchpoints with every lane), React Flow gets only the nodes
 * near the view (visibleSpan.ts) and mounts only those in view, and the emotion layer mounts
 * only its points near the view: every node in the DOM, on screen or not, is a box Chromium
 * re-layerizes on each frame of a drag (a 40-touchpoint map dragged at 1.5 s for 60 steps with
 * all its nodes mounted, 1.1 s without). A map that fits the view mounts every card anyway.
 *
 * From OUTLINE_FROM nodes on (about 100 touchpoints), zoomed out below OUTLINE_BELOW_ZOOM, where
 * no card text can be read anyway, the map is drawn as an outline (OutlineLayer: every card and
 * chip as a plain shape in a few SVG paths, the curve and the moments as usual) instead of
 * thousands of nodes; clicking a card there, or moving to a touchpoint with the keyboard, zooms
 * back in to a readable zoom.
 */
import type { JourneyLayout } from '../../layout';

export const CULL_FROM = 100;
export const OUTLINE_FROM = 400;

/** Card titles (14 px) are under 3 px on screen below this zoom. */
export const OUTLINE_BELOW_ZOOM = 0.2;

/** How many nodes the whole map has before any culling. */
export function nodeCount(layout: JourneyLayout): number {
  return layout.cards.length + layout.chips.length + layout.metrics.length + 2 * layout.columns.length + 1;
}

/** True when only the part of the map near the view is mounted. */
export function cullsOffscreen(layout: JourneyLayout): boolean {
  return nodeCount(layout) >= CULL_FROM;
}

/** Zoomed out far enough for a large map to be an outline. */
function farOut(zoom: number): boolean {
  return zoom > 0 && zoom < OUTLINE_BELOW_ZOOM;
}

/** React Flow store selector: `farOut` at the current zoom. */
export const selectZoomedOut = (state: { transform: [number, number, number] }): boolean => farOut(state.transform[2]);

/** True when the map is large enough to be drawn as an outline when zoomed far out. */
export function outlinesFarOut(layout: JourneyLayout): boolean {
  return nodeCount(layout) >= OUTLINE_FROM;
}

/** True when a map with this layout, at this zoom, is drawn as an outline. */
export function showsOutline(layout: JourneyLayout, zoom: number): boolean {
  return farOut(zoom) && outlinesFarOut(layout);
}
