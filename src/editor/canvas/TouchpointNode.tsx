import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { TouchpointNode as TouchpointNodeType } from './nodeData';
import { TouchpointCard } from './TouchpointCard';

/** Memoised on the touchpoint object and a few numbers: React Flow's position props never reach it. */
const MemoCard = memo(TouchpointCard);

export function TouchpointNode({ data }: NodeProps<TouchpointNodeType>) {
  return <MemoCard touchpoint={data.touchpoint} first={data.first} titleLines={data.titleLines} dragging={data.dragging} />;
}
