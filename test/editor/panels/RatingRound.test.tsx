import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Inspector, RatingRoundHost, Toolbar } from '../../../src/editor/panels';
import { ratedJourney } from './ratedJourney';
import { renderWithStore } from './renderWithStore';

function rounds() {
  return (
    <RatingRoundHost>
      <Toolbar />
      <Inspector />
    </RatingRoundHost>
  );
}

/** The round's figures, term by term. */
function stats(dialog: HTMLElement): Record<string, string> {
  const terms = within(dialog).getAllByRole('term');
  const values = within(dialog).getAllByRole('definition');
  return Object.fromEntries(terms.map((term, i) => [term.textContent, values[i]!.textContent]));
}

const focused = () => document.activeElement as HTMLElement;
/** jsdom has no modal dialogs, so the inspector behind stays in reach: ask the round itself. */
const round = () => screen.getByRole('dialog');
const score = (name: string) => within(round()).getByRole<HTMLInputElement>('spinbutton', { name: `Score of ${name}` });
const roundTitle = () => within(round()).getByRole('heading', { level: 3 }).textContent;

describe('the one-screen rating round', () => {
  it('starts from the toolbar for the whole journey at the first touchpoint, title large, first field focused', async () => {
    const t = renderWithStore(rounds(), { document: ratedJourney() });
    await t.user.click(screen.getByRole('button', { name: 'Rate with the room' }));
    const dialog = screen.getByRole('dialog', { name: 'Rating round: whole journey' });
    expect(within(dialog).getByRole('heading', { level: 3 }).textContent).toBe("Sees a friend's post");
    expect(within(dialog).getByText('Touchpoint 1 of 5')).toBeTruthy();
    expect(focused()).toBe(score('Ana'));
    expect(score('Ana').value).toBe('2');
    expect(score('Ben').value).toBe('3');
    expect(score('陈静').value).toBe('');
    // The map behind follows the round: the touchpoint being rated is the selected one.
    expect(t.store.getState().selection).toEqual({ kind: 'touchpoint', id: 't-ad' });
    expect(t.onChange).not.toHaveBeenCalled();
  });

  it('Tab moves to the next person, Enter on the last goes to the next touchpoint, Escape ends; one setRating and one undo step per score', async () => {
    const t = renderWithStore(rounds(), { document: ratedJourney() });
    await t.user.click(screen.getByRole('button', { name: 'Rate with the room' }));
    const dialog = screen.getByRole('dialog');

    await t.user.keyboard('{Control>}a{/Control}4');
    await t.user.tab();
    expect(focused()).toBe(score('Ben'));
    expect(t.touchpoint('t-ad').ratings).toEqual([{ by: 'p-ana', emotion: 4 }, { by: 'p-ben', emotion: 3, note: 'Looks fun' }]);
    expect(t.touchpoint('t-ad').emotion).toBe(3.5);

    expect(stats(dialog)).toEqual({ Ratings: '2', Mean: '+3.5', Lowest: '+3', Highest: '+4' });
    await t.user.tab();
    expect(focused()).toBe(score('陈静'));
    await t.user.keyboard('-1.5');
    await t.user.tab({ shift: true });
    await t.user.tab();
    // The running n, mean, lowest and highest follow each score at once.
    expect(stats(dialog)).toEqual({ Ratings: '3', Mean: '+1.8', Lowest: '−1.5', Highest: '+4' });
    await t.user.keyboard('{Enter}');
    // The mean, the lowest and the highest follow at once.
    expect(t.touchpoint('t-ad').emotion).toBe(1.83); // (4 + 3 − 1.5) / 3, 2 decimals

    // Enter on the last person went on to the next touchpoint, with the first field focused.
    expect(within(dialog).getByRole('heading', { level: 3 }).textContent).toBe('Visits the site');
    expect(within(dialog).getByText('Touchpoint 2 of 5')).toBeTruthy();
    expect(t.store.getState().selection).toEqual({ kind: 'touchpoint', id: 't-site' });
    expect(focused()).toBe(score('Ana'));
    await t.user.keyboard('1{Enter}');
    expect(focused()).toBe(score('Ben')); // Enter on someone else moves to the next person
    await t.user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();

    expect(t.touchpoint('t-site').ratings).toEqual([{ by: 'p-ana', emotion: 1 }]);
    expect(t.touchpoint('t-site').emotion).toBe(1);
    expect(t.operations()).toEqual(['setRating', 'setRating', 'setRating']);
    expect(t.history.past).toHaveLength(3);
    act(() => {
      t.store.getState().undo();
    });
    expect(t.touchpoint('t-site').ratings).toBeUndefined();
    expect(t.touchpoint('t-ad').ratings).toHaveLength(3);
  });

  it('bad values (6, "abc") are a field error and change nothing; an emptied field takes the rating back', async () => {
    const t = renderWithStore(rounds(), { document: ratedJourney() });
    await t.user.click(screen.getByRole('button', { name: 'Rate with the room' }));
    const chen = score('陈静');
    await t.user.click(chen);
    await t.user.keyboard('6{Enter}');
    expect(chen.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter a number from −5 to 5.')).toBeTruthy();
    await t.user.clear(chen);
    await t.user.keyboard('abc{Enter}');
    expect(screen.getByText('Enter a number.')).toBeTruthy();
    expect(focused()).toBe(chen); // Enter did not move on past a refused score
    expect(roundTitle()).toBe("Sees a friend's post");
    expect(t.onChange).not.toHaveBeenCalled();

    await t.user.clear(score('Ben'));
    await t.user.tab();
    expect(t.touchpoint('t-ad').ratings).toEqual([{ by: 'p-ana', emotion: 2 }]);
    expect(t.touchpoint('t-ad').emotion).toBe(2);
    expect(t.operations()).toEqual(['removeRating']);
  });

  it('Up and Down step a score by 0.5 within −5…5', async () => {
    const t = renderWithStore(rounds(), { document: ratedJourney() });
    await t.user.click(screen.getByRole('button', { name: 'Rate with the room' }));
    await t.user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(score('Ana').value).toBe('5');
    expect(score('Ana').getAttribute('aria-valuenow')).toBe('5');
    await t.user.keyboard('{ArrowDown}{Enter}');
    expect(t.touchpoint('t-ad').ratings![0]).toEqual({ by: 'p-ana', emotion: 4.5 });
    expect(t.operations()).toEqual(['setRating']);
  });

  it('next and previous buttons step through the touchpoints; on the last one Enter says so', async () => {
    const t = renderWithStore(rounds(), { document: ratedJourney() });
    await t.user.click(screen.getByRole('button', { name: 'Rate with the room' }));
    const previous = screen.getByRole<HTMLButtonElement>('button', { name: 'Previous touchpoint' });
    expect(previous.disabled).toBe(true);
    for (let i = 0; i < 4; i++) await t.user.click(screen.getByRole('button', { name: 'Next touchpoint' }));
    expect(roundTitle()).toBe('Writes a review');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Next touchpoint' }).disabled).toBe(true);
    await t.user.click(score('陈静'));
    await t.user.keyboard('2{Enter}');
    expect(screen.getByText(/That was the last touchpoint/)).toBeTruthy();
    expect(focused()).toBe(screen.getByRole('button', { name: 'End round' }));
    await t.user.click(previous);
    expect(roundTitle()).toBe('Opens the box');
    expect(t.operations()).toEqual(['setRating']);
  });

  it('a stage round from the stage inspector rates that stage only and survives the selection moving to its touchpoints', async () => {
    const t = renderWithStore(rounds(), { document: ratedJourney(), selection: { kind: 'stage', id: 's-use' } });
    await t.user.click(screen.getByRole('button', { name: 'Rate this stage with the room' }));
    const dialog = screen.getByRole('dialog', { name: 'Rating round: Use' });
    expect(within(dialog).getByText('Touchpoint 1 of 2')).toBeTruthy();
    expect(within(dialog).getByRole('heading', { level: 3 }).textContent).toBe('Opens the box');
    await t.user.keyboard('3{Tab}');
    expect(t.touchpoint('t-box').ratings).toEqual([{ by: 'p-ana', emotion: 3 }]);
    // The inspector behind now shows the touchpoint; the round is still open.
    expect(screen.getByRole('dialog', { name: 'Rating round: Use' })).toBeTruthy();
    await t.user.click(screen.getByRole('button', { name: 'Next touchpoint' }));
    expect(within(dialog).getByRole('heading', { level: 3 }).textContent).toBe('Writes a review');
    await t.user.click(screen.getByRole('button', { name: 'End round' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('with nobody in the room yet, the round offers to add participants', async () => {
    const doc = ratedJourney();
    const t = renderWithStore(rounds(), {
      document: { ...doc, participants: [], touchpoints: doc.touchpoints.map(({ ratings: _ratings, ...touchpoint }) => touchpoint) },
    });
    await t.user.click(screen.getByRole('button', { name: 'Rate with the room' }));
    expect(screen.getByText(/Add the people in the room first/)).toBeTruthy();
    await t.user.type(screen.getByRole('textbox', { name: 'New participant’s name' }), 'Eve{Enter}');
    expect(score('Eve')).toBeTruthy();
  });

  it('zh-CN: 现场评分', async () => {
    const t = renderWithStore(rounds(), { document: ratedJourney(), locale: 'zh-CN' });
    await t.user.click(screen.getByRole('button', { name: '现场评分' }));
    const dialog = screen.getByRole('dialog', { name: '现场评分：整段旅程' });
    expect(within(dialog).getByText('第 1 个触点，共 5 个')).toBeTruthy();
    expect(within(dialog).getByRole('spinbutton', { name: 'Ana的评分' })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: '下一个触点' })).toBeTruthy();
  });
});
