import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useJourneyStore } from '../JourneyStoreContext';
import { touchpointById } from './documentIndex';
import type { TouchpointNode as TouchpointNodeType } from './nodeData';
import { TouchpointCard } from './TouchpointCard';

/** Memoised on the touchpoint object and a few numbers: React Flow's position props never reach it. */
const MemoCard = memo(TouchpointCard);

/**
 * The node carries the touchpoint's id, not the touchpoint: an edit of its content (an emotion
 * drag, on every frame) re-renders this card through its own subscription, while React Flow's
 * nodes stay the same objects and React Flow has nothing to update.
 */
export function TouchpointNode({ data }: NodeProps<TouchpointNodeType>) {
  const touchpoint = useJourneyStore((state) => touchpointById(state.document, data.touchpointId));
  if (!touchpoint) return null;
  return <MemoCard touchpoint={touchpoint} first={data.first} titleLines={data.titleLines} dragging={data.dragging} />;
}
