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

  it('names each error in words first, then the model\'s message and its path (the root as "/") as a detail', () => {
    const t = renderWithStore(<ProblemBanner />);
    act(() => t.store.getState().setProblem(pasteProblem));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(t.messages['common.invalidPaste']);
    const items = [...alert.querySelectorAll('li')];
    // Without the pasted data, a touchpoint is named by its place, never by a guess.
    expect(items.map((li) => li.querySelector('.jc-error__text')?.textContent)).toEqual(['Touchpoint 4: emotion must be from −5 to 5', 'The journey: not valid']);
    expect(items.map((li) => li.querySelector('.jc-error__detail')?.textContent)).toEqual([
      'Detail: emotion must be a number from -5 to 5, got 7 /touchpoints/3/emotion',
      'Detail: expected an object /',
    ]);
  });

  it('names a touchpoint by its title in the data that failed', () => {
    const t = renderWithStore(<ProblemBanner />);
    const input = {
      stages: [{ id: 's1', name: 'Delivery' }],
      touchpoints: [
        { id: 't1', stageId: 's1', title: 'Orders online', emotion: 1 },
        { id: 't2', stageId: 'gone', title: 'Delivery arrives late', emotion: -3 },
      ],
    };
    act(() =>
      t.store.getState().setProblem({
        source: 'open',
        input,
        errors: [{ path: '/touchpoints/1/stageId', code: 'unknown_stage', message: 'stageId "gone" does not name a stage of this document' }],
      }),
    );
    const item = screen.getByRole('listitem');
    expect(item.textContent).toMatch(/^“Delivery arrives late”: its stage no longer exists Detail: stageId "gone" does not name a stage/);
    expect(item.textContent).toContain('/touchpoints/1/stageId');
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
    expect(screen.getByRole('alert').textContent).toContain('第 4 个触点：情绪应在 −5 到 5 之间');
    expect(screen.getByRole('alert').textContent).toContain('旅程：无效');
  });
});
