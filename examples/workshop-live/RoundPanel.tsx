/**
 * The facilitator's round controls: start a round for the whole journey or one stage, watch how
 * many have rated each touchpoint (never what), reveal, end. After the reveal the room's mean and
 * spread show per touchpoint (and on the map, where the ratings now are).
 */
import { useState } from 'react';
import type { RatingRoundControls } from 'journey-canvas/collab';
import type { LiveMessages } from './liveMessages';
import { RoomSpread } from './RoomSpread';

export function RoundPanel({ room, t }: { room: RatingRoundControls; t: LiveMessages }) {
  const { stages } = room;
  const [scope, setScope] = useState('');
  const { round } = room;
  const scopeName = round === null ? '' : round.scope.kind === 'journey' ? t.wholeJourney : (stages.find((s) => round.scope.kind === 'stage' && s.id === round.scope.stageId)?.name ?? '');
  return (
    <aside className="round" aria-labelledby="round-heading">
      <h2 id="round-heading" className="round__heading">
        {t.roundHeading}
      </h2>
      <p className="round__people">{t.participantsJoined(room.participants.length)}</p>
      {round === null ? <p>{t.noRound}</p> : <p className="round__status" role="status">{round.status === 'open' ? t.roundOpen(scopeName) : t.roundRevealed(scopeName)}</p>}
      {round?.status !== 'open' ? (
        <div className="round__start">
          <label>
            {t.scope}
            <select value={scope} onChange={(event) => setScope(event.target.value)}>
              <option value="">{t.wholeJourney}</option>
              {stages.map((stage) => (
                <option key={stage.id} value={stage.id}>
                  {stage.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => room.start(scope === '' ? { kind: 'journey' } : { kind: 'stage', stageId: scope })}>
            {t.startRound}
          </button>
        </div>
      ) : null}
      {round !== null ? (
        <>
          {round.status === 'open' ? <p className="round__note">{t.hiddenNote}</p> : null}
          <div className="round__actions">
            {round.status === 'open' ? (
              <button type="button" className="round__reveal" onClick={() => room.reveal()}>
                {t.reveal}
              </button>
            ) : null}
            <button type="button" onClick={() => room.end()}>
              {t.endRound}
            </button>
          </div>
          <ol className="round__list">
            {room.touchpoints.map((touchpoint) => {
              const count = room.counts[touchpoint.id] ?? { rated: 0, of: room.participants.length };
              return (
                <li key={touchpoint.id} className="round__item">
                  <span className="round__title">{touchpoint.title}</span>
                  {round.status === 'open' ? (
                    <span className="round__count">
                      {t.ratedCount(count.rated, count.of)}
                      <meter min={0} max={Math.max(1, count.of)} value={count.rated} aria-hidden="true" />
                    </span>
                  ) : (
                    <RoomSpread stats={touchpoint.stats} t={t} />
                  )}
                </li>
              );
            })}
          </ol>
        </>
      ) : null}
    </aside>
  );
}
