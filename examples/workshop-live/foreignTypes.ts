/**
 * Content a room's journey does not read: top-level Yjs types other than the journey's five
 * maps, and list items under those maps (a Y.Map only reads its keys). Nothing validates it,
 * every replica stores it forever and every newcomer downloads it (125 MB in one attack), so the
 * server deletes it, as ordinary Yjs changes every replica follows; Yjs then frees the content.
 */
import type * as Y from 'yjs';

/**
 * Names of the top-level types holding what was dropped (empty when nothing was). Deleting is
 * safe because no update nesting types past the limit gets in (updateDepth.ts).
 */
export function dropForeignContent(ydoc: Y.Doc, journeyTypes: ReadonlySet<string>, origin: unknown): string[] {
  const doomed: Y.Item[] = [];
  const names: string[] = [];
  ydoc.share.forEach((type, name) => {
    const before = doomed.length;
    if (!journeyTypes.has(name)) {
      type._map.forEach((item) => {
        if (!item.deleted) doomed.push(item);
      });
    }
    for (let item = type._start; item !== null; item = item.right) if (!item.deleted) doomed.push(item);
    if (doomed.length > before) names.push(name);
  });
  if (doomed.length > 0) {
    ydoc.transact((transaction) => {
      for (const item of doomed) if (!item.deleted) item.delete(transaction);
    }, origin);
  }
  return names;
}
