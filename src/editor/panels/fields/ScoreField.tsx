/**
 * A score from −5 to +5, typed: a text field (so "abc" or "6" can be said to be wrong rather than
 * silently dropped by a number input) that behaves as a spin button: Up/Down step it by 0.5.
 * Like CommitField it edits the document only on commit (Enter or leaving it), shows a refused
 * value with its message, and commits typed text when it is removed before a blur. `onEnter`
 * runs after Enter committed (the rating round moves on with it).
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent, Ref } from 'react';
import { EMOTION_MAX, EMOTION_MIN } from '../../../model';
import { formatEmotion } from '../../../i18n';
import { describedBy, FieldMessage } from './FieldMessage';
import { formatBound, parseNumberText } from '../numbers';

const STEP = 0.5;

export interface ScoreFieldProps {
  label: string;
  /** The document's score, or undefined when there is none. */
  value: number | undefined;
  /** Applies the typed text; returns the message to show when it was not applied, or null. */
  onCommit: (text: string) => string | null;
  /** After Enter committed without a message. */
  onEnter?: () => void;
  hideLabel?: boolean;
  /** id of a hint read with the field. */
  hintId?: string;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
}

function clampStep(value: number): number {
  return Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, Math.round(value / STEP) * STEP));
}

export function ScoreField({ label, value, onCommit, onEnter, hideLabel = false, hintId, inputRef, className }: ScoreFieldProps) {
  const id = useId();
  const messageId = `${id}-message`;
  // With a real minus sign, as the map shows it (typed '-' and '−' both read back).
  const current = value === undefined ? '' : formatBound(value);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef({ draft, current, onCommit });
  useLayoutEffect(() => {
    latest.current = { draft, current, onCommit };
  });
  useEffect(
    () => () => {
      const { draft: pending, current: shown, onCommit: commitPending } = latest.current;
      if (pending !== null && pending !== shown) commitPending(pending);
    },
    [],
  );

  /** True when the document has what the field shows. */
  const commit = (): boolean => {
    if (draft === null || draft === current) {
      setDraft(null);
      setError(null);
      return true;
    }
    const message = onCommit(draft);
    setError(message);
    if (message === null) setDraft(null);
    return message === null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      if (commit()) onEnter?.();
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      const parsed = parseNumberText(draft ?? current);
      const base = parsed.kind === 'number' ? parsed.value : 0;
      setDraft(formatBound(clampStep(base + (event.key === 'ArrowUp' ? STEP : -STEP))));
      setError(null);
    }
  };

  const shown = draft ?? current;
  const parsed = parseNumberText(shown);
  return (
    <div className={`jc-field jc-score${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className={hideLabel ? 'jc-visually-hidden' : 'jc-field__label'}>
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        type="text"
        role="spinbutton"
        inputMode="decimal"
        autoComplete="off"
        className="jc-field__control jc-score__control"
        aria-valuemin={EMOTION_MIN}
        aria-valuemax={EMOTION_MAX}
        aria-valuenow={parsed.kind === 'number' ? parsed.value : undefined}
        aria-valuetext={parsed.kind === 'number' ? formatEmotion(parsed.value) : undefined}
        aria-invalid={error !== null ? true : undefined}
        aria-describedby={describedBy(hintId, error !== null && messageId)}
        value={shown}
        onChange={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        onBlur={() => commit()}
      />
      <FieldMessage id={messageId} message={error} />
    </div>
  );
}
