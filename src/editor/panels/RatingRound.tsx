/**
 * The one-screen rating round: the facilitator types each participant's score for one touchpoint
 * after another, in journey order, for the whole journey or one stage. A modal dialog, readable
 * from the room (the touchpoint's title is large), driven from the keyboard:
 *   Tab              the next participant's score
 *   Enter            commit; on the last participant, go on to the next touchpoint
 *   Up/Down          step the score by 0.5
 *   Escape           end the round (typed scores are kept, like any field that is left)
 * Each score is one `setRating` (an emptied field one `removeRating`): one undo step each. The
 * touchpoint being rated is selected on the map behind, so the map and inspector follow.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { channelLabel, formatEmotion, formatMessage } from '../../i18n';
import { journeyOrder, touchpointRatingStats } from '../../model';
import type { JourneyParticipant, Touchpoint } from '../../model';
import type { JourneyStoreState } from '../../store';
import { useJourneyStore, useJourneyStoreApi, useMessages } from '../JourneyStoreContext';
import { ScoreField } from './fields/ScoreField';
import { AddParticipant } from './ParticipantsPanel';
import { commitScore, participantName } from './room';
import { selectDocument } from './selectors';
import { useApply } from './useApply';
import { useModalDialog } from '../useModalDialog';
import './panels.css';
import './room.css';

export interface RatingRoundProps {
  /** Rate only this stage's touchpoints; the whole journey when undefined. */
  stageId?: string;
  onClose: () => void;
}

const NO_PARTICIPANTS: readonly JourneyParticipant[] = [];
const selectParticipants = (state: JourneyStoreState) => state.document.participants ?? NO_PARTICIPANTS;

