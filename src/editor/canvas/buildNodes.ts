/**
 * Turns the layout into React Flow nodes. A node whose position, size and data are unchanged
 * keeps its previous object, so React Flow (which compares node objects) re-renders only the
 * nodes an edit touched. Cards and stage headers read their content from the store, so an
 * emotion drag changes no node at all and the previous array itself is returned.
 *
 * On a large map only the nodes inside a window around the view are built (`window`, see
 * visibleSpan.ts): cards, chips and metrics run left to right, so the ones in the window are
 * found by binary search and a drop place changing during a card drag costs React Flow and us
 * a few hundred nodes, not every node of the map.
 */
import type { NodeHandle } from '@xyflow/react';
import type { JourneyDocument, Touchpoint, TouchpointMetrics } from '../../model';
import { CHIP_LANES } from '../../layout';
import type { ChipBlockLayout, ChipLane, JourneyLayout } from '../../layout';
import type { BackdropNode, LaneItemsNode, MapNode, TouchpointNode } from './nodeData';
import { lowerBound } from './visibleSpan';
import type { MapWindow } from './visibleSpan';

export interface CardDrag {
  touchpointId: string;
  /** The card's x when the drag began, and how far the pointer has moved since, in map pixels. */
  startX: number;
  dx: number;
}

/**
 * `handles: []` tells React Flow up front that a node has no connection handles. Without it,
 * React Flow mounts every node once to measure its handles, even with onlyRenderVisibleElements,
 * which on a large map means mounting thousands of nodes only to unmount most of them.
 */
const NO_HANDLES: NodeHandle[] = [];
/**
 * Not draggable, selectable, connectable or focusable: said once on <ReactFlow> (JourneyCanvas),
 * not on each of thousands of nodes rebuilt when cards make room during a drag.
 */
const FIXED = { handles: NO_HANDLES } as const;

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => a[key] === b[key]);
}

function sameNode(a: MapNode, b: MapNode): boolean {
  return (
    a.type === b.type &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.width === b.width &&
    a.height === b.height &&
    a.zIndex === b.zIndex &&
    a.className === b.className &&
    sameData(a.data, b.data)
  );
}

const NO_ITEMS: readonly string[] = Object.freeze([]);

/** Same fitted lines, item by item: a relayout fits an unchanged text to the same object, in a new array. */
function sameTexts(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a === b || (a.length === b.length && a.every((text, i) => text === b[i]));
}
const EMPTY_METRICS: TouchpointMetrics = Object.freeze({});

/** A touchpoint by id in O(1): the index it had last time, checked, else a new index (an edit rarely reorders the array). */
export function touchpointIndex(): (document: JourneyDocument, id: string) => Touchpoint | undefined {
  let indexById = new Map<string, number>();
  return (document, id) => {
    const found = document.touchpoints[indexById.get(id) ?? -1];
    if (found?.id === id) return found;
    indexById = new Map(document.touchpoints.map((candidate, i) => [candidate.id, i]));
    return document.touchpoints[indexById.get(id) ?? -1];
  };
}

/** What the previous call built, so that an unchanged node keeps its object. */
export interface NodeCache {
  byId: Map<string, MapNode>;
  /** The array returned last time. */
  nodes: MapNode[] | null;
  touchpoint: ReturnType<typeof touchpointIndex>;
}

export function createNodeCache(): NodeCache {
  return { byId: new Map(), nodes: null, touchpoint: touchpointIndex() };
}

function reuse<T extends MapNode>(cache: NodeCache, node: T): T {
  const previous = cache.byId.get(node.id);
  return previous && sameNode(previous, node) ? (previous as T) : node;
}

/** The indices [from, to) of the boxes (sorted by x, one width) that reach into the window. */
function inWindow(boxes: ReadonlyArray<{ x: number; width: number }>, window: MapWindow | null, from = 0, to = boxes.length): [number, number] {
  if (!window) return [from, to];
  const first = lowerBound(boxes, from, to, (box) => box.x + box.width < window.left);
  return [first, lowerBound(boxes, first, to, (box) => box.x <= window.right)];
}

const laneOrder = (lane: ChipLane) => CHIP_LANES.indexOf(lane);

/** The chip blocks in the window: the layout lists them lane by lane, each lane left to right. */
function chipsInWindow(chips: readonly ChipBlockLayout[], window: MapWindow | null): ChipBlockLayout[] {
  if (!window) return chips as ChipBlockLayout[];
  const shown: ChipBlockLayout[] = [];
  for (const lane of CHIP_LANES) {
    const order = laneOrder(lane);
    const start = lowerBound(chips, 0, chips.length, (block) => laneOrder(block.lane) < order);
    const end = lowerBound(chips, start, chips.length, (block) => laneOrder(block.lane) <= order);
    const [from, to] = inWindow(chips, window, start, end);
    for (let i = from; i < to; i++) shown.push(chips[i] as ChipBlockLayout);
  }
  return shown;
}

