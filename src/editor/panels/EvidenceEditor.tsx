/**
 * A touchpoint's evidence in the inspector: quotes, observations, data and links behind it. Lists
 * them (text as text, never HTML; a link opens in a new tab, and only an http:, https: or mailto:
 * one is ever a link), adds one, edits one in place, removes one: each change one named
 * operation (`addEvidence`, `updateEvidence`, `removeEvidence`), one undo step.
 * A url of any other scheme (`javascript:`, `data:`) is a field error and nothing is saved.
 */
import { useId, useState } from 'react';
import { formatMessage } from '../../i18n';
import type { JourneyMessages } from '../../i18n';
import { EVIDENCE_KINDS, isEvidenceUrl } from '../../model';
import type { EvidenceKind, Touchpoint, TouchpointEvidence } from '../../model';
// The model's own rule for a link (not re-exported from the model's index): one rule, two places.
import { useMessages } from '../JourneyStoreContext';
import { CommitField } from './fields/CommitField';
import { FieldMessage } from './fields/FieldMessage';
import { firstMessage } from './useApply';
import type { ApplyChange } from './useApply';

const KINDS: readonly EvidenceKind[] = EVIDENCE_KINDS;

/** The message for a typed url, or null when it is empty or may be a link. */
function urlMessage(text: string, messages: JourneyMessages): string | null {
  const url = text.trim();
  return url === '' || isEvidenceUrl(url) ? null : messages['panel.evidence.urlInvalid'];
}

function optionalText(text: string): string | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

