/**
 * What the parts of one canvas share beyond the store: the latest layout (read by drags at
 * pointer time, never subscribed to) and a small store for the card being dragged.
 */
import { createContext, useContext } from 'react';
import type { StoreApi } from 'zustand';
import type { JourneyLayout } from '../../layout';
import type { CardDrag } from './buildNodes';

export interface CanvasApi {
  layout: { current: JourneyLayout };
  cardDrag: StoreApi<{ drag: CardDrag | null }>;
  /** Moves keyboard focus to a touchpoint's card (or its emotion point), panning it into view. */
  focusTouchpoint(id: string, part?: 'card' | 'point'): void;
}

export const CanvasContext = createContext<CanvasApi | null>(null);

export function useCanvasApi(): CanvasApi {
  const api = useContext(CanvasContext);
  if (!api) throw new Error('journey-canvas: canvas parts must be rendered inside the journey canvas.');
  return api;
}
