/** Edits every field of the selected touchpoint (v2: its ratings and evidence too); each commit is one model operation. */
import { useId } from 'react';
import { channelFromText, channelLabel, KNOWN_CHANNELS } from '../../i18n';
import type { JourneyMessages } from '../../i18n';
import type { Touchpoint, TouchpointChanges } from '../../model';
import { useJourneyStore, useJourneyStoreApi, useMessages } from '../JourneyStoreContext';
import { EmotionField } from './EmotionField';
import { EvidenceEditor } from './EvidenceEditor';
import { CommitField } from './fields/CommitField';
import { ListEditor } from './fields/ListEditor';
import { MetricsFields } from './MetricsFields';
import { selectStages } from './selectors';
import { MeanEmotion, TouchpointRatings } from './TouchpointRatings';
import { firstMessage, useApply } from './useApply';


const LISTS = [
  ['painPoints', 'panel.touchpoint.painPoints'],
  ['delights', 'panel.touchpoint.delights'],
  ['opportunities', 'panel.touchpoint.opportunities'],
] as const satisfies readonly (readonly [keyof Touchpoint, keyof JourneyMessages])[];

/** Optional text: an empty field removes the property rather than storing ''. */
function optionalText(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function TouchpointInspector({ touchpoint }: { touchpoint: Touchpoint }) {
  const messages = useMessages();
  const store = useJourneyStoreApi();
  const apply = useApply();
  const stages = useJourneyStore(selectStages);
  const channelListId = useId();
  const stageSelectId = useId();
  const keyMomentId = useId();
  const headingId = useId();
  const { id } = touchpoint;

  const update = (changes: TouchpointChanges) => firstMessage(apply({ operation: 'updateTouchpoint', args: { id, changes } }));

  const moveToStage = (stageId: string) => {
    if (stageId === touchpoint.stageId) return;
    const count = store.getState().document.touchpoints.filter((t) => t.stageId === stageId).length;
    apply({ operation: 'moveTouchpoint', args: { id, stageId, index: count } });
  };

  const duplicate = () => {
    const before = store.getState().document;
    if (apply({ operation: 'duplicateTouchpoint', args: { id } }) !== null) return;
    // The copy sits right after the original: select it, so the next edit goes to the copy.
    const after = store.getState().document;
    const index = after.touchpoints.findIndex((t) => t.id === id);
    const copy = after.touchpoints[index + 1];
    if (copy && after !== before) store.getState().select({ kind: 'touchpoint', id: copy.id });
  };

  return (
    <section className="jc-inspector__section" aria-labelledby={headingId}>
      <div className="jc-inspector__header">
        <h3 id={headingId} className="jc-panel__subtitle">
          {messages['panel.inspector.touchpoint']}
        </h3>
      </div>

      <CommitField label={messages['panel.touchpoint.title']} value={touchpoint.title} onCommit={(text) => update({ title: text.trim() })} />

      <div className="jc-field">
        <label htmlFor={stageSelectId} className="jc-field__label">
          {messages['panel.touchpoint.stage']}
        </label>
        <select
          id={stageSelectId}
          className="jc-field__control"
          value={touchpoint.stageId}
          onChange={(event) => moveToStage(event.currentTarget.value)}
        >
          {stages.map((stage) => (
            <option key={stage.id} value={stage.id}>
              {stage.name === '' ? messages['common.untitled'] : stage.name}
            </option>
          ))}
        </select>
      </div>

      {/* Shown and typed in words ('面对面'); a known channel is stored by its id ('in-person'). */}
      <CommitField
        label={messages['panel.touchpoint.channel']}
        value={touchpoint.channel === undefined ? '' : channelLabel(touchpoint.channel, messages)}
        list={channelListId}
        onCommit={(text) => update({ channel: optionalText(channelFromText(text, messages)) })}
      />
      <datalist id={channelListId}>
        {KNOWN_CHANNELS.map((channel) => (
          <option key={channel} value={channelLabel(channel, messages)} />
        ))}
      </datalist>

      <CommitField
        label={messages['panel.touchpoint.description']}
        multiline
        value={touchpoint.description ?? ''}
        onCommit={(text) => update({ description: optionalText(text) })}
      />

      {/* A rated touchpoint's emotion is the mean of its ratings: read-only, its ratings editable instead. */}
      {(touchpoint.ratings?.length ?? 0) > 0 ? (
        <MeanEmotion touchpoint={touchpoint} label={messages['panel.touchpoint.emotion']} />
      ) : (
        <EmotionField touchpointId={id} emotion={touchpoint.emotion} apply={apply} label={messages['panel.touchpoint.emotion']} slider />
      )}
      <TouchpointRatings touchpoint={touchpoint} apply={apply} />

      {LISTS.map(([key, labelKey]) => (
        <ListEditor
          key={key}
          label={messages[labelKey]}
          items={touchpoint[key]}
          onCommit={(items) => update({ [key]: items.length > 0 ? items : undefined })}
        />
      ))}

      <EvidenceEditor touchpoint={touchpoint} apply={apply} />

      <div className="jc-field jc-field--checkbox">
        <input
          id={keyMomentId}
          type="checkbox"
          className="jc-checkbox"
          checked={touchpoint.keyMoment === true}
          onChange={(event) => update({ keyMoment: event.currentTarget.checked ? true : undefined })}
        />
        <label htmlFor={keyMomentId}>{messages['panel.touchpoint.keyMoment']}</label>
      </div>

      <CommitField label={messages['panel.touchpoint.owner']} value={touchpoint.owner ?? ''} onCommit={(text) => update({ owner: optionalText(text) })} />

      <MetricsFields touchpoint={touchpoint} apply={apply} />

      {/* Last, after every field: the one action that takes something away. */}
      <div className="jc-inspector__actions">
        <button type="button" className="jc-button" onClick={duplicate}>
          {messages['panel.touchpoint.duplicate']}
        </button>
        <button type="button" className="jc-button jc-button--danger" onClick={() => apply({ operation: 'removeTouchpoint', args: { id } })}>
          {messages['panel.touchpoint.delete']}
        </button>
      </div>
    </section>
  );
}
