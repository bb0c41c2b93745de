/**
 * Who this device is in the room: a participant id made once and kept in localStorage (so a
 * reload, or a dropped phone connection, keeps your ratings yours), and the name you typed.
 * Storage that is unavailable (private mode, blocked) gives an id for this page's life only.
 */
const ID_KEY = 'journey-canvas-live:participant-id';
const NAME_KEY = 'journey-canvas-live:name';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function newId(): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  return `p-${random}`;
}

export function deviceParticipantId(): string {
  const store = storage();
  const kept = store?.getItem(ID_KEY);
  if (kept) return kept;
  const id = newId();
  try {
    store?.setItem(ID_KEY, id);
  } catch {
    // full or blocked: the id lives as long as the page
  }
  return id;
}

export function storedName(): string | null {
  return storage()?.getItem(NAME_KEY) ?? null;
}

export function storeName(name: string): void {
  try {
    storage()?.setItem(NAME_KEY, name);
  } catch {
    // not kept: asked again next time
  }
}
