/**
 * One look reaches the file: a host's `--jc-*` colours, set on an element around the editor,
 * are the colours of the SVG that editor exports (from its ref and from its Export menu); an
 * export made without an editor takes them through the `theme` option; and nothing that is not a
 * plain colour gets into the file.
 */
import { createRef } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { JourneyEditor, exportJourneyImage } from 'journey-canvas';
import type { JourneyEditorHandle } from 'journey-canvas';
import { makeJourney } from '../../export/fixtures';

const BRAND = {
  '--jc-curve': '#0a7b83',
  '--jc-peak': '#c2185b',
  '--jc-end': '#6a1b9a',
  '--jc-positive-area': 'rgba(1, 2, 3, 0.25)',
  '--jc-chip-pain-bg': '#ffe0b2',
  '--jc-lane': '#fafaf0',
};

async function svgText(blob: Blob): Promise<string> {
  return blob.text();
}

function hostStyle(): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = `.brand-host .jc-editor { ${Object.entries(BRAND)
    .map(([name, value]) => `${name}: ${value};`)
    .join(' ')} }`;
  document.head.append(style);
  return style;
}

describe('a host theme in exports', () => {
  it('the SVG from an editor inside a themed host element carries the host colours', async () => {
    const style = hostStyle();
    try {
      const ref = createRef<JourneyEditorHandle>();
      render(
        <div className="brand-host" style={{ width: 1200, height: 700 }}>
          <JourneyEditor ref={ref} defaultValue={makeJourney(8)} />
        </div>,
      );
      await waitFor(() => expect(ref.current).not.toBeNull());
      const svg = await svgText(await ref.current!.exportImage({ format: 'svg' }));
      // The curve, the loud markers, the tint above zero, the pain chips and the lane bands.
      expect(svg).toContain('stroke="#0a7b83"');
      expect(svg).toContain('fill="#6a1b9a"');
      expect(svg).toMatch(/fill="rgba\(1, 2, 3, 0\.25\)"/);
      expect(svg).toContain('fill="#ffe0b2"');
      expect(svg).toContain('fill="#fafaf0"');
      // And not the built-in ones those replace.
      expect(svg).not.toContain('stroke="#334155"');
    } finally {
      style.remove();
    }
  });

  it('the Export menu of that editor downloads the same colours', async () => {
    const style = hostStyle();
    const saved: Blob[] = [];
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      saved.push(blob as Blob);
      return original(blob);
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = () => {};
    try {
      render(
        <div className="brand-host" style={{ width: 1200, height: 700 }}>
          <JourneyEditor defaultValue={makeJourney(5)} />
        </div>,
      );
      await userEvent.click(screen.getByRole('button', { name: /Export/ }));
      await userEvent.click(screen.getByRole('button', { name: 'Vector image (SVG)' }));
      await waitFor(() => expect(saved).toHaveLength(1));
      const svg = await svgText(saved[0]!);
      expect(svg).toContain('stroke="#0a7b83"');
      expect(svg).toContain('fill="#fafaf0"');
    } finally {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = click;
      style.remove();
    }
  });

  it('a dark export of a light, themed editor takes the dark palette, not the light host colours', async () => {
    const style = hostStyle();
    try {
      const ref = createRef<JourneyEditorHandle>();
      render(
        <div className="brand-host" style={{ width: 1200, height: 700 }}>
          <JourneyEditor ref={ref} defaultValue={makeJourney(4)} />
        </div>,
      );
      await waitFor(() => expect(ref.current).not.toBeNull());
      const svg = await svgText(await ref.current!.exportImage({ format: 'svg', colorMode: 'dark' }));
      expect(svg).not.toContain('#0a7b83');
      expect(svg).toContain('stroke="#dbe3f0"');
    } finally {
      style.remove();
    }
  });

  it('exportJourneyImage takes a theme option, and ignores what is not a plain colour', async () => {
    const svg = await svgText(
      await exportJourneyImage(makeJourney(4), { format: 'svg', theme: { curve: '#123456', end: 'url(javascript:alert(1))', lane: '</g><script>' } }),
    );
    expect(svg).toContain('stroke="#123456"');
    expect(svg).not.toContain('javascript');
    expect(svg).not.toContain('<script');
    expect(svg).toContain('fill="#1d4ed8"');
  });
});
