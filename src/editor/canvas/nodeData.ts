/** The React Flow nodes of the map: a view of the layout, rebuilt from it, never stored. */
import type { Node } from '@xyflow/react';
import type { Stage, TouchpointMetrics } from '../../model';
import type { ChipLane, FittedLines, JourneyLayout } from '../../layout';

/** The map's geometry behind everything; the emotion scale is null when its lane is hidden. */
export type BackdropNodeData = {
  columns: JourneyLayout['columns'];
  lanes: JourneyLayout['lanes'];
  bounds: JourneyLayout['bounds'];
  gutterWidth: number;
  scaleTop: number | null;
  scaleBottom: number | null;
  scaleRight: number | null;
};
export type TouchpointNodeData = { touchpointId: string; first: boolean; dragging: boolean };
export type AddSlotNodeData = { stage: Stage };
/** `texts`: each item's lines as layout fitted them (ChipBlockLayout.texts). */
export type LaneItemsNodeData = {
  touchpointId: string;
  title: string;
  items: readonly string[];
  texts: readonly FittedLines[];
  lane: ChipLane;
  editable: boolean;
};
export type MetricsNodeData = { touchpointId: string; title: string; metrics: TouchpointMetrics };

export type BackdropNode = Node<BackdropNodeData, 'backdrop'>;
export type TouchpointNode = Node<TouchpointNodeData, 'touchpoint'>;
export type AddSlotNode = Node<AddSlotNodeData, 'addSlot'>;
export type LaneItemsNode = Node<LaneItemsNodeData, 'laneItems'>;
export type MetricsNode = Node<MetricsNodeData, 'metrics'>;

export type MapNode = BackdropNode | TouchpointNode | AddSlotNode | LaneItemsNode | MetricsNode;
