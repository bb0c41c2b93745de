import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProblemBanner } from '../../../src/editor/panels';
import type { JourneyProblem } from '../../../src/store';
import { renderWithStore } from './renderWithStore';

const pasteProblem: JourneyProblem = {
  source: 'paste',
  errors: [
    { path: '/touchpoints/3/emotion', code: 'out_of_range', message: 'emotion must be a number from -5 to 5, got 7' },
    { path: '', code: 'invalid_type', message: 'expected an object' },
  ],
};

describe('ProblemBanner', () => {
  it('shows nothing without a problem', () => {
    const { container } = renderWithStore(<ProblemBanner />);
    expect(container.textContent).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the heading of the source and every error at its path, the root as "/"', () => {
    const t = renderWithStore(<ProblemBanner />);
    act(() => t.store.getState().setProblem(pasteProblem));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(t.messages['common.invalidPaste']);
    const items = [...alert.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual(['/touchpoints/3/emotion — emotion must be a number from -5 to 5, got 7', '/ (document) — expected an object']);
  });

  it.each([
    ['value', 'common.invalidValue'],
    ['open', 'common.invalidOpen'],
    ['operation', 'common.invalidOperation'],
  ] as const)('a %s problem has its own heading', (source, key) => {
    const t = renderWithStore(<ProblemBanner />);
    act(() => t.store.getState().setProblem({ source, errors: [] }));
    expect(screen.getByRole('alert').textContent).toContain(t.messages[key]);
  });

  it('is dismissed with its button, which clears the problem in the store', async () => {
    const t = renderWithStore(<ProblemBanner />);
    act(() => t.store.getState().setProblem(pasteProblem));
    await t.user.click(screen.getByRole('button', { name: 'Dismiss these problems' }));
    expect(t.store.getState().problem).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows messages that look like HTML as text', () => {
    const t = renderWithStore(<ProblemBanner />);
    act(() => t.store.getState().setProblem({ source: 'open', errors: [{ path: '/title', code: 'invalid_type', message: '<img src=x onerror=alert(1)>' }] }));
    expect(screen.getByRole('alert').textContent).toContain('<img src=x onerror=alert(1)>');
    expect(t.container.querySelector('img')).toBeNull();
  });

  it('zh-CN shows the Chinese heading', () => {
    const t = renderWithStore(<ProblemBanner />, { locale: 'zh-CN' });
    act(() => t.store.getState().setProblem(pasteProblem));
    expect(screen.getByRole('alert').textContent).toContain('未粘贴任何内容');
    expect(screen.getByRole('alert').textContent).toContain('/ (文档)');
  });
});
