/**
 * How deep an incoming Yjs update nests types, counted from the document's root, before it is
 * applied. Yjs applies Y.Maps nested 100,000 deep without trouble, but deleting such a structure
 * (which a restore must do) recurses once per level and overflows the stack from about 3,000
 * levels, and deleting it bottom-up is quadratic. So the nesting limit is kept at the door:
 * an update is refused when it would create a type deeper than the limit.
 *
 * An item's parent is either named (a top-level type), an ID (the item holding the parent type),
 * or, when the item has an origin, the same as its origin's. Each is looked up in the update
 * first and then in the document, without recursion, with memoization, and with a guard against
 * cycles a forged update may contain. An update whose items hang from parents neither holds is
 * refused too: applied later, when the parent arrived, it would escape this count.
 */
import * as Y from 'yjs';

type Id = { client: number; clock: number };

/** The refusal of an update hanging from content the document does not hold (the caller may know it is on its way). */
export const DEPENDS_ON_MISSING = 'sent an update that depends on content the server does not have';

/** The deepest type the update creates (or a depth past `stopAt`, where it stops counting), or a reason to refuse it. */
export function updateDepth(update: Uint8Array, doc: Y.Doc | undefined, stopAt = Number.POSITIVE_INFINITY): { depth: number } | { refused: string } {
  let structs: (Y.Item | Y.GC | unknown)[];
  try {
    structs = Y.decodeUpdate(update).structs;
  } catch {
    return { refused: 'sent an update that is not a Yjs update' };
  }
  const byClient = new Map<number, Y.Item[]>();
  for (const struct of structs) {
    if (!(struct instanceof Y.Item)) continue;
    const list = byClient.get(struct.id.client) ?? [];
    list.push(struct);
    byClient.set(struct.id.client, list);
  }
  const inUpdate = (id: Id): Y.Item | undefined => {
    const list = byClient.get(id.client);
    if (list === undefined) return undefined;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const item = list[mid] as Y.Item;
      if (id.clock < item.id.clock) hi = mid - 1;
      else if (id.clock >= item.id.clock + item.length) lo = mid + 1;
      else return item;
    }
    return undefined;
  };
  /** Depth of a type held by the document (its root types are 0), or null if not there. */
  const depthInDoc = (type: Y.AbstractType<unknown> | null): number => {
    let depth = 0;
    for (let t = type; t !== null && t._item !== null; t = t._item.parent as Y.AbstractType<unknown> | null) depth++;
    return depth;
  };
  const inDoc = (id: Id): Y.Item | Y.GC | undefined => {
    if (doc === undefined) return undefined;
    const state = Y.getState(doc.store, id.client);
    if (id.clock >= state) return undefined;
    return Y.getItem(doc.store, Y.createID(id.client, id.clock)) as Y.Item | Y.GC;
  };

  /** Depth of the type each update item sits in. */
  const container = new Map<Y.Item, number>();
  let deepest = 0;
  for (const list of byClient.values()) {
    for (const first of list) {
      // Follow parents (+1 per type level) and origins (+0) to a known depth, then unwind.
      const path: { item: Y.Item; step: number }[] = [];
      const seen = new Set<Y.Item>();
      let item = first;
      let base: number;
      for (;;) {
        const known = container.get(item);
        if (known !== undefined) {
          base = known;
          break;
        }
        if (seen.has(item)) return { refused: 'sent an update whose items form a cycle' };
        seen.add(item);
        const parent = item.parent as unknown;
        if (typeof parent === 'string') {
          base = 0;
          break;
        }
        const id = (parent ?? item.origin ?? item.rightOrigin) as Id | null;
        if (id === null) return { refused: 'sent an update with an item that has no parent' };
        const step = parent ? 1 : 0;
        const next = inUpdate(id);
        if (next !== undefined) {
          path.push({ item, step });
          item = next;
          continue;
        }
        const held = inDoc(id);
        if (held === undefined) return { refused: DEPENDS_ON_MISSING };
        if (!(held instanceof Y.Item)) base = 0; // garbage-collected: what hangs from it is discarded
        else if (parent) base = held.content instanceof Y.ContentType ? depthInDoc(held.content.type) : 0;
        else base = depthInDoc(held.parent as Y.AbstractType<unknown> | null);
        break;
      }
      container.set(item, base);
      for (let i = path.length - 1; i >= 0; i--) {
        const link = path[i] as { item: Y.Item; step: number };
        base += link.step;
        container.set(link.item, base);
      }
      if (first.content instanceof Y.ContentType) {
        deepest = Math.max(deepest, (container.get(first) as number) + 1);
        // Past the limit already: no need to read the rest of a forged update.
        if (deepest > stopAt) return { depth: deepest };
      }
    }
  }
  return { depth: deepest };
}
