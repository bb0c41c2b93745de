import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Toolbar } from '../../../src/editor/panels';
import { JOURNEY_LANES } from '../../../src/store';
import { renderWithStore } from './renderWithStore';

const button = (name: string) => screen.getByRole<HTMLButtonElement>('button', { name });

describe('Toolbar', () => {
  it('undo and redo are disabled with nothing to undo or redo, and follow the history', async () => {
    const t = renderWithStore(<Toolbar />);
    expect(button('Undo').disabled).toBe(true);
    expect(button('Redo').disabled).toBe(true);

    act(() => {
      t.store.getState().apply({ operation: 'setEmotion', args: { id: 't-box', emotion: 1 } });
    });
    expect(button('Undo').disabled).toBe(false);
    expect(button('Redo').disabled).toBe(true);

    await t.user.click(button('Undo'));
    expect(t.touchpoint('t-box').emotion).toBe(4);
    expect(button('Undo').disabled).toBe(true);
    expect(button('Redo').disabled).toBe(false);

    await t.user.click(button('Redo'));
    expect(t.touchpoint('t-box').emotion).toBe(1);
    expect(t.operations()).toEqual(['setEmotion', 'undo', 'redo']);
  });

  it('edits the journey title in place with setTitle, once, and not on focus alone', async () => {
    const t = renderWithStore(<Toolbar />);
    const title = screen.getByRole<HTMLInputElement>('textbox', { name: 'Journey title' });
    expect(title.value).toBe('Online checkout');
    await t.user.click(title);
    await t.user.tab();
    expect(t.onChange).not.toHaveBeenCalled();
    await t.user.clear(title);
    await t.user.type(title, 'Checkout 2027{Enter}');
    expect(t.document().title).toBe('Checkout 2027');
    expect(t.onChange.mock.calls.map(([, change]) => change)).toEqual([{ operation: 'setTitle', args: { title: 'Checkout 2027' } }]);
  });

  it('adds a stage at the end and selects it', async () => {
    const t = renderWithStore(<Toolbar />);
    await t.user.click(button('Add stage'));
    const stages = t.document().stages;
    expect(stages).toHaveLength(4);
    expect(stages[3]!.name).toBe('New stage');
    expect(t.store.getState().selection).toEqual({ kind: 'stage', id: stages[3]!.id });
    expect(t.operations()).toEqual(['addStage']);
  });

  it('has a pressed toggle per lane that shows or hides it, and edits nothing', async () => {
    const t = renderWithStore(<Toolbar />);
    const lanes = within(screen.getByRole('group', { name: 'Lanes' })).getAllByRole('button');
    expect(lanes).toHaveLength(JOURNEY_LANES.length);
    for (const lane of lanes) expect(lane.getAttribute('aria-pressed')).toBe('true');
    await t.user.click(button('Pain points'));
    expect(t.store.getState().lanes).not.toContain('painPoints');
    expect(button('Pain points').getAttribute('aria-pressed')).toBe('false');
    await t.user.click(button('Pain points'));
    expect(t.store.getState().lanes).toEqual(JOURNEY_LANES);
    expect(t.onChange).not.toHaveBeenCalled();
  });

  it('switches between map and table, and fits the view through its callback', async () => {
    const onFitView = vi.fn();
    const t = renderWithStore(<Toolbar onFitView={onFitView} />);
    expect(button('Map').getAttribute('aria-pressed')).toBe('true');
    await t.user.click(button('Fit to view'));
    expect(onFitView).toHaveBeenCalledTimes(1);
    await t.user.click(button('Table'));
    expect(t.store.getState().view).toBe('table');
    expect(button('Table').getAttribute('aria-pressed')).toBe('true');
    expect(button('Map').getAttribute('aria-pressed')).toBe('false');
    expect(button('Fit to view').disabled).toBe(true);
  });

  it('has no fit button without onFitView', () => {
    renderWithStore(<Toolbar />);
    expect(screen.queryByRole('button', { name: 'Fit to view' })).toBeNull();
  });

  it('read-only hides the editing controls but keeps lanes and view', () => {
    renderWithStore(<Toolbar />, { readOnly: true });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Online checkout' })).toBeTruthy();
    for (const name of ['Undo', 'Redo', 'Add stage']) expect(screen.queryByRole('button', { name })).toBeNull();
    expect(button('Table')).toBeTruthy();
    expect(button('Pain points')).toBeTruthy();
  });

  it('zh-CN shows Chinese labels', () => {
    renderWithStore(<Toolbar onFitView={() => {}} />, { locale: 'zh-CN' });
    for (const name of ['撤销', '重做', '添加阶段', '地图', '表格', '适应视图', '痛点']) expect(button(name)).toBeTruthy();
    expect(screen.getByRole('textbox', { name: '旅程标题' })).toBeTruthy();
  });
});
