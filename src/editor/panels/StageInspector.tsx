/** Edits the selected stage: name, colour, kind, description, its place, and its removal. */
import { useEffect, useId, useRef, useState } from 'react';
import { STAGE_KINDS } from '../../model';
import type { Stage, StageKind } from '../../model';
import { useJourneyStore, useMessages } from '../JourneyStoreContext';
import { CommitField } from './fields/CommitField';
import { colorTextMessage, pickerColor } from './colors';
import { selectStages } from './selectors';
import { useStartRatingRound } from './RatingRoundHost';
import { StageRemoval } from './StageRemoval';
import { firstMessage, useApply } from './useApply';
import { useLatestCallback } from '../useLatestCallback';

/** How many touchpoints a stage holds; a number, so the inspector re-renders only when it changes. */
function useTouchpointCount(stageId: string): number {
  return useJourneyStore((state) => {
    let count = 0;
    for (const touchpoint of state.document.touchpoints) if (touchpoint.stageId === stageId) count++;
    return count;
  });
}

export function StageInspector({ stage }: { stage: Stage }) {
  const messages = useMessages();
  const apply = useApply();
  const stages = useJourneyStore(selectStages);
  const touchpointCount = useTouchpointCount(stage.id);
  const [removing, setRemoving] = useState(false);
  const startRound = useStartRatingRound();
  const headingId = useId();
  const kindId = useId();
  const asking = removing && touchpointCount > 0;
  const index = stages.findIndex((s) => s.id === stage.id);
  const { id } = stage;

  const update = (changes: Partial<Omit<Stage, 'id'>>) => firstMessage(apply({ operation: 'updateStage', args: { id, changes } }));
  const move = (to: number) => apply({ operation: 'moveStage', args: { id, index: to } });

  const remove = () => {
    // An empty stage goes at once (undo brings it back); one with touchpoints asks first.
    if (touchpointCount === 0) apply({ operation: 'removeStage', args: { id } });
    else setRemoving(true);
  };

  return (
    <section className="jc-inspector__section" aria-labelledby={headingId}>
      <div className="jc-inspector__header">
        <h3 id={headingId} className="jc-panel__subtitle">
          {messages['panel.inspector.stage']}
        </h3>
      </div>

      <CommitField
        label={messages['panel.stage.name']}
        value={stage.name}
        onCommit={(text) => firstMessage(apply({ operation: 'renameStage', args: { id, name: text.trim() } }))}
      />

      <StageColorField stage={stage} onCommit={(color) => firstMessage(apply({ operation: 'recolorStage', args: { id, color } }))} />

      <div className="jc-field">
        <label htmlFor={kindId} className="jc-field__label">
          {messages['panel.stage.kind']}
        </label>
        <select
          id={kindId}
          className="jc-field__control"
          value={stage.kind ?? ''}
          onChange={(event) => update({ kind: event.currentTarget.value === '' ? undefined : (event.currentTarget.value as StageKind) })}
        >
          <option value="">{messages['panel.stage.kindNone']}</option>
          {STAGE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {messages[`panel.stage.kind.${kind}`]}
            </option>
          ))}
        </select>
      </div>

      <CommitField
        label={messages['panel.stage.description']}
        multiline
        value={stage.description ?? ''}
        onCommit={(text) => update({ description: text.trim() === '' ? undefined : text.trim() })}
      />

      {startRound ? (
        <div className="jc-inspector__actions">
          <button type="button" className="jc-button" aria-haspopup="dialog" disabled={touchpointCount === 0} onClick={() => startRound(id)}>
            {messages['panel.round.startStage']}
          </button>
        </div>
      ) : null}

      <div className="jc-inspector__actions">
        <button type="button" className="jc-button" disabled={index <= 0} onClick={() => move(index - 1)}>
          {messages['panel.stage.moveEarlier']}
        </button>
        <button type="button" className="jc-button" disabled={index < 0 || index >= stages.length - 1} onClick={() => move(index + 1)}>
          {messages['panel.stage.moveLater']}
        </button>
        {!asking ? (
          <button type="button" className="jc-button jc-button--danger" onClick={remove}>
            {messages['panel.stage.remove']}
          </button>
        ) : null}
      </div>

      {asking ? (
        <StageRemoval
          stage={stage}
          touchpointCount={touchpointCount}
          otherStages={stages.filter((s) => s.id !== id)}
          apply={apply}
          onCancel={() => setRemoving(false)}
        />
      ) : null}
    </section>
  );
}

/**
 * A colour picker and a text field side by side. The picker commits on its `change` event (when
 * the person closes it), not on every `input` event while they browse colours.
 */
function StageColorField({ stage, onCommit }: { stage: Stage; onCommit: (color: string | undefined) => string | null }) {
  const messages = useMessages();
  const pickerId = useId();
  const picker = useRef<HTMLInputElement>(null);
  const [pickerMessage, setPickerMessage] = useState<string | null>(null);
  // What the open picker shows before it commits.
  const [draft, setDraft] = useState<string | null>(null);

  const onPickerChange = useLatestCallback(() => {
    const value = picker.current?.value;
    setDraft(null);
    if (value && value !== pickerColor(stage.color)) setPickerMessage(onCommit(value));
  });

  useEffect(() => {
    const element = picker.current;
    if (!element) return;
    const listener = () => onPickerChange();
    element.addEventListener('change', listener);
    return () => element.removeEventListener('change', listener);
  }, [onPickerChange]);

  return (
    <fieldset className="jc-color">
      <legend className="jc-list__legend">{messages['panel.stage.color']}</legend>
      <div className="jc-color__row">
        <label htmlFor={pickerId} className="jc-visually-hidden">
          {messages['panel.stage.colorPicker']}
        </label>
        <input
          ref={picker}
          id={pickerId}
          type="color"
          className="jc-color__picker"
          value={draft ?? pickerColor(stage.color)}
          onChange={(event) => setDraft(event.currentTarget.value)}
        />
        <CommitField
          className="jc-color__text"
          label={messages['panel.stage.colorText']}
          hideLabel
          value={stage.color ?? ''}
          onCommit={(text) => {
            const trimmed = text.trim();
            if (trimmed === '') return onCommit(undefined);
            const message = colorTextMessage(messages, trimmed);
            return message ?? onCommit(trimmed);
          }}
        />
      </div>
      {pickerMessage ? <p className="jc-field__message">{pickerMessage}</p> : null}
    </fieldset>
  );
}
