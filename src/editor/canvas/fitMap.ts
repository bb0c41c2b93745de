/**
 * The viewport that shows the map. `all` fits the whole map (the Fit button, `ref.fitView()`).
 * `readable` (on load) does the same unless that would shrink the text below legibility: then it
 * fits the map's height at a readable zoom and starts at the first stage; the mini-map and
 * panning reach the rest.
 */
import type { Viewport } from '@xyflow/react';
import type { Rect } from '../../layout';

/** Below this zoom, 14 px card titles fall under about 8 px on screen: too small to read. */
export const READABLE_ZOOM = 0.6;
/**
 * When the whole map cannot be shown readably, the zoom to open at: small enough to show as
 * much of the journey (and its curve) as still reads, never larger than the height needs.
 */
export const OVERVIEW_ZOOM = 0.7;
export const MAX_FIT_ZOOM = 1.1;
const PADDING = 16;

/** The zoom a map too large to read whole opens at (and that clicking its outline zooms in to). */
export function readableZoom(bounds: Rect, height: number): number {
  const availableHeight = Math.max(1, height - 2 * PADDING);
  return Math.max(READABLE_ZOOM, Math.min(availableHeight / bounds.height, OVERVIEW_ZOOM));
}

export function viewportFor(bounds: Rect, width: number, height: number, mode: 'all' | 'readable'): Viewport {
  const availableWidth = Math.max(1, width - 2 * PADDING);
  const availableHeight = Math.max(1, height - 2 * PADDING);
  const fitAll = Math.min(availableWidth / bounds.width, availableHeight / bounds.height, MAX_FIT_ZOOM);
  if (mode === 'all' || fitAll >= READABLE_ZOOM) {
    const zoom = fitAll;
    return {
      zoom,
      x: (width - bounds.width * zoom) / 2 - bounds.x * zoom,
      y: (height - bounds.height * zoom) / 2 - bounds.y * zoom,
    };
  }
  const zoom = readableZoom(bounds, height);
  const mapHeight = bounds.height * zoom;
  return {
    zoom,
    x: PADDING - bounds.x * zoom,
    y: mapHeight < height ? (height - mapHeight) / 2 - bounds.y * zoom : PADDING - bounds.y * zoom,
  };
}
