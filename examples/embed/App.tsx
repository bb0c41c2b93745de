/**
 * A host app embedding the editor, as a product team would: the app owns the document
 * (controlled `value` + `onChange`), autosaves it to localStorage, and opens and saves JSON files.
 */
import { useCallback, useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import { JourneyEditor } from 'journey-canvas';
import type { JourneyLocale } from 'journey-canvas';
import { getJourneyTemplate, journeyTemplates } from 'journey-canvas/model';
import type { JourneyDocument, JourneyError } from 'journey-canvas/model';
import 'journey-canvas/style.css';
import { downloadJourney, readJourneyFile } from './files';
import { sampleJourney } from './sample';
import { forgetSavedJourney, loadSavedJourney, saveJourney } from './storage';

interface Problem {
  title: string;
  errors: JourneyError[];
}

interface Start {
  journey: JourneyDocument;
  status: string;
  problem: Problem | null;
}

function start(): Start {
  const saved = loadSavedJourney();
  switch (saved.kind) {
    case 'loaded':
      return { journey: saved.document, status: 'Restored your last journey from this browser.', problem: null };
    case 'unreadable':
      return {
        journey: sampleJourney(),
        status: 'Showing the sample journey.',
        problem: { title: 'The journey saved in this browser could not be read', errors: saved.errors },
      };
    case 'empty':
      return { journey: sampleJourney(), status: 'Showing the sample journey. Edits are saved in this browser.', problem: null };
  }
}

export function App() {
  const [initial] = useState(start);
  const [journey, setJourney] = useState(initial.journey);
  const [status, setStatus] = useState(initial.status);
  const [problem, setProblem] = useState(initial.problem);
  const [locale, setLocale] = useState<JourneyLocale>(initial.journey.locale === 'zh-CN' ? 'zh-CN' : 'en');
  const fileInput = useRef<HTMLInputElement>(null);

  /** One call per user edit: keep the new document and autosave it. */
  const handleChange = useCallback((next: JourneyDocument, change: { operation: string }) => {
    setJourney(next);
    setStatus(saveJourney(next) ? `Saved in this browser (${change.operation}).` : 'Could not save in this browser.');
  }, []);

  /** A whole new document from outside: a load, so the editor fires no onChange for it. */
  const replaceJourney = useCallback((next: JourneyDocument, message: string) => {
    setJourney(next);
    setProblem(null);
    setStatus(saveJourney(next) ? message : `${message} Could not save it in this browser.`);
  }, []);

  const openFile = useCallback(
    async (event: ChangeEvent<HTMLInputElement>) => {
      const input = event.currentTarget;
      const file = input.files?.[0];
      input.value = ''; // opening the same file again still fires a change
      if (!file) return;
      const result = await readJourneyFile(file);
      if (result.ok) replaceJourney(result.document, `Opened ${file.name}.`);
      else setProblem({ title: `${file.name} is not a journey this library can open`, errors: result.errors });
    },
    [replaceJourney],
  );

  const startFromTemplate = useCallback(
    (event: ChangeEvent<HTMLSelectElement>) => {
      const template = getJourneyTemplate(event.currentTarget.value, locale);
      event.currentTarget.value = '';
      if (template) replaceJourney(template.document, `Started from the "${template.name}" template.`);
    },
    [locale, replaceJourney],
  );

  const resetToSample = useCallback(() => {
    forgetSavedJourney();
    replaceJourney(sampleJourney(), 'Back to the sample journey.');
  }, [replaceJourney]);

  return (
    <div className="embed-app">
      <header className="embed-app__bar">
        <h1 className="embed-app__name">
          journey-canvas <span>playground</span>
        </h1>
        <div className="embed-app__actions">
          <button type="button" onClick={() => fileInput.current?.click()}>
            Open JSON…
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            aria-label="Open a journey JSON file"
            hidden
            onChange={(event) => void openFile(event)}
          />
          <button type="button" onClick={() => downloadJourney(journey)}>
            Save JSON
          </button>
          <button type="button" onClick={resetToSample}>
            Reset to sample
          </button>
          <label className="embed-app__field">
            <span>Template</span>
            <select defaultValue="" onChange={startFromTemplate}>
              <option value="" disabled>
                Start from a template…
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
            <span>Language</span>
            <select value={locale} onChange={(event) => setLocale(event.currentTarget.value as JourneyLocale)}>
              <option value="en">English</option>
              <option value="zh-CN">简体中文</option>
            </select>
          </label>
        </div>
        <p className="embed-app__status" role="status">
          {status}
        </p>
      </header>
      {problem && (
        <section className="embed-app__problem" role="alert">
          <h2>{problem.title}</h2>
          <ul>
            {problem.errors.map((error) => (
              <li key={`${error.path}:${error.code}:${error.message}`}>
                <code>{error.path === '' ? '(document)' : error.path}</code> {error.message}
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => setProblem(null)}>
            Dismiss
          </button>
        </section>
      )}
      <main className="embed-app__canvas">
        <JourneyEditor value={journey} onChange={handleChange} locale={locale} style={{ width: '100%', height: '100%' }} />
      </main>
    </div>
  );
}
