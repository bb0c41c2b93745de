/**
 * `<SummaryPanel />`: how the journey will likely be remembered (the peak-end score) beside how
 * it was lived (the mean), in plain words, and the peak, end, best and worst moments by name. On a
 * rated journey, also where the room disagrees and how each participant will likely remember it.
 */
import { memo, useDeferredValue, useId, useMemo } from 'react';
import { formatEmotion, formatMessage } from '../../i18n';
import { formatSpread } from '../../picture/RatingBands';
import type { JourneyMessageKey } from '../../i18n';
import { analyzeJourney } from '../../model';
import type { JourneyDocument, JourneyMoment } from '../../model';
import { useJourneyStore, useJourneyStoreApi, useMessages } from '../JourneyStoreContext';
import { selectDocument } from './selectors';
import { disagreementRows, formatScore, rememberedSpread, verdictOf } from './summary';
import type { DisagreementRow, RememberedSpread } from './summary';
import './panels.css';

const MOMENTS = [
  ['peak', 'common.peak'],
  ['end', 'common.end'],
  ['best', 'common.best'],
  ['worst', 'common.worst'],
] as const satisfies readonly (readonly [string, JourneyMessageKey])[];

export function SummaryPanel() {
  // Deferred: on each frame of a drag the map is drawn first, and these figures follow as soon as
  // the browser has a moment (a pass over every touchpoint, off the drag's frames).
  const document = useDeferredValue(useJourneyStore(selectDocument));
  return <Summary document={document} />;
}

const Summary = memo(function Summary({ document }: { document: JourneyDocument }) {
  const messages = useMessages();
  const store = useJourneyStoreApi();
  const analysis = useMemo(() => analyzeJourney(document), [document]);
  const headingId = useId();
  const verdict = verdictOf(analysis);

  return (
    <section className="jc-panel jc-summary" aria-labelledby={headingId}>
      <h2 id={headingId} className="jc-panel__title">
        {messages['panel.summary.label']}
      </h2>
      {analysis.peakEndScore === null || analysis.mean === null ? (
        <p className="jc-panel__hint">{messages['panel.summary.empty']}</p>
      ) : (
        <>
          <dl className="jc-summary__scores">
            <div className="jc-summary__score">
              <dt>
                {messages['panel.summary.remembered']}
                <span className="jc-summary__hint">{messages['panel.summary.rememberedHint']}</span>
              </dt>
              <dd className="jc-summary__value" data-tone={tone(analysis.peakEndScore)}>
                {formatScore(analysis.peakEndScore)}
              </dd>
            </div>
            <div className="jc-summary__score">
              <dt>
                {messages['panel.summary.experienced']}
                <span className="jc-summary__hint">{messages['panel.summary.experiencedHint']}</span>
              </dt>
              <dd className="jc-summary__value" data-tone={tone(analysis.mean)}>
                {formatScore(analysis.mean)}
              </dd>
            </div>
          </dl>
          {verdict ? (
            <p className="jc-summary__verdict" data-verdict={verdict.kind}>
              {verdict.kind === 'same'
                ? messages['panel.summary.same']
                : formatMessage(messages[verdict.kind === 'better' ? 'panel.summary.better' : 'panel.summary.worse'], {
                    diff: formatScore(verdict.difference).replace('+', ''),
                  })}
            </p>
          ) : null}
          <h3 className="jc-panel__subtitle">{messages['panel.summary.moments']}</h3>
          <dl className="jc-summary__moments">
            {MOMENTS.map(([key, labelKey]) => {
              const moment = analysis[key];
              return moment ? (
                <div key={key} className="jc-summary__moment" data-moment={key}>
                  <dt>{messages[labelKey]}</dt>
                  <dd>
                    <MomentButton moment={moment} document={document} onSelect={(id) => store.getState().select({ kind: 'touchpoint', id })} />
                  </dd>
                </div>
              ) : null;
            })}
          </dl>
          <RoomDisagrees rows={disagreementRows(document, analysis)} onSelect={(id) => store.getState().select({ kind: 'touchpoint', id })} />
          <RememberedByEach spread={rememberedSpread(document, analysis)} journey={analysis.peakEndScore} />
        </>
      )}
    </section>
  );
});

/** "Where the room disagrees": each touchpoint with its n and sd; pressing one selects it. */
function RoomDisagrees({ rows, onSelect }: { rows: readonly DisagreementRow[]; onSelect: (id: string) => void }) {
  const messages = useMessages();
  const headingId = useId();
  if (rows.length === 0) return null;
  return (
    <>
      <h3 id={headingId} className="jc-panel__subtitle jc-summary__disagree-title">
        {messages['panel.summary.disagreements']}
      </h3>
      <ul className="jc-summary__disagreements" aria-labelledby={headingId}>
        {rows.map((row) => (
          <li key={row.touchpointId} data-touchpoint={row.touchpointId}>
            <button type="button" className="jc-link-button" onClick={() => onSelect(row.touchpointId)}>
              {formatMessage(messages['panel.summary.disagreement'], {
                title: row.title.trim() === '' ? messages['common.untitled'] : row.title,
                n: row.n,
                sd: formatSpread(row.sd),
              })}
            </button>
          </li>
        ))}
      </ul>
      <p className="jc-summary__hint">{messages['panel.summary.disagreementHint']}</p>
    </>
  );
}

