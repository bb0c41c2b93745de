/** React Flow node types, at module level so React Flow never sees a new object (xyflow warns otherwise). */
import type { NodeTypes } from '@xyflow/react';
import { AddSlotNode } from './AddSlotNode';
import { BackdropNode } from './BackdropNode';
import { LaneItemsNode } from './LaneItemsNode';
import { MetricsNode } from './MetricsNode';
import { TouchpointNode } from './TouchpointNode';

export const nodeTypes = {
  backdrop: BackdropNode,
  touchpoint: TouchpointNode,
  addSlot: AddSlotNode,
  laneItems: LaneItemsNode,
  metrics: MetricsNode,
} satisfies NodeTypes;
