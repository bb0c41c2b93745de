/**
 * One journey, edited by everyone in the room at once.
 *
 *   ?server=ws://host:1234&room=checkout&name=Ana#token=…   connects to the workshop server
 *   ?server=ws://a:1234,ws://b:1234&…#token=…                several servers: moves on when one drops
 *   (no server parameter)                                    tabs of this browser share the room
 *   &view=rate                                               the phone view: rate one touchpoint at a time
 *                                                            (also chosen on screens narrower than 600 px)
 *   &lang=zh-CN                                              the page in Chinese
 *
 * Each person joins as a participant under the name they type (kept, with a participant id made
 * once, in this browser's localStorage) and rates on their own device. The facilitator (a
 * facilitator token; anyone when there is no server) starts, reveals and ends rating rounds.
 * The token is read once and removed from the address bar and history (linkToken.ts).
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { FormEvent } from 'react';
import { HocuspocusProvider } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { JourneyEditor } from 'journey-canvas';
import { getJourneyTemplate } from 'journey-canvas/model';
import { remoteParticipants, useJourneyCollab, useRatingRound } from 'journey-canvas/collab';
import type { CollabUser } from 'journey-canvas/collab';
import { takeTokenFromAddress } from './linkToken';
import { joinLocalRoom } from './localRoom';
import { failoverWebSocket, serverList } from './failover';
import { roleInToken } from './tokenRole';
import type { Role } from './roles';
import { liveLocale, liveMessages } from './liveMessages';
import { deviceParticipantId, storedName, storeName } from './participantId';
import { RateView } from './RateView';
import { RoundPanel } from './RoundPanel';

const COLORS = ['#e11d48', '#2563eb', '#16a34a', '#d97706', '#7c3aed', '#0891b2', '#db2777'];
const token = takeTokenFromAddress();
const params = new URLSearchParams(window.location.search);
const locale = liveLocale(params.get('lang'), navigator.language);
const t = liveMessages(locale);
const participantId = deviceParticipantId();
const color = COLORS[Math.floor(Math.random() * COLORS.length)] as string;
/**
 * With a server, the token's role (the server enforces it whatever the page shows); without one,
 * the room is this browser's tabs and whoever opens it runs the rounds (`&role=` to try others).
 */
const role: Role = params.get('server') ? roleInToken(token ?? '') : params.get('role') === 'participant' ? 'participant' : params.get('role') === 'viewer' ? 'viewer' : 'facilitator';

/** `?view=rate`, `?view=map`, or the phone view on a narrow screen. */
function useView(): 'rate' | 'map' {
  const narrow = useSyncExternalStore(
    (notify) => {
      const query = window.matchMedia('(max-width: 600px)');
      query.addEventListener('change', notify);
      return () => query.removeEventListener('change', notify);
    },
    () => window.matchMedia('(max-width: 600px)').matches,
  );
  const asked = params.get('view');
  if (asked === 'rate' || asked === 'map') return asked;
  return narrow ? 'rate' : 'map';
}

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
    <ul className="live__people" aria-label={t.alsoHere}>
      {people.map(([name, color], i) => (
        <li key={i} className="live__person" style={{ background: color }}>
          {name}
        </li>
      ))}
    </ul>
  );
}

function Editor({ doc, awareness, me }: { doc: Y.Doc; awareness: Awareness; me: CollabUser }) {
  const collab = useJourneyCollab({ doc, awareness, user: me });
  // Used only when the room is empty (no server, first tab): a template with fixed ids, so two
  // tabs opening at once write the same stages instead of two different journeys.
  const [seed] = useState(() => getJourneyTemplate('online-checkout', locale)?.document);
  // A viewer's token: the server refuses its writes; the editor does not offer them either.
  const readOnly = role === 'viewer';
  return <JourneyEditor collab={collab} defaultValue={seed} initialView="readable" className="live__editor" readOnly={readOnly} locale={locale} />;
}

/** Asks the name you join under (once per browser; `&name=` in the link answers it). */
function JoinForm({ onJoin }: { onJoin(name: string): void }) {
  const [name, setName] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() !== '') onJoin(name.trim());
  };
  return (
    <form className="join" onSubmit={submit}>
      <h1 className="join__heading">{t.joinHeading}</h1>
      <label className="join__label">
        {t.joinName}
        <input className="join__input" value={name} onChange={(event) => setName(event.target.value)} autoComplete="nickname" maxLength={80} required autoFocus />
      </label>
      <p className="join__hint">{t.joinHint}</p>
      <button type="submit" className="join__button">
        {t.joinButton}
      </button>
    </form>
  );
}

/**
 * The room once synced: the map (or, on a phone, the rating view), and beside it the round panel
 * or your rating view. Until you have typed your name, the join form takes their place; the map
 * is already there to look at.
 */
function Room({ doc, awareness, name, onJoin, view }: { doc: Y.Doc; awareness: Awareness; name: string | null; onJoin(name: string): void; view: 'rate' | 'map' }) {
  const room = useRatingRound({ doc, participantId });
  const canWrite = role !== 'viewer';
  // Join (or take back your name after a reload); a viewer's writes would be refused.
  const joinedAs = room.participants.find((p) => p.id === participantId)?.name;
  useEffect(() => {
    if (canWrite && name !== null && joinedAs !== name) room.join(name);
  }, [canWrite, joinedAs, name, room]);
  const [guest] = useState(() => `Guest ${Math.floor(Math.random() * 90) + 10}`);
  const me = useMemo<CollabUser>(() => ({ name: name ?? guest, color }), [name, guest]);
  // Present under your name on every view (the phone view has no editor to publish it).
  useEffect(() => awareness.setLocalStateField('user', me), [awareness, me]);
  const joinForm = name === null ? <JoinForm onJoin={onJoin} /> : null;
  if (view === 'rate') {
    return <main className="live__phone">{joinForm ?? <RateView room={room} t={t} canRate={canWrite && room.joined} />}</main>;
  }
  return (
    <div className="live__main">
      <Editor doc={doc} awareness={awareness} me={me} />
      {joinForm ? <aside className="live__side">{joinForm}</aside> : null}
      {!joinForm && role === 'facilitator' ? <RoundPanel room={room} t={t} /> : null}
      {!joinForm && role === 'participant' ? (
        <aside className="live__side">
          <RateView room={room} t={t} canRate={room.joined} />
        </aside>
      ) : null}
    </div>
  );
}

export function LiveWorkshop() {
  const room = useRoom();
  const view = useView();
  const [name, setName] = useState<string | null>(() => params.get('name') ?? storedName());
  const join = (typed: string) => {
    storeName(typed);
    setName(typed);
  };
  return (
    <div className={`live live--${view}`} lang={locale}>
      <header className="live__bar">
        <strong>{t.title}</strong>
        {name !== null ? <span>{t.youAre(name)}</span> : null}
        {room.state === 'ready' && view === 'map' ? <span>{t.sharedWith(room.where)}</span> : null}
        {room.state === 'ready' && view === 'map' ? <People awareness={room.awareness} /> : null}
      </header>
      {room.state === 'connecting' ? <p className="live__message">{t.connecting}</p> : null}
      {room.state === 'refused' ? (
        <p className="live__message" role="alert">
          {t.refused(room.reason)}
        </p>
      ) : null}
      {room.state === 'ready' ? <Room doc={room.doc} awareness={room.awareness} name={name} onJoin={join} view={view} /> : null}
    </div>
  );
}
