/**
 * Other participants on the map: each one's pointer (an arrow with their name) and the card they
 * have selected (an outline in their colour), drawn in map coordinates through React Flow's
 * ViewportPortal so they pan and zoom with the map. Also publishes this participant's pointer.
 * Presence is decoration for sighted users (aria-hidden): the document is unaffected by it.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { ViewportPortal, useInternalNode, useReactFlow, useStore } from '@xyflow/react';
import type { ReactFlowState } from '@xyflow/react';
import { remoteParticipants } from './awareness';
import type { AwarenessLike, RemoteParticipant } from './awareness';
import type { CSSProperties } from 'react';

// Inline styles, no stylesheet: `journey-canvas/collab` also runs on a server (the mapping), where
// importing a .css file from source would fail.
const layerStyle: CSSProperties = { position: 'absolute', left: 0, top: 0, pointerEvents: 'none', zIndex: 1000 };
const selectionStyle: CSSProperties = { position: 'absolute', left: 0, top: 0, boxSizing: 'border-box', border: '2px solid', borderRadius: 10 };
const pointerStyle: CSSProperties = { position: 'absolute', left: 0, top: 0, display: 'flex', alignItems: 'flex-start', gap: 2 };
const tagStyle: CSSProperties = {
  color: '#fff',
  font: '600 11px/1.4 var(--jc-font, system-ui, sans-serif)',
  padding: '0 5px',
  borderRadius: 4,
  whiteSpace: 'nowrap',
  maxWidth: '14em',
  overflow: 'hidden',
  textOverflow: 'ellipsis',
};
const selectionTagStyle: CSSProperties = { ...tagStyle, position: 'absolute', top: '-1.5em', left: -2 };

const selectDomNode = (state: ReactFlowState) => state.domNode;

/** Awareness as an external store: a snapshot that changes only when a state changes. */
function useParticipants(awareness: AwarenessLike): RemoteParticipant[] {
  const cache = useSyncExternalStore(
    (notify) => {
      awareness.on('change', notify);
      return () => awareness.off('change', notify);
    },
    () => participantsSnapshot(awareness),
  );
  return cache;
}

const snapshots = new WeakMap<AwarenessLike, { key: string; value: RemoteParticipant[] }>();
function participantsSnapshot(awareness: AwarenessLike): RemoteParticipant[] {
  const value = remoteParticipants(awareness);
  const key = JSON.stringify(value);
  const previous = snapshots.get(awareness);
  if (previous?.key === key) return previous.value;
  snapshots.set(awareness, { key, value });
  return value;
}

/** Sends this participant's pointer, in map coordinates, at most once per frame. */
function usePublishPointer(awareness: AwarenessLike): void {
  const domNode = useStore(selectDomNode);
  const { screenToFlowPosition } = useReactFlow();
  useEffect(() => {
    if (!domNode) return;
    let frame = 0;
    let last: { x: number; y: number } | null = null;
    const onMove = (event: PointerEvent) => {
      last = { x: event.clientX, y: event.clientY };
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (last) awareness.setLocalStateField('journeyPointer', screenToFlowPosition(last, { snapToGrid: false }));
      });
    };
    const onLeave = () => {
      last = null;
      awareness.setLocalStateField('journeyPointer', null);
    };
    domNode.addEventListener('pointermove', onMove);
    domNode.addEventListener('pointerleave', onLeave);
    return () => {
      cancelAnimationFrame(frame);
      domNode.removeEventListener('pointermove', onMove);
      domNode.removeEventListener('pointerleave', onLeave);
    };
  }, [awareness, domNode, screenToFlowPosition]);
}

function RemoteSelection({ participant }: { participant: RemoteParticipant }) {
  const node = useInternalNode(`card:${participant.selection ?? ''}`);
  if (!node) return null;
  const { x, y } = node.internals.positionAbsolute;
  const width = node.measured.width ?? node.width ?? 0;
  const height = node.measured.height ?? node.height ?? 0;
  return (
    <div
      className="jc-presence__selection"
      data-participant={participant.user.name}
      style={{ ...selectionStyle, transform: `translate(${x - 4}px, ${y - 4}px)`, width: width + 8, height: height + 8, borderColor: participant.user.color }}
    >
      <span className="jc-presence__tag" style={{ ...selectionTagStyle, background: participant.user.color }}>
        {participant.user.name}
      </span>
    </div>
  );
}

function RemotePointer({ participant }: { participant: RemoteParticipant }) {
  if (!participant.pointer) return null;
  const { x, y } = participant.pointer;
  return (
    <div className="jc-presence__pointer" data-participant={participant.user.name} style={{ ...pointerStyle, transform: `translate(${x}px, ${y}px)` }}>
      <svg width="16" height="20" viewBox="0 0 16 20" aria-hidden="true">
        <path d="M1 1 L1 17 L5.5 13 L9 19 L11.5 18 L8 12 L14 12 Z" fill={participant.user.color} stroke="#fff" strokeWidth="1.5" />
      </svg>
      <span className="jc-presence__tag" style={{ ...tagStyle, background: participant.user.color }}>
        {participant.user.name}
      </span>
    </div>
  );
}

export function CollabPresence({ awareness }: { awareness: AwarenessLike }) {
  const participants = useParticipants(awareness);
  usePublishPointer(awareness);
  return (
    <ViewportPortal>
      <div className="jc-presence" aria-hidden="true" style={layerStyle}>
        {participants.map((p) => (
          <RemoteSelection key={`s${p.clientId}`} participant={p} />
        ))}
        {participants.map((p) => (
          <RemotePointer key={`p${p.clientId}`} participant={p} />
        ))}
      </div>
    </ViewportPortal>
  );
}
