/**
 * What the parts of one canvas share beyond the store: the latest layout (read by drags at
 * pointer time, never subscribed to) and small stores for the card and the emotion point being
 * dragged.
 */
import { createContext, useContext } from 'react';
import type { StoreApi } from 'zustand';
import type { JourneyLayout } from '../../layout';
import type { CardDrag } from './buildNodes';
import type { CanvasDerivation } from './canvasDerivation';
import type { EmotionDrag } from './emotionDrag';
import { useJourneyStore } from '../JourneyStoreContext';

export interface CanvasApi {
  layout: { readonly current: JourneyLayout };
  /** The canvas's layout and nodes as functions of the store's state; see useCanvasLayout. */
  derivation: CanvasDerivation;
  /** False in the viewer (read-only is a store flag on top of this). */
  editable: boolean;
  cardDrag: StoreApi<{ drag: CardDrag | null }>;
  /** The emotion point being dragged and its value so far (the document changes at the drop). */
  emotionDrag: StoreApi<{ drag: EmotionDrag | null }>;
  /** Moves keyboard focus to a touchpoint's card (or its emotion point), panning it into view. */
  focusTouchpoint(id: string, part?: 'card' | 'point'): void;
}

export const CanvasContext = createContext<CanvasApi | null>(null);

export function useCanvasApi(): CanvasApi {
  const api = useContext(CanvasContext);
  if (!api) throw new Error('journey-canvas: canvas parts must be rendered inside the journey canvas.');
  return api;
}

/** The map's current layout, re-rendering the caller when it changes (the curve, the mini-map). */
export function useCanvasLayout(): JourneyLayout {
  const { derivation, editable } = useCanvasApi();
  return useJourneyStore((state) => derivation.layout(state.document, state.lanes, editable && !state.readOnly));
}
