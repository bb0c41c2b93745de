/**
 * `<TableView />`: the journey as a real table, for screen-reader users and for people who prefer
 * rows. One row group per stage in journey order (the stage is the group's header), touchpoints
 * in journey order inside it; emotion is editable; selecting a row selects the touchpoint.
 */
import { memo } from 'react';
import { channelLabel, formatEmotion, formatMessage } from '../../i18n';
import type { JourneyMessageKey } from '../../i18n';
import { touchpointRatingStats } from '../../model';
import type { Stage, Touchpoint, TouchpointMetrics } from '../../model';
import { useJourneyStore, useJourneyStoreApi, useMessages } from '../JourneyStoreContext';
import { EmotionField } from './EmotionField';
import { selectReadOnly, selectSelectedTouchpointId, selectStages, selectTitle, selectTouchpoints } from './selectors';
import { useApply } from './useApply';
import './panels.css';
import './room.css';

const LIST_COLUMNS = [
  ['painPoints', 'panel.table.painPoints'],
  ['delights', 'panel.table.delights'],
  ['opportunities', 'panel.table.opportunities'],
] as const satisfies readonly (readonly [keyof Touchpoint, JourneyMessageKey])[];

const METRIC_LABELS = { csat: 'CSAT', nps: 'NPS', ces: 'CES' } as const;
type MetricKey = keyof typeof METRIC_LABELS;

/** Stage, touchpoint, channel, emotion, ratings, key moment, the lists, evidence, owner, metrics. */
const COLUMN_COUNT = 6 + LIST_COLUMNS.length + 3;

/** The touchpoints of each stage, in journey order (stage order, then array order). */
export function groupByStage(stages: readonly Stage[], touchpoints: readonly Touchpoint[]): { stage: Stage; touchpoints: Touchpoint[] }[] {
  const groups = new Map<string, Touchpoint[]>(stages.map((stage) => [stage.id, []]));
  for (const touchpoint of touchpoints) groups.get(touchpoint.stageId)?.push(touchpoint);
  return stages.map((stage) => ({ stage, touchpoints: groups.get(stage.id) ?? [] }));
}