/** Strip geometry: −5 at STRIP_LEFT, +5 at STRIP_RIGHT (viewBox units). */
const STRIP_LEFT = 12;
const STRIP_RIGHT = 228;
const stripX = (score: number) => STRIP_LEFT + ((Math.max(-5, Math.min(5, score)) + 5) / 10) * (STRIP_RIGHT - STRIP_LEFT);

/** Each participant's remembered (peak-end) score beside the journey's: the range, a dot each on −5…+5, and the list. */
function RememberedByEach({ spread, journey }: { spread: RememberedSpread | null; journey: number | null }) {
  const messages = useMessages();
  const headingId = useId();
  if (!spread) return null;
  const listed = spread.scores.map((entry) => formatMessage(messages['panel.summary.participantScore'], { name: entry.name, score: formatScore(entry.score) }));
  // Equal scores stack upwards instead of hiding each other.
  const seen = new Map<number, number>();
  const dots = spread.scores.map((entry) => {
    const key = Math.round(entry.score * 100);
    const level = seen.get(key) ?? 0;
    seen.set(key, level + 1);
    return { ...entry, level };
  });
  const height = 38 + Math.min(4, Math.max(0, ...dots.map((dot) => dot.level))) * 7;
  const axis = height - 14;
  return (
    <>
      <h3 id={headingId} className="jc-panel__subtitle">
        {messages['panel.summary.participants']}
      </h3>
      <p className="jc-summary__range">
        {formatMessage(messages['panel.summary.participantsRange'], {
          min: formatScore(spread.min),
          max: formatScore(spread.max),
          journey: journey === null ? '\u2013' : formatScore(journey),
        })}
      </p>
      <svg
        className="jc-summary__strip"
        viewBox={`0 0 240 ${height}`}
        role="img"
        aria-label={formatMessage(messages['panel.summary.scaleLabel'], { scores: listed.join(', ') })}
      >
        <line x1={STRIP_LEFT} x2={STRIP_RIGHT} y1={axis} y2={axis} stroke="var(--jc-border-strong, #b8bfcf)" strokeWidth={1.5} />
        {[-5, 0, 5].map((tick) => (
          <g key={tick}>
            <line x1={stripX(tick)} x2={stripX(tick)} y1={axis - 4} y2={axis + 4} stroke="var(--jc-border-strong, #b8bfcf)" />
            <text x={stripX(tick)} y={axis + 13} textAnchor="middle" fontSize={10} fill="var(--jc-text-muted, #5b6478)">
              {formatScore(tick)}
            </text>
          </g>
        ))}
        <rect x={stripX(spread.min)} y={axis - 3} width={Math.max(0, stripX(spread.max) - stripX(spread.min))} height={6} rx={3} fill="var(--jc-band, rgba(51, 65, 85, 0.2))" />
        {journey !== null && (
          <path className="jc-summary__strip-journey" d={`M${stripX(journey)},${axis - 7}l7,7l-7,7l-7,-7Z`} fill="var(--jc-text, #1c2233)" stroke="var(--jc-surface, #ffffff)">
            <title>{formatMessage(messages['panel.summary.journeyScore'], { score: formatScore(journey) })}</title>
          </path>
        )}
        {dots.map((dot) => (
          <circle
            key={dot.by}
            className="jc-summary__strip-dot"
            cx={stripX(dot.score)}
            cy={axis - 12 - Math.min(4, dot.level) * 7}
            r={4.5}
            fill="var(--jc-accent, #4f46e5)"
            fillOpacity={0.75}
            stroke="var(--jc-surface, #ffffff)"
          >
            <title>{formatMessage(messages['panel.summary.participantScore'], { name: dot.name, score: formatScore(dot.score) })}</title>
          </circle>
        ))}
      </svg>
      <ul className="jc-summary__participants">
        {spread.scores.map((entry, index) => (
          <li key={entry.by} data-tone={tone(entry.score)}>
            {listed[index]}
          </li>
        ))}
      </ul>
    </>
  );
}

function tone(value: number): 'positive' | 'negative' | 'neutral' {
  return value > 0 ? 'positive' : value < 0 ? 'negative' : 'neutral';
}

/** A moment named by its touchpoint's title and emotion; pressing it selects that touchpoint. */
function MomentButton({ moment, document, onSelect }: { moment: JourneyMoment; document: JourneyDocument; onSelect: (id: string) => void }) {
  const messages = useMessages();
  const title = document.touchpoints.find((t) => t.id === moment.touchpointId)?.title ?? '';
  return (
    <button type="button" className="jc-link-button" onClick={() => onSelect(moment.touchpointId)}>
      {formatMessage(messages['panel.summary.moment'], {
        title: title === '' ? messages['common.untitled'] : title,
        emotion: formatEmotion(moment.emotion),
      })}
    </button>
  );
}
