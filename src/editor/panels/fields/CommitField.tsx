/**
 * A text field that edits the document only when the person commits: on Enter (Ctrl/Cmd+Enter in
 * a multi-line field) or when focus leaves it. Focusing or leaving it unchanged changes nothing.
 * Escape puts the document's value back. A value the document rejects stays in the field with its
 * message beside it (aria-invalid + aria-describedby) and is not applied. A field removed while it
 * holds typed text (the selection moved on without a blur) commits that text rather than lose it.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { HTMLAttributes, KeyboardEvent } from 'react';
import { describedBy, FieldMessage } from './FieldMessage';

/** Returns the message to show when the value was not applied, or null when it was. */
export type CommitHandler = (text: string, element: HTMLInputElement | HTMLTextAreaElement) => string | null;

export interface CommitFieldProps {
  label: string;
  /** The document's value, as text. */
  value: string;
  onCommit: CommitHandler;
  multiline?: boolean;
  /** `text` by default; `number` for a spin button. */
  type?: 'text' | 'number';
  min?: number;
  max?: number;
  step?: number;
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  /** id of a <datalist> of suggestions. */
  list?: string;
  /** A short help text shown under the field and read with it. */
  hint?: string;
  /** Hides the label visually (it stays the field's accessible name). */
  hideLabel?: boolean;
  /** Shown in the empty field (never instead of a label). */
  placeholder?: string;
  className?: string;
}

export function CommitField(props: CommitFieldProps) {
  const { label, value, onCommit, multiline = false, hint, hideLabel = false, className } = props;
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const messageId = `${id}-message`;
  const hintId = hint ? `${id}-hint` : undefined;
  const element = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const latest = useRef({ draft, value, onCommit });
  useLayoutEffect(() => {
    latest.current = { draft, value, onCommit };
  });
  useEffect(() => {
    const field = element.current;
    return () => {
      const { draft: pending, value: current, onCommit: commitPending } = latest.current;
      if (pending !== null && pending !== current && field) commitPending(pending, field);
    };
  }, []);

  const commit = (element: HTMLInputElement | HTMLTextAreaElement) => {
    if (draft === null) return;
    if (draft === value && !isBadNumber(element)) {
      setDraft(null);
      setError(null);
      return;
    }
    const message = onCommit(draft, element);
    if (message === null) {
      setDraft(null);
      setError(null);
    } else {
      setError(message);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    // Enter while an input method is composing (Chinese, Japanese…) picks a candidate: not a commit.
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commit(event.currentTarget);
    } else if (event.key === 'Escape' && (draft !== null || error !== null)) {
      event.preventDefault();
      event.stopPropagation();
      setDraft(null);
      setError(null);
    }
  };

  const shared = {
    id,
    value: draft ?? value,
    'aria-invalid': error !== null ? true : undefined,
    'aria-describedby': describedBy(hintId, error !== null && messageId),
    onChange: (event: { currentTarget: { value: string } }) => setDraft(event.currentTarget.value),
    onKeyDown,
    onBlur: (event: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => commit(event.currentTarget),
    className: 'jc-field__control',
    ref: element,
  };

  return (
    <div className={`jc-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'jc-visually-hidden' : 'jc-field__label'}>
        {label}
      </label>
      {multiline ? (
        <textarea {...shared} rows={3} />
      ) : (
        <input
          {...shared}
          type={props.type ?? 'text'}
          min={props.min}
          max={props.max}
          step={props.step}
          inputMode={props.inputMode}
          list={props.list}
          placeholder={props.placeholder}
          autoComplete="off"
        />
      )}
      {hint ? (
        <p id={hintId} className="jc-field__hint">
          {hint}
        </p>
      ) : null}
      <FieldMessage id={messageId} message={error} />
    </div>
  );
}

/** A number field holding text the browser could not read as a number (its value reads as ''). */
function isBadNumber(element: HTMLInputElement | HTMLTextAreaElement): boolean {
  return element instanceof HTMLInputElement && element.type === 'number' && element.validity.badInput;
}
