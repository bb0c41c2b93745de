/**
 * One journey, edited by everyone in the room at once.
 *
 *   ?server=ws://host:1234&room=checkout&name=Ana#token=…   connects to the workshop server
 *   ?server=ws://a:1234,ws://b:1234&…#token=…                several servers: moves on when one drops
 *   (no server parameter)                                    tabs of this browser share the room
 *
 * The token is read once and removed from the address bar and history (linkToken.ts).
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { HocuspocusProvider } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { JourneyEditor } from 'journey-canvas';
import { getJourneyTemplate } from 'journey-canvas/model';
import { remoteParticipants, useJourneyCollab } from 'journey-canvas/collab';
import type { CollabUser } from 'journey-canvas/collab';
import { takeTokenFromAddress } from './linkToken';
import { joinLocalRoom } from './localRoom';
import { failoverWebSocket, serverList } from './failover';
import { roleInToken } from './tokenRole';

const COLORS = ['#e11d48', '#2563eb', '#16a34a', '#d97706', '#7c3aed', '#0891b2', '#db2777'];
const token = takeTokenFromAddress();
const params = new URLSearchParams(window.location.search);
const me: CollabUser = {
  name: params.get('name') ?? `Guest ${Math.floor(Math.random() * 90) + 10}`,
  color: COLORS[Math.floor(Math.random() * COLORS.length)] as string,
};

type Room =
  | { state: 'connecting' }
  | { state: 'refused'; reason: string }
  | { state: 'ready'; doc: Y.Doc; awareness: Awareness; where: string };

/**
 * Connects to the server and says when the journey is there. Without a server the room is
 * shared between this browser's tabs and ready at once (it lives as long as the page).
 */
function useRoom(): Room {
  const server = params.get('server');
  const name = params.get('room') ?? 'workshop';
  const [room, setRoom] = useState<Room>(() => {
    if (server) return { state: 'connecting' };
    const local = joinLocalRoom(name);
    return { state: 'ready', doc: local.doc, awareness: local.awareness, where: 'this browser’s tabs' };
  });
  useEffect(() => {
    if (!server) return;
    const urls = serverList(server);
    const provider = new HocuspocusProvider({
      url: urls[0] ?? server,
      ...({ WebSocketPolyfill: failoverWebSocket(urls) } as object),
      name,
      token: token ?? '',
      onAuthenticationFailed: ({ reason }) => setRoom({ state: 'refused', reason }),
      // The server seeds new rooms: mount the editor only on the synced journey.
      onSynced: () => setRoom({ state: 'ready', doc: provider.document, awareness: provider.awareness as Awareness, where: server }),
    });
    return () => provider.destroy();
  }, [server, name]);
  return room;
}

function People({ awareness }: { awareness: Awareness }) {
  const key = useSyncExternalStore(
    (notify) => {
      awareness.on('change', notify);
      return () => awareness.off('change', notify);
    },
    () => JSON.stringify(remoteParticipants(awareness).map((p) => [p.user.name, p.user.color])),
  );
  const people = JSON.parse(key) as [string, string][];
  return (
    <ul className="live__people" aria-label="Also here">
      {people.map(([name, color], i) => (
        <li key={i} className="live__person" style={{ background: color }}>
          {name}
        </li>
      ))}
    </ul>
  );
}

function Editor({ doc, awareness }: { doc: Y.Doc; awareness: Awareness }) {
  const collab = useJourneyCollab({ doc, awareness, user: me });
  // Used only when the room is empty (no server, first tab): a template with fixed ids, so two
  // tabs opening at once write the same stages instead of two different journeys.
  const [seed] = useState(() => getJourneyTemplate('online-checkout', 'en')?.document);
  // A viewer's token: the server refuses its writes; the editor does not offer them either.
  const [readOnly] = useState(() => roleInToken(token ?? '') === 'viewer');
  return <JourneyEditor collab={collab} defaultValue={seed} initialView="readable" className="live__editor" readOnly={readOnly} />;
}

export function LiveWorkshop() {
  const room = useRoom();
  return (
    <div className="live">
      <header className="live__bar">
        <strong>Live workshop</strong>
        <span>You are {me.name}</span>
        {room.state === 'ready' ? <span>Shared with {room.where}</span> : null}
        {room.state === 'ready' ? <People awareness={room.awareness} /> : null}
      </header>
      {room.state === 'connecting' ? <p className="live__message">Connecting…</p> : null}
      {room.state === 'refused' ? <p className="live__message" role="alert">The server refused this room: {room.reason}. Check the token in your link.</p> : null}
      {room.state === 'ready' ? <Editor doc={room.doc} awareness={room.awareness} /> : null}
    </div>
  );
}