export function buildNodes(
  document: JourneyDocument,
  layout: JourneyLayout,
  options: {
    editable: boolean;
    draggingId: string | null;
    /** Build only what reaches into this map x range (null: everything); the dragged card always. */
    window?: MapWindow | null;
  },
  cache: NodeCache,
): MapNode[] {
  const window = options.window ?? null;
  const nodes: MapNode[] = [];
  const findTouchpoint = (id: string) => cache.touchpoint(document, id);
  const stages = new Map(document.stages.map((stage) => [stage.id, stage]));
  const shown = layout.lanes.some((lane) => lane.lane === 'touchpoints');

  const emotion = layout.emotion;
  const backdrop: BackdropNode = {
    ...FIXED,
    id: 'backdrop',
    type: 'backdrop',
    position: { x: 0, y: 0 },
    width: layout.bounds.width,
    height: layout.bounds.height,
    zIndex: -1,
    // Geometry only (not the whole layout), so an emotion change keeps the backdrop as it is.
    data: {
      columns: layout.columns,
      lanes: layout.lanes,
      bounds: layout.bounds,
      gutterWidth: layout.gutterWidth,
      scaleTop: emotion?.top ?? null,
      scaleBottom: emotion?.bottom ?? null,
      scaleRight: emotion?.right ?? null,
    },
  };
  nodes.push(reuse(cache, backdrop));

  layout.columns.forEach((column, i) => {
    // The stage headers are not nodes: the top frozen pane draws them (FrozenPanes.tsx).
    const stage = stages.get(column.stageId);
    if (!stage) return;
    if (column.addSlot && options.editable) {
      nodes.push(
        reuse(cache, {
          ...FIXED,
          id: `add:${column.stageId}:${i}`,
          type: 'addSlot',
          position: { x: column.addSlot.x, y: column.addSlot.y },
          width: column.addSlot.width,
          height: column.addSlot.height,
          data: { stage },
        }),
      );
    }
  });

  for (const block of chipsInWindow(layout.chips, window)) {
    const touchpoint = findTouchpoint(block.touchpointId);
    if (!touchpoint) continue;
    const id = `${block.lane}:${block.touchpointId}`;
    const items = touchpoint[block.lane] ?? NO_ITEMS;
    // Checked field by field before building anything: a relayout goes through hundreds of these.
    const previous = cache.byId.get(id) as LaneItemsNode | undefined;
    if (
      previous &&
      previous.position.x === block.x &&
      previous.position.y === block.y &&
      previous.width === block.width &&
      previous.height === block.height &&
      previous.data.title === touchpoint.title &&
      previous.data.items === items &&
      sameTexts(previous.data.texts, block.texts) &&
      previous.data.editable === options.editable
    ) {
      nodes.push(previous);
      continue;
    }
    nodes.push({
      ...FIXED,
      id,
      type: 'laneItems',
      position: { x: block.x, y: block.y },
      width: block.width,
      height: block.height,
      // Plain fields compared by identity: an emotion change leaves the lane's items array as it was.
      data: { touchpointId: touchpoint.id, title: touchpoint.title, items, texts: block.texts, lane: block.lane, editable: options.editable },
    });
  }
  const [firstBox, endBox] = inWindow(layout.metrics, window);
  for (let i = firstBox; i < endBox; i++) {
    const box = layout.metrics[i] as JourneyLayout['metrics'][number];
    const touchpoint = findTouchpoint(box.touchpointId);
    if (!touchpoint) continue;
    nodes.push(
      reuse(cache, {
        ...FIXED,
        id: `metrics:${box.touchpointId}`,
        type: 'metrics',
        position: { x: box.x, y: box.y },
        width: box.width,
        height: box.height,
        data: { touchpointId: touchpoint.id, title: touchpoint.title, metrics: touchpoint.metrics ?? EMPTY_METRICS },
      }),
    );
  }

  if (shown) {
    const [from, to] = inWindow(layout.cards, window);
    // The dragged card follows the pointer, out of its slot's window if need be.
    const dragged = options.draggingId === null ? undefined : layout.cardById.get(options.draggingId);
    const cards = dragged && (dragged.journeyIndex < from || dragged.journeyIndex >= to) ? [dragged] : [];
    for (let i = from; i < to; i++) cards.push(layout.cards[i] as JourneyLayout['cards'][number]);
    for (const card of cards) {
      const touchpoint = findTouchpoint(card.touchpointId);
      if (!touchpoint) continue;
      const dragging = options.draggingId === card.touchpointId;
      const id = `card:${card.touchpointId}`;
      const zIndex = dragging ? 10 : 0;
      const first = card.journeyIndex === 0;
      // The common case, checked without building a node to compare.
      const previous = cache.byId.get(id) as TouchpointNode | undefined;
      if (
        previous &&
        previous.position.x === card.x &&
        previous.position.y === card.y &&
        previous.width === card.width &&
        previous.height === card.height &&
        previous.zIndex === zIndex &&
        previous.data.first === first &&
        previous.data.dragging === dragging
      ) {
        nodes.push(previous);
        continue;
      }
      // A dragged card stays in its slot here; TouchpointNode shifts it by the pointer's offset.
      nodes.push({
        ...FIXED,
        id,
        type: 'touchpoint',
        position: { x: card.x, y: card.y },
        width: card.width,
        height: card.height,
        zIndex,
        // `first`, not the journey index: a card moving past others must not re-render them.
        data: { touchpointId: touchpoint.id, first, dragging },
      });
    }
  }

  // Nothing changed (an emotion edit, a drag between two drop places): the same array, so React Flow has nothing to do.
  const last = cache.nodes;
  if (last && last.length === nodes.length && nodes.every((node, i) => node === last[i])) return last;
  cache.nodes = nodes;

  // Remember this call's nodes (only the new ones need writing); forget nodes that are gone.
  for (const node of nodes) if (cache.byId.get(node.id) !== node) cache.byId.set(node.id, node);
  if (cache.byId.size !== nodes.length) {
    cache.byId.clear();
    for (const node of nodes) cache.byId.set(node.id, node);
  }
  return nodes;
}
