/**
 * `<Toolbar />`: the journey title (edited in place), undo and redo, add stage, which lanes
 * show, map or table, and fit to view. Editing controls are left out when the editor is read-only.
 */
import { useId, useState } from 'react';
import type { JourneyMessageKey } from '../../i18n';
import { JOURNEY_LANES } from '../../store';
import type { JourneyLane } from '../../store';
import { ExportMenu } from './ExportMenu';
import { RatingRound } from './RatingRound';
import { useStartRatingRound } from './RatingRoundHost';
import { useJourneyStore, useJourneyStoreApi, useMessages } from '../JourneyStoreContext';
import { CommitField } from './fields/CommitField';
import { selectCanRedo, selectCanUndo, selectLanes, selectReadOnly, selectTitle, selectView } from './selectors';
import { firstMessage, useApply } from './useApply';
import './panels.css';

export interface ToolbarProps {
  /** Fits the whole map into view; the button shows only when this is given. */
  onFitView?: () => void;
  /** Opens the keyboard shortcut sheet; the "?" button shows only when this is given. */
  onShowShortcuts?: () => void;
}

const LANE_LABELS = {
  touchpoints: 'canvas.lane.touchpoints',
  emotion: 'canvas.lane.emotion',
  painPoints: 'canvas.lane.painPoints',
  delights: 'canvas.lane.delights',
  opportunities: 'canvas.lane.opportunities',
  metrics: 'canvas.lane.metrics',
} as const satisfies Record<JourneyLane, JourneyMessageKey>;

export function Toolbar({ onFitView, onShowShortcuts }: ToolbarProps) {
  const messages = useMessages();
  const store = useJourneyStoreApi();
  const apply = useApply();
  const title = useJourneyStore(selectTitle);
  const readOnly = useJourneyStore(selectReadOnly);
  const canUndo = useJourneyStore(selectCanUndo);
  const canRedo = useJourneyStore(selectCanRedo);
  const view = useJourneyStore(selectView);
  // The store keeps the same array until the lanes change, so this re-renders only then.
  const lanes = useJourneyStore(selectLanes);
  const lanesId = useId();
  const viewId = useId();
  const startRound = useStartRatingRound();
  // Without the editor's round host (a panel placed on its own), the toolbar hosts the round.
  const [rating, setRating] = useState(false);

  const addStage = () => {
    if (apply({ operation: 'addStage', args: { stage: { name: messages['panel.toolbar.newStage'] } } }) !== null) return;
    // The new stage is the last one: select it so its name can be typed in the inspector next.
    const stages = store.getState().document.stages;
    const added = stages[stages.length - 1];
    if (added) store.getState().select({ kind: 'stage', id: added.id });
  };

  return (
    <div className="jc-toolbar" role="group" aria-label={messages['panel.toolbar.label']}>
      <div className="jc-toolbar__title">
        {readOnly ? (
          <h2 className="jc-toolbar__heading" title={title === '' ? undefined : title}>
            {title === '' ? messages['common.untitled'] : title}
          </h2>
        ) : (
          <CommitField
            className="jc-toolbar__title-field"
            label={messages['panel.toolbar.title']}
            hideLabel
            value={title}
            onCommit={(text) => firstMessage(apply({ operation: 'setTitle', args: { title: text.trim() } }))}
          />
        )}
      </div>

      {!readOnly ? (
        <div className="jc-toolbar__group">
          <button type="button" className="jc-button" disabled={!canUndo} onClick={() => store.getState().undo()}>
            <span aria-hidden="true">↶ </span>
            {messages['panel.toolbar.undo']}
          </button>
          <button type="button" className="jc-button" disabled={!canRedo} onClick={() => store.getState().redo()}>
            <span aria-hidden="true">↷ </span>
            {messages['panel.toolbar.redo']}
          </button>
          <button type="button" className="jc-button" onClick={addStage}>
            <span aria-hidden="true">+ </span>
            {messages['panel.toolbar.addStage']}
          </button>
          <button type="button" className="jc-button" aria-haspopup="dialog" onClick={() => (startRound ? startRound() : setRating(true))}>
            {messages['panel.round.start']}
          </button>
          {rating ? <RatingRound onClose={() => setRating(false)} /> : null}
        </div>
      ) : null}

      <div className="jc-toolbar__group" role="group" aria-labelledby={lanesId}>
        <span id={lanesId} className="jc-toolbar__label">
          {messages['panel.toolbar.lanes']}
        </span>
        {JOURNEY_LANES.map((lane) => (
          <button
            key={lane}
            type="button"
            className="jc-button jc-toggle"
            aria-pressed={lanes.includes(lane)}
            onClick={() => store.getState().toggleLane(lane)}
          >
            {messages[LANE_LABELS[lane]]}
          </button>
        ))}
      </div>

      <div className="jc-toolbar__group" role="group" aria-labelledby={viewId}>
        <span id={viewId} className="jc-toolbar__label">
          {messages['panel.toolbar.view']}
        </span>
        <button type="button" className="jc-button jc-toggle" aria-pressed={view === 'map'} onClick={() => store.getState().setView('map')}>
          {messages['panel.toolbar.viewMap']}
        </button>
        <button type="button" className="jc-button jc-toggle" aria-pressed={view === 'table'} onClick={() => store.getState().setView('table')}>
          {messages['panel.toolbar.viewTable']}
        </button>
        {onFitView ? (
          <button type="button" className="jc-button" disabled={view !== 'map'} onClick={onFitView}>
            {messages['panel.toolbar.fitView']}
          </button>
        ) : null}
      </div>

      <ExportMenu />

      {onShowShortcuts ? (
        <button
          type="button"
          className="jc-button jc-button--icon jc-toolbar__help"
          aria-haspopup="dialog"
          aria-label={messages['shortcuts.open']}
          title={`${messages['shortcuts.open']} (?)`}
          onClick={onShowShortcuts}
        >
          <span aria-hidden="true">?</span>
        </button>
      ) : null}
    </div>
  );
}
