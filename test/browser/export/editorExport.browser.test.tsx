/** Exporting from a mounted editor: the ref handle's exportImage and the toolbar's Export menu. */
import { createRef } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { JourneyEditor } from 'journey-canvas';
import type { JourneyEditorHandle } from 'journey-canvas';
import { journeySlideElements } from '../../../src/export/exportJourneySlides';
import { makeJourney } from '../../export/fixtures';
import { decode, pixelAt } from './decode';

describe('editor export', () => {
  it('exportImage on the ref exports the current document with the editor look (dark), at preset × pixelRatio', async () => {
    const ref = createRef<JourneyEditorHandle>();
    render(
      <div style={{ width: 1200, height: 700 }}>
        <JourneyEditor ref={ref} defaultValue={makeJourney(8)} colorMode="dark" locale="zh-CN" />
      </div>,
    );
    await waitFor(() => expect(ref.current).not.toBeNull());
    const pixels = await decode(await ref.current!.exportImage({ preset: 'slide-4:3', pixelRatio: 1 }));
    expect([pixels.width, pixels.height]).toEqual([1600, 1200]);
    // The dark page colour in a corner.
    expect(pixelAt(pixels, 4, 4)).toEqual([0x0f, 0x14, 0x1d]);
  });

  it('the toolbar has an Export menu whose SVG download holds the map', async () => {
    render(
      <div style={{ width: 1200, height: 700 }}>
        <JourneyEditor defaultValue={makeJourney(5)} />
      </div>,
    );
    const saved: Blob[] = [];
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      saved.push(blob as Blob);
      return original(blob);
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = () => {};
    try {
      await userEvent.click(screen.getByRole('button', { name: /Export/ }));
      // A 16:9 slide draws a map this tall as its overview (no text under 14 px); 4:3 draws it whole.
      await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Image size' }), 'slide-4:3');
      await userEvent.click(screen.getByRole('button', { name: 'Vector image (SVG)' }));
      await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Saved Buying-a-winter-jacket-online.svg'));
      const svg = await saved[0]!.text();
      for (const line of ["Sees a friend", 'post about the', 'Enters the card details']) expect(svg).toContain(line);
    } finally {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = click;
    }
  });
  it('the Export menu downloads the slide deck as one PNG per slide, named title-01.png … in order', async () => {
    const journey = makeJourney(5);
    render(
      <div style={{ width: 1200, height: 700 }}>
        <JourneyEditor defaultValue={journey} />
      </div>,
    );
    const expected = journeySlideElements(journey, { lanes: ['touchpoints', 'emotion', 'painPoints', 'delights', 'opportunities', 'metrics'] }).length;
    const downloads: Array<{ name: string; blob: Blob }> = [];
    const blobs = new Map<string, Blob>();
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = original(blob);
      blobs.set(url, blob as Blob);
      return url;
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloads.push({ name: this.download, blob: blobs.get(this.href)! });
    };
    try {
      await userEvent.click(screen.getByRole('button', { name: /Export/ }));
      await userEvent.click(screen.getByRole('button', { name: 'Slides (PNG, one file per slide)' }));
      await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Saved \d+ slides/), { timeout: 60_000 });
      expect(expected).toBeGreaterThan(1);
      expect(downloads.map((download) => download.name)).toEqual(
        Array.from({ length: expected }, (_, index) => `Buying-a-winter-jacket-online-${String(index + 1).padStart(2, '0')}.png`),
      );
      const first = await decode(downloads[0]!.blob);
      expect([first.width, first.height]).toEqual([3840, 2160]);
    } finally {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = click;
    }
  }, 90_000);
});
