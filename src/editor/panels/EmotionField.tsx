/**
 * The emotion of a touchpoint: a number field (commits on Enter or blur) and a slider. A keyboard
 * step on the slider is one edit; a pointer drag on it is one gesture, so the map follows live
 * and the whole drag is one undo step and one onChange.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { EMOTION_MAX, EMOTION_MIN } from '../../model';
import { useJourneyStoreApi, useMessages } from '../JourneyStoreContext';
import { CommitField } from './fields/CommitField';
import { parseNumberText, rangeMessage } from './numbers';
import { firstMessage } from './useApply';
import type { ApplyChange } from './useApply';
import { useLatestCallback } from '../useLatestCallback';

export interface EmotionFieldProps {
  touchpointId: string;
  emotion: number;
  apply: ApplyChange;
  /** Accessible name of the number field. */
  label: string;
  hideLabel?: boolean;
  /** Adds the slider under the number field. */
  slider?: boolean;
}

/** Validates typed emotion text and applies it; returns the message to show, or null. */
export function commitEmotionText(
  text: string,
  element: HTMLInputElement | HTMLTextAreaElement,
  touchpointId: string,
  apply: ApplyChange,
  messages: ReturnType<typeof useMessages>,
): string | null {
  const parsed = parseNumberText(text);
  const badInput = element instanceof HTMLInputElement && element.validity.badInput;
  if (badInput || parsed.kind === 'invalid') return messages['panel.field.notANumber'];
  if (parsed.kind === 'empty') return rangeMessage(messages, Number.NaN, EMOTION_MIN, EMOTION_MAX);
  const outside = rangeMessage(messages, parsed.value, EMOTION_MIN, EMOTION_MAX);
  if (outside) return outside;
  return firstMessage(apply({ operation: 'setEmotion', args: { id: touchpointId, emotion: parsed.value } }));
}

export function EmotionField({ touchpointId, emotion, apply, label, hideLabel, slider = false }: EmotionFieldProps) {
  const messages = useMessages();
  return (
    <div className="jc-emotion-field">
      <CommitField
        label={label}
        hideLabel={hideLabel}
        type="number"
        min={EMOTION_MIN}
        max={EMOTION_MAX}
        step={0.5}
        value={String(emotion)}
        hint={slider ? messages['panel.touchpoint.emotionRange'] : undefined}
        onCommit={(text, element) => commitEmotionText(text, element, touchpointId, apply, messages)}
      />
      {slider ? <EmotionSlider touchpointId={touchpointId} emotion={emotion} apply={apply} /> : null}
    </div>
  );
}

function EmotionSlider({ touchpointId, emotion, apply }: { touchpointId: string; emotion: number; apply: ApplyChange }) {
  const store = useJourneyStoreApi();
  const messages = useMessages();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const dragging = useRef(false);
  // What the slider shows between an input event and its commit (keyboard steps).
  const [draft, setDraft] = useState<number | null>(null);

  const endDrag = useCallback(() => {
    if (!dragging.current) return;
    dragging.current = false;
    store.getState().endGesture();
    setDraft(null);
  }, [store]);

  // The committing `change` event fires once per keyboard step and once at the end of a drag
  // (React's onChange fires on every `input` event, which is too often for an undo step).
  const onNativeChange = useLatestCallback(() => {
    const element = input.current;
    if (!element) return;
    if (dragging.current) {
      endDrag();
      return;
    }
    setDraft(null);
    apply({ operation: 'setEmotion', args: { id: touchpointId, emotion: Number(element.value) } });
  });

  useEffect(() => {
    const element = input.current;
    if (!element) return;
    const change = () => onNativeChange();
    const up = () => endDrag();
    element.addEventListener('change', change);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', up);
    return () => {
      element.removeEventListener('change', change);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', up);
    };
  }, [endDrag, onNativeChange]);

  return (
    <div className="jc-emotion-field__slider">
      <label htmlFor={id} className="jc-visually-hidden">
        {messages['panel.touchpoint.emotionSlider']}
      </label>
      <span aria-hidden="true" className="jc-emotion-field__bound">
        −5
      </span>
      <input
        ref={input}
        id={id}
        type="range"
        min={EMOTION_MIN}
        max={EMOTION_MAX}
        step={0.5}
        value={draft ?? emotion}
        onPointerDown={() => {
          if (store.getState().readOnly) return;
          dragging.current = true;
          store.getState().beginGesture();
        }}
        onChange={(event) => {
          const value = Number(event.currentTarget.value);
          if (dragging.current) store.getState().updateGesture({ operation: 'setEmotion', args: { id: touchpointId, emotion: value } });
          else setDraft(value);
        }}
        onBlur={() => endDrag()}
      />
      <span aria-hidden="true" className="jc-emotion-field__bound">
        +5
      </span>
    </div>
  );
}
