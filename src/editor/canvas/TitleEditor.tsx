/** The title of a card, edited in place: Enter commits, Shift+Enter is a new line, Escape cancels. */
import { useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useJourneyStoreApi, useMessages } from '../JourneyStoreContext';
import { renameTouchpoint } from './actions';
import { useCanvasApi } from './CanvasContext';

export function TitleEditor({ touchpointId, title }: { touchpointId: string; title: string }) {
  const store = useJourneyStoreApi();
  const canvas = useCanvasApi();
  const messages = useMessages();
  const [text, setText] = useState(title);
  const input = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);

  useLayoutEffect(() => {
    const element = input.current;
    if (!element) return;
    element.focus({ preventScroll: true });
    element.select();
  }, []);

  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    if (commit) renameTouchpoint(store, touchpointId, text.trim());
    store.getState().setEditingTitle(null);
    canvas.focusTouchpoint(touchpointId);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    event.stopPropagation();
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      finish(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finish(false);
    }
  };

  return (
    <textarea
      ref={input}
      className="jc-card__title-input nodrag nopan nowheel"
      aria-label={messages['canvas.card.titleInput']}
      value={text}
      rows={3}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => finish(true)}
      onPointerDown={(event) => event.stopPropagation()}
    />
  );
}