export function EvidenceEditor({ touchpoint, apply }: { touchpoint: Touchpoint; apply: ApplyChange }) {
  const messages = useMessages();
  const evidence = touchpoint.evidence ?? [];
  const [editing, setEditing] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const headingId = useId();
  const touchpointId = touchpoint.id;

  const update = (index: number, changes: Partial<Pick<TouchpointEvidence, 'kind' | 'text' | 'source' | 'url'>>) =>
    firstMessage(apply({ operation: 'updateEvidence', args: { touchpointId, index, changes } }));

  const remove = (index: number) => {
    if (apply({ operation: 'removeEvidence', args: { touchpointId, index } }) !== null) return;
    setEditing((current) => (current === null || current < index ? current : current === index ? null : current - 1));
  };

  return (
    <section className="jc-evidence" aria-labelledby={headingId}>
      <h4 id={headingId} className="jc-list__legend">
        {messages['panel.evidence.label']}
      </h4>
      {evidence.length === 0 ? <p className="jc-list__empty">{messages['panel.evidence.none']}</p> : null}
      {evidence.length > 0 ? (
        <ol className="jc-evidence__list">
          {evidence.map((item, index) => {
            const position = { index: index + 1 };
            return (
              <li key={index} className="jc-evidence__item" data-kind={item.kind}>
                {editing === index ? (
                  <EvidenceFields item={item} onCommit={(changes) => update(index, changes)} />
                ) : (
                  <EvidenceView item={item} />
                )}
                <div className="jc-evidence__actions">
                  <button
                    type="button"
                    className="jc-button"
                    aria-expanded={editing === index}
                    aria-label={editing === index ? undefined : formatMessage(messages['panel.evidence.edit'], position)}
                    onClick={() => setEditing(editing === index ? null : index)}
                  >
                    {editing === index ? messages['panel.evidence.done'] : messages['panel.evidence.editShort']}
                  </button>
                  <button type="button" className="jc-button jc-button--danger" aria-label={formatMessage(messages['panel.evidence.remove'], position)} onClick={() => remove(index)}>
                    {messages['panel.evidence.removeShort']}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      ) : null}
      {adding ? (
        <NewEvidence
          onAdd={(item) => {
            const message = firstMessage(apply({ operation: 'addEvidence', args: { touchpointId, evidence: item } }));
            if (message === null) setAdding(false);
            return message;
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <button type="button" className="jc-button" onClick={() => setAdding(true)}>
          <span aria-hidden="true">+ </span>
          {messages['panel.evidence.add']}
        </button>
      )}
    </section>
  );
}

/** One piece of evidence as people read it: its kind, its text, where it is from. */
function EvidenceView({ item }: { item: TouchpointEvidence }) {
  const messages = useMessages();
  const kind = KINDS.includes(item.kind) ? messages[`panel.evidence.kind.${item.kind}`] : String(item.kind);
  const source = typeof item.source === 'string' && item.source !== '' ? item.source : null;
  const url = typeof item.url === 'string' && item.url !== '' ? item.url : null;
  return (
    <>
      <span className="jc-evidence__kind">{kind}</span>
      <p className="jc-evidence__text">{item.text}</p>
      {source || url ? (
        <p className="jc-evidence__source">
          {source}
          {source && url ? ' · ' : null}
          {url && isEvidenceUrl(url) ? (
            <a href={url} target="_blank" rel="noopener noreferrer">
              {url}
              <span className="jc-visually-hidden"> {messages['panel.evidence.opensNewTab']}</span>
            </a>
          ) : (
            url
          )}
        </p>
      ) : null}
    </>
  );
}

type EvidenceChanges = Partial<Pick<TouchpointEvidence, 'kind' | 'text' | 'source' | 'url'>>;

/** The fields of one stored piece of evidence; each commits on its own. */
function EvidenceFields({ item, onCommit }: { item: TouchpointEvidence; onCommit: (changes: EvidenceChanges) => string | null }) {
  const messages = useMessages();
  const kindId = useId();
  return (
    <div className="jc-evidence__fields">
      <div className="jc-field">
        <label htmlFor={kindId} className="jc-field__label">
          {messages['panel.evidence.kind']}
        </label>
        <select id={kindId} className="jc-field__control" value={item.kind} onChange={(event) => onCommit({ kind: event.currentTarget.value as EvidenceKind })}>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {messages[`panel.evidence.kind.${kind}`]}
            </option>
          ))}
        </select>
      </div>
      <CommitField
        label={messages['panel.evidence.text']}
        multiline
        value={item.text}
        onCommit={(text) => (text.trim() === '' ? messages['panel.field.required'] : onCommit({ text: text.trim() }))}
      />
      <CommitField label={messages['panel.evidence.source']} value={item.source ?? ''} onCommit={(text) => onCommit({ source: optionalText(text) })} />
      <CommitField
        label={messages['panel.evidence.url']}
        inputMode="url"
        value={item.url ?? ''}
        onCommit={(text) => urlMessage(text, messages) ?? onCommit({ url: optionalText(text) })}
      />
    </div>
  );
}

/** A new piece of evidence, added as a whole (text is required; the url is checked first). */
function NewEvidence({ onAdd, onCancel }: { onAdd: (item: TouchpointEvidence) => string | null; onCancel: () => void }) {
  const messages = useMessages();
  const id = useId();
  const [kind, setKind] = useState<EvidenceKind>('quote');
  const [text, setText] = useState('');
  const [source, setSource] = useState('');
  const [url, setUrl] = useState('');
  const [textError, setTextError] = useState<string | null>(null);
  const [urlError, setUrlError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const add = () => {
    const textMessage = text.trim() === '' ? messages['panel.field.required'] : null;
    const linkMessage = urlMessage(url, messages);
    setTextError(textMessage);
    setUrlError(linkMessage);
    if (textMessage || linkMessage) return;
    const item: TouchpointEvidence = { kind, text: text.trim() };
    if (source.trim() !== '') item.source = source.trim();
    if (url.trim() !== '') item.url = url.trim();
    setError(onAdd(item));
  };

  return (
    <div className="jc-evidence__form" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="jc-evidence__form-title">
        {messages['panel.evidence.new']}
      </p>
      <div className="jc-field">
        <label htmlFor={`${id}-kind`} className="jc-field__label">
          {messages['panel.evidence.kind']}
        </label>
        <select id={`${id}-kind`} className="jc-field__control" value={kind} onChange={(event) => setKind(event.currentTarget.value as EvidenceKind)}>
          {KINDS.map((option) => (
            <option key={option} value={option}>
              {messages[`panel.evidence.kind.${option}`]}
            </option>
          ))}
        </select>
      </div>
      <div className="jc-field">
        <label htmlFor={`${id}-text`} className="jc-field__label">
          {messages['panel.evidence.text']}
        </label>
        <textarea
          id={`${id}-text`}
          className="jc-field__control"
          rows={3}
          value={text}
          aria-invalid={textError !== null ? true : undefined}
          aria-describedby={textError !== null ? `${id}-text-message` : undefined}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        <FieldMessage id={`${id}-text-message`} message={textError} />
      </div>
      <div className="jc-field">
        <label htmlFor={`${id}-source`} className="jc-field__label">
          {messages['panel.evidence.source']}
        </label>
        <input id={`${id}-source`} className="jc-field__control" autoComplete="off" value={source} onChange={(event) => setSource(event.currentTarget.value)} />
      </div>
      <div className="jc-field">
        <label htmlFor={`${id}-url`} className="jc-field__label">
          {messages['panel.evidence.url']}
        </label>
        <input
          id={`${id}-url`}
          className="jc-field__control"
          inputMode="url"
          autoComplete="off"
          value={url}
          aria-invalid={urlError !== null ? true : undefined}
          aria-describedby={urlError !== null ? `${id}-url-message` : undefined}
          onChange={(event) => setUrl(event.currentTarget.value)}
        />
        <FieldMessage id={`${id}-url-message`} message={urlError} />
      </div>
      <div className="jc-inspector__actions">
        <button type="button" className="jc-button" onClick={add}>
          {messages['panel.evidence.add']}
        </button>
        <button type="button" className="jc-button" onClick={onCancel}>
          {messages['panel.evidence.cancel']}
        </button>
      </div>
      <FieldMessage id={`${id}-message`} message={error} />
    </div>
  );
}
