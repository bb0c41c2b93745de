/**
 * Removing a stage that still has touchpoints asks what happens to them: delete them, or move
 * them to another stage the person picks. Nothing is removed until they confirm.
 */
import { useId, useState } from 'react';
import { formatMessage } from '../../i18n';
import type { Stage } from '../../model';
import { useMessages } from '../JourneyStoreContext';
import type { ApplyChange } from './useApply';
import { FieldMessage } from './fields/FieldMessage';
import { firstMessage } from './useApply';

export interface StageRemovalProps {
  stage: Stage;
  touchpointCount: number;
  /** The other stages, in journey order. */
  otherStages: readonly Stage[];
  apply: ApplyChange;
  onCancel: () => void;
}

export function StageRemoval({ stage, touchpointCount, otherStages, apply, onCancel }: StageRemovalProps) {
  const messages = useMessages();
  const id = useId();
  const canMove = otherStages.length > 0;
  const [choice, setChoice] = useState<'delete' | 'move'>(canMove ? 'move' : 'delete');
  const [target, setTarget] = useState(otherStages[0]?.id ?? '');
  const [error, setError] = useState<string | null>(null);
  const name = stage.name === '' ? messages['common.untitled'] : stage.name;

  const confirm = () => {
    const touchpoints = choice === 'delete' ? ('delete' as const) : { moveTo: target };
    setError(firstMessage(apply({ operation: 'removeStage', args: { id: stage.id, touchpoints } })));
  };

  return (
    <fieldset className="jc-removal" aria-describedby={error !== null ? `${id}-message` : undefined}>
      <legend className="jc-removal__legend">
        {formatMessage(messages['panel.stage.removeTitle'], { name, count: touchpointCount })}
      </legend>
      <div className="jc-removal__choice">
        <input
          id={`${id}-move`}
          type="radio"
          name={`${id}-choice`}
          checked={choice === 'move'}
          disabled={!canMove}
          onChange={() => setChoice('move')}
        />
        <label htmlFor={`${id}-move`}>{messages['panel.stage.removeMove']}</label>
        <label htmlFor={`${id}-target`} className="jc-visually-hidden">
          {messages['panel.stage.removeTarget']}
        </label>
        <select
          id={`${id}-target`}
          className="jc-field__control jc-removal__target"
          value={target}
          disabled={!canMove}
          onChange={(event) => {
            setTarget(event.currentTarget.value);
            setChoice('move');
          }}
        >
          {otherStages.map((other) => (
            <option key={other.id} value={other.id}>
              {other.name === '' ? messages['common.untitled'] : other.name}
            </option>
          ))}
        </select>
      </div>
      {!canMove ? <p className="jc-field__hint">{messages['panel.stage.removeNoTarget']}</p> : null}
      <div className="jc-removal__choice">
        <input
          id={`${id}-delete`}
          type="radio"
          name={`${id}-choice`}
          checked={choice === 'delete'}
          onChange={() => setChoice('delete')}
        />
        <label htmlFor={`${id}-delete`}>{messages['panel.stage.removeDelete']}</label>
      </div>
      <div className="jc-inspector__actions">
        <button type="button" className="jc-button jc-button--danger" onClick={confirm}>
          {messages['panel.stage.removeConfirm']}
        </button>
        <button type="button" className="jc-button" onClick={onCancel}>
          {messages['panel.stage.removeCancel']}
        </button>
      </div>
      <FieldMessage id={`${id}-message`} message={error} />
    </fieldset>
  );
}
