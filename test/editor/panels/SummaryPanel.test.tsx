import { act, cleanup, screen, within } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SummaryPanel } from '../../../src/editor/panels';
import { formatEmotion } from '../../../src/i18n';
import { analyzeJourney, createJourney } from '../../../src/model';
import type { JourneyDocument } from '../../../src/model';
import { renderWithStore, sampleJourney } from './renderWithStore';

/** The number a score cell shows, read back ("−0.75" -> -0.75). */
function shownNumber(label: string): number {
  const term = screen.getByText(label, { selector: 'dt, dt *', exact: false }).closest('div')!;
  return Number(within(term).getByRole('definition').textContent!.replace('\u2212', '-'));
}

/** A number printed with two decimals is within half a hundredth of the exact one. */
function expectRounded(shown: number, exact: number) {
  expect(Math.abs(shown - exact)).toBeLessThanOrEqual(0.005 + 1e-9);
}

describe('SummaryPanel', () => {
  it('shows remembered (peak-end) beside experienced (mean) as analyzeJourney computes them', () => {
    const doc = sampleJourney();
    const analysis = analyzeJourney(doc);
    renderWithStore(<SummaryPanel />, { document: doc });
    expectRounded(shownNumber('Remembered'), analysis.peakEndScore!);
    expectRounded(shownNumber('Experienced'), analysis.mean!);
  });

  it('says in plain words that this journey is remembered worse than it was lived, and by how much', () => {
    const doc = sampleJourney();
    const { peakEndScore, mean } = analyzeJourney(doc);
    renderWithStore(<SummaryPanel />, { document: doc });
    const gap = Math.abs(peakEndScore! - mean!);
    const verdict = screen.getByText(/remembered worse than it was lived/);
    expectRounded(Number(verdict.textContent!.match(/by (\d+(?:\.\d+)?)/)![1]), gap);
  });

  it('names the peak, end, best and worst moments with their titles and emotions, in journey order not array order', () => {
    const doc = sampleJourney();
    const analysis = analyzeJourney(doc);
    renderWithStore(<SummaryPanel />, { document: doc });
    for (const [key, label] of [['peak', 'Peak'], ['end', 'End'], ['best', 'Best'], ['worst', 'Worst']] as const) {
      const moment = analysis[key]!;
      const title = doc.touchpoints.find((t) => t.id === moment.touchpointId)!.title;
      const row = screen.getByText(label, { selector: 'dt' }).parentElement!;
      expect(within(row).getByRole('button').textContent).toBe(`${title} (${formatEmotion(moment.emotion)})`);
    }
    // The end is the last touchpoint in journey order ('Writes a review'), not the last in the array.
    expect(within(screen.getByText('End', { selector: 'dt' }).parentElement!).getByRole('button').textContent).toContain('Writes a review');
  });

  it('pressing a moment selects its touchpoint (a selection, not an edit)', async () => {
    const t = renderWithStore(<SummaryPanel />);
    const peak = within(screen.getByText('Peak', { selector: 'dt' }).parentElement!).getByRole('button');
    await t.user.click(peak);
    expect(t.store.getState().selection).toEqual({ kind: 'touchpoint', id: analyzeJourney(t.document()).peak!.touchpointId });
    expect(t.onChange).not.toHaveBeenCalled();
  });

  it('follows edits to the document', () => {
    const t = renderWithStore(<SummaryPanel />);
    act(() => {
      t.store.getState().apply({ operation: 'setEmotion', args: { id: 't-review', emotion: 5 } });
    });
    const analysis = analyzeJourney(t.document());
    expectRounded(shownNumber('Remembered'), analysis.peakEndScore!);
    expectRounded(shownNumber('Experienced'), analysis.mean!);
  });

  it('an empty journey shows a hint and no NaN', () => {
    const t = renderWithStore(<SummaryPanel />, { document: createJourney({ id: 'j', title: 'Empty' }) });
    expect(screen.getByText(/Add touchpoints/)).toBeTruthy();
    expect(t.container.textContent).not.toMatch(/NaN|null|undefined/);
  });

  it('for any journey, the numbers shown are analyzeJourney’s and the verdict has the right direction', () => {
    const emotions = fc.array(fc.integer({ min: -10, max: 10 }).map((n) => n / 2), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(emotions, (values) => {
        cleanup();
        let doc: JourneyDocument = createJourney({ id: 'j', title: 'Random' });
        doc = {
          ...doc,
          touchpoints: values.map((emotion, i) => ({ id: `t${i}`, stageId: doc.stages[i % doc.stages.length]!.id, title: `T${i}`, emotion })),
        };
        const { peakEndScore, mean } = analyzeJourney(doc);
        const t = renderWithStore(<SummaryPanel />, { document: doc });
        expectRounded(shownNumber('Remembered'), peakEndScore!);
        expectRounded(shownNumber('Experienced'), mean!);
        const text = t.container.textContent!;
        const gap = peakEndScore! - mean!;
        if (gap >= 0.25) expect(text).toContain('remembered better');
        else if (gap <= -0.25) expect(text).toContain('remembered worse');
        else expect(text).toContain('about as it was lived');
      }),
      { numRuns: 25 },
    );
  });

  it('names moments whose titles look like HTML as text', () => {
    const doc = sampleJourney();
    const xss = '<img src=x onerror=alert(1)>';
    doc.touchpoints = doc.touchpoints.map((t) => (t.id === 't-pay' ? { ...t, title: xss } : t));
    const { container } = renderWithStore(<SummaryPanel />, { document: doc });
    expect(screen.getAllByRole('button', { name: `${xss} (${formatEmotion(-4.5)})` }).length).toBeGreaterThan(0);
    expect(container.querySelector('img')).toBeNull();
  });

  it('zh-CN shows Chinese labels and moment names', () => {
    renderWithStore(<SummaryPanel />, { locale: 'zh-CN' });
    expect(screen.getByRole('heading', { name: '总结' })).toBeTruthy();
    expect(screen.getByText('峰值', { selector: 'dt' })).toBeTruthy();
    expect(screen.getByText('终点', { selector: 'dt' })).toBeTruthy();
    expect(screen.getByText(/记忆中的体验可能比实际更差/)).toBeTruthy();
  });
});
