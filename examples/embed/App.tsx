/**
 * A host app embedding the editor, as a product team would: the app owns the document
 * (controlled `value` + `onChange`) and autosaves it to localStorage. Opening and saving JSON
 * files is the editor's own (its Export menu), so there is one way to do each. The app's own bar
 * speaks the editor's language, switches dark mode, and says what happened in words.
 */
import { useCallback, useState } from 'react';
import { JourneyEditor, describeJourneyError, resolveMessages } from 'journey-canvas';
import type { JourneyColorMode, JourneyEditorChange, JourneyLocale } from 'journey-canvas';
import { getJourneyTemplate, journeyTemplates } from 'journey-canvas/model';
import type { JourneyDocument, JourneyError } from 'journey-canvas/model';
import 'journey-canvas/style.css';
import { changeInWords, embedMessages, fill } from './messages';
import { sampleJourney } from './sample';
import { forgetSavedJourney, loadSavedJourney, saveJourney } from './storage';

interface Problem {
  errors: JourneyError[];
  /** What was read, so each error can name its touchpoint by title. */
  input: unknown;
}

/** What the status line says, kept as data so it follows a change of language. */
type Status =
  | { kind: 'restored' | 'sample' | 'sampleInstead' | 'backToSample' }
  | { kind: 'saved' | 'notSaved'; operation: string }
  | { kind: 'templateStarted'; name: string; saved: boolean };

interface Start {
  journey: JourneyDocument;
  status: Status;
  problem: Problem | null;
}

function start(): Start {
  const saved = loadSavedJourney();
  switch (saved.kind) {
    case 'loaded':
      return { journey: saved.document, status: { kind: 'restored' }, problem: null };
    case 'unreadable':
      return { journey: sampleJourney(), status: { kind: 'sampleInstead' }, problem: { errors: saved.errors, input: saved.input } };
    case 'empty':
      return { journey: sampleJourney(), status: { kind: 'sample' }, problem: null };
  }
}

function prefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

export function App() {
  const [initial] = useState(start);
  const [journey, setJourney] = useState(initial.journey);
  const [status, setStatus] = useState<Status>(initial.status);
  const [problem, setProblem] = useState(initial.problem);
  const [locale, setLocale] = useState<JourneyLocale>(initial.journey.locale === 'zh-CN' ? 'zh-CN' : 'en');
  const [colorMode, setColorMode] = useState<JourneyColorMode>(prefersDark() ? 'dark' : 'light');
  const messages = embedMessages(locale);

  /** One call per user edit (opening a file in the editor's menu included): keep it and autosave it. */
  const handleChange = useCallback((next: JourneyDocument, change: JourneyEditorChange) => {
    setJourney(next);
    setStatus({ kind: saveJourney(next) ? 'saved' : 'notSaved', operation: change.operation });
  }, []);

  const startFromTemplate = useCallback(
    (id: string) => {
      const template = getJourneyTemplate(id, locale);
      if (!template) return;
      // A load, not an edit: the editor fires no onChange for a new value.
      setJourney(template.document);
      setProblem(null);
      setStatus({ kind: 'templateStarted', name: template.name, saved: saveJourney(template.document) });
    },
    [locale],
  );

  const resetToSample = useCallback(() => {
    forgetSavedJourney();
    setJourney(sampleJourney());
    setProblem(null);
    setStatus({ kind: 'backToSample' });
  }, []);

  return (
    <div className="embed-app" data-color-mode={colorMode} lang={locale}>
      <header className="embed-app__bar">
        <h1 className="embed-app__name">
          journey-canvas <span>{messages.appName}</span>
        </h1>
        <div className="embed-app__actions">
          <button type="button" onClick={resetToSample}>
            {messages.reset}
          </button>
          <label className="embed-app__field">
            <span className="embed-app__hidden-label">{messages.template}</span>
            <select
              value=""
              onChange={(event) => {
                startFromTemplate(event.currentTarget.value);
              }}
            >
              <option value="" disabled>
                {messages.templatePlaceholder}
              </option>
              {journeyTemplates
                .filter((template) => template.locale === locale)
                .map((template) => (
                  <option key={template.id} value={template.id}>
                    {template.name}
                  </option>
                ))}
            </select>
          </label>
          <label className="embed-app__field">
            <span className="embed-app__hidden-label">{messages.language}</span>
            <select value={locale} onChange={(event) => setLocale(event.currentTarget.value as JourneyLocale)}>
              <option value="en">English</option>
              <option value="zh-CN">简体中文</option>
            </select>
          </label>
          <button
            type="button"
            className="embed-app__switch"
            aria-pressed={colorMode === 'dark'}
            onClick={() => setColorMode((mode) => (mode === 'dark' ? 'light' : 'dark'))}
          >
            <span aria-hidden="true">{colorMode === 'dark' ? '☾' : '☀'}</span> {messages.darkMode}
          </button>
        </div>
        <p className="embed-app__status" role="status" title={statusText(status, messages)}>
          {statusText(status, messages)}
        </p>
      </header>
      {problem && (
        <section className="embed-app__problem" role="alert">
          <h2>{messages.unreadable}</h2>
          <ul>
            {problem.errors.map((error) => {
              const described = describeJourneyError(error, problem.input, resolveMessages(locale));
              return (
                <li key={`${error.path}:${error.code}:${error.message}`}>
                  {described.text}{' '}
                  <small>
                    {fill(messages.detail, { message: described.detail })} <code>{described.path}</code>
                  </small>
                </li>
              );
            })}
          </ul>
          <button type="button" onClick={() => setProblem(null)}>
            {messages.dismiss}
          </button>
        </section>
      )}
      <main className="embed-app__canvas">
        <JourneyEditor value={journey} onChange={handleChange} locale={locale} colorMode={colorMode} style={{ width: '100%', height: '100%' }} />
      </main>
    </div>
  );
}

function statusText(status: Status, messages: ReturnType<typeof embedMessages>): string {
  switch (status.kind) {
    case 'saved':
    case 'notSaved':
      return fill(messages[status.kind], { change: changeInWords(status.operation, messages) });
    case 'templateStarted': {
      const text = fill(messages.templateStarted, { name: status.name });
      return status.saved ? text : fill(messages.notSavedLoad, { message: text });
    }
    default:
      return messages[status.kind];
  }
}
