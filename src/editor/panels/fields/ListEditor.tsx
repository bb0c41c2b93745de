/**
 * Edits a list of short texts (pain points, delights, goals…): each item is a field that commits
 * like any other (an item emptied on commit is removed), each has a remove button, and a last
 * field adds a new item. Every change is one commit of the whole new list.
 */
import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { formatMessage } from '../../../i18n';
import { useMessages } from '../../JourneyStoreContext';
import { CommitField } from './CommitField';
import { describedBy, FieldMessage } from './FieldMessage';

export interface ListEditorProps {
  label: string;
  items: readonly string[] | undefined;
  /** Commits the whole new list; returns the message to show when it was not applied. */
  onCommit: (items: string[]) => string | null;
  readOnly?: boolean;
}

export function ListEditor({ label, items = [], onCommit, readOnly = false }: ListEditorProps) {
  const messages = useMessages();
  const id = useId();
  const [newItem, setNewItem] = useState('');
  const [error, setError] = useState<string | null>(null);
  const messageId = `${id}-message`;
  const newItemId = `${id}-new`;

  const commit = (next: string[]) => {
    const message = onCommit(next);
    setError(message);
    return message;
  };

  const add = () => {
    const text = newItem.trim();
    if (text === '') return;
    if (commit([...items, text]) === null) setNewItem('');
  };

  const onNewItemKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      event.preventDefault();
      add();
    }
  };

  if (readOnly) {
    return (
      <div className="jc-list">
        <p className="jc-list__legend">{label}</p>
        {items.length === 0 ? (
          <p className="jc-list__empty">{messages['panel.list.empty']}</p>
        ) : (
          <ul className="jc-list__items">
            {items.map((item, index) => (
              <li key={index}>{item}</li>
            ))}
          </ul>
        )}
      </div>
    );
  }

  return (
    <fieldset className="jc-list" aria-describedby={describedBy(error !== null && messageId)}>
      <legend className="jc-list__legend">{label}</legend>
      {items.length > 0 ? (
        <ol className="jc-list__items">
          {items.map((item, index) => {
            const position = { list: label, index: index + 1 };
            return (
              <li key={index} className="jc-list__item">
                <CommitField
                  label={formatMessage(messages['panel.list.item'], position)}
                  hideLabel
                  value={item}
                  onCommit={(text) => {
                    const trimmed = text.trim();
                    const next = trimmed === '' ? items.filter((_, i) => i !== index) : items.map((old, i) => (i === index ? trimmed : old));
                    return commit(next);
                  }}
                />
                <button
                  type="button"
                  className="jc-button jc-button--icon"
                  aria-label={formatMessage(messages['panel.list.remove'], position)}
                  title={formatMessage(messages['panel.list.remove'], position)}
                  onClick={() => commit(items.filter((_, i) => i !== index))}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ol>
      ) : null}
      <div className="jc-list__add">
        <label htmlFor={newItemId} className="jc-visually-hidden">
          {formatMessage(messages['panel.list.newItem'], { list: label })}
        </label>
        <input
          id={newItemId}
          className="jc-field__control"
          value={newItem}
          autoComplete="off"
          placeholder={formatMessage(messages['panel.list.newItem'], { list: label })}
          onChange={(event) => setNewItem(event.currentTarget.value)}
          onKeyDown={onNewItemKeyDown}
        />
        <button
          type="button"
          className="jc-button"
          aria-label={formatMessage(messages['panel.list.addTo'], { list: label })}
          onClick={add}
          disabled={newItem.trim() === ''}
        >
          {messages['panel.list.add']}
        </button>
      </div>
      <FieldMessage id={messageId} message={error} />
    </fieldset>
  );
}
