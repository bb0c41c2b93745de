/**
 * `<PersonaPanel />`: the person this journey is about. Collapsed by default (it is reference
 * material beside the map); its header names the persona. Every field edits through updatePersona.
 */
import { useId, useState } from 'react';
import { formatMessage } from '../../i18n';
import type { JourneyMessageKey } from '../../i18n';
import type { Persona } from '../../model';
import { useJourneyStore, useMessages } from '../JourneyStoreContext';
import { CommitField } from './fields/CommitField';
import { ListEditor } from './fields/ListEditor';
import { selectPersona, selectReadOnly } from './selectors';
import { firstMessage, useApply } from './useApply';
import './panels.css';

const LISTS = [
  ['goals', 'panel.persona.goals'],
  ['motivations', 'panel.persona.motivations'],
  ['frustrations', 'panel.persona.frustrations'],
] as const satisfies readonly (readonly [keyof Persona, JourneyMessageKey])[];

export interface PersonaPanelProps {
  /** Start expanded. @default false */
  defaultExpanded?: boolean;
}

export function PersonaPanel({ defaultExpanded = false }: PersonaPanelProps) {
  const messages = useMessages();
  const persona = useJourneyStore(selectPersona);
  const readOnly = useJourneyStore(selectReadOnly);
  const apply = useApply();
  const [expanded, setExpanded] = useState(defaultExpanded);
  const bodyId = useId();
  const name = typeof persona?.name === 'string' ? persona.name.trim() : '';

  const update = (changes: Partial<Persona>) => firstMessage(apply({ operation: 'updatePersona', args: { persona: changes } }));
  const text = (key: 'name' | 'summary') => (typeof persona?.[key] === 'string' ? persona[key] : '');
  const list = (key: 'goals' | 'motivations' | 'frustrations') => (Array.isArray(persona?.[key]) ? persona[key] : undefined);

  return (
    <section className="jc-panel jc-persona">
      <h2 className="jc-panel__title">
        <button
          type="button"
          className="jc-disclosure"
          aria-expanded={expanded}
          aria-controls={bodyId}
          onClick={() => setExpanded((open) => !open)}
        >
          <span className="jc-disclosure__icon" aria-hidden="true">
            {expanded ? '▾' : '▸'}
          </span>
          {name === '' ? messages['panel.persona.label'] : formatMessage(messages['panel.persona.labelWithName'], { name })}
        </button>
      </h2>
      <div id={bodyId} className="jc-persona__body" hidden={!expanded}>
        {expanded ? (
          readOnly ? (
            <PersonaText persona={persona} />
          ) : (
            <>
              <CommitField
                label={messages['panel.persona.name']}
                value={text('name')}
                onCommit={(value) => update({ name: value.trim() === '' ? undefined : value.trim() })}
              />
              <CommitField
                label={messages['panel.persona.summary']}
                multiline
                value={text('summary')}
                onCommit={(value) => update({ summary: value.trim() === '' ? undefined : value.trim() })}
              />
              {LISTS.map(([key, labelKey]) => (
                <ListEditor
                  key={key}
                  label={messages[labelKey]}
                  items={list(key)}
                  onCommit={(items) => update({ [key]: items.length > 0 ? items : undefined })}
                />
              ))}
              {persona ? (
                <button type="button" className="jc-button jc-button--danger" onClick={() => apply({ operation: 'updatePersona', args: { persona: null } })}>
                  {messages['panel.persona.remove']}
                </button>
              ) : null}
            </>
          )
        ) : null}
      </div>
    </section>
  );
}

function PersonaText({ persona }: { persona: Persona | undefined }) {
  const messages = useMessages();
  if (!persona) return <p className="jc-panel__hint">{messages['panel.persona.none']}</p>;
  return (
    <>
      {typeof persona.summary === 'string' && persona.summary !== '' ? <p className="jc-persona__summary">{persona.summary}</p> : null}
      {LISTS.map(([key, labelKey]) => (
        <ListEditor key={key} label={messages[labelKey]} items={Array.isArray(persona[key]) ? persona[key] : undefined} onCommit={() => null} readOnly />
      ))}
    </>
  );
}
