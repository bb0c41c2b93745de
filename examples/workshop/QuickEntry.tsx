/**
 * The facilitator's keyboard entry: pick a stage, type what happens with an optional emotion at
 * the end ("Waits for the invite email -2"), press Enter; the field is ready for the next one.
 */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { Stage } from 'journey-canvas/model';
import { formatEmotion } from 'journey-canvas';
import { parseEntry } from './parseEntry';
import type { Entry } from './parseEntry';

interface QuickEntryProps {
  stages: readonly Stage[];
  stageId: string;
  onStageChange: (stageId: string) => void;
  onAdd: (stageId: string, entry: Entry) => void;
}

export function QuickEntry({ stages, stageId, onStageChange, onAdd }: QuickEntryProps) {
  const [text, setText] = useState('');
  const hintId = useId();
  const entry = parseEntry(text);
  const stageName = stages.find((stage) => stage.id === stageId)?.name ?? '';

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!entry) return;
    onAdd(stageId, entry);
    setText('');
  };

  return (
    <form className="workshop-entry" onSubmit={submit}>
      <label className="workshop-entry__stage">
        <span>Stage</span>
        <select value={stageId} onChange={(event) => onStageChange(event.target.value)}>
          {stages.map((stage) => (
            <option key={stage.id} value={stage.id}>
              {stage.name}
            </option>
          ))}
        </select>
      </label>
      <label className="workshop-entry__what">
        <span>What happens</span>
        <input
          type="text"
          value={text}
          autoFocus
          autoComplete="off"
          placeholder="Waits for the invite email -2"
          aria-describedby={hintId}
          onChange={(event) => setText(event.target.value)}
        />
      </label>
      <button type="submit" disabled={!entry}>
        Add
      </button>
      <p id={hintId} className="workshop-entry__hint" aria-live="polite">
        {entry
          ? `Enter adds “${entry.title}” to ${stageName} at ${formatEmotion(entry.emotion)}.`
          : 'End with a number from -5 to 5 for the emotion. In the map: ←/→ select, ↑/↓ emotion, N adds after, Ctrl+Z undoes.'}
      </p>
    </form>
  );
}