export function TableView() {
  const messages = useMessages();
  const title = useJourneyStore(selectTitle);
  const stages = useJourneyStore(selectStages);
  const touchpoints = useJourneyStore(selectTouchpoints);
  const selectedId = useJourneyStore(selectSelectedTouchpointId);
  const readOnly = useJourneyStore(selectReadOnly);
  const groups = groupByStage(stages, touchpoints);

  return (
    <div className="jc-table-view">
      <table className="jc-table">
        <caption className="jc-table__caption">
          {formatMessage(messages['panel.table.caption'], { title: title === '' ? messages['common.untitled'] : title })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{messages['panel.table.stage']}</th>
            <th scope="col">{messages['panel.table.touchpoint']}</th>
            <th scope="col">{messages['panel.table.channel']}</th>
            <th scope="col">{messages['panel.table.emotion']}</th>
            <th scope="col">{messages['panel.table.ratings']}</th>
            <th scope="col">{messages['panel.table.keyMoment']}</th>
            {LIST_COLUMNS.map(([key, labelKey]) => (
              <th key={key} scope="col">
                {messages[labelKey]}
              </th>
            ))}
            <th scope="col">{messages['panel.table.evidence']}</th>
            <th scope="col">{messages['panel.table.owner']}</th>
            <th scope="col">{messages['panel.table.metrics']}</th>
          </tr>
        </thead>
        {groups.length === 0 ? (
          <tbody>
            <tr>
              <td colSpan={COLUMN_COUNT}>{messages['panel.table.noStages']}</td>
            </tr>
          </tbody>
        ) : (
          groups.map(({ stage, touchpoints: members }) => (
            <tbody key={stage.id} className="jc-table__group">
              {members.length === 0 ? (
                <tr>
                  <th scope="rowgroup" className="jc-table__stage">
                    <StageName stage={stage} />
                  </th>
                  <td colSpan={COLUMN_COUNT - 1} className="jc-table__empty">
                    {messages['panel.table.noTouchpoints']}
                  </td>
                </tr>
              ) : (
                members.map((touchpoint, index) => (
                  <TouchpointRow
                    key={touchpoint.id}
                    touchpoint={touchpoint}
                    stage={index === 0 ? stage : null}
                    stageSize={members.length}
                    selected={touchpoint.id === selectedId}
                    readOnly={readOnly}
                  />
                ))
              )}
            </tbody>
          ))
        )}
      </table>
    </div>
  );
}

function StageName({ stage }: { stage: Stage }) {
  const messages = useMessages();
  return (
    <>
      {stage.color ? <span className="jc-table__swatch" style={{ background: stage.color }} aria-hidden="true" /> : null}
      {stage.name === '' ? messages['common.untitled'] : stage.name}
    </>
  );
}

interface TouchpointRowProps {
  touchpoint: Touchpoint;
  /** The stage, on the first row of its group only (its header spans the group). */
  stage: Stage | null;
  stageSize: number;
  selected: boolean;
  readOnly: boolean;
}

/** One touchpoint; memoized, so editing one row re-renders only that row. */
const TouchpointRow = memo(function TouchpointRow({ touchpoint, stage, stageSize, selected, readOnly }: TouchpointRowProps) {
  const messages = useMessages();
  const store = useJourneyStoreApi();
  const apply = useApply();
  const title = touchpoint.title === '' ? messages['common.untitled'] : touchpoint.title;
  const select = () => store.getState().select({ kind: 'touchpoint', id: touchpoint.id });

  return (
    <tr className="jc-table__row" data-selected={selected ? 'true' : undefined} onClick={select}>
      {stage ? (
        <th scope="rowgroup" rowSpan={stageSize} className="jc-table__stage">
          <StageName stage={stage} />
        </th>
      ) : null}
      <th scope="row" className="jc-table__title">
        <button
          type="button"
          className="jc-link-button"
          aria-current={selected ? 'true' : undefined}
          onClick={(event) => {
            event.stopPropagation();
            select();
          }}
        >
          {title}
        </button>
      </th>
      <td className="jc-table__channel">{touchpoint.channel === undefined ? null : channelLabel(touchpoint.channel, messages)}</td>
      <td className="jc-table__emotion">
        {/* A rated touchpoint's emotion is the mean of its ratings: shown, not edited. */}
        {readOnly || (touchpoint.ratings?.length ?? 0) > 0 ? (
          formatEmotion(touchpoint.emotion)
        ) : (
          <EmotionField
            touchpointId={touchpoint.id}
            emotion={touchpoint.emotion}
            apply={apply}
            label={formatMessage(messages['panel.table.emotionOf'], { title })}
            hideLabel
          />
        )}
      </td>
      <td className="jc-table__ratings">
        <RatingSummary touchpoint={touchpoint} />
      </td>
      <td className="jc-table__key">{touchpoint.keyMoment === true ? messages['panel.table.isKeyMoment'] : null}</td>
      {LIST_COLUMNS.map(([key]) => (
        <td key={key} className="jc-table__list">
          <ItemList items={touchpoint[key]} />
        </td>
      ))}
      <td className="jc-table__evidence">{touchpoint.evidence && touchpoint.evidence.length > 0 ? touchpoint.evidence.length : null}</td>
      <td className="jc-table__owner">{touchpoint.owner}</td>
      <td className="jc-table__metrics">
        <MetricList metrics={touchpoint.metrics} />
      </td>
    </tr>
  );
});

/** "n = 4", "mean −1.5", "spread −4 to +2", one a line; nothing for an unrated touchpoint. */
function RatingSummary({ touchpoint }: { touchpoint: Touchpoint }) {
  const messages = useMessages();
  const stats = touchpointRatingStats(touchpoint);
  if (!stats) return null;
  return (
    <ul className="jc-table__items jc-table__items--plain">
      <li>{formatMessage(messages['panel.table.ratingsN'], { n: stats.n })}</li>
      <li>{formatMessage(messages['panel.table.ratingsMean'], { mean: formatEmotion(stats.mean) })}</li>
      <li>{formatMessage(messages['panel.table.ratingsSpread'], { min: formatEmotion(stats.min), max: formatEmotion(stats.max) })}</li>
    </ul>
  );
}

function ItemList({ items }: { items: readonly string[] | undefined }) {
  if (!items || items.length === 0) return null;
  return (
    <ul className="jc-table__items">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

/** "CSAT 4.2", "NPS 31", "CES 3", one a line, only those the touchpoint has. */
function MetricList({ metrics }: { metrics: TouchpointMetrics | undefined }) {
  if (!metrics) return null;
  const shown = (Object.keys(METRIC_LABELS) as MetricKey[]).filter((key) => typeof metrics[key] === 'number');
  if (shown.length === 0) return null;
  return (
    <ul className="jc-table__items jc-table__items--plain">
      {shown.map((key) => (
        <li key={key}>
          {METRIC_LABELS[key]} {metrics[key]}
        </li>
      ))}
    </ul>
  );
}
