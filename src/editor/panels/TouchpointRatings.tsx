/**
 * A touchpoint's ratings in the inspector: every participant with their score and note, both
 * editable (each commit one `setRating`, an emptied score one `removeRating`), and the running
 * n / mean / lowest / highest. Also the emotion of a rated touchpoint, shown read-only: it is the
 * mean of its ratings, which the model keeps so and refuses to have set by hand.
 */
import { useId } from 'react';
import { formatEmotion, formatMessage } from '../../i18n';
import type { JourneyParticipant, Touchpoint } from '../../model';
import type { JourneyStoreState } from '../../store';
import { useJourneyStore, useMessages } from '../JourneyStoreContext';
import { CommitField } from './fields/CommitField';
import { ScoreField } from './fields/ScoreField';
import { RatingStats } from './RatingRound';
import { commitScore, participantName, ratingCountText } from './room';
import { firstMessage } from './useApply';
import type { ApplyChange } from './useApply';

const NO_PARTICIPANTS: readonly JourneyParticipant[] = [];
const selectParticipants = (state: JourneyStoreState) => state.document.participants ?? NO_PARTICIPANTS;

/** The emotion of a rated touchpoint: read-only, with why. */
export function MeanEmotion({ touchpoint, label }: { touchpoint: Touchpoint; label: string }) {
  const messages = useMessages();
  const id = useId();
  const count = touchpoint.ratings?.length ?? 0;
  return (
    <div className="jc-field jc-emotion-mean">
      <label htmlFor={id} className="jc-field__label">
        {label}
      </label>
      <input id={id} className="jc-field__control" readOnly value={formatEmotion(touchpoint.emotion)} aria-describedby={`${id}-hint`} />
      <p id={`${id}-hint`} className="jc-field__hint">
        {formatMessage(messages['panel.ratings.emotionFromRatings'], { ratings: ratingCountText(count, messages) })}
      </p>
    </div>
  );
}

export function TouchpointRatings({ touchpoint, apply }: { touchpoint: Touchpoint; apply: ApplyChange }) {
  const messages = useMessages();
  const participants = useJourneyStore(selectParticipants);
  const hintId = useId();

  if (participants.length === 0) {
    return (
      <div className="jc-ratings">
        <p className="jc-list__legend">{messages['panel.ratings.label']}</p>
        <p className="jc-panel__hint">{messages['panel.ratings.noParticipants']}</p>
      </div>
    );
  }

  const commitNote = (participant: JourneyParticipant, text: string): string | null => {
    const rating = touchpoint.ratings?.find((r) => r.by === participant.id);
    const note = text.trim();
    if (!rating) return note === '' ? null : messages['panel.ratings.noteNeedsScore'];
    if ((rating.note ?? '') === note) return null;
    // An emptied note is removed: `note: undefined` says so (left out, setRating would keep it).
    const args = { touchpointId: touchpoint.id, by: participant.id, emotion: rating.emotion, note: note === '' ? undefined : note };
    return firstMessage(apply({ operation: 'setRating', args }));
  };

  return (
    <fieldset className="jc-ratings" aria-describedby={hintId}>
      <legend className="jc-list__legend">{messages['panel.ratings.label']}</legend>
      <RatingStats touchpoint={touchpoint} />
      <p id={hintId} className="jc-field__hint">
        {messages['panel.ratings.hint']}
      </p>
      <ul className="jc-ratings__list">
        {participants.map((participant, index) => {
          const name = participantName(participant, index, messages);
          const rating = touchpoint.ratings?.find((r) => r.by === participant.id);
          return (
            <li key={participant.id} className="jc-rating">
              <span className="jc-rating__who" aria-hidden="true">
                {name}
              </span>
              <ScoreField
                label={formatMessage(messages['panel.ratings.scoreOf'], { name })}
                hideLabel
                value={rating?.emotion}
                onCommit={(text) => commitScore(text, touchpoint, participant.id, apply, messages)}
              />
              <CommitField
                className="jc-rating__note"
                label={formatMessage(messages['panel.ratings.noteOf'], { name })}
                hideLabel
                placeholder={formatMessage(messages['panel.ratings.noteOf'], { name })}
                value={typeof rating?.note === 'string' ? rating.note : ''}
                onCommit={(text) => commitNote(participant, text)}
              />
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
