/**
 * As-is vs to-be of the same journey: <JourneyCompare> draws both on one stage grid (the to-be
 * curve over the dashed as-is one, changed cards labelled, peak-end score before → after).
 * The to-be is editable next door, and the comparison follows every edit.
 */
import { useState } from 'react';
import { JourneyCompare, JourneyEditor } from 'journey-canvas';
import 'journey-canvas/style.css';
import { asIsJourney, toBeJourney } from './redesign';

type Tab = 'compare' | 'edit';

export function CompareApp() {
  const [asIs] = useState(asIsJourney);
  const [toBe, setToBe] = useState(toBeJourney);
  const [tab, setTab] = useState<Tab>('compare');

  return (
    <div className="compare-app">
      <header className="compare-app__bar">
        <h1>
          {toBe.title} <span>as-is vs to-be</span>
        </h1>
        <div className="compare-app__tabs" role="group" aria-label="View">
          <button type="button" aria-pressed={tab === 'compare'} onClick={() => setTab('compare')}>
            Compare
          </button>
          <button type="button" aria-pressed={tab === 'edit'} onClick={() => setTab('edit')}>
            Edit the to-be
          </button>
          <button type="button" onClick={() => setToBe(toBeJourney())}>
            Reset the to-be
          </button>
        </div>
      </header>
      <main className="compare-app__main">
        {tab === 'compare' ? (
          <JourneyCompare before={asIs} after={toBe} beforeLabel="As-is" afterLabel="To-be" lanes={['touchpoints', 'emotion', 'painPoints']} style={{ height: '100%' }} />
        ) : (
          <JourneyEditor value={toBe} onChange={setToBe} />
        )}
      </main>
    </div>
  );
}
