import { memo, useMemo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useStore } from 'zustand';
import { useJourneyStore } from '../JourneyStoreContext';
import { useCanvasApi } from './CanvasContext';
import type { TouchpointNode as TouchpointNodeType } from './nodeData';
import { TouchpointCard } from './TouchpointCard';

/** Memoised on the touchpoint object and a few numbers: React Flow's position props never reach it. */
const MemoCard = memo(TouchpointCard);

/**
 * The node carries the touchpoint's id, not the touchpoint: an edit of its content (Up/Down, an
 * emotion drag's frames and drop) re-renders this card through its own subscriptions, while
 * React Flow's nodes stay the same objects and React Flow has nothing to update.
 */
export function TouchpointNode({ data, positionAbsoluteX }: NodeProps<TouchpointNodeType>) {
  const { cardDrag, emotionDrag, derivation } = useCanvasApi();
  const stored = useJourneyStore((state) => derivation.touchpoint(state.document, data.touchpointId));
  // The badge follows an emotion drag of this card's point before the drop changes the document.
  const dragged = useStore(emotionDrag, (state) => (state.drag?.touchpointId === data.touchpointId ? state.drag.emotion : null));
  const touchpoint = useMemo(() => (stored && dragged !== null && dragged !== stored.emotion ? { ...stored, emotion: dragged } : stored), [stored, dragged]);
  // While dragged, the card follows the pointer from its slot (which moves as it passes others)
  // without React Flow moving the node: a drag frame re-renders this card and nothing else.
  const offsetX = useStore(cardDrag, (state) =>
    state.drag?.touchpointId === data.touchpointId ? state.drag.startX + state.drag.dx - positionAbsoluteX : 0,
  );
  if (!touchpoint) return null;
  return <MemoCard touchpoint={touchpoint} first={data.first} dragging={data.dragging} offsetX={offsetX} />;
}
