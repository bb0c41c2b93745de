/**
 * Presence through Yjs awareness (y-protocols' `Awareness`, which every Yjs provider exposes as
 * `provider.awareness`). Typed structurally so this module needs no y-protocols import.
 * Presence lives only in awareness, never in the Y.Doc: it is never saved with the journey.
 */

/** Who a participant is, as shown beside their pointer and selection. */
export interface CollabUser {
  name: string;
  /** A CSS colour, e.g. `#e11d48`. */
  color: string;
}

/** The awareness fields this library reads and writes (others, e.g. a text editor's, are left alone). */
export interface JourneyPresence {
  user?: CollabUser;
  /** The touchpoint the participant has selected. */
  journeySelection?: string | null;
  /** The participant's pointer in map (flow) coordinates, or null when it left the map. */
  journeyPointer?: { x: number; y: number } | null;
}

export interface AwarenessLike {
  clientID: number;
  getLocalState(): Record<string, unknown> | null;
  setLocalStateField(field: string, value: unknown): void;
  getStates(): Map<number, Record<string, unknown>>;
  on(event: 'change', handler: (...args: never[]) => void): void;
  off(event: 'change', handler: (...args: never[]) => void): void;
}

/** A remote participant as the overlay draws them. */
export interface RemoteParticipant {
  clientId: number;
  user: CollabUser;
  selection: string | null;
  pointer: { x: number; y: number } | null;
}

const FALLBACK_COLORS = ['#e11d48', '#2563eb', '#16a34a', '#d97706', '#7c3aed', '#0891b2', '#db2777', '#65a30d'];

function isPoint(value: unknown): value is { x: number; y: number } {
  if (typeof value !== 'object' || value === null) return false;
  const { x, y } = value as { x?: unknown; y?: unknown };
  return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y);
}

/** Only a well-formed CSS colour from a remote peer reaches a style attribute. */
function safeColor(value: unknown, clientId: number): string {
  if (typeof value === 'string' && /^(#[0-9a-fA-F]{3,8}|(rgb|hsl)a?\([0-9.,%\s]+\))$/.test(value)) return value;
  return FALLBACK_COLORS[clientId % FALLBACK_COLORS.length] as string;
}

/** Everyone else in the room, read defensively: awareness states come from other people's code. */
export function remoteParticipants(awareness: AwarenessLike): RemoteParticipant[] {
  const out: RemoteParticipant[] = [];
  awareness.getStates().forEach((state, clientId) => {
    if (clientId === awareness.clientID) return;
    const user = state.user as Partial<CollabUser> | undefined;
    const name = typeof user?.name === 'string' ? user.name.slice(0, 60) : `#${clientId}`;
    out.push({
      clientId,
      user: { name, color: safeColor(user?.color, clientId) },
      selection: typeof state.journeySelection === 'string' ? state.journeySelection : null,
      pointer: isPoint(state.journeyPointer) ? state.journeyPointer : null,
    });
  });
  return out.sort((a, b) => a.clientId - b.clientId);
}
