import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Inspector } from '../../../src/editor/panels';
import { ratedJourney } from './ratedJourney';
import { renderWithStore } from './renderWithStore';

const selectPay = { document: ratedJourney(), selection: { kind: 'touchpoint', id: 't-pay' } } as const;
const evidenceSection = () => screen.getByRole('region', { name: 'Evidence' });

describe('Inspector: evidence', () => {
  it('lists the evidence as text; only an http(s)/mailto url is a link, opening in a new tab with rel=noopener noreferrer', () => {
    const doc = ratedJourney();
    const pay = doc.touchpoints.find((t) => t.id === 't-pay')!;
    pay.evidence = [...pay.evidence!, { kind: 'observation', text: '<img src=x onerror=alert(1)>' }];
    const { container } = renderWithStore(<Inspector />, { document: doc, selection: { kind: 'touchpoint', id: 't-pay' } });
    const items = within(evidenceSection()).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]!.textContent).toContain('Quote');
    expect(items[0]!.textContent).toContain('I typed my card number twice.');
    expect(items[0]!.textContent).toContain('Interview 3');
    const link = within(items[1]!).getByRole('link', { name: /https:\/\/example\.com\/funnel/ });
    expect(link.getAttribute('href')).toBe('https://example.com/funnel');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toContain('(opens in a new tab)');
    expect(items[2]!.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
  });

  it('adds evidence with kind, text, source and url as one addEvidence; a javascript: url is a field error and saves nothing', async () => {
    const t = renderWithStore(<Inspector />, selectPay);
    await t.user.click(screen.getByRole('button', { name: 'Add evidence' }));
    const form = screen.getByRole('group', { name: 'New evidence' });
    await t.user.selectOptions(within(form).getByRole('combobox', { name: 'Kind' }), 'Data');
    await t.user.type(within(form).getByRole('textbox', { name: 'Text' }), '38% abandon at payment');
    await t.user.type(within(form).getByRole('textbox', { name: 'Source' }), 'Analytics, Nov');
    const url = within(form).getByRole('textbox', { name: 'Link (http, https or mailto)' });
    await t.user.type(url, 'javascript:alert(1)');
    await t.user.click(within(form).getByRole('button', { name: 'Add evidence' }));
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText('Use a link that starts with http://, https:// or mailto:.')).toBeTruthy();
    expect(t.onChange).not.toHaveBeenCalled();
    expect(t.touchpoint('t-pay').evidence).toHaveLength(2);

    await t.user.clear(url);
    await t.user.type(url, 'https://analytics.example.com/q');
    await t.user.click(within(form).getByRole('button', { name: 'Add evidence' }));
    expect(t.touchpoint('t-pay').evidence![2]).toEqual({ kind: 'data', text: '38% abandon at payment', source: 'Analytics, Nov', url: 'https://analytics.example.com/q' });
    expect(t.operations()).toEqual(['addEvidence']);
    expect(screen.queryByRole('group', { name: 'New evidence' })).toBeNull();
  });

  it('evidence needs its text', async () => {
    const t = renderWithStore(<Inspector />, selectPay);
    await t.user.click(screen.getByRole('button', { name: 'Add evidence' }));
    const form = screen.getByRole('group', { name: 'New evidence' });
    await t.user.click(within(form).getByRole('button', { name: 'Add evidence' }));
    expect(within(form).getByText('This field cannot be empty.')).toBeTruthy();
    expect(t.onChange).not.toHaveBeenCalled();
  });

  it('edits one piece of evidence field by field (updateEvidence), refusing a javascript: url; removes one (removeEvidence), undoable', async () => {
    const t = renderWithStore(<Inspector />, selectPay);
    await t.user.click(screen.getByRole('button', { name: 'Edit evidence 1' }));
    const item = within(evidenceSection()).getAllByRole('listitem')[0]!;
    const text = within(item).getByRole('textbox', { name: 'Text' });
    await t.user.clear(text);
    await t.user.type(text, 'I had to type my card twice.');
    await t.user.tab();
    expect(t.touchpoint('t-pay').evidence![0]).toEqual({ kind: 'quote', text: 'I had to type my card twice.', source: 'Interview 3' });

    const url = within(item).getByRole('textbox', { name: 'Link (http, https or mailto)' });
    await t.user.type(url, 'javascript:alert(1){Enter}');
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect('url' in t.touchpoint('t-pay').evidence![0]!).toBe(false);
    await t.user.clear(url);
    await t.user.type(url, 'mailto:research@example.com{Enter}');
    expect(t.touchpoint('t-pay').evidence![0]!.url).toBe('mailto:research@example.com');

    await t.user.selectOptions(within(item).getByRole('combobox', { name: 'Kind' }), 'Observation');
    expect(t.touchpoint('t-pay').evidence![0]!.kind).toBe('observation');
    await t.user.click(within(item).getByRole('button', { name: 'Done' }));
    expect(within(item).queryByRole('textbox')).toBeNull();
    expect(t.operations()).toEqual(['updateEvidence', 'updateEvidence', 'updateEvidence']);

    await t.user.click(screen.getByRole('button', { name: 'Remove evidence 2' }));
    expect(t.touchpoint('t-pay').evidence!.map((e) => e.text)).toEqual(['I had to type my card twice.']);
    expect(t.operations().at(-1)).toBe('removeEvidence');
    act(() => {
      t.store.getState().undo();
    });
    expect(t.touchpoint('t-pay').evidence).toHaveLength(2);
  });

  it('zh-CN labels', async () => {
    const t = renderWithStore(<Inspector />, { ...selectPay, locale: 'zh-CN' });
    expect(screen.getByRole('region', { name: '证据' })).toBeTruthy();
    await t.user.click(screen.getByRole('button', { name: '添加证据' }));
    expect(screen.getByRole('combobox', { name: '类型' })).toBeTruthy();
    expect(screen.getByRole('option', { name: '用户原话' })).toBeTruthy();
  });
});

