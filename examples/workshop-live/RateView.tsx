/**
 * The phone view: one touchpoint at a time, its title large, eleven targets from −5 to +5 (each
 * at least 44 px), previous and next. While a round is open your own choice shows and the room's
 * only as a count; once the facilitator reveals, the room's mean and spread show here too.
 */
import { useState } from 'react';
import type { RatingRoundControls } from 'journey-canvas/collab';
import type { LiveMessages } from './liveMessages';
import { signed } from './liveMessages';
import { RoomSpread } from './RoomSpread';

const SCALE = [-5, -4, -3, -2, -1, 0, 1, 2, 3, 4, 5];

export function RateView({ room, t, canRate }: { room: RatingRoundControls; t: LiveMessages; canRate: boolean }) {
  const [wanted, setWanted] = useState<string | null>(null);
  const { touchpoints, round } = room;
  if (touchpoints.length === 0) return <p className="rate__empty">{t.noTouchpoints}</p>;
  // Stay on the touchpoint you chose while others edit the journey; start at the first otherwise.
  const found = touchpoints.findIndex((tp) => tp.id === wanted);
  const index = found >= 0 ? found : 0;
  const touchpoint = touchpoints[index]!;
  const mine = room.myRatings[touchpoint.id];
  const count = room.counts[touchpoint.id];
  const open = round?.status === 'open';
  const go = (step: number) => setWanted(touchpoints[Math.min(touchpoints.length - 1, Math.max(0, index + step))]!.id);

  return (
    <section className="rate" aria-labelledby="rate-title">
      <p className="rate__where">
        {t.touchpointOf(index + 1, touchpoints.length)}
        {touchpoint.stageName ? ` · ${touchpoint.stageName}` : ''}
      </p>
      <h2 id="rate-title" className="rate__title">
        {touchpoint.title}
      </h2>
      {canRate ? (
        <>
          <p className="rate__scale" id="rate-scale">
            {t.ratingsScale}
          </p>
          <div className="rate__targets" role="group" aria-describedby="rate-scale">
            {SCALE.map((value) => (
              <button
                key={value}
                type="button"
                className="rate__target"
                data-emotion={value > 0 ? 'positive' : value < 0 ? 'negative' : 'neutral'}
                aria-pressed={mine === value}
                aria-label={t.rateLabel(signed(value))}
                onClick={() => room.rate(touchpoint.id, value)}
              >
                {signed(value)}
              </button>
            ))}
          </div>
          <p className="rate__mine" role="status">
            {mine === undefined ? t.notRatedYet : t.yourRating(signed(mine))}
          </p>
        </>
      ) : (
        <p className="rate__mine">{t.viewerNote}</p>
      )}
      {open ? (
        <p className="rate__waiting">
          {count ? `${t.ratedCount(count.rated, count.of)} · ` : ''}
          {t.waiting}
        </p>
      ) : (
        <RoomSpread stats={touchpoint.stats} t={t} />
      )}
      <nav className="rate__nav">
        <button type="button" className="rate__step" onClick={() => go(-1)} disabled={index === 0}>
          ← {t.previous}
        </button>
        <button type="button" className="rate__step" onClick={() => go(1)} disabled={index === touchpoints.length - 1}>
          {t.next} →
        </button>
      </nav>
    </section>
  );
}
