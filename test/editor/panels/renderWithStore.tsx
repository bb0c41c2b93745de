/**
 * A small test driver for the panels (in the spirit of tldraw's TestEditor): renders a panel
 * inside a real editor store and message catalog, records every onChange, and gives tests
 * the document, the store, its history and a user-event session.
 */
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { JourneyMessagesContext, JourneyStoreContext } from '../../../src/editor/JourneyStoreContext';
import { resolveMessages } from '../../../src/i18n';
import type { JourneyLocale } from '../../../src/i18n';
import type { JourneyDocument, Touchpoint } from '../../../src/model';
import { createJourneyStore, createLocalHistory } from '../../../src/store';
import type { JourneyEditorChange, JourneySelection } from '../../../src/store';

export interface RenderWithStoreOptions {
  document?: JourneyDocument;
  locale?: JourneyLocale;
  selection?: JourneySelection;
  readOnly?: boolean;
}

/** A journey whose raw array order differs from journey order, with known peak/end/best/worst. */
export function sampleJourney(): JourneyDocument {
  return {
    format: 'journey-canvas',
    version: 2,
    id: 'j-sample',
    title: 'Online checkout',
    persona: { name: 'Mia', summary: 'Busy parent', goals: ['Order fast'] },
    stages: [
      { id: 's-aware', name: 'Awareness', kind: 'awareness', color: '#4f46e5' },
      { id: 's-buy', name: 'Purchase', kind: 'purchase' },
      { id: 's-use', name: 'Use', kind: 'use' },
    ],
    touchpoints: [
      // Raw order: a 'use' touchpoint first; journey order is t-ad, t-site, t-pay, t-box, t-review.
      { id: 't-box', stageId: 's-use', title: 'Opens the box', emotion: 4 },
      { id: 't-ad', stageId: 's-aware', title: "Sees a friend's post", emotion: 2.5, channel: 'social', painPoints: ['Too many ads'] },
      { id: 't-site', stageId: 's-aware', title: 'Visits the site', emotion: 1 },
      {
        id: 't-pay',
        stageId: 's-buy',
        title: 'Payment fails',
        emotion: -4.5,
        delights: ['Clear error'],
        opportunities: ['Retry button'],
        metrics: { csat: 2, nps: -20, ces: 6 },
      },
      { id: 't-review', stageId: 's-use', title: 'Writes a review', emotion: 3 },
    ],
  };
}

export function renderWithStore(ui: ReactElement, options: RenderWithStoreOptions = {}) {
  const onChange = vi.fn<(document: JourneyDocument, change: JourneyEditorChange) => void>();
  const history = createLocalHistory();
  const store = createJourneyStore({ document: options.document ?? sampleJourney(), onChange, readOnly: options.readOnly, history });
  if (options.selection) store.getState().select(options.selection);
  let messages = resolveMessages(options.locale ?? 'en');
  let current = ui;
  const user = userEvent.setup();
  const wrap = (element: ReactElement) => (
    <JourneyStoreContext.Provider value={store}>
      <JourneyMessagesContext.Provider value={messages}>{element}</JourneyMessagesContext.Provider>
    </JourneyStoreContext.Provider>
  );
  const result = render(wrap(ui));

  return {
    ...result,
    store,
    /** The store's undo steps. */
    history,
    user,
    get messages() {
      return messages;
    },
    onChange,
    /** The document on screen now. */
    document: () => store.getState().document,
    touchpoint: (id: string): Touchpoint => {
      const found = store.getState().document.touchpoints.find((t) => t.id === id);
      if (!found) throw new Error(`no touchpoint ${id}`);
      return found;
    },
    /** The operations onChange was called with, in order. */
    operations: () => onChange.mock.calls.map(([, change]) => change.operation),
    rerender: (element: ReactElement) => {
      current = element;
      result.rerender(wrap(element));
    },
    /** Re-renders the same panel with another locale's catalog, as JourneyEditor does when `locale` changes. */
    switchLocale: (locale: JourneyLocale) => {
      messages = resolveMessages(locale);
      result.rerender(wrap(current));
    },
  };
}
