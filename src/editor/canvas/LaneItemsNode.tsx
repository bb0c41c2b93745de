/**
 * A touchpoint's pain points, delights or opportunities as chips in their lane. Chips are edited
 * in place (an emptied chip is removed) and `+` adds one; each commit is one `updateTouchpoint`.
 */
import { memo, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { NodeProps } from '@xyflow/react';
import { formatMessage } from '../../i18n';
import { MAP } from '../../layout';
import type { FittedLines } from '../../layout';
import { useJourneyStore, useJourneyStoreApi, useMessages } from '../JourneyStoreContext';
import type { LaneItemsNode as LaneItemsNodeType } from './nodeData';
import { selectReadOnly } from './selectors';
import { SourceLines } from './SourceLines';

const CHIP_PADDING_Y = MAP.chipPaddingY;

/** A chip's box for the lines layout fitted: as many lines as it drew, at the fit's size. */
function chipStyle(fitted: FittedLines | undefined) {
  if (!fitted) return undefined;
  return { fontSize: fitted.size, lineHeight: `${fitted.lineHeight}px`, maxHeight: Math.max(1, fitted.lines.length) * fitted.lineHeight + 2 * CHIP_PADDING_Y };
}

function ItemInput({ initial, label, onDone }: { initial: string; label: string; onDone: (text: string | null) => void }) {
  const [text, setText] = useState(initial);
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);
  useLayoutEffect(() => {
    ref.current?.focus({ preventScroll: true });
    ref.current?.select();
  }, []);
  const finish = (value: string | null) => {
    if (done.current) return;
    done.current = true;
    onDone(value);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    event.stopPropagation();
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      finish(text);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finish(null);
    }
  };
  return (
    <textarea
      ref={ref}
      className="jc-chip__input nodrag nopan nowheel"
      aria-label={label}
      rows={2}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => finish(text)}
      onPointerDown={(event) => event.stopPropagation()}
    />
  );
}

function LaneItemsView({ data }: NodeProps<LaneItemsNodeType>) {
  const { touchpointId, title, items, texts, lane, editable } = data;
  const messages = useMessages();
  const store = useJourneyStoreApi();
  const readOnly = useJourneyStore(selectReadOnly);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const canEdit = editable && !readOnly;
  const shownTitle = title.trim() === '' ? messages['common.untitled'] : title;

  const commit = (index: number | 'new', text: string | null) => {
    setEditing(null);
    if (text === null) return;
    const value = text.trim();
    const next = [...items];
    if (index === 'new') {
      if (value === '') return;
      next.push(value);
    } else if (value === '') {
      next.splice(index, 1);
    } else {
      if (next[index] === value) return;
      next[index] = value;
    }
    const result = store.getState().apply({ operation: 'updateTouchpoint', args: { id: touchpointId, changes: { [lane]: next } } });
    if (!result.ok) store.getState().setProblem({ source: 'operation', errors: result.errors });
  };

  return (
    <ul className={`jc-chips jc-chips--${lane}`} aria-label={`${messages[`canvas.lane.${lane}`]}: ${shownTitle}`}>
      {items.map((item, index) => {
        const fitted = texts[index];
        const lines = fitted ? <SourceLines text={item} fitted={fitted} /> : item;
        return (
          <li key={`${index}:${item}`} className="jc-chips__item">
            {editing === index ? (
              <ItemInput initial={item} label={messages['canvas.item.input']} onDone={(text) => commit(index, text)} />
            ) : canEdit ? (
              <button
                type="button"
                className={`jc-chip jc-chip--${lane} nopan`}
                title={formatMessage(messages['canvas.item.edit'], { text: item })}
                // The text as written: a browser may read the line breaks between the text nodes as spaces.
                aria-label={item}
                style={chipStyle(fitted)}
                onClick={() => setEditing(index)}
              >
                {lines}
              </button>
            ) : (
              <span className={`jc-chip jc-chip--${lane}`} style={chipStyle(fitted)}>
                {lines}
              </span>
            )}
          </li>
        );
      })}
      {canEdit && (
        <li className="jc-chips__item">
          {editing === 'new' ? (
            <ItemInput initial="" label={messages['canvas.item.input']} onDone={(text) => commit('new', text)} />
          ) : (
            <button
              type="button"
              className="jc-chips__add nopan"
              aria-label={formatMessage(messages[`canvas.item.add.${lane}`], { title: shownTitle })}
              title={formatMessage(messages[`canvas.item.add.${lane}`], { title: shownTitle })}
              onClick={() => setEditing('new')}
            >
              <span aria-hidden="true">+</span>
            </button>
          )}
        </li>
      )}
    </ul>
  );
}

export const LaneItemsNode = memo(LaneItemsView);
