/**
 * The editor's doors in real Chromium (issue 12): a huge, deep or broken file opened from the
 * Export menu, and a deep paste, each get an error on screen in seconds, and the map that was
 * open stays. Before, a 50 MB file crashed the tab, 0.2 MB of zeros froze it for 12 s listing
 * 100,000 errors, a 5,000-deep file left "Opening…" forever, and a 3,000-deep paste showed nothing.
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { JourneyEditor } from 'journey-canvas';
import { MAX_JOURNEY_DEPTH, MAX_JOURNEY_ERRORS } from 'journey-canvas/model';
import { makeJourney } from '../../export/fixtures';

const FIRST_TITLE = "Sees a friend's post about the store";
const header = '"format":"journey-canvas","version":1,"id":"j","title":"Opened"';

function mount() {
  render(
    <div style={{ width: 1200, height: 700 }}>
      <JourneyEditor defaultValue={makeJourney(6)} />
    </div>,
  );
}

/** Picks `file` in the Export menu's Open JSON input, as the file dialog would. */
async function open(file: File): Promise<void> {
  await userEvent.click(screen.getByRole('button', { name: /Export/ }));
  const input = document.querySelector<HTMLInputElement>('input.jc-export-menu__file');
  if (!input) throw new Error('no Open JSON input');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The editor's problem banner, once it shows. */
async function problem(): Promise<HTMLElement> {
  return waitFor(() => {
    const banner = document.querySelector<HTMLElement>('.jc-problem');
    if (!banner) throw new Error('no problem banner yet');
    return banner;
  }, { timeout: 20_000 });
}

async function expectMapKept(): Promise<void> {
  expect(screen.getAllByText(FIRST_TITLE).length).toBeGreaterThan(0);
  // The status left "Opening…" and the menu works again.
  await waitFor(() => expect(screen.getByRole('status').textContent).not.toMatch(/Opening/));
  expect(screen.getByRole('button', { name: /Export/ })).not.toBeDisabled();
}

describe('opening a file the editor cannot take', () => {
  it('a 50 MB file is refused at once by its size, and the map stays', async () => {
    mount();
    const huge = new File([new Uint8Array(50_000_000).fill(0x20)], 'huge.json', { type: 'application/json' });
    const start = performance.now();
    await open(huge);
    const banner = await problem();
    expect(performance.now() - start).toBeLessThan(10_000);
    expect(banner.textContent).toMatch(/too large.*MAX_JOURNEY_LENGTH/);
    await expectMapKept();
  });

  it('an 11 KB file nested 5,000 deep gets the depth error, not "Opening…" forever', async () => {
    mount();
    const text = `{${header},"stages":[],"touchpoints":[],"x":${'['.repeat(5_000)}${']'.repeat(5_000)}}`;
    await open(new File([text], 'deep-5000.json', { type: 'application/json' }));
    const banner = await problem();
    expect(banner.textContent).toContain(`at most ${MAX_JOURNEY_DEPTH} levels (MAX_JOURNEY_DEPTH)`);
    expect(banner.textContent).toContain(`/x${'/0'.repeat(MAX_JOURNEY_DEPTH - 1)}`);
    await expectMapKept();
  });

  it('0.2 MB of "touchpoints":[0,0,…] lists the first errors and counts the rest, in seconds', async () => {
    mount();
    const zeros = new File([`{${header},"stages":[],"touchpoints":[${new Array(100_000).fill(0).join(',')}]}`], 'zeros.json');
    const start = performance.now();
    await open(zeros);
    const banner = await problem();
    expect(performance.now() - start).toBeLessThan(10_000);
    const items = within(banner).getAllByRole('listitem');
    expect(items).toHaveLength(MAX_JOURNEY_ERRORS + 1);
    expect(items.at(-1)?.textContent).toContain('and 99,900 more errors');
    await expectMapKept();
  });
});

describe('pasting what the editor cannot take', () => {
  it('a 3,000-deep value shows the depth error and changes nothing', async () => {
    mount();
    const editor = document.querySelector<HTMLElement>('.jc-editor');
    if (!editor) throw new Error('no editor');
    for (const text of [
      `{${header},"stages":[],"touchpoints":[],"x":${'['.repeat(3_000)}${']'.repeat(3_000)}}`,
      `[{"title":"Deep","emotion":0,"x":${'['.repeat(3_000)}${']'.repeat(3_000)}}]`,
    ]) {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      editor.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      const banner = await problem();
      expect(banner.textContent).toContain('(MAX_JOURNEY_DEPTH)');
      expect(screen.queryByText('Deep')).toBeNull();
      expect(screen.getAllByText(FIRST_TITLE).length).toBeGreaterThan(0);
      await userEvent.click(within(banner).getByRole('button'));
    }
  });
});
