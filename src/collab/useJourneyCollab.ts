import { useMemo } from 'react';
import { createElement } from 'react';
import type * as Y from 'yjs';
import type { JourneyEditorCollab } from '../editor/collab';
import type { AwarenessLike, CollabUser } from './awareness';
import { bindJourneyStore } from './bindJourneyStore';
import { CollabPresence } from './CollabPresence';

export interface JourneyCollabOptions {
  /** The shared document, e.g. `provider.document`. Mount the editor once the provider has synced. */
  doc: Y.Doc;
  /** The provider's awareness (`provider.awareness`) for presence; without it, no presence. */
  awareness?: AwarenessLike | null;
  /** Your name and colour as others see them. */
  user?: CollabUser;
  /** Write the editor's document into an empty Y.Doc. @default true */
  seed?: boolean;
}

/** For `<JourneyEditor collab={…}>`, outside React (or to keep across renders yourself). */
export function createJourneyCollab(options: JourneyCollabOptions): JourneyEditorCollab {
  const { doc, awareness, user, seed } = options;
  return {
    attach(store) {
      const binding = bindJourneyStore(store, doc, { awareness: awareness ?? undefined, user, seed });
      return () => binding.destroy();
    },
    Overlay: awareness ? () => createElement(CollabPresence, { awareness }) : undefined,
  };
}

/**
 * Binds `<JourneyEditor>` to a Y.Doc: `<JourneyEditor collab={useJourneyCollab({ doc, awareness, user })} />`.
 * The binding is made again only when the doc, the awareness or the user changes.
 */
export function useJourneyCollab(options: JourneyCollabOptions): JourneyEditorCollab {
  const { doc, awareness, user, seed } = options;
  const name = user?.name;
  const color = user?.color;
  return useMemo(
    () => createJourneyCollab({ doc, awareness, user: name !== undefined && color !== undefined ? { name, color } : undefined, seed }),
    [doc, awareness, name, color, seed],
  );
}
