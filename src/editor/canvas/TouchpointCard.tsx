/**
 * One touchpoint card. Rendered through `memo` by TouchpointNode with the touchpoint object as a
 * prop: an edit elsewhere in the journey leaves this card's props and subscriptions unchanged,
 * so it does not re-render (during a drag only the dragged card does).
 */
import { isRated } from '../../model';
import type { Touchpoint } from '../../model';
import type { FittedLines } from '../../layout';
import { channelLabel, formatEmotion, formatMessage } from '../../i18n';
import { cardCounts } from '../../picture/cardCounts';
import { QUOTE_ICON_PATH } from '../../picture/shapes';
import { useJourneyStore, useJourneyStoreApi, useMessages } from '../JourneyStoreContext';
import { useCanvasApi } from './CanvasContext';
import { CardToolbar } from './CardToolbar';
import { selectFalse, selectNoTouchpointSelected, selectReadOnly } from './selectors';
import { SourceLines } from './SourceLines';
import { TitleEditor } from './TitleEditor';
import { useCardDrag } from './useCardDrag';

export interface TouchpointCardProps {
  touchpoint: Touchpoint;
  /** First in journey order: the canvas's tab stop while no touchpoint is selected. */
  first: boolean;
  dragging: boolean;
  /** How far a dragged card is drawn from its slot, in map pixels. */
  offsetX?: number;
}

function emotionTone(emotion: number): 'positive' | 'negative' | 'neutral' {
  return emotion > 0 ? 'positive' : emotion < 0 ? 'negative' : 'neutral';
}

/** The title box of layout's fit: its width, and as many lines as it drew (an untitled card's placeholder takes one). */
function titleStyle(fitted: FittedLines) {
  const lines = Math.max(1, fitted.lines.length);
  return { width: fitted.width, fontSize: fitted.size, lineHeight: `${fitted.lineHeight}px`, maxHeight: lines * fitted.lineHeight };
}

export function TouchpointCard({ touchpoint, first, dragging, offsetX = 0 }: TouchpointCardProps) {
  const { id } = touchpoint;
  const messages = useMessages();
  const store = useJourneyStoreApi();
  const selected = useJourneyStore((state) => state.selection?.kind === 'touchpoint' && state.selection.id === id);
  // Only the first card subscribes to 'nothing selected': the first selection re-renders one card, not all.
  const firstStop = useJourneyStore(first ? selectNoTouchpointSelected : selectFalse);
  const editing = useJourneyStore((state) => state.editingTitleId === id);
  const readOnly = useJourneyStore(selectReadOnly);
  const onPointerDown = useCardDrag(id);
  const { derivation, editable } = useCanvasApi();
  const rated = isRated(touchpoint);
  // Only a rated card asks whether the room disagrees on it (the layout's analysis decides, once per edit).
  const disagreement = useJourneyStore(
    rated ? (state) => derivation.layout(state.document, state.lanes, editable && !state.readOnly).analysis.ratings.disagreements.includes(id) : selectFalse,
  );
  const counts = cardCounts(touchpoint, messages, disagreement);
  // The title's lines as layout fitted them (the exports draw the same ones). The same object
  // while the title is unchanged, so an edit elsewhere does not re-render this card.
  const fitted = useJourneyStore((state) => derivation.layout(state.document, state.lanes, editable && !state.readOnly).cardById.get(id)?.title);

  const untitled = touchpoint.title.trim() === '';
  const title = untitled ? messages['common.untitled'] : touchpoint.title;
  const emotion = formatEmotion(touchpoint.emotion);
  const tone = emotionTone(touchpoint.emotion);
  const className = [
    'jc-card',
    selected && 'jc-card--selected',
    dragging && 'jc-card--dragging',
    touchpoint.keyMoment && 'jc-card--key',
    `jc-card--${tone}`,
  ]
    .filter(Boolean)
    .join(' ');

  // The card's name is one sentence from the catalog ("Title, emotion +2.5, Key moment, web,
  // Owner"). The button itself shows only the title, so its visible label is contained in its
  // name (WCAG 2.5.3); the badge and the meta row are drawn beside it, hidden from assistive
  // technology, so nothing is read twice.
  const extras = [
    counts.ratings?.name ?? '',
    counts.evidence?.name ?? '',
    touchpoint.keyMoment ? messages['canvas.card.keyMoment'] : '',
    touchpoint.channel ? channelLabel(touchpoint.channel, messages) : '',
    touchpoint.owner ?? '',
  ]
    .filter((part) => part !== '')
    .map((part) => `, ${part}`)
    .join('');
  const name = formatMessage(messages['canvas.card.name'], { title, emotion }) + extras;
  // A rated touchpoint's emotion is the mean of its ratings: Up/Down and the drag leave it, and say why.
  const ratedHint = counts.ratings ? formatMessage(messages['canvas.point.rated'], { emotion, n: counts.ratings.n }) : undefined;

  return (
    <div className={className} data-jc-touchpoint={id} style={offsetX !== 0 ? { transform: `translateX(${offsetX}px)` } : undefined}>
      {editing && !readOnly ? (
        <TitleEditor touchpointId={id} title={touchpoint.title} />
      ) : (
        <div
          className="jc-card__body nopan"
          role="button"
          tabIndex={selected || firstStop ? 0 : -1}
          aria-label={name}
          aria-pressed={selected}
          aria-description={ratedHint}
          data-jc-card={id}
          onPointerDown={onPointerDown}
          onFocus={() => store.getState().select({ kind: 'touchpoint', id })}
          onDoubleClick={() => {
            if (!readOnly) store.getState().setEditingTitle(id);
          }}
        >
          <span className={`jc-card__title${untitled ? ' jc-card__title--empty' : ''}`} style={fitted && titleStyle(fitted)}>
            {untitled || !fitted ? title : <SourceLines text={title} fitted={fitted} />}
          </span>
        </div>
      )}
      {!editing && (
        <span className={`jc-card__emotion jc-card__emotion--${tone}`} aria-hidden="true">
          {emotion}
        </span>
      )}
      {!editing && counts.ratings && (
        <span
          className={`jc-card__ratings${counts.ratings.disagreement ? ' jc-card__ratings--disagree' : ''}`}
          aria-hidden="true"
          data-n={counts.ratings.n}
        >
          {counts.ratings.label}
        </span>
      )}
      {!editing && (touchpoint.channel || touchpoint.owner || touchpoint.keyMoment || counts.evidence) && (
        <div className="jc-card__meta" aria-hidden="true">
          {touchpoint.keyMoment && (
            <span className="jc-card__key" title={messages['canvas.card.keyMoment']}>
              {'\u2605'}
            </span>
          )}
          {touchpoint.channel && <span className="jc-card__channel">{channelLabel(touchpoint.channel, messages)}</span>}
          {touchpoint.owner && <span className="jc-card__owner">{touchpoint.owner}</span>}
          {counts.evidence && (
            <span className="jc-card__evidence" data-count={counts.evidence.count}>
              <svg viewBox="0 0 16 16" width="13" height="13" aria-hidden="true">
                <path d={QUOTE_ICON_PATH} fill="currentColor" />
              </svg>
              {counts.evidence.label}
            </span>
          )}
        </div>
      )}
      {selected && !readOnly && !editing && !dragging && <CardToolbar touchpointId={id} title={title} ratedHint={ratedHint} />}
    </div>
  );
}
