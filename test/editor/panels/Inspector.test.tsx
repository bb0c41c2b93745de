import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Inspector } from '../../../src/editor/panels';
import { renderWithStore, sampleJourney } from './renderWithStore';

const selectPay = { selection: { kind: 'touchpoint', id: 't-pay' } } as const;

describe('Inspector: touchpoint', () => {
  it('without a selection shows a hint and no fields', () => {
    renderWithStore(<Inspector />);
    expect(screen.getByText(/Select a touchpoint or a stage/)).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('a title edit applies on Enter as one operation with one onChange and one undo step', async () => {
    const t = renderWithStore(<Inspector />, selectPay);
    const title = screen.getByRole('textbox', { name: 'Title' });
    await t.user.clear(title);
    await t.user.type(title, 'Card declined{Enter}');
    expect(t.touchpoint('t-pay').title).toBe('Card declined');
    expect(t.onChange).toHaveBeenCalledTimes(1);
    expect(t.onChange.mock.calls[0]![1]).toEqual({ operation: 'updateTouchpoint', args: { id: 't-pay', changes: { title: 'Card declined' } } });
    expect(t.history.past).toHaveLength(1);
  });

  it('typing changes nothing until the field is left; leaving it commits once', async () => {
    const t = renderWithStore(<Inspector />, selectPay);
    const owner = screen.getByRole('textbox', { name: 'Owner' });
    await t.user.type(owner, 'Payments team');
    expect(t.onChange).not.toHaveBeenCalled();
    expect(t.touchpoint('t-pay').owner).toBeUndefined();
    await t.user.tab();
    expect(t.onChange).toHaveBeenCalledTimes(1);
    expect(t.touchpoint('t-pay').owner).toBe('Payments team');
  });

  it('focusing and leaving every field without changing it fires nothing', async () => {
    const t = renderWithStore(<Inspector />, selectPay);
    const before = t.document();
    const fields = [...screen.getAllByRole('textbox'), ...screen.getAllByRole('spinbutton')];
    for (const field of fields) {
      field.focus();
      field.blur();
    }
    for (let i = 0; i < 30; i++) await t.user.tab();
    expect(t.onChange).not.toHaveBeenCalled();
    expect(t.document()).toBe(before);
    expect(t.history.past).toHaveLength(0);
  });

  it('Escape puts the document value back and applies nothing', async () => {
    const t = renderWithStore(<Inspector />, selectPay);
    const title = screen.getByRole<HTMLInputElement>('textbox', { name: 'Title' });
    await t.user.type(title, ' again{Escape}');
    expect(title.value).toBe('Payment fails');
    await t.user.tab();
    expect(t.onChange).not.toHaveBeenCalled();
  });

  it('an emotion out of range shows a message beside the field and is not applied', async () => {
    const t = renderWithStore(<Inspector />, selectPay);
    const emotion = screen.getByRole('spinbutton', { name: 'Emotion' });
    await t.user.clear(emotion);
    await t.user.type(emotion, '7{Enter}');
    expect(emotion.getAttribute('aria-invalid')).toBe('true');
    const describedBy = emotion.getAttribute('aria-describedby')!.split(' ');
    const message = describedBy.map((id) => document.getElementById(id)?.textContent).join(' ');
    expect(message).toContain('from −5 to 5');
    expect(t.onChange).not.toHaveBeenCalled();
    expect(t.touchpoint('t-pay').emotion).toBe(-4.5);

    // A valid value then applies, and the message goes away.
    await t.user.clear(emotion);
    await t.user.type(emotion, '-1.5{Enter}');
    expect(t.touchpoint('t-pay').emotion).toBe(-1.5);
    expect(t.onChange).toHaveBeenCalledTimes(1);
    expect(t.onChange.mock.calls[0]![1].operation).toBe('setEmotion');
    expect(emotion.getAttribute('aria-invalid')).toBeNull();
  });

  it('an emptied emotion is not applied (emotion is required)', async () => {
    const t = renderWithStore(<Inspector />, selectPay);
    const emotion = screen.getByRole('spinbutton', { name: 'Emotion' });
    await t.user.clear(emotion);
    await t.user.tab();
    expect(emotion.getAttribute('aria-invalid')).toBe('true');
    expect(t.onChange).not.toHaveBeenCalled();
  });

  it('a keyboard step on the emotion slider is one setEmotion', () => {
    const t = renderWithStore(<Inspector />, selectPay);
    const slider = screen.getByRole('slider', { name: 'Emotion slider' });
    fireEvent.change(slider, { target: { value: '-4' } });
    expect(t.touchpoint('t-pay').emotion).toBe(-4);
    expect(t.onChange).toHaveBeenCalledTimes(1);
    expect(t.operations()).toEqual(['setEmotion']);
  });

  it('a pointer drag on the slider is one undo step however many values it passes', () => {
    const t = renderWithStore(<Inspector />, selectPay);
    const slider = screen.getByRole('slider', { name: 'Emotion slider' });
    fireEvent.pointerDown(slider);
    for (const value of ['-4', '-3', '-2', '-1']) fireEvent.input(slider, { target: { value } });
    expect(t.touchpoint('t-pay').emotion).toBe(-1); // the map follows live
    expect(t.onChange).not.toHaveBeenCalled();
    act(() => {
      window.dispatchEvent(new Event('pointerup'));
    });
    expect(t.onChange).toHaveBeenCalledTimes(1);
    expect(t.history.past).toHaveLength(1);
    act(() => {
      t.store.getState().undo();
    });
    expect(t.touchpoint('t-pay').emotion).toBe(-4.5);
  });

  it('metrics: out of range and non-numbers show messages; emptying one removes it, emptying all removes metrics', async () => {
    const t = renderWithStore(<Inspector />, selectPay);
    const csat = screen.getByRole('textbox', { name: 'CSAT (1–5)' });
    await t.user.clear(csat);
    await t.user.type(csat, '9{Enter}');
    expect(csat.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter a number from 1 to 5.')).toBeTruthy();

    const nps = screen.getByRole('textbox', { name: 'NPS (−100–100)' });
    await t.user.clear(nps);
    await t.user.type(nps, 'abc{Enter}');
    expect(nps.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter a number.')).toBeTruthy();
    expect(t.onChange).not.toHaveBeenCalled();
    expect(t.touchpoint('t-pay').metrics).toEqual({ csat: 2, nps: -20, ces: 6 });

    await t.user.clear(csat);
    await t.user.type(csat, '4.5{Enter}');
    expect(t.touchpoint('t-pay').metrics).toEqual({ csat: 4.5, nps: -20, ces: 6 });

    await t.user.clear(nps);
    await t.user.type(nps, '{Enter}');
    expect(t.touchpoint('t-pay').metrics).toEqual({ csat: 4.5, ces: 6 });
    await t.user.clear(csat);
    await t.user.type(csat, '{Enter}');
    const ces = screen.getByRole('textbox', { name: 'CES (1–7)' });
    await t.user.clear(ces);
    await t.user.type(ces, '{Enter}');
    expect('metrics' in t.touchpoint('t-pay')).toBe(false);
    expect(t.operations()).toEqual(['updateTouchpoint', 'updateTouchpoint', 'updateTouchpoint', 'updateTouchpoint']);
  });

  it('a metric accepts a real minus sign and a decimal comma', async () => {
    const t = renderWithStore(<Inspector />, selectPay);
    const nps = screen.getByRole('textbox', { name: 'NPS (−100–100)' });
    await t.user.clear(nps);
    await t.user.type(nps, '−35{Enter}');
    expect(t.touchpoint('t-pay').metrics?.nps).toBe(-35);
    const csat = screen.getByRole('textbox', { name: 'CSAT (1–5)' });
    await t.user.clear(csat);
    await t.user.type(csat, '3,5{Enter}');
    expect(t.touchpoint('t-pay').metrics?.csat).toBe(3.5);
  });

  it('list editors add, edit and remove items, one operation each; removing the last removes the list', async () => {
    const t = renderWithStore(<Inspector />, { selection: { kind: 'touchpoint', id: 't-ad' } });
    const pains = screen.getByRole('group', { name: 'Pain points' });
    await t.user.type(within(pains).getByRole('textbox', { name: 'New item for Pain points' }), 'Slow page{Enter}');
    expect(t.touchpoint('t-ad').painPoints).toEqual(['Too many ads', 'Slow page']);

    const first = within(pains).getByRole('textbox', { name: 'Pain points, item 1' });
    await t.user.clear(first);
    await t.user.type(first, 'Ads everywhere{Enter}');
    expect(t.touchpoint('t-ad').painPoints).toEqual(['Ads everywhere', 'Slow page']);

    await t.user.click(within(pains).getByRole('button', { name: 'Remove item 2 of Pain points' }));
    expect(t.touchpoint('t-ad').painPoints).toEqual(['Ads everywhere']);
    await t.user.click(within(pains).getByRole('button', { name: 'Remove item 1 of Pain points' }));
    expect('painPoints' in t.touchpoint('t-ad')).toBe(false);
    expect(t.onChange).toHaveBeenCalledTimes(4);

    const delights = screen.getByRole('group', { name: 'Delights' });
    await t.user.click(within(delights).getByRole('button', { name: 'Add to Delights' }));
    expect(t.onChange).toHaveBeenCalledTimes(4); // nothing typed: nothing added
  });

  it('key moment applies on change, and unchecking removes the flag', async () => {
    const t = renderWithStore(<Inspector />, selectPay);
    const checkbox = screen.getByRole('checkbox', { name: 'Key moment' });
    checkbox.focus();
    expect(t.onChange).not.toHaveBeenCalled();
    await t.user.click(checkbox);
    expect(t.touchpoint('t-pay').keyMoment).toBe(true);
    await t.user.click(checkbox);
    expect('keyMoment' in t.touchpoint('t-pay')).toBe(false);
    expect(t.onChange).toHaveBeenCalledTimes(2);
  });

  it('channel is free text with suggestions; emptying it removes it', async () => {
    const t = renderWithStore(<Inspector />, { selection: { kind: 'touchpoint', id: 't-ad' } });
    const channel = screen.getByRole('combobox', { name: 'Channel' });
    const list = document.getElementById(channel.getAttribute('list')!)!;
    expect([...list.querySelectorAll('option')].map((o) => o.value)).toEqual(['web', 'app', 'phone', 'store', 'email', 'social', 'chat', 'in-person']);
    await t.user.clear(channel);
    await t.user.type(channel, 'kiosk{Enter}');
    expect(t.touchpoint('t-ad').channel).toBe('kiosk');
    await t.user.clear(channel);
    await t.user.tab();
    expect('channel' in t.touchpoint('t-ad')).toBe(false);
  });

  it('moves the touchpoint to another stage from the stage select', async () => {
    const t = renderWithStore(<Inspector />, selectPay);
    await t.user.selectOptions(screen.getByRole('combobox', { name: 'Stage' }), 'Use');
    expect(t.touchpoint('t-pay').stageId).toBe('s-use');
    expect(t.operations()).toEqual(['moveTouchpoint']);
  });

  it('duplicates (and selects the copy) and deletes', async () => {
    const t = renderWithStore(<Inspector />, selectPay);
    await t.user.click(screen.getByRole('button', { name: 'Duplicate touchpoint' }));
    const ids = t.document().touchpoints.map((tp) => tp.id);
    const copyId = ids[ids.indexOf('t-pay') + 1]!;
    expect(copyId).not.toBe('t-pay');
    expect(t.touchpoint(copyId).title).toBe('Payment fails');
    expect(t.store.getState().selection).toEqual({ kind: 'touchpoint', id: copyId });

    await t.user.click(screen.getByRole('button', { name: 'Delete touchpoint' }));
    expect(t.document().touchpoints.some((tp) => tp.id === copyId)).toBe(false);
    expect(t.operations()).toEqual(['duplicateTouchpoint', 'removeTouchpoint']);
    expect(screen.getByText(/Select a touchpoint or a stage/)).toBeTruthy();
  });

  it('shows text that looks like HTML as text and runs nothing', () => {
    const doc = sampleJourney();
    const xss = '<img src=x onerror=alert(1)>';
    doc.touchpoints[3] = { ...doc.touchpoints[3]!, title: xss, painPoints: [xss] };
    const t = renderWithStore(<Inspector />, { document: doc, ...selectPay });
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Title' }).value).toBe(xss);
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Pain points, item 1' }).value).toBe(xss);
    expect(t.container.querySelector('img')).toBeNull();
  });

  it('fields follow the document after undo', async () => {
    const t = renderWithStore(<Inspector />, selectPay);
    const title = screen.getByRole<HTMLInputElement>('textbox', { name: 'Title' });
    await t.user.clear(title);
    await t.user.type(title, 'New{Enter}');
    act(() => {
      t.store.getState().undo();
    });
    expect(title.value).toBe('Payment fails');
  });
});

describe('Inspector: stage', () => {
  const selectBuy = { selection: { kind: 'stage', id: 's-buy' } } as const;

  it('renames, recolors (text and picker) and changes the kind, one operation each', async () => {
    const t = renderWithStore(<Inspector />, selectBuy);
    const name = screen.getByRole('textbox', { name: 'Name' });
    await t.user.clear(name);
    await t.user.type(name, 'Checkout{Enter}');
    expect(t.document().stages[1]!.name).toBe('Checkout');

    const code = screen.getByRole('textbox', { name: 'Color code' });
    await t.user.type(code, 'red{Enter}');
    expect(code.getAttribute('aria-invalid')).toBe('true');
    expect(t.document().stages[1]!.color).toBeUndefined();
    await t.user.clear(code);
    await t.user.type(code, '#0a5{Enter}');
    expect(t.document().stages[1]!.color).toBe('#0a5');

    fireEvent.change(screen.getByLabelText('Pick a color'), { target: { value: '#ff8800' } });
    expect(t.document().stages[1]!.color).toBe('#ff8800');

    await t.user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'Custom');
    expect(t.document().stages[1]!.kind).toBe('custom');
    await t.user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), '(none)');
    expect('kind' in t.document().stages[1]!).toBe(false);

    expect(t.operations()).toEqual(['renameStage', 'recolorStage', 'recolorStage', 'updateStage', 'updateStage']);
  });

  it('moves earlier and later, disabled at the ends', async () => {
    const t = renderWithStore(<Inspector />, { selection: { kind: 'stage', id: 's-aware' } });
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Move stage earlier' }).disabled).toBe(true);
    await t.user.click(screen.getByRole('button', { name: 'Move stage later' }));
    await t.user.click(screen.getByRole('button', { name: 'Move stage later' }));
    expect(t.document().stages.map((s) => s.id)).toEqual(['s-buy', 's-use', 's-aware']);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Move stage later' }).disabled).toBe(true);
    expect(t.operations()).toEqual(['moveStage', 'moveStage']);
  });

  it('removes an empty stage at once', async () => {
    const doc = sampleJourney();
    doc.stages.push({ id: 's-empty', name: 'Empty' });
    const t = renderWithStore(<Inspector />, { document: doc, selection: { kind: 'stage', id: 's-empty' } });
    await t.user.click(screen.getByRole('button', { name: 'Remove stage' }));
    expect(t.document().stages.map((s) => s.id)).toEqual(['s-aware', 's-buy', 's-use']);
    expect(t.operations()).toEqual(['removeStage']);
  });

  it('a stage with touchpoints asks first; moving them to a chosen stage keeps them', async () => {
    const t = renderWithStore(<Inspector />, { selection: { kind: 'stage', id: 's-use' } });
    await t.user.click(screen.getByRole('button', { name: 'Remove stage' }));
    expect(t.onChange).not.toHaveBeenCalled();
    const choice = screen.getByRole('group', { name: /has 2 touchpoints/ });
    await t.user.selectOptions(within(choice).getByRole('combobox', { name: 'Stage to move them to' }), 'Purchase');
    await t.user.click(within(choice).getByRole('button', { name: 'Remove stage' }));
    expect(t.document().stages.map((s) => s.id)).toEqual(['s-aware', 's-buy']);
    expect(t.document().touchpoints.filter((tp) => tp.stageId === 's-buy').map((tp) => tp.id)).toEqual(['t-pay', 't-box', 't-review']);
    expect(t.onChange).toHaveBeenCalledTimes(1);
    expect(t.onChange.mock.calls[0]![1]).toEqual({ operation: 'removeStage', args: { id: 's-use', touchpoints: { moveTo: 's-buy' } } });
  });

  it('a stage with touchpoints can be removed with them, or the removal cancelled', async () => {
    const t = renderWithStore(<Inspector />, { selection: { kind: 'stage', id: 's-aware' } });
    await t.user.click(screen.getByRole('button', { name: 'Remove stage' }));
    await t.user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: /has 2 touchpoints/ })).toBeNull();
    expect(t.onChange).not.toHaveBeenCalled();

    await t.user.click(screen.getByRole('button', { name: 'Remove stage' }));
    await t.user.click(screen.getByRole('radio', { name: 'Delete them' }));
    await t.user.click(within(screen.getByRole('group', { name: /has 2 touchpoints/ })).getByRole('button', { name: 'Remove stage' }));
    expect(t.document().stages.map((s) => s.id)).toEqual(['s-buy', 's-use']);
    expect(t.document().touchpoints.map((tp) => tp.id).sort()).toEqual(['t-box', 't-pay', 't-review']);
    expect(t.operations()).toEqual(['removeStage']);
  });
});

