/**
 * The one-screen rating round in real Chromium, inside a whole 1280×720 editor: the facilitator's
 * keyboard flow with real key presses (Tab to the next person, Enter on the last to the next
 * touchpoint, Escape to end), each typed score a rating and an undo step; every field and button
 * of the round, the participants panel and the evidence inspector a target of at least 24×24 px
 * with text of at least 12 px; axe-core clean with the round open. Each variant leaves a
 * screenshot in test/browser/panels/__screenshots__ (git-ignored) to look at.
 */
import { act, render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import axe from 'axe-core';
import { page, userEvent } from 'vitest/browser';
import { JourneyEditor } from 'journey-canvas';
import type { JourneyDocument, JourneyEditorHandle, JourneyLocale } from 'journey-canvas';
import { ratedJourney } from '../../editor/panels/ratedJourney';

afterEach(() => {
  document.body.replaceChildren();
});

function mount(locale: JourneyLocale = 'en') {
  const changes: JourneyDocument[] = [];
  const ref = createRef<JourneyEditorHandle>();
  const result = render(
    <JourneyEditor ref={ref} defaultValue={ratedJourney()} locale={locale} onChange={(doc) => changes.push(doc)} style={{ width: 1280, height: 720 }} />,
  );
  const last = () => changes.at(-1)!;
  const touchpoint = (id: string) => last().touchpoints.find((t) => t.id === id)!;
  return { ...result, ref, changes, touchpoint };
}

/** Scrolls the side column (only it, not the page) so `element` is at its top. */
function reveal(side: HTMLElement, element: HTMLElement) {
  side.scrollTop += element.getBoundingClientRect().top - side.getBoundingClientRect().top - 8;
}

const focused = () => document.activeElement as HTMLElement;

/** Controls smaller than 24×24 px, and texts under 12 px, inside `root`. */
function tooSmall(root: HTMLElement): string[] {
  const problems: string[] = [];
  for (const control of root.querySelectorAll<HTMLElement>('button, input:not([type="hidden"]), select, textarea, a[href]')) {
    const rect = control.getBoundingClientRect();
    if (rect.width === 0) continue;
    if (rect.width < 24 || rect.height < 24) problems.push(`${control.tagName.toLowerCase()} "${control.getAttribute('aria-label') ?? control.textContent}" ${rect.width.toFixed(1)}x${rect.height.toFixed(1)}`);
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || (node.textContent ?? '').trim() === '' || element.closest('.jc-visually-hidden')) continue;
    if (element.getBoundingClientRect().width === 0) continue;
    const size = parseFloat(getComputedStyle(element).fontSize);
    if (size < 12) problems.push(`text "${node.textContent}" ${size}px`);
  }
  for (const field of root.querySelectorAll<HTMLElement>('input, select, textarea')) {
    const size = parseFloat(getComputedStyle(field).fontSize);
    if (field.getBoundingClientRect().width > 0 && size < 12) problems.push(`field text ${size}px`);
  }
  return problems;
}

describe('the rating round in Chromium', () => {
  beforeEach(async () => {
    await page.viewport(1280, 720);
  });

  it('runs from the keyboard: Tab, Enter on the last person, Escape; one rating and one undo step per score', async () => {
    const t = mount();
    await userEvent.click(screen.getByRole('button', { name: 'Rate with the room' }));
    const dialog = await screen.findByRole('dialog', { name: 'Rating round: whole journey' });
    const score = (name: string) => within(dialog).getByRole<HTMLInputElement>('spinbutton', { name: `Score of ${name}` });
    await expect.poll(() => focused()).toBe(score('Ana'));

    await userEvent.keyboard('{Control>}a{/Control}4');
    await userEvent.keyboard('{Tab}');
    expect(focused()).toBe(score('Ben'));
    await userEvent.keyboard('{Tab}');
    expect(focused()).toBe(score('陈静'));
    await userEvent.keyboard('-1.5');
    await userEvent.keyboard('{Enter}');

    await expect.poll(() => within(dialog).getByRole('heading', { level: 3 }).textContent).toBe('Visits the site');
    await expect.poll(() => focused()).toBe(score('Ana'));
    expect(t.touchpoint('t-ad').ratings).toEqual([{ by: 'p-ana', emotion: 4 }, { by: 'p-ben', emotion: 3, note: 'Looks fun' }, { by: 'p-chen', emotion: -1.5 }]);
    expect(t.touchpoint('t-ad').emotion).toBe(1.83);

    await userEvent.keyboard('9{Enter}');
    expect(score('Ana').getAttribute('aria-invalid')).toBe('true');
    await userEvent.keyboard('{Control>}a{/Control}-2{Tab}');
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => screen.queryByRole('dialog')).toBeNull();

    expect(t.touchpoint('t-site').ratings).toEqual([{ by: 'p-ana', emotion: -2 }]);
    expect(t.changes).toHaveLength(3);
    // Undo takes back the last score only.
    await userEvent.click(screen.getByRole('button', { name: /Undo/ }));
    expect(t.touchpoint('t-site').ratings).toBeUndefined();
    expect(t.touchpoint('t-ad').ratings).toHaveLength(3);
  });

  for (const locale of ['en', 'zh-CN'] as const) {
    it(`has targets of at least 24 px and text of at least 12 px, and no axe violation (${locale})`, async () => {
      mount(locale);
      await userEvent.click(screen.getByRole('button', { name: locale === 'en' ? 'Rate with the room' : '现场评分' }));
      const dialog = await screen.findByRole('dialog');
      expect(tooSmall(dialog)).toEqual([]);
      const title = within(dialog).getByRole('heading', { level: 3 });
      expect(parseFloat(getComputedStyle(title).fontSize)).toBeGreaterThanOrEqual(28);
      const results = await axe.run(dialog, { resultTypes: ['violations'] });
      expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
      await page.screenshot({ path: `__screenshots__/round-${locale}.png` });
    });

    it(`participants panel and evidence inspector: targets, text sizes (${locale})`, async () => {
      const t = mount(locale);
      const side = screen.getByRole('complementary');
      await userEvent.click(within(side).getByRole('button', { name: locale === 'en' ? 'Participants (3)' : '参与者（3）' }));
      const participants = side.querySelector<HTMLElement>('.jc-participants')!;
      reveal(side, participants);
      expect(tooSmall(participants)).toEqual([]);
      await page.screenshot({ path: `__screenshots__/participants-${locale}.png` });

      act(() => {
        t.ref.current?.select('t-pay');
      });
      const evidence = await within(side).findByRole('region', { name: locale === 'en' ? 'Evidence' : '证据' });
      const ratings = within(side).getByRole('group', { name: locale === 'en' ? 'Ratings' : '评分' });
      expect(tooSmall(ratings)).toEqual([]);
      reveal(side, ratings);
      await page.screenshot({ path: `__screenshots__/ratings-${locale}.png` });
      // One piece of evidence open for editing, so its fields are measured and seen too.
      await userEvent.click(within(evidence).getAllByRole('button', { name: locale === 'en' ? /^Edit evidence/ : /^编辑第/ })[1]!);
      expect(tooSmall(evidence)).toEqual([]);
      reveal(side, evidence);
      await page.screenshot({ path: `__screenshots__/evidence-${locale}.png` });
    });
  }
});
