/**
 * The keyboard shortcut sheet (issue 16, item 8): "?" opens it as a dialog named "Keyboard
 * shortcuts", it lists the README's keyboard table row for row, Escape closes it and gives focus
 * back; "?" typed in a field is just text.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { JourneyEditor } from 'journey-canvas';
import { shuffledJourney } from './canvas/fixtures';

/** The README's keyboard table: [key, does] per row. */
function readmeKeyboardTable(): string[][] {
  const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Keyboard and accessibility'));
  const lines = section.split('\n');
  const start = lines.findIndex((line) => line.startsWith('| '));
  const end = lines.findIndex((line, index) => index > start && !line.startsWith('|'));
  const rows = lines
    .slice(start, end)
    .filter((line) => line.startsWith('| '))
    .map((line) =>
      line
        .slice(2, -2)
        .split(' | ')
        .map((cell) => cell.trim()),
    );
  return rows.slice(1); // without the header row
}

function sheetRows(dialog: HTMLElement): string[][] {
  return [...dialog.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent ?? ''));
}

describe('the keyboard shortcut sheet', () => {
  it('opens on "?", lists the README keyboard table, and closes with Escape, giving focus back', async () => {
    const user = userEvent.setup();
    render(<JourneyEditor defaultValue={shuffledJourney()} style={{ width: 1200, height: 800 }} />);
    expect(screen.queryByRole('dialog')).toBeNull();
    const map = screen.getAllByRole('region', { name: /^Journey map/ })[0]!;
    const card = within(map).getAllByRole('button', { name: /, emotion / })[0]!;
    card.focus();
    await user.keyboard('?');
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const table = readmeKeyboardTable();
    expect(table.length).toBeGreaterThanOrEqual(9);
    expect(sheetRows(dialog)).toEqual(table);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(card);
  });

  it('opens from the toolbar button and closes with its Close button, in Chinese too', async () => {
    const user = userEvent.setup();
    render(<JourneyEditor defaultValue={shuffledJourney()} locale="zh-CN" style={{ width: 1200, height: 800 }} />);
    await user.click(screen.getByRole('button', { name: '键盘快捷键' }));
    const dialog = screen.getByRole('dialog', { name: '键盘快捷键' });
    expect(sheetRows(dialog)).toHaveLength(readmeKeyboardTable().length);
    expect(dialog.textContent).toContain('撤销');
    await user.click(within(dialog).getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('leaves "?" typed in a text field alone', async () => {
    const user = userEvent.setup();
    render(<JourneyEditor defaultValue={shuffledJourney()} style={{ width: 1200, height: 800 }} />);
    const title = screen.getByRole<HTMLInputElement>('textbox', { name: 'Journey title' });
    await user.click(title);
    await user.keyboard('?');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(title.value.endsWith('?')).toBe(true);
  });

  it('keeps keys pressed inside it from reaching the map (no undo behind the sheet)', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<JourneyEditor defaultValue={shuffledJourney()} onChange={onChange} style={{ width: 1200, height: 800 }} />);
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.keyDown(dialog, { key: 'Delete' });
    fireEvent.keyDown(dialog, { key: 'z', ctrlKey: true });
    expect(onChange).not.toHaveBeenCalled();
  });
});
