import type { ComponentType } from 'react';
import type { JourneyStore } from '../store';

/**
 * What `<JourneyEditor collab={…}>` takes: made by `useJourneyCollab` from
 * `journey-canvas/collab`, which binds the editor to a Y.Doc. Kept as a small interface here so
 * the main entry never imports Yjs (a host without live collaboration does not install it).
 */
export interface JourneyEditorCollab {
  /** Called with the editor's store once it exists; returns what undoes the binding. */
  attach(store: JourneyStore): () => void;
  /** Drawn inside the editor's map provider: other participants' pointers and selections. */
  Overlay?: ComponentType;
}