describe('Inspector: locale', () => {
  it('switching the locale relabels every field, keeping the values', () => {
    const t = renderWithStore(<Inspector />, selectPay);
    expect(screen.getByRole('textbox', { name: 'Title' })).toBeTruthy();
    act(() => t.switchLocale('zh-CN'));
    expect(screen.queryByRole('textbox', { name: 'Title' })).toBeNull();
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: '标题' }).value).toBe('Payment fails');
    expect(screen.getByRole('button', { name: '复制触点' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'CSAT（1–5）' })).toBeTruthy();
    act(() => t.switchLocale('en'));
    expect(screen.getByRole('button', { name: 'Duplicate touchpoint' })).toBeTruthy();
  });

  it('zh-CN shows Chinese labels and Chinese validation messages', async () => {
    const t = renderWithStore(<Inspector />, { ...selectPay, locale: 'zh-CN' });
    expect(screen.getByRole('heading', { name: '检查器' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: '标题' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: '关键时刻' })).toBeTruthy();
    expect(screen.getByRole('group', { name: '痛点' })).toBeTruthy();
    const emotion = screen.getByRole('spinbutton', { name: '情绪' });
    await t.user.clear(emotion);
    await t.user.type(emotion, '9{Enter}');
    expect(screen.getByText('请输入 −5 到 5 之间的数字。')).toBeTruthy();
  });
});

describe('Inspector: pending text', () => {
  it('commits typed text once when the selection moves on without a blur', async () => {
    const t = renderWithStore(<Inspector />, selectPay);
    await t.user.type(screen.getByRole('textbox', { name: 'Owner' }), 'Billing');
    act(() => t.store.getState().select({ kind: 'touchpoint', id: 't-box' }));
    expect(t.touchpoint('t-pay').owner).toBe('Billing');
    expect(t.touchpoint('t-box').owner).toBeUndefined();
    expect(t.onChange).toHaveBeenCalledTimes(1);
  });
});
