/**
 * The viewport that shows the map. `all` fits the whole map (the Fit button, `ref.fitView()`),
 * however small that makes it: the user asked for it. `readable` (on opening and after a load)
 * fits the whole map only while every text stays legible on screen; otherwise it opens on the
 * start of the journey at the readable zoom, the rest one pan or the mini-map away.
 */
import type { Viewport } from '@xyflow/react';
import { TYPE } from '../../layout';
import type { Rect } from '../../layout';
import { LANE_NAME_MIN_SIZE } from '../../picture/Backdrop';

/** On screen (CSS px, font size × zoom), a card title is at least this, every other map text at least TEXT_FLOOR. */
export const TITLE_FLOOR = 12;
export const TEXT_FLOOR = 11;

/** The smallest font size of the map's texts other than card titles (lane names shrink to fit their gutter). */
const SMALLEST_TEXT = Math.min(LANE_NAME_MIN_SIZE, ...Object.entries(TYPE).filter(([name]) => name !== 'cardTitle').map(([, type]) => type.size));

/**
 * The smallest zoom at which every text of the map meets its floor (about 0.86 with the type
 * scale of look.ts), rounded up so rounding never leaves a title at 11.99 px.
 */
export const READABLE_ZOOM = Math.ceil(Math.max(TITLE_FLOOR / TYPE.cardTitle.size, TEXT_FLOOR / SMALLEST_TEXT) * 1000) / 1000;
export const MAX_FIT_ZOOM = 1.1;
const PADDING = 16;

/** The zoom a map too large to read whole opens at (and that clicking its outline zooms in to). */
export function readableZoom(): number {
  return READABLE_ZOOM;
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
  // Too large to read whole: the start of the journey (its stage headers and lane names at the
  // top left, where the frozen panes keep them), at the readable zoom.
  const zoom = READABLE_ZOOM;
  const mapHeight = bounds.height * zoom;
  const mapWidth = bounds.width * zoom;
  return {
    zoom,
    x: mapWidth <= availableWidth ? (width - mapWidth) / 2 - bounds.x * zoom : PADDING - bounds.x * zoom,
    y: mapHeight <= availableHeight ? (height - mapHeight) / 2 - bounds.y * zoom : PADDING - bounds.y * zoom,
  };
}
