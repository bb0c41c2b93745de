/**
 * The part of a large map worth mounting: the map x range in view, widened by a step on each
 * side and rounded out to whole steps, so that panning changes it (and re-renders what depends
 * on it) only when the view crosses a step, not on every frame. Shared by the nodes handed to
 * React Flow and the emotion points.
 */

/** Map pixels per step (a few card widths). */
export const VISIBLE_STEP = 1024;

export interface MapWindow {
  /** Map x range, inclusive. */
  left: number;
  right: number;
}

/** Two windows cover the same range (null: the whole map). */
export function sameWindow(a: MapWindow | null, b: MapWindow | null): boolean {
  return a === b || (a !== null && b !== null && a.left === b.left && a.right === b.right);
}

/** A window with nothing in it (a map drawn as an outline mounts no card). */
export const EMPTY_WINDOW: MapWindow = Object.freeze({ left: Infinity, right: -Infinity });

/** The span as one comparable string, 'from:to' in steps ('' until React Flow knows its size). */
export const selectVisibleSpan = (state: { transform: [number, number, number]; width: number }): string => {
  const [tx, , zoom] = state.transform;
  if (state.width <= 0 || zoom <= 0) return '';
  const left = -tx / zoom;
  const right = (state.width - tx) / zoom;
  return `${Math.floor(left / VISIBLE_STEP) - 1}:${Math.ceil(right / VISIBLE_STEP) + 1}`;
};

/** The window a span stands for, or null (everything) when the span is not known yet. */
export function spanWindow(span: string): MapWindow | null {
  if (span === '') return null;
  const [from = 0, to = 0] = span.split(':').map(Number);
  return { left: from * VISIBLE_STEP, right: to * VISIBLE_STEP };
}

/**
 * The first index in `items[from, to)` for which `before` is false, where `before` holds for a
 * prefix of that range (items sorted by x): a binary search, so a window over a long map costs
 * O(log n) to find, not a pass over every card.
 */
export function lowerBound<T>(items: readonly T[], from: number, to: number, before: (item: T) => boolean): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(items[middle] as T)) low = middle + 1;
    else high = middle;
  }
  return low;
}
