/**
 * Turns the layout into React Flow nodes. A node whose position, size and data are unchanged
 * keeps its previous object, so React Flow (which compares node objects) re-renders only the
 * nodes an edit touched: during an emotion drag, one card's data changes and nothing else.
 */
import type { JourneyDocument, Touchpoint } from '../../model';
import type { JourneyLayout } from '../../layout';
import type { MapNode } from './nodeData';

export interface CardDrag {
  touchpointId: string;
  /** The card's x when the drag began, and how far the pointer has moved since, in map pixels. */
  startX: number;
  dx: number;
}

const FIXED = { draggable: false, selectable: false, connectable: false, focusable: false, deletable: false } as const;

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

export type NodeCache = Map<string, MapNode>;

export function buildNodes(
  document: JourneyDocument,
  layout: JourneyLayout,
  options: { editable: boolean; drag: CardDrag | null },
  cache: NodeCache,
): MapNode[] {
  const nodes: MapNode[] = [];
  const touchpoints = new Map<string, Touchpoint>(document.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint]));
  const stages = new Map(document.stages.map((stage) => [stage.id, stage]));
  const shown = new Set(layout.lanes.map((lane) => lane.lane));

  nodes.push({
    ...FIXED,
    id: 'backdrop',
    type: 'backdrop',
    position: { x: 0, y: 0 },
    width: layout.bounds.width,
    height: layout.bounds.height,
    zIndex: -1,
    data: { layout },
  });

  layout.columns.forEach((column, i) => {
    const stage = stages.get(column.stageId);
    if (!stage) return;
    nodes.push({
      ...FIXED,
      id: `stage:${column.stageId}:${i}`,
      type: 'stageHeader',
      position: { x: column.header.x, y: column.header.y },
      width: column.header.width,
      height: column.header.height,
      data: { stage, stageIndex: column.index, analysis: layout.analysis.stages[column.index] },
    });
    if (column.addSlot && options.editable) {
      nodes.push({
        ...FIXED,
        id: `add:${column.stageId}:${i}`,
        type: 'addSlot',
        position: { x: column.addSlot.x, y: column.addSlot.y },
        width: column.addSlot.width,
        height: column.addSlot.height,
        data: { stage },
      });
    }
  });

  for (const block of layout.chips) {
    const touchpoint = touchpoints.get(block.touchpointId);
    if (!touchpoint) continue;
    nodes.push({
      ...FIXED,
      id: `${block.lane}:${block.touchpointId}`,
      type: 'laneItems',
      position: { x: block.x, y: block.y },
      width: block.width,
      height: block.height,
      // Plain fields compared by identity: an emotion change leaves the lane's items array as it was.
      data: { touchpointId: touchpoint.id, title: touchpoint.title, items: touchpoint[block.lane] ?? NO_ITEMS, lane: block.lane, editable: options.editable },
    });
  }

  for (const box of layout.metrics) {
    const touchpoint = touchpoints.get(box.touchpointId);
    if (!touchpoint) continue;
    nodes.push({
      ...FIXED,
      id: `metrics:${box.touchpointId}`,
      type: 'metrics',
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      data: { touchpointId: touchpoint.id, title: touchpoint.title, metrics: touchpoint.metrics ?? {} },
    });
  }

  if (shown.has('touchpoints')) {
    for (const card of layout.cards) {
      const touchpoint = touchpoints.get(card.touchpointId);
      if (!touchpoint) continue;
      const dragging = options.drag?.touchpointId === card.touchpointId;
      nodes.push({
        ...FIXED,
        id: `card:${card.touchpointId}`,
        type: 'touchpoint',
        position: { x: dragging && options.drag ? options.drag.startX + options.drag.dx : card.x, y: card.y },
        width: card.width,
        height: card.height,
        zIndex: dragging ? 10 : 0,
        data: { touchpoint, journeyIndex: card.journeyIndex, titleLines: layout.titleLines, dragging },
      });
    }
  }

  // Reuse unchanged node objects; forget nodes that are gone.
  const next: MapNode[] = nodes.map((node) => {
    const previous = cache.get(node.id);
    return previous && sameNode(previous, node) ? previous : node;
  });
  cache.clear();
  for (const node of next) cache.set(node.id, node);
  return next;
}

