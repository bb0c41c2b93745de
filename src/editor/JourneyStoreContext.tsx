import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { JourneyStore, JourneyStoreState } from '../store';
import type { JourneyMessages } from '../i18n';

/** The store of the editor instance a component sits in. Provided by JourneyEditor / JourneyViewer. */
export const JourneyStoreContext = createContext<JourneyStore | null>(null);

/** The resolved message catalog (locale + host overrides) of the editor instance. */
export const JourneyMessagesContext = createContext<JourneyMessages | null>(null);

export function useJourneyStoreApi(): JourneyStore {
  const store = useContext(JourneyStoreContext);
  if (!store) throw new Error('journey-canvas: this component must be rendered inside <JourneyEditor> or <JourneyViewer>.');
  return store;
}

/** Subscribes to one slice of the editor's store. Select narrowly; use `useShallow` for objects and arrays. */
export function useJourneyStore<T>(selector: (state: JourneyStoreState) => T): T {
  return useStore(useJourneyStoreApi(), selector);
}

export function useMessages(): JourneyMessages {
  const messages = useContext(JourneyMessagesContext);
  if (!messages) throw new Error('journey-canvas: this component must be rendered inside <JourneyEditor> or <JourneyViewer>.');
  return messages;
}
