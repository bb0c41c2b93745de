/**
 * `<SummaryPanel />`: how the journey will likely be remembered (the peak-end score) beside how
 * it was lived (the mean), in plain words, and the peak, end, best and worst moments by name.
 */
import { memo, useDeferredValue, useId, useMemo } from 'react';
import { formatEmotion, formatMessage } from '../../i18n';
import type { JourneyMessageKey } from '../../i18n';
import { analyzeJourney } from '../../model';
import type { JourneyDocument, JourneyMoment } from '../../model';
import { useJourneyStore, useJourneyStoreApi, useMessages } from '../JourneyStoreContext';
import { selectDocument } from './selectors';
import { formatScore, verdictOf } from './summary';
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
        </>
      )}
    </section>
  );
});

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
