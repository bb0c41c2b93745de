import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PersonaPanel } from '../../../src/editor/panels';
import { createJourney } from '../../../src/model';
import { renderWithStore } from './renderWithStore';

describe('PersonaPanel', () => {
  it('is collapsed at first, names the persona, and expands and collapses with its button', async () => {
    const t = renderWithStore(<PersonaPanel />);
    const toggle = screen.getByRole('button', { name: 'Persona: Mia' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('textbox', { name: 'Name' })).toBeNull();
    await t.user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)!.hidden).toBe(false);
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Name' }).value).toBe('Mia');
    await t.user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(t.onChange).not.toHaveBeenCalled();
  });

  it('edits name, summary and lists through updatePersona, one operation per commit', async () => {
    const t = renderWithStore(<PersonaPanel defaultExpanded />);
    const name = screen.getByRole('textbox', { name: 'Name' });
    await t.user.clear(name);
    await t.user.type(name, 'Lei{Enter}');
    expect(t.document().persona?.name).toBe('Lei');
    expect(screen.getByRole('button', { name: 'Persona: Lei' })).toBeTruthy();

    const summary = screen.getByRole('textbox', { name: 'Summary' });
    await t.user.clear(summary);
    await t.user.tab();
    expect('summary' in t.document().persona!).toBe(false);

    const goals = screen.getByRole('group', { name: 'Goals' });
    await t.user.type(within(goals).getByRole('textbox', { name: 'New item for Goals' }), 'No surprise fees{Enter}');
    expect(t.document().persona?.goals).toEqual(['Order fast', 'No surprise fees']);
    const frustrations = screen.getByRole('group', { name: 'Frustrations' });
    await t.user.type(within(frustrations).getByRole('textbox', { name: 'New item for Frustrations' }), 'Queues{Enter}');
    expect(t.document().persona?.frustrations).toEqual(['Queues']);

    expect(t.operations()).toEqual(['updatePersona', 'updatePersona', 'updatePersona', 'updatePersona']);
    expect(t.onChange.mock.calls[0]![1]).toEqual({ operation: 'updatePersona', args: { persona: { name: 'Lei' } } });
  });

  it('creates a persona on a journey without one, and removes it', async () => {
    const t = renderWithStore(<PersonaPanel defaultExpanded />, { document: createJourney({ id: 'j', title: 'No persona' }) });
    expect(t.document().persona).toBeUndefined();
    await t.user.type(screen.getByRole('textbox', { name: 'Name' }), 'Ana{Enter}');
    expect(t.document().persona).toEqual({ name: 'Ana' });
    await t.user.click(screen.getByRole('button', { name: 'Remove persona' }));
    expect('persona' in t.document()).toBe(false);
  });

  it('read-only shows the persona as text, with no fields', () => {
    renderWithStore(<PersonaPanel defaultExpanded />, { readOnly: true });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByText('Busy parent')).toBeTruthy();
    expect(screen.getByText('Order fast')).toBeTruthy();
  });

  it('zh-CN shows Chinese labels', async () => {
    const t = renderWithStore(<PersonaPanel />, { locale: 'zh-CN' });
    await t.user.click(screen.getByRole('button', { name: '用户画像：Mia' }));
    expect(screen.getByRole('textbox', { name: '姓名' })).toBeTruthy();
    expect(screen.getByRole('group', { name: '目标' })).toBeTruthy();
  });
});
