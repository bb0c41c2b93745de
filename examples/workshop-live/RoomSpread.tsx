/** The room's ratings of one touchpoint once revealed: mean, min to max as a band on −5…+5, n. */
import type { RatingRoundTouchpoint } from 'journey-canvas/collab';
import type { LiveMessages } from './liveMessages';
import { signed } from './liveMessages';

const position = (value: number) => `${((value + 5) / 10) * 100}%`;

export function RoomSpread({ stats, t }: { stats: RatingRoundTouchpoint['stats']; t: LiveMessages }) {
  if (!stats) return <p className="spread spread--none">{t.noRatings}</p>;
  return (
    <div className="spread">
      <p className="spread__text">{t.roomMean(signed(stats.mean), signed(stats.min), signed(stats.max), stats.n)}</p>
      <div className="spread__scale" aria-hidden="true">
        <span className="spread__band" style={{ left: position(stats.min), width: `${((stats.max - stats.min) / 10) * 100}%` }} />
        <span className="spread__mean" style={{ left: position(stats.mean) }} />
      </div>
      <div className="spread__ticks" aria-hidden="true">
        <span>−5</span>
        <span>0</span>
        <span>+5</span>
      </div>
    </div>
  );
}
