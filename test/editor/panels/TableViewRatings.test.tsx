import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TableView } from '../../../src/editor/panels';
import { ratedJourney } from './ratedJourney';
import { renderWithStore } from './renderWithStore';

/** The cell of `row` under the column headed `header`. */
function cell(rowTitle: string, header: string): HTMLElement {
  const table = screen.getByRole('table');
  const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
  const row = screen.getByRole('rowheader', { name: rowTitle }).closest('tr')!;
  // Only a stage's first row holds the stage cell: count cells from the end, which all rows share.
  const cells = [...row.children];
  return cells[cells.length - (headers.length - headers.indexOf(header))] as HTMLElement;
}

describe('TableView: ratings and evidence columns', () => {
  it('shows n, mean and spread of the ratings, and the evidence count', () => {
    renderWithStore(<TableView />, { document: ratedJourney() });
    const ratings = within(cell('Payment fails', 'Ratings')).getAllByRole('listitem').map((li) => li.textContent);
    expect(ratings).toEqual(['n = 2', 'mean −4.5', 'spread −5 to −4']);
    expect(cell('Payment fails', 'Evidence').textContent).toBe('2');
    expect(within(cell("Sees a friend's post", 'Ratings')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['n = 2', 'mean +2.5', 'spread +2 to +3']);
    // Unrated, no evidence: empty cells.
    expect(cell('Visits the site', 'Ratings').textContent).toBe('');
    expect(cell('Visits the site', 'Evidence').textContent).toBe('');
  });

  it("a rated touchpoint's emotion is shown, not edited (it is the mean of its ratings)", () => {
    renderWithStore(<TableView />, { document: ratedJourney() });
    expect(screen.queryByRole('spinbutton', { name: 'Emotion of Payment fails' })).toBeNull();
    expect(cell('Payment fails', 'Emotion').textContent).toBe('−4.5');
    expect(screen.getByRole('spinbutton', { name: 'Emotion of Visits the site' })).toBeTruthy();
  });

  it('zh-CN', () => {
    renderWithStore(<TableView />, { document: ratedJourney(), locale: 'zh-CN' });
    expect(within(cell('Payment fails', '评分')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['n = 2', '平均 −4.5', '范围 −5 至 −4']);
  });
});
