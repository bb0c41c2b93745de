/**
 * Rating rounds are the facilitator's: only a connection whose token gives the `runRatingRounds`
 * permission (roles.ts) may start, reveal or end one. The round's state lives in its own shared
 * map (`ratingRound`, journey-canvas/collab's ROUND_Y_KEYS), so the server can tell a write to it
 * from any other before applying the update: it follows each new item to the top-level type it
 * belongs to, and each deletion to the item it deletes. An update from anyone else that touches
 * that map is refused and its socket closed (the connection guard), so it reaches no replica.
 *
 * What this cannot enforce, because Yjs updates carry no author the server can check: that a
 * participant writes only their own ratings. A rating is keyed by the participant id the device
 * chose; a token names a role, not a participant, so a modified client could write a rating
 * under a colleague's id (or remove one). Signed tokens naming the participant would close that.
 */
import * as Y from 'yjs';
import { readVarUint } from './connectionGuard';

type Id = { client: number; clock: number };

const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** The Yjs update inside a sync message (null for a sync step 1, which writes nothing). */
export function updateOfSyncMessage(message: Uint8Array, payloadStart: number): Uint8Array | null {
  const kind = readVarUint(message, payloadStart);
  if (kind === null || (kind.value !== SYNC_STEP_2 && kind.value !== SYNC_UPDATE)) return null;
  const length = readVarUint(message, kind.end);
  if (length === null || length.end + length.value > message.length) return null;
  return message.subarray(length.end, length.end + length.value);
}

/** The name of the top-level type a document's type sits in (null when it hangs from nothing). */
function rootName(type: Y.AbstractType<unknown> | null, names: Map<Y.AbstractType<unknown>, string>): string | null {
  let at = type;
  for (let steps = 0; at !== null && at._item !== null && steps < 10_000; steps++) at = at._item.parent as Y.AbstractType<unknown> | null;
  return at === null ? null : (names.get(at) ?? null);
}

/**
 * The names of the top-level types an update adds to or deletes from, as far as the update and
 * the document tell (an item whose parent neither holds is refused elsewhere: updateDepth.ts).
 */
export function typesTouched(update: Uint8Array, doc: Y.Doc): Set<string> | { refused: string } {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return { refused: 'sent an update that is not a Yjs update' };
  }
  const names = new Map<Y.AbstractType<unknown>, string>();
  doc.share.forEach((type, name) => names.set(type as Y.AbstractType<unknown>, name));
  const touched = new Set<string>();

  const byClient = new Map<number, Y.Item[]>();
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue;
    const list = byClient.get(struct.id.client) ?? [];
    list.push(struct);
    byClient.set(struct.id.client, list);
  }
  const inUpdate = (id: Id): Y.Item | undefined =>
    byClient.get(id.client)?.find((item) => id.clock >= item.id.clock && id.clock < item.id.clock + item.length);
  const inDoc = (id: Id): Y.Item | undefined => {
    if (id.clock >= Y.getState(doc.store, id.client)) return undefined;
    const struct = Y.getItem(doc.store, Y.createID(id.client, id.clock)) as Y.Item | Y.GC;
    return struct instanceof Y.Item ? struct : undefined;
  };

  const memo = new Map<Y.Item, string | null>();
  const rootOf = (first: Y.Item): string | null => {
    const path: Y.Item[] = [];
    let item = first;
    let found: string | null = null;
    for (let steps = 0; steps < 100_000; steps++) {
      const known = memo.get(item);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(item);
      const parent = item.parent as unknown;
      if (typeof parent === 'string') {
        found = parent;
        break;
      }
      // A parent given by id is the item holding the parent type; none means "as my origin's".
      const id = (parent ?? item.origin ?? item.rightOrigin) as Id | null;
      if (id === null) break;
      const next = inUpdate(id);
      if (next !== undefined && next !== item) {
        item = next;
        continue;
      }
      const held = inDoc(id);
      if (held === undefined) break;
      if (parent) found = held.content instanceof Y.ContentType ? rootName(held.content.type as Y.AbstractType<unknown>, names) : null;
      else found = rootName(held.parent as Y.AbstractType<unknown> | null, names);
      break;
    }
    for (const step of path) memo.set(step, found);
    return found;
  };

  for (const list of byClient.values()) {
    for (const item of list) {
      const name = rootOf(item);
      if (name !== null) touched.add(name);
    }
  }
  // Deletions: the items they name, as the document holds them (bounded by what it holds).
  for (const [client, ranges] of decoded.ds.clients) {
    const state = Y.getState(doc.store, client);
    for (const range of ranges) {
      let clock = range.clock;
      const end = Math.min(range.clock + range.len, state);
      while (clock < end) {
        const struct = Y.getItem(doc.store, Y.createID(client, clock)) as Y.Item | Y.GC;
        if (struct instanceof Y.Item) {
          const name = rootName(struct.parent as Y.AbstractType<unknown> | null, names);
          if (name !== null) touched.add(name);
        }
        clock = struct.id.clock + struct.length;
      }
    }
  }
  return touched;
}
