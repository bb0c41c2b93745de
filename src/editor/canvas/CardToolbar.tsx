/**
 * Buttons under the selected card (in the gap above the emotion scale, never over its stage
 * header), 30 px square: a single-click way for everything a drag or a key does (WCAG 2.5.7):
 * emotion up/down, move earlier/later, edit the title, duplicate, delete.
 */
import type { ReactNode } from 'react';
import { formatMessage } from '../../i18n';
import { useJourneyStoreApi, useMessages } from '../JourneyStoreContext';
import { changeEmotion, deleteTouchpoint, duplicateTouchpoint, shiftTouchpoint } from './actions';
import { useCanvasApi } from './CanvasContext';

export function CardToolbar({ touchpointId, title, ratedHint }: { touchpointId: string; title: string; ratedHint?: string }) {
  const store = useJourneyStoreApi();
  const canvas = useCanvasApi();
  const messages = useMessages();
  // A rated touchpoint's emotion is the mean of its ratings: its emotion buttons are off and say why.
  const buttons: Array<{ key: string; glyph: ReactNode; label: string; run: () => void; why?: string }> = [
    { key: 'down', glyph: '\u25BE', label: messages['canvas.action.emotionDown'], run: () => changeEmotion(store, touchpointId, -0.5), why: ratedHint },
    { key: 'up', glyph: '\u25B4', label: messages['canvas.action.emotionUp'], run: () => changeEmotion(store, touchpointId, 0.5), why: ratedHint },
    { key: 'earlier', glyph: '\u2190', label: messages['canvas.action.moveEarlier'], run: () => shiftTouchpoint(store, touchpointId, -1) },
    { key: 'later', glyph: '\u2192', label: messages['canvas.action.moveLater'], run: () => shiftTouchpoint(store, touchpointId, 1) },
    { key: 'edit', glyph: '\u270E', label: messages['canvas.action.editTitle'], run: () => store.getState().setEditingTitle(touchpointId) },
    {
      key: 'duplicate',
      glyph: <DuplicateIcon />,
      label: messages['canvas.action.duplicate'],
      run: () => {
        const id = duplicateTouchpoint(store, touchpointId);
        if (id) canvas.focusTouchpoint(id);
      },
    },
    {
      key: 'delete',
      glyph: '\u00D7',
      label: messages['canvas.action.delete'],
      run: () => {
        const next = deleteTouchpoint(store, touchpointId);
        if (next) canvas.focusTouchpoint(next);
      },
    },
  ];
  return (
    <div className="jc-card-toolbar nodrag nopan" role="toolbar" aria-label={formatMessage(messages['canvas.action.toolbar'], { title })}>
      {buttons.map((button) => (
        <button
          key={button.key}
          type="button"
          className={`jc-card-toolbar__button jc-card-toolbar__button--${button.key}`}
          aria-label={button.label}
          aria-description={button.why}
          aria-disabled={button.why ? true : undefined}
          title={button.why ?? button.label}
          onClick={button.why ? undefined : button.run}
        >
          <span aria-hidden="true">{button.glyph}</span>
        </button>
      ))}
    </div>
  );
}

/**
 * Two overlapping squares, drawn: the character for it (U+29C9) is missing from common font
 * stacks (Debian's DejaVu and Noto CJK among them) and showed as an empty box.
 */
function DuplicateIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" fill="none" stroke="currentColor" strokeWidth="1.5" focusable="false">
      <rect x="1" y="4" width="9" height="9" rx="1.5" />
      <path d="M4 4V2.5A1.5 1.5 0 0 1 5.5 1h6A1.5 1.5 0 0 1 13 2.5v6a1.5 1.5 0 0 1-1.5 1.5H10" />
    </svg>
  );
}
