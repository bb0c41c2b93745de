/** The toolbar's Export menu: downloads, progress and failure messages, and opening a file safely. */
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportMenu } from '../../../src/editor/panels/ExportMenu';
import { serializeJourney } from 'journey-canvas/model';
import { renderWithStore, sampleJourney } from './renderWithStore';
import { makeJourney } from '../../export/fixtures';

let downloads: Array<{ name: string; blob: Blob }> = [];

beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href) as Blob });
  });
});

afterEach(() => vi.restoreAllMocks());

function fileInput(): HTMLInputElement {
  return screen.getByLabelText('Open JSON file…', { selector: 'input' });
}

describe('ExportMenu', () => {
  it('downloads the whole map as an SVG named after the journey and says so', async () => {
    const { user } = renderWithStore(<ExportMenu />);
    await user.click(screen.getByRole('button', { name: /Export/ }));
    await user.click(screen.getByRole('button', { name: 'Vector image (SVG)' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Saved Online-checkout.svg'));
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toBe('Online-checkout.svg');
    const text = await downloads[0]!.blob.text();
    for (const touchpoint of sampleJourney().touchpoints) expect(text).toContain(touchpoint.title.replace("'", '&apos;').split(' ')[0]);
    expect(screen.getByRole('button', { name: /Export/ }).getAttribute('aria-busy')).toBe('false');
  });

  it('saves the journey as JSON that reads back to the same document', async () => {
    const { user, document } = renderWithStore(<ExportMenu />);
    await user.click(screen.getByRole('button', { name: /Export/ }));
    await user.click(screen.getByRole('button', { name: 'Save as JSON' }));
    expect(downloads[0]!.name).toBe('Online-checkout.json');
    expect(await downloads[0]!.blob.text()).toBe(serializeJourney(document()));
  });

  it('says clearly when an export fails (an image too big to draw) and keeps working', async () => {
    const { user } = renderWithStore(<ExportMenu />, { document: makeJourney(200) });
    await user.click(screen.getByRole('button', { name: /Export/ }));
    await user.selectOptions(screen.getByLabelText('Image size'), 'fit');
    await user.click(screen.getByRole('button', { name: 'Image (PNG)' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Export failed: .*16384 px/));
    expect(downloads).toHaveLength(0);
    expect((screen.getByRole('button', { name: /Export/ }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('opens a bad file as a listed problem with paths and leaves the map untouched', async () => {
    const { user, store, document, onChange } = renderWithStore(<ExportMenu />);
    const before = document();
    const bad = { ...makeJourney(3), touchpoints: [{ id: 'x', stageId: 'nowhere', title: 'X', emotion: 12 }] };
    await user.upload(fileInput(), new File([JSON.stringify(bad)], 'bad.json', { type: 'application/json' }));
    await waitFor(() => expect(store.getState().problem?.source).toBe('open'));
    const paths = store.getState().problem!.errors.map((error) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['/touchpoints/0/stageId', '/touchpoints/0/emotion']));
    expect(document()).toBe(before);
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toContain('The file was not opened');
  });

  it('opens a good file as one undoable edit', async () => {
    const { user, store, document, onChange } = renderWithStore(<ExportMenu />);
    const original = document();
    const next = makeJourney(4, 'zh-CN');
    await user.upload(fileInput(), new File([serializeJourney(next)], 'next.json', { type: 'application/json' }));
    await waitFor(() => expect(document().id).toBe(next.id));
    expect(serializeJourney(document())).toBe(serializeJourney(next));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toContain(`Opened “${next.title}”`);
    store.getState().undo();
    expect(document()).toEqual(original);
  });

  it('offers no Open in a read-only editor', async () => {
    const { user } = renderWithStore(<ExportMenu />, { readOnly: true });
    await user.click(screen.getByRole('button', { name: /Export/ }));
    expect(screen.queryByRole('button', { name: 'Open JSON file…' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Image (PNG)' })).toBeTruthy();
  });
});
