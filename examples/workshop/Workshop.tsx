/**
 * A facilitator's screen for a journey-mapping workshop: the map fills the window, type is large
 * enough to read from the back of the room, touchpoints and emotions are entered from the
 * keyboard, and presentation mode shows the map alone.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { JourneyEditor, JourneyViewer } from 'journey-canvas';
import type { JourneyEditorHandle, JourneyLane } from 'journey-canvas';
import { createJourney, getJourneyTemplate } from 'journey-canvas/model';
import type { JourneyDocument } from 'journey-canvas/model';
import { QuickEntry } from './QuickEntry';
import type { Entry } from './parseEntry';

/** What a room discusses: the cards, the curve and the pain points. Other lanes stay one click away. */
const WORKSHOP_LANES: readonly JourneyLane[] = ['touchpoints', 'emotion', 'painPoints'];
const PRESENTED_LANES: readonly JourneyLane[] = ['touchpoints', 'emotion'];

const TEXT_SIZES = { normal: 'Normal', large: 'Large', huge: 'Back of the room' } as const;
type TextSize = keyof typeof TEXT_SIZES;

function startJourney(): JourneyDocument {
  return getJourneyTemplate('saas-onboarding', 'en')?.document ?? createJourney({ title: 'Workshop journey' });
}

export function Workshop() {
  const [journey, setJourney] = useState(startJourney);
  const [stageId, setStageId] = useState(() => journey.stages[0]?.id ?? '');
  const [presenting, setPresenting] = useState(false);
  const [textSize, setTextSize] = useState<TextSize>('large');
  const editor = useRef<JourneyEditorHandle>(null);

  // Escape leaves presentation mode.
  useEffect(() => {
    if (!presenting) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setPresenting(false);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [presenting]);

  // A typed entry is an edit like any other: through the editor, so Ctrl+Z takes it back.
  const addEntry = useCallback((target: string, entry: Entry) => {
    const handle = editor.current;
    if (!handle) return;
    const before = new Set(handle.getDocument().touchpoints.map((touchpoint) => touchpoint.id));
    const result = handle.apply({ operation: 'addTouchpoint', args: { stageId: target, touchpoint: { title: entry.title, emotion: entry.emotion } } });
    const added = result.ok ? result.document.touchpoints.find((touchpoint) => !before.has(touchpoint.id)) : undefined;
    if (added) handle.select(added.id);
  }, []);

  const startBlank = () => {
    const blank = createJourney({ title: 'Workshop journey' });
    setJourney(blank);
    setStageId(blank.stages[0]?.id ?? '');
  };

  return (
    <div className={`workshop workshop--${textSize}${presenting ? ' workshop--presenting' : ''}`}>
      {presenting ? (
        <button type="button" className="workshop__leave" onClick={() => setPresenting(false)}>
          Leave presentation (Esc)
        </button>
      ) : (
        <header className="workshop__bar">
          <QuickEntry stages={journey.stages} stageId={stageId} onStageChange={setStageId} onAdd={addEntry} />
          <div className="workshop__actions">
            <label>
              <span>Text size</span>
              <select value={textSize} onChange={(event) => setTextSize(event.target.value as TextSize)}>
                {Object.entries(TEXT_SIZES).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={startBlank}>
              New blank journey
            </button>
            <button type="button" className="workshop__present" onClick={() => setPresenting(true)}>
              Present
            </button>
          </div>
        </header>
      )}
      <main className="workshop__map">
        {presenting ? (
          <JourneyViewer value={journey} lanes={PRESENTED_LANES} initialView="readable" />
        ) : (
          <JourneyEditor ref={editor} value={journey} onChange={setJourney} lanes={WORKSHOP_LANES} initialView="readable" />
        )}
      </main>
    </div>
  );
}
