/**
 * The panels in real Chromium, laid out as the editor lays them out (toolbar on top, table in
 * the middle, inspector / summary / persona on the right): axe-core finds no serious or critical
 * violation in either colour mode or language, and every control is at least 24x24 px.
 * Each axe run leaves a screenshot in test/browser/panels/__screenshots__ (git-ignored) to look at.
 */
import { render } from '@testing-library/react';
import axe from 'axe-core';
import { page } from 'vitest/browser';
import { JourneyMessagesContext, JourneyStoreContext } from '../../../src/editor/JourneyStoreContext';
import { Inspector, ParticipantsPanel, PersonaPanel, ProblemBanner, SummaryPanel, TableView, Toolbar } from '../../../src/editor/panels';
import '../../../src/editor/theme.css';
import '../../../src/editor/editor.css';
import { resolveMessages } from '../../../src/i18n';
import type { JourneyLocale } from '../../../src/i18n';
import { createJourneyStore } from '../../../src/store';
import type { JourneySelection } from '../../../src/store';
import { ratedJourney } from '../../editor/panels/ratedJourney';

interface Variant {
  locale: JourneyLocale;
  colorMode: 'light' | 'dark';
}

function mount({ locale, colorMode }: Variant, selection: JourneySelection) {
  // Format v2, so the participants, ratings and evidence panels are checked too.
  const store = createJourneyStore({ document: ratedJourney() });
  store.getState().select(selection);
  store.getState().setProblem({ source: 'paste', errors: [{ path: '/touchpoints/0/emotion', code: 'out_of_range', message: 'emotion must be a number from -5 to 5, got 7' }] });
  return render(
    <JourneyStoreContext.Provider value={store}>
      <JourneyMessagesContext.Provider value={resolveMessages(locale)}>
        <div className="jc-editor" data-color-mode={colorMode} style={{ width: 1240, height: 780 }}>
          <Toolbar onFitView={() => {}} />
          <div className="jc-editor__body">
            <div className="jc-editor__main">
              <ProblemBanner />
              <TableView />
            </div>
            <aside className="jc-editor__side">
              <Inspector />
              <SummaryPanel />
              <PersonaPanel defaultExpanded />
              <ParticipantsPanel defaultExpanded />
            </aside>
          </div>
        </div>
      </JourneyMessagesContext.Provider>
    </JourneyStoreContext.Provider>,
  );
}

afterEach(() => {
  document.body.replaceChildren();
});

const variants: Variant[] = [
  { locale: 'en', colorMode: 'light' },
  { locale: 'zh-CN', colorMode: 'dark' },
];
const selections: JourneySelection[] = [
  { kind: 'touchpoint', id: 't-pay' },
  { kind: 'stage', id: 's-buy' },
];

describe('the panels in a real browser', () => {
  for (const variant of variants) {
    for (const selection of selections) {
      it(`have no serious or critical axe-core violation (${variant.locale}, ${variant.colorMode}, ${selection?.kind})`, async () => {
        const { container } = mount(variant, selection);
        const results = await axe.run(container, { resultTypes: ['violations'] });
        const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
        const report = serious.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`);
        expect(report).toEqual([]);
        // Kept (git-ignored) for a person to look at: test/browser/panels/__screenshots__.
        await page.screenshot({ path: `__screenshots__/panels-${variant.locale}-${variant.colorMode}-${selection?.kind}.png` });
      });
    }
  }

  it('gives every control a target of at least 24x24 px', () => {
    const { container } = mount(variants[0]!, selections[0]!);
    const controls = container.querySelectorAll<HTMLElement>('button, input:not([type="hidden"]), select, textarea');
    expect(controls.length).toBeGreaterThan(30);
    const small = [...controls]
      .map((control) => ({ control, rect: control.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width > 0 && (rect.width < 24 || rect.height < 24))
      .map(({ control, rect }) => `${control.tagName.toLowerCase()} "${control.getAttribute('aria-label') ?? control.textContent ?? control.id}" ${rect.width.toFixed(1)}x${rect.height.toFixed(1)}`);
    expect(small).toEqual([]);
  });
});
