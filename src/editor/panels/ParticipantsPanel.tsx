/**
 * `<ParticipantsPanel />`: the people who rate this journey (format v2 `participants`). Add,
 * rename, set a role, remove; each through its named operation (one undo step). Removing someone
 * who has rated says how many ratings go with them and asks first; after any removal a status
 * line says what went, with an Undo button while that removal is still the last edit.
 * Collapsed by default, like the persona: its header says how many participants there are.
 */
import { useId, useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { formatMessage } from '../../i18n';
import type { JourneyDocument, JourneyParticipant } from '../../model';
import type { JourneyStoreState } from '../../store';
import { useJourneyStore, useJourneyStoreApi, useMessages } from '../JourneyStoreContext';
import { CommitField } from './fields/CommitField';
import { FieldMessage } from './fields/FieldMessage';
import { participantName, ratingCounts, ratingCountText } from './room';
import { selectDocument, selectReadOnly } from './selectors';
import { firstMessage, useApply } from './useApply';
import './panels.css';
import './room.css';

const NO_PARTICIPANTS: readonly JourneyParticipant[] = [];
/** An emptied name or role removes it rather than storing ''. */
function optionalText(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

const selectParticipants = (state: JourneyStoreState) => state.document.participants ?? NO_PARTICIPANTS;

export interface ParticipantsPanelProps {
  /** Start expanded. @default false */
  defaultExpanded?: boolean;
}

/** What the last removal took, and the document it left (its Undo shows only while that is on screen). */
interface Removed {
  text: string;
  after: JourneyDocument;
}

export function ParticipantsPanel({ defaultExpanded = false }: ParticipantsPanelProps) {
  const messages = useMessages();
  const participants = useJourneyStore(selectParticipants);
  const readOnly = useJourneyStore(selectReadOnly);
  const [expanded, setExpanded] = useState(defaultExpanded);
  const bodyId = useId();
  const count = participants.length;

  return (
    <section className="jc-panel jc-participants">
      <h2 className="jc-panel__title">
        <button type="button" className="jc-disclosure" aria-expanded={expanded} aria-controls={bodyId} onClick={() => setExpanded((open) => !open)}>
          <span className="jc-disclosure__icon" aria-hidden="true">
            {expanded ? '▾' : '▸'}
          </span>
          {count === 0 ? messages['panel.participants.label'] : formatMessage(messages['panel.participants.labelWithCount'], { count })}
        </button>
      </h2>
      <div id={bodyId} hidden={!expanded}>
        {expanded ? readOnly ? <ParticipantText participants={participants} /> : <ParticipantEditor participants={participants} /> : null}
      </div>
    </section>
  );
}

function ParticipantText({ participants }: { participants: readonly JourneyParticipant[] }) {
  const messages = useMessages();
  if (participants.length === 0) return <p className="jc-panel__hint">{messages['panel.participants.none']}</p>;
  return (
    <ul className="jc-participants__text">
      {participants.map((participant, index) => (
        <li key={participant.id}>
          {participantName(participant, index, messages)}
          {typeof participant.role === 'string' && participant.role !== '' ? <span className="jc-participants__role"> · {participant.role}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function ParticipantEditor({ participants }: { participants: readonly JourneyParticipant[] }) {
  const messages = useMessages();
  const store = useJourneyStoreApi();
  const apply = useApply();
  const document = useJourneyStore(selectDocument);
  const touchpoints = document.touchpoints;
  // Counted again only when the touchpoints change, not on every keystroke elsewhere.
  const counts = useMemo(() => ratingCounts(touchpoints), [touchpoints]);
  const [asking, setAsking] = useState<string | null>(null);
  const [removed, setRemoved] = useState<Removed | null>(null);
  const statusId = useId();

  const remove = (participant: JourneyParticipant, index: number) => {
    const name = participantName(participant, index, messages);
    const ratings = counts.get(participant.id) ?? 0;
    if (apply({ operation: 'removeParticipant', args: { id: participant.id } }) !== null) return;
    setAsking(null);
    const text =
      ratings === 0
        ? formatMessage(messages['panel.participants.removedNone'], { name })
        : formatMessage(messages['panel.participants.removed'], { name, ratings: ratingCountText(ratings, messages) });
    setRemoved({ text, after: store.getState().document });
  };

  const onRemoveClick = (participant: JourneyParticipant, index: number) => {
    // Someone with no ratings goes at once (Undo brings them back); someone who rated asks first.
    if ((counts.get(participant.id) ?? 0) === 0) remove(participant, index);
    else setAsking(participant.id);
  };

  return (
    <>
      {participants.length === 0 ? (
        <p className="jc-panel__hint">{messages['panel.participants.none']}</p>
      ) : (
        <ol className="jc-participants__list">
          {participants.map((participant, index) => {
            const name = participantName(participant, index, messages);
            const ratings = counts.get(participant.id) ?? 0;
            const update = (changes: { name?: string; role?: string }) =>
              firstMessage(apply({ operation: 'updateParticipant', args: { id: participant.id, changes } }));
            return (
              <li key={participant.id} className="jc-participant">
                <div className="jc-participant__row">
                  <CommitField
                    className="jc-participant__name"
                    label={formatMessage(messages['panel.participants.name'], { index: index + 1 })}
                    hideLabel
                    placeholder={name}
                    value={typeof participant.name === 'string' ? participant.name : ''}
                    onCommit={(text) => update({ name: optionalText(text) })}
                  />
                  <CommitField
                    className="jc-participant__role"
                    label={formatMessage(messages['panel.participants.role'], { name })}
                    hideLabel
                    placeholder={messages['panel.participants.rolePlaceholder']}
                    value={typeof participant.role === 'string' ? participant.role : ''}
                    onCommit={(text) => update({ role: optionalText(text) })}
                  />
                  <button
                    type="button"
                    className="jc-button jc-button--icon"
                    aria-label={formatMessage(messages['panel.participants.remove'], { name })}
                    title={formatMessage(messages['panel.participants.remove'], { name })}
                    aria-expanded={ratings > 0 ? asking === participant.id : undefined}
                    onClick={() => onRemoveClick(participant, index)}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </div>
                {ratings > 0 ? <p className="jc-participant__count">{ratingCountText(ratings, messages)}</p> : null}
                {asking === participant.id ? (
                  <div className="jc-participant__ask" role="group" aria-label={formatMessage(messages['panel.participants.remove'], { name })}>
                    <p>{formatMessage(messages['panel.participants.removeAsk'], { name, ratings: ratingCountText(ratings, messages) })}</p>
                    <div className="jc-inspector__actions">
                      <button type="button" className="jc-button jc-button--danger" onClick={() => remove(participant, index)}>
                        {formatMessage(messages['panel.participants.removeConfirm'], { ratings: ratingCountText(ratings, messages) })}
                      </button>
                      <button type="button" className="jc-button" onClick={() => setAsking(null)}>
                        {messages['panel.participants.removeCancel']}
                      </button>
                    </div>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}

      <div id={statusId} className="jc-participants__status" role="status">
        {removed ? (
          <>
            <span>{removed.text}</span>
            {document === removed.after ? (
              <button
                type="button"
                className="jc-button"
                onClick={() => {
                  store.getState().undo();
                  setRemoved(null);
                }}
              >
                {messages['panel.participants.undo']}
              </button>
            ) : null}
          </>
        ) : null}
      </div>

      <AddParticipant />
    </>
  );
}

/** A name and an optional role; Enter in either (or the button) adds the participant. */
export function AddParticipant({ onAdded }: { onAdded?: (id: string) => void }) {
  const messages = useMessages();
  const store = useJourneyStoreApi();
  const apply = useApply();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const add = () => {
    if (name.trim() === '') return;
    const before = store.getState().document.participants ?? [];
    const participant = role.trim() === '' ? { name: name.trim() } : { name: name.trim(), role: role.trim() };
    const message = firstMessage(apply({ operation: 'addParticipant', args: { participant } }));
    setError(message);
    if (message !== null) return;
    setName('');
    setRole('');
    const added = (store.getState().document.participants ?? []).find((p) => !before.some((old) => old.id === p.id));
    if (added) onAdded?.(added.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      add();
    }
  };

  return (
    <div className="jc-participants__add">
      <div className="jc-participant__row">
        <label htmlFor={`${id}-name`} className="jc-visually-hidden">
          {messages['panel.participants.newName']}
        </label>
        <input
          id={`${id}-name`}
          className="jc-field__control"
          value={name}
          autoComplete="off"
          placeholder={messages['panel.participants.namePlaceholder']}
          aria-describedby={error !== null ? `${id}-message` : undefined}
          onChange={(event) => setName(event.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        <label htmlFor={`${id}-role`} className="jc-visually-hidden">
          {messages['panel.participants.newRole']}
        </label>
        <input
          id={`${id}-role`}
          className="jc-field__control jc-participants__new-role"
          value={role}
          autoComplete="off"
          placeholder={messages['panel.participants.rolePlaceholder']}
          onChange={(event) => setRole(event.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        {/* In the column of the rows' remove buttons; named in words for assistive technology. */}
        <button
          type="button"
          className="jc-button jc-button--icon"
          aria-label={messages['panel.participants.add']}
          title={messages['panel.participants.add']}
          onClick={add}
          disabled={name.trim() === ''}
        >
          <span aria-hidden="true">+</span>
        </button>
      </div>
      <FieldMessage id={`${id}-message`} message={error} />
    </div>
  );
}
