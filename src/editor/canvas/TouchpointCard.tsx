/**
 * One touchpoint card. Rendered through `memo` by TouchpointNode with the touchpoint object as a
 * prop: an edit elsewhere in the journey leaves this card's props and subscriptions unchanged,
 * so it does not re-render (during a drag only the dragged card does).
 */
import type { Touchpoint } from '../../model';
import { formatEmotion, formatMessage } from '../../i18n';
import { useJourneyStore, useJourneyStoreApi, useMessages } from '../JourneyStoreContext';
import { CardToolbar } from './CardToolbar';
import { selectNoTouchpointSelected, selectReadOnly } from './selectors';
import { TitleEditor } from './TitleEditor';
import { useCardDrag } from './useCardDrag';

export interface TouchpointCardProps {
  touchpoint: Touchpoint;
  journeyIndex: number;
  titleLines: number;
  dragging: boolean;
}

function emotionTone(emotion: number): 'positive' | 'negative' | 'neutral' {
  return emotion > 0 ? 'positive' : emotion < 0 ? 'negative' : 'neutral';
}

export function TouchpointCard({ touchpoint, journeyIndex, titleLines, dragging }: TouchpointCardProps) {
  const { id } = touchpoint;
  const messages = useMessages();
  const store = useJourneyStoreApi();
  const selected = useJourneyStore((state) => state.selection?.kind === 'touchpoint' && state.selection.id === id);
  const firstStop = useJourneyStore(selectNoTouchpointSelected) && journeyIndex === 0;
  const editing = useJourneyStore((state) => state.editingTitleId === id);
  const readOnly = useJourneyStore(selectReadOnly);
  const onPointerDown = useCardDrag(id);

  const title = touchpoint.title.trim() === '' ? messages['common.untitled'] : touchpoint.title;
  const emotion = formatEmotion(touchpoint.emotion);
  let name = formatMessage(messages['canvas.card.name'], { title, emotion });
  if (touchpoint.keyMoment) name += `, ${messages['canvas.card.keyMoment']}`;
  const className = [
    'jc-card',
    selected && 'jc-card--selected',
    dragging && 'jc-card--dragging',
    touchpoint.keyMoment && 'jc-card--key',
    `jc-card--${emotionTone(touchpoint.emotion)}`,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div className={className} data-jc-touchpoint={id}>
      {editing && !readOnly ? (
        <TitleEditor touchpointId={id} title={touchpoint.title} />
      ) : (
        <div
          className="jc-card__body nopan"
          role="button"
          tabIndex={selected || firstStop ? 0 : -1}
          aria-label={name}
          aria-pressed={selected}
          data-jc-card={id}
          onPointerDown={onPointerDown}
          onFocus={() => store.getState().select({ kind: 'touchpoint', id })}
          onDoubleClick={() => {
            if (!readOnly) store.getState().setEditingTitle(id);
          }}
        >
          <div className="jc-card__top">
            <span className={`jc-card__title${touchpoint.title.trim() === '' ? ' jc-card__title--empty' : ''}`} style={{ WebkitLineClamp: titleLines }}>
              {title}
            </span>
            <span className={`jc-card__emotion jc-card__emotion--${emotionTone(touchpoint.emotion)}`} aria-hidden="true">
              {emotion}
            </span>
          </div>
          {(touchpoint.channel || touchpoint.owner || touchpoint.keyMoment) && (
            <div className="jc-card__meta">
              {touchpoint.keyMoment && (
                <span className="jc-card__key" title={messages['canvas.card.keyMoment']}>
                  <span aria-hidden="true">{'\u2605'}</span>
                </span>
              )}
              {touchpoint.channel && <span className="jc-card__channel">{touchpoint.channel}</span>}
              {touchpoint.owner && <span className="jc-card__owner">{touchpoint.owner}</span>}
            </div>
          )}
        </div>
      )}
      {selected && !readOnly && !editing && !dragging && <CardToolbar touchpointId={id} title={title} />}
    </div>
  );
}
