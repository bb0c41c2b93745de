/**
 * The summary of a rated journey: where the room disagrees (titles with n and sd, in the
 * analysis's order, pressing one selects it) and how each participant will likely remember the
 * journey (their own peak-end score) beside the journey's.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SummaryPanel } from '../../../src/editor/panels';
import { formatScore } from '../../../src/editor/panels/summary';
import { analyzeJourney } from '../../../src/model';
import { ratedJourney } from '../../picture/ratedJourney';
import { renderWithStore, sampleJourney } from './renderWithStore';

describe('SummaryPanel on a rated journey', () => {
  it('lists where the room disagrees, most spread first, with n and sd; pressing one selects it and changes nothing', async () => {
    const doc = ratedJourney();
    const t = renderWithStore(<SummaryPanel />, { document: doc });
    const list = screen.getByRole('list', { name: 'Where the room disagrees' });
    const buttons = within(list).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual(['Installation fails: n 6, sd 3.3', 'Talks to support: n 3, sd 2.9']);
    expect(analyzeJourney(doc).ratings.disagreements).toEqual(['t2', 't3']);
    await t.user.click(buttons[1]!);
    expect(t.store.getState().selection).toEqual({ kind: 'touchpoint', id: 't3' });
    expect(t.onChange).not.toHaveBeenCalled();
  });

  it("shows each participant's remembered score, their range, and the journey's beside them", () => {
    const doc = ratedJourney();
    const analysis = analyzeJourney(doc);
    renderWithStore(<SummaryPanel />, { document: doc });
    const scores = analysis.ratings.participants.map((entry) => entry.peakEndScore as number);
    expect(scores).toHaveLength(6);
    expect(screen.getByText(`From ${formatScore(Math.min(...scores))} to ${formatScore(Math.max(...scores))} (the journey as mapped: ${formatScore(analysis.peakEndScore!)})`)).toBeTruthy();
    const names = new Map(doc.participants!.map((participant) => [participant.id, participant.name]));
    for (const entry of analysis.ratings.participants) {
      expect(screen.getByText(`${names.get(entry.by)}: ${formatScore(entry.peakEndScore as number)}`, { selector: 'li' })).toBeTruthy();
    }
    const strip = screen.getByRole('img', { name: /^Remembered scores on the scale from −5 to \+5: Ana: / });
    expect(strip.querySelectorAll('.jc-summary__strip-dot')).toHaveLength(6);
    expect(strip.querySelectorAll('.jc-summary__strip-journey')).toHaveLength(1);
  });

  it('speaks Chinese in a zh-CN editor', () => {
    renderWithStore(<SummaryPanel />, { document: ratedJourney('zh-CN'), locale: 'zh-CN' });
    expect(screen.getByRole('list', { name: '大家意见分歧之处' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '每位参与者记忆中的体验' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '安装失败：6 人评分，标准差 3.3' })).toBeTruthy();
  });

  it('an unrated journey shows neither', () => {
    renderWithStore(<SummaryPanel />, { document: sampleJourney() });
    expect(screen.queryByText('Where the room disagrees')).toBeNull();
    expect(screen.queryByText('Remembered by each participant')).toBeNull();
  });
});