export function RatingRound({ stageId, onClose }: RatingRoundProps) {
  const messages = useMessages();
  const store = useJourneyStoreApi();
  const document = useJourneyStore(selectDocument);
  const participants = useJourneyStore(selectParticipants);
  // Escape, typed or the browser's own, ends the round.
  const dialogProps = useModalDialog(onClose);
  const endButton = useRef<HTMLButtonElement>(null);
  const fields = useRef<(HTMLInputElement | null)[]>([]);
  const titleId = useId();
  const keysId = useId();

  const order = useMemo(
    () => journeyOrder(document).filter((touchpoint) => stageId === undefined || touchpoint.stageId === stageId),
    [document, stageId],
  );
  const stage = stageId === undefined ? undefined : document.stages.find((s) => s.id === stageId);
  const [currentId, setCurrentId] = useState<string | null>(() => {
    const selection = store.getState().selection;
    const selected = selection?.kind === 'touchpoint' ? order.find((t) => t.id === selection.id) : undefined;
    return (selected ?? order[0])?.id ?? null;
  });
  // A touchpoint removed during the round (undo, a collaborator): carry on from the first one.
  const index = Math.max(0, order.findIndex((t) => t.id === currentId));
  const touchpoint: Touchpoint | undefined = order[index];
  const [atEnd, setAtEnd] = useState(false);
  /** Focus the first score field after the next render (a keyboard move to another touchpoint). */
  const focusFirst = useRef(true);

  const touchpointId = touchpoint?.id;
  useEffect(() => {
    if (touchpointId) store.getState().select({ kind: 'touchpoint', id: touchpointId });
  }, [store, touchpointId]);

  useEffect(() => {
    if (!focusFirst.current) return;
    focusFirst.current = false;
    (fields.current[0] ?? endButton.current)?.focus();
  });

  const go = (step: 1 | -1, viaKeyboard: boolean) => {
    const next = order[index + step];
    if (!next) return;
    setAtEnd(false);
    setCurrentId(next.id);
    focusFirst.current = viaKeyboard;
  };

  const onEnter = (position: number) => {
    const nextField = fields.current[position + 1];
    if (nextField) {
      nextField.focus();
    } else if (index < order.length - 1) {
      go(1, true);
    } else {
      setAtEnd(true);
      endButton.current?.focus();
    }
  };

  const title = stage
    ? formatMessage(messages['panel.round.titleStage'], { stage: stage.name === '' ? messages['common.untitled'] : stage.name })
    : messages['panel.round.titleJourney'];

  return (
    <dialog {...dialogProps} className="jc-round" aria-labelledby={titleId}>
      <div className="jc-round__header">
        <h2 id={titleId} className="jc-round__title">
          {title}
        </h2>
        {touchpoint ? (
          <p className="jc-round__progress">{formatMessage(messages['panel.round.progress'], { index: index + 1, count: order.length })}</p>
        ) : null}
        <button ref={endButton} type="button" className="jc-button jc-round__end" onClick={onClose}>
          {messages['panel.round.end']}
        </button>
      </div>

      {!touchpoint ? (
        <p className="jc-round__empty">{messages['panel.round.noTouchpoints']}</p>
      ) : (
        <>
          <TouchpointHeading touchpoint={touchpoint} />
          <div className="jc-round__body">
            {participants.length === 0 ? (
              <div className="jc-round__people jc-round__people--none">
                <p>{messages['panel.round.noParticipants']}</p>
                <AddParticipant />
              </div>
            ) : (
              <fieldset className="jc-round__people" aria-describedby={keysId}>
                <legend className="jc-round__legend">{messages['panel.round.scores']}</legend>
                <ScoreRows
                  // Fresh fields for each touchpoint: a half-typed score never carries over.
                  key={touchpoint.id}
                  touchpoint={touchpoint}
                  participants={participants}
                  fields={fields}
                  onEnter={onEnter}
                />
              </fieldset>
            )}
            <div className="jc-round__aside">
              <RatingStats touchpoint={touchpoint} />
              <p id={keysId} className="jc-round__keys">
                {messages['panel.round.keys']}
              </p>
            </div>
          </div>
          <p className="jc-round__status" role="status">
            {atEnd ? messages['panel.round.last'] : null}
          </p>
          <div className="jc-round__nav">
            <button type="button" className="jc-button jc-round__step" disabled={index === 0} onClick={() => go(-1, false)}>
              <span aria-hidden="true">← </span>
              {messages['panel.round.previous']}
            </button>
            <button type="button" className="jc-button jc-round__step" disabled={index >= order.length - 1} onClick={() => go(1, false)}>
              {messages['panel.round.next']}
              <span aria-hidden="true"> →</span>
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}

function TouchpointHeading({ touchpoint }: { touchpoint: Touchpoint }) {
  const messages = useMessages();
  const stage = useJourneyStore((state) => state.document.stages.find((s) => s.id === touchpoint.stageId));
  const details = [
    stage ? formatMessage(messages['panel.round.stage'], { stage: stage.name === '' ? messages['common.untitled'] : stage.name }) : null,
    touchpoint.channel === undefined ? null : channelLabel(touchpoint.channel, messages),
  ].filter((part): part is string => part !== null);
  return (
    <div className="jc-round__touchpoint">
      <h3 className="jc-round__touchpoint-title">{touchpoint.title === '' ? messages['common.untitled'] : touchpoint.title}</h3>
      {details.length > 0 ? <p className="jc-round__details">{details.join(' · ')}</p> : null}
    </div>
  );
}

interface ScoreRowsProps {
  touchpoint: Touchpoint;
  participants: readonly JourneyParticipant[];
  fields: RefObject<(HTMLInputElement | null)[]>;
  onEnter: (position: number) => void;
}

function ScoreRows({ touchpoint, participants, fields, onEnter }: ScoreRowsProps) {
  const messages = useMessages();
  const apply = useApply();
  return (
    <ol className="jc-round__list">
      {participants.map((participant, position) => {
        const name = participantName(participant, position, messages);
        const rating = touchpoint.ratings?.find((r) => r.by === participant.id);
        return (
          <li key={participant.id} className="jc-round__person">
            <span className="jc-round__name" aria-hidden="true">
              {name}
              {typeof participant.role === 'string' && participant.role !== '' ? <span className="jc-round__role">{participant.role}</span> : null}
            </span>
            <ScoreField
              className="jc-round__score"
              label={formatMessage(messages['panel.ratings.scoreOf'], { name })}
              hideLabel
              value={rating?.emotion}
              inputRef={(element) => {
                fields.current[position] = element;
              }}
              onCommit={(text) => commitScore(text, touchpoint, participant.id, apply, messages)}
              onEnter={() => onEnter(position)}
            />
          </li>
        );
      })}
    </ol>
  );
}

/** n, mean, lowest and highest of a touchpoint's ratings, as they stand. */
export function RatingStats({ touchpoint }: { touchpoint: Touchpoint }) {
  const messages = useMessages();
  const stats = touchpointRatingStats(touchpoint);
  if (!stats) return <p className="jc-round__stats jc-panel__hint">{messages['panel.ratings.noneYet']}</p>;
  const items = [
    ['panel.ratings.n', String(stats.n)],
    ['panel.ratings.mean', formatEmotion(stats.mean)],
    ['panel.ratings.min', formatEmotion(stats.min)],
    ['panel.ratings.max', formatEmotion(stats.max)],
  ] as const;
  return (
    <dl className="jc-round__stats">
      {items.map(([key, value]) => (
        <div key={key} className="jc-round__stat">
          <dt>{messages[key]}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
