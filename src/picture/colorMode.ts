/** Resolves `colorMode="system"` from the operating system's preference, following its changes. */
import { createContext, useSyncExternalStore } from 'react';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(callback: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => {};
  const media = window.matchMedia(QUERY);
  media.addEventListener?.('change', callback);
  return () => media.removeEventListener?.('change', callback);
}

function prefersDark(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(QUERY).matches;
}

export type JourneyColorMode = 'light' | 'dark' | 'system';

export function useResolvedColorMode(mode: JourneyColorMode): 'light' | 'dark' {
  const systemDark = useSyncExternalStore(subscribe, prefersDark, () => false);
  if (mode === 'system') return systemDark ? 'dark' : 'light';
  return mode;
}

/** The resolved colour mode of the editor instance, for parts that pass it on (React Flow). */
export const ColorModeContext = createContext<'light' | 'dark'>('light');
