import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TableView } from '../../../src/editor/panels';
import { formatEmotion } from '../../../src/i18n';
import { journeyOrder } from '../../../src/model';
import { renderWithStore, sampleJourney } from './renderWithStore';

describe('TableView', () => {
  it('is a real table with a caption and header cells with scope', () => {
    renderWithStore(<TableView />);
    const table = screen.getByRole('table', { name: 'Online checkout: touchpoints in journey order' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual([
      'Stage',
      'Touchpoint',
      'Channel',
      'Emotion',
      'Ratings',
      'Key moment',
      'Pain points',
      'Delights',
      'Opportunities',
      'Evidence',
      'Owner',
      'Metrics',
    ]);
    for (const header of headers) expect(header.getAttribute('scope')).toBe('col');
    for (const header of within(table).getAllByRole('rowheader')) expect(['row', 'rowgroup']).toContain(header.getAttribute('scope'));
  });

  it('lists touchpoints in journey order (not array order), grouped under their stage', () => {
    const doc = sampleJourney();
    const { container } = renderWithStore(<TableView />, { document: doc });
    const titles = [...container.querySelectorAll('th[scope="row"]')].map((th) => th.textContent);
    expect(titles).toEqual(journeyOrder(doc).map((t) => t.title));
    const groups = [...container.querySelectorAll('tbody')];
    expect(groups.map((g) => g.querySelector('th[scope="rowgroup"]')!.textContent)).toEqual(doc.stages.map((s) => s.name));
    const awareness = groups[0]!.querySelector('th[scope="rowgroup"]')!;
    expect(awareness.getAttribute('rowspan')).toBe('2');
  });

  it('shows pain points, delights and opportunities as lists', () => {
    renderWithStore(<TableView />);
    const payRow = screen.getByRole('rowheader', { name: 'Payment fails' }).closest('tr')!;
    const lists = within(payRow).getAllByRole('list');
    // Delights and opportunities (no pain points), then the metrics.
    expect(lists.map((l) => l.textContent)).toEqual(['Clear error', 'Retry button', 'CSAT 2NPS -20CES 6']);
  });

  it('edits emotion as one setEmotion, and rejects a value out of range with a message', async () => {
    const t = renderWithStore(<TableView />);
    const emotion = screen.getByRole('spinbutton', { name: 'Emotion of Visits the site' });
    await t.user.clear(emotion);
    await t.user.type(emotion, '12{Enter}');
    expect(emotion.getAttribute('aria-invalid')).toBe('true');
    expect(t.onChange).not.toHaveBeenCalled();
    await t.user.clear(emotion);
    await t.user.type(emotion, '-2{Enter}');
    expect(t.touchpoint('t-site').emotion).toBe(-2);
    expect(t.operations()).toEqual(['setEmotion']);
  });

  it('selecting a row selects the touchpoint in the store, and marks the row', async () => {
    const t = renderWithStore(<TableView />);
    const button = screen.getByRole('button', { name: 'Opens the box' });
    await t.user.click(button);
    expect(t.store.getState().selection).toEqual({ kind: 'touchpoint', id: 't-box' });
    expect(button.getAttribute('aria-current')).toBe('true');
    // A click anywhere in the row (here its empty last cell) selects it too.
    const reviewRow = screen.getByRole('rowheader', { name: 'Writes a review' }).closest('tr')!;
    await t.user.click(reviewRow.lastElementChild!);
    expect(t.store.getState().selection).toEqual({ kind: 'touchpoint', id: 't-review' });
    expect(t.onChange).not.toHaveBeenCalled();
  });

  it('shows the channel in words, the key moment, the owner and the metrics', () => {
    const doc = sampleJourney();
    doc.touchpoints[3] = { ...doc.touchpoints[3]!, channel: 'in-person', keyMoment: true, owner: 'Payments team' };
    renderWithStore(<TableView />, { document: doc, locale: 'zh-CN' });
    const cells = (title: string) => [...screen.getByRole('rowheader', { name: title }).closest('tr')!.querySelectorAll('td')].map((td) => td.textContent);
    // Channel, emotion (a field, named by its hidden label), ratings (none), key moment, three
    // lists, evidence (none), owner, metrics.
    expect(cells('Payment fails')).toEqual(['面对面', 'Payment fails 的情绪', '', '是', '', 'Clear error', 'Retry button', '', 'Payments team', 'CSAT 2NPS -20CES 6']);
    expect(cells("Sees a friend's post")).toEqual(['社交媒体', "Sees a friend's post 的情绪", '', '', 'Too many ads', '', '', '', '', '']);
    const metrics = screen.getByRole('rowheader', { name: 'Payment fails' }).closest('tr')!.lastElementChild!;
    expect(within(metrics as HTMLElement).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['CSAT 2', 'NPS -20', 'CES 6']);
  });

  it('read-only shows emotions as text', () => {
    renderWithStore(<TableView />, { readOnly: true });
    expect(screen.queryByRole('spinbutton')).toBeNull();
    const payRow = screen.getByRole('rowheader', { name: 'Payment fails' }).closest('tr')!;
    expect(payRow.textContent).toContain(formatEmotion(-4.5));
  });

  it('follows the document and shows empty stages', () => {
    const t = renderWithStore(<TableView />);
    act(() => {
      t.store.getState().apply({ operation: 'addStage', args: { stage: { id: 's-new', name: 'Loyalty' } } });
    });
    expect(screen.getByText('No touchpoints in this stage.')).toBeTruthy();
  });

  it('renders HTML-looking text as text', () => {
    const doc = sampleJourney();
    const xss = '<img src=x onerror=alert(1)>';
    doc.touchpoints[0] = { ...doc.touchpoints[0]!, title: xss, delights: [xss] };
    doc.stages[0] = { ...doc.stages[0]!, name: '<script>alert(1)</script>' };
    const { container } = renderWithStore(<TableView />, { document: doc });
    expect(screen.getByRole('button', { name: xss })).toBeTruthy();
    expect(container.querySelector('img, script')).toBeNull();
  });

  it('zh-CN shows Chinese headers', () => {
    renderWithStore(<TableView />, { locale: 'zh-CN' });
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['阶段', '触点', '渠道', '情绪', '评分', '关键时刻', '痛点', '惊喜点', '机会点', '证据', '负责人', '指标']);
  });
});
