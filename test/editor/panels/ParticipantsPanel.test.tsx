import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ParticipantsPanel } from '../../../src/editor/panels';
import { ratedJourney } from './ratedJourney';
import { renderWithStore, sampleJourney } from './renderWithStore';

describe('ParticipantsPanel', () => {
  it('is collapsed at first, says how many participants there are, and expands', async () => {
    const t = renderWithStore(<ParticipantsPanel />, { document: ratedJourney() });
    const toggle = screen.getByRole('button', { name: 'Participants (3)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('textbox')).toBeNull();
    await t.user.click(toggle);
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Name of participant 1' }).value).toBe('Ana');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Role of Ana' }).value).toBe('Customer');
    expect(t.onChange).not.toHaveBeenCalled();
  });

  it('adds a participant with a name and a role (Enter), as one addParticipant', async () => {
    const t = renderWithStore(<ParticipantsPanel defaultExpanded />, { document: sampleJourney() });
    expect(screen.getByText(/No participants yet/)).toBeTruthy();
    await t.user.type(screen.getByRole('textbox', { name: 'New participant’s name' }), 'Dana');
    await t.user.type(screen.getByRole('textbox', { name: 'New participant’s role (optional)' }), 'Sales{Enter}');
    expect(t.document().participants).toEqual([expect.objectContaining({ name: 'Dana', role: 'Sales' })]);
    expect(typeof t.document().participants![0]!.id).toBe('string');
    expect(t.operations()).toEqual(['addParticipant']);
    expect(screen.getByRole('button', { name: 'Participants (1)' })).toBeTruthy();
    // The form is ready for the next person; an empty name adds nobody.
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'New participant’s name' }).value).toBe('');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: /Add participant/ }).disabled).toBe(true);
  });

  it('renames and sets a role, one updateParticipant each; an emptied role is removed', async () => {
    const t = renderWithStore(<ParticipantsPanel defaultExpanded />, { document: ratedJourney() });
    const name = screen.getByRole('textbox', { name: 'Name of participant 2' });
    await t.user.clear(name);
    await t.user.type(name, 'Benjamin{Enter}');
    expect(t.document().participants![1]).toMatchObject({ id: 'p-ben', name: 'Benjamin' });
    const role = screen.getByRole('textbox', { name: 'Role of 陈静' });
    await t.user.type(role, 'Product owner{Enter}');
    expect(t.document().participants![2]).toMatchObject({ id: 'p-chen', role: 'Product owner' });
    await t.user.clear(screen.getByRole('textbox', { name: 'Role of Ana' }));
    await t.user.tab();
    expect('role' in t.document().participants![0]!).toBe(false);
    expect(t.operations()).toEqual(['updateParticipant', 'updateParticipant', 'updateParticipant']);
    expect(t.history.past).toHaveLength(3);
  });

  it('removing someone who rated says how many ratings go, removes them with the person, and Undo brings all back', async () => {
    const t = renderWithStore(<ParticipantsPanel defaultExpanded />, { document: ratedJourney() });
    expect(screen.getAllByText('2 ratings')).toHaveLength(2); // Ana and Ben
    await t.user.click(screen.getByRole('button', { name: 'Remove Ana' }));
    // Nothing is removed yet: the panel asks first, with the count.
    expect(t.onChange).not.toHaveBeenCalled();
    const ask = screen.getByRole('group', { name: 'Remove Ana' });
    expect(ask.textContent).toContain('Ana has given 2 ratings. Removing Ana removes them too.');
    await t.user.click(within(ask).getByRole('button', { name: 'Remove with 2 ratings' }));

    expect(t.document().participants!.map((p) => p.id)).toEqual(['p-ben', 'p-chen']);
    expect(t.touchpoint('t-pay').ratings).toEqual([{ by: 'p-ben', emotion: -5 }]);
    expect(t.touchpoint('t-pay').emotion).toBe(-5); // the mean of what is left
    expect(t.touchpoint('t-ad').ratings).toEqual([{ by: 'p-ben', emotion: 3, note: 'Looks fun' }]);
    expect(t.operations()).toEqual(['removeParticipant']);
    expect(t.history.past).toHaveLength(1);
    expect(screen.getByRole('status').textContent).toContain('Removed Ana and 2 ratings.');

    await t.user.click(within(screen.getByRole('status')).getByRole('button', { name: 'Undo' }));
    expect(t.document().participants!.map((p) => p.id)).toEqual(['p-ana', 'p-ben', 'p-chen']);
    expect(t.touchpoint('t-pay').ratings).toEqual([{ by: 'p-ana', emotion: -4 }, { by: 'p-ben', emotion: -5 }]);
    expect(t.touchpoint('t-pay').emotion).toBe(-4.5);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('Cancel keeps the participant; someone with no ratings goes at once; Undo is offered only while it is the last edit', async () => {
    const t = renderWithStore(<ParticipantsPanel defaultExpanded />, { document: ratedJourney() });
    await t.user.click(screen.getByRole('button', { name: 'Remove Ben' }));
    await t.user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(t.document().participants).toHaveLength(3);

    await t.user.click(screen.getByRole('button', { name: 'Remove 陈静' }));
    expect(t.document().participants!.map((p) => p.id)).toEqual(['p-ana', 'p-ben']);
    expect(screen.getByRole('status').textContent).toContain('Removed 陈静.');
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
    // Another edit after the removal: the status's Undo would undo that one, so it goes away.
    act(() => {
      t.store.getState().apply({ operation: 'setTitle', args: { title: 'Checkout' } });
    });
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('read-only lists the participants as text', () => {
    renderWithStore(<ParticipantsPanel defaultExpanded />, { document: ratedJourney(), readOnly: true });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Ana · Customer', 'Ben · Support', '陈静']);
  });

  it('zh-CN shows Chinese labels and counts', async () => {
    const t = renderWithStore(<ParticipantsPanel defaultExpanded />, { document: ratedJourney(), locale: 'zh-CN' });
    expect(screen.getByRole('button', { name: '参与者（3）' })).toBeTruthy();
    expect(screen.getAllByText('2 个评分')).toHaveLength(2);
    await t.user.click(screen.getByRole('button', { name: '移除Ana' }));
    expect(screen.getByRole('button', { name: '连同 2 个评分一起移除' })).toBeTruthy();
  });
});