describe('Inspector: a rated touchpoint', () => {
  it('shows its emotion read-only as the mean of its ratings, and each rating editable', async () => {
    const t = renderWithStore(<Inspector />, selectPay);
    const emotion = screen.getByRole<HTMLInputElement>('textbox', { name: 'Emotion' });
    expect(emotion.readOnly).toBe(true);
    expect(emotion.value).toBe('−4.5');
    expect(screen.getByText('The mean of 2 ratings: change a rating to change it.')).toBeTruthy();
    expect(screen.queryByRole('slider')).toBeNull();

    const ratings = screen.getByRole('group', { name: 'Ratings' });
    expect(within(ratings).getByRole<HTMLInputElement>('spinbutton', { name: 'Score of Ana' }).value).toBe('−4');
    const ana = within(ratings).getByRole('spinbutton', { name: 'Score of Ana' });
    await t.user.clear(ana);
    await t.user.type(ana, '-2{Enter}');
    expect(t.touchpoint('t-pay').emotion).toBe(-3.5);
    expect(emotion.value).toBe('−3.5');

    await t.user.type(within(ratings).getByRole('textbox', { name: 'Note from Ben' }), 'Gave up{Enter}');
    expect(t.touchpoint('t-pay').ratings).toEqual([{ by: 'p-ana', emotion: -2 }, { by: 'p-ben', emotion: -5, note: 'Gave up' }]);

    // A note needs a score first; nothing is saved.
    const chenNote = within(ratings).getByRole('textbox', { name: 'Note from 陈静' });
    await t.user.type(chenNote, 'Fine{Enter}');
    expect(chenNote.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Give a score first.')).toBeTruthy();
    expect(t.operations()).toEqual(['setRating', 'setRating']);
  });

  it('an unrated touchpoint keeps its editable emotion and can be rated from the inspector', async () => {
    const t = renderWithStore(<Inspector />, { document: ratedJourney(), selection: { kind: 'touchpoint', id: 't-site' } });
    expect(screen.getByRole('slider', { name: 'Emotion slider' })).toBeTruthy();
    await t.user.type(screen.getByRole('spinbutton', { name: 'Score of Ben' }), '-1{Enter}');
    expect(t.touchpoint('t-site').ratings).toEqual([{ by: 'p-ben', emotion: -1 }]);
    expect(t.touchpoint('t-site').emotion).toBe(-1);
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Emotion' }).readOnly).toBe(true);
  });
});
