/**
 * Exported images decoded in real Chromium: the pixels a designer pastes into a deck. Size is
 * exactly preset × pixelRatio; the image is not blank; the curve's colour runs along the curve;
 * the peak marker is drawn; Chinese text is drawn as glyphs (not boxes); JPEG and SVG work; a
 * request too big for a canvas is refused with a clear error.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { userEvent } from 'vitest/browser';
import { exportCompareImage, exportJourneyImage, JourneyCompare } from 'journey-canvas';
import type { JourneyDocument } from 'journey-canvas/model';
import { emotionCurvePath } from '../../../src/layout';
import { journeyImageElement } from '../../../src/export/exportJourneyImage';
import { renderToSvgElement } from '../../../src/export/render';
import type { ExportImageOptions } from '../../../src/export/options';
import { PALETTES } from '../../../src/layout';

const LIGHT_THEME = PALETTES.light;
import { makeImprovedJourney, makeJourney } from '../../export/fixtures';
import { colorCount, colorNear, decode, hex, inkIn } from './decode';

/** Where a map point lands in the raster. */
function locate(document: JourneyDocument, options: ExportImageOptions) {
  const prepared = journeyImageElement(document, options);
  const ratio = options.pixelRatio ?? 2;
  const { frame } = prepared;
  const toImage = (x: number, y: number) => ({ x: (frame.x + x * frame.scale) * ratio, y: (frame.y + y * frame.scale) * ratio });
  return { prepared, layout: prepared.layout!, toImage, unit: frame.scale * ratio };
}

function expectNoExportContainerLeft(): void {
  expect(document.querySelector('[data-jc-export]')).toBeNull();
}

describe('exportJourneyImage in Chromium', () => {
  it.each([
    ['slide-16:9', 2, 3840, 2160],
    ['slide-4:3', 1, 1600, 1200],
    ['a4-landscape', 2, 2246, 1588],
  ] as const)('%s at pixelRatio %d is exactly %d×%d and not blank', async (preset, pixelRatio, width, height) => {
    const blob = await exportJourneyImage(makeJourney(12), { preset, pixelRatio });
    expect(blob.type).toBe('image/png');
    const pixels = await decode(blob);
    expect([pixels.width, pixels.height]).toEqual([width, height]);
    expect(colorCount(pixels)).toBeGreaterThan(20);
    expectNoExportContainerLeft();
  });

  it('"fit" is the map at its own size plus margins, times pixelRatio', async () => {
    const document = makeJourney(6);
    const { prepared } = locate(document, { preset: 'fit', pixelRatio: 1.5 });
    const pixels = await decode(await exportJourneyImage(document, { preset: 'fit', pixelRatio: 1.5 }));
    expect([pixels.width, pixels.height]).toEqual([Math.round(prepared.frame.width * 1.5), Math.round(prepared.frame.height * 1.5)]);
  });

  it('draws the curve in its colour all along its path, and the peak marker around the peak', async () => {
    const document = makeJourney(10);
    const options = { preset: 'slide-16:9', pixelRatio: 2, lanes: ['touchpoints', 'emotion'] } as const;
    const { layout, toImage, unit, prepared } = locate(document, options);
    const pixels = await decode(await exportJourneyImage(document, options));
    const lane = layout.emotion!;

    // Sample the very path the renderer drew, away from the points and markers that cover it.
    const path = globalThis.document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', emotionCurvePath(lane.points));
    const total = path.getTotalLength();
    let samples = 0;
    let hits = 0;
    for (let length = 0; length <= total; length += 6) {
      const point = path.getPointAtLength(length);
      if (lane.points.some((p) => Math.hypot(p.x - point.x, p.y - point.y) < 26)) continue;
      samples++;
      const at = toImage(point.x, point.y);
      if (colorNear(pixels, at.x, at.y, hex(LIGHT_THEME.curve), 2, 70)) hits++;
    }
    expect(samples).toBeGreaterThan(50);
    expect(hits / samples).toBeGreaterThan(0.95);

    const peak = layout.moments.peak!;
    expect(peak.emotion).toBe(4.5);
    const centre = toImage(peak.x, peak.y);
    // On a slide the markers may be drawn larger than in the editor: read their scale from the drawing.
    const transform = renderToSvgElement(prepared.element).querySelector('[data-moment="peak"]')?.getAttribute('transform') ?? '';
    const markerScale = Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? 1);
    let ring = 0;
    for (let angle = 0; angle < 360; angle += 15) {
      const radians = (angle * Math.PI) / 180;
      if (colorNear(pixels, centre.x + Math.cos(radians) * 12 * markerScale * unit, centre.y + Math.sin(radians) * 12 * markerScale * unit, hex(LIGHT_THEME.positive), 2, 80)) ring++;
    }
    // The ring (a +4.5 peak is a good moment: drawn in the positive colour), except where the stem leaves it and the curve crosses it.
    expect(ring).toBeGreaterThanOrEqual(18);
  });

  it('draws a Chinese title as glyphs: ink in the title area, different for different characters', async () => {
    const options = { preset: 'slide-16:9', pixelRatio: 1, summary: false, legend: false } as const;
    const titleArea = async (title: string) => {
      const document = makeJourney(8, 'zh-CN', title);
      const { prepared } = locate(document, options);
      const pixels = await decode(await exportJourneyImage(document, options));
      // Between the top of the page and the map: the heading.
      return inkIn(pixels, { x: prepared.frame.x, y: 20, width: 900, height: prepared.frame.y - 20 });
    };
    const first = await titleArea('线上购买冬季外套');
    const second = await titleArea('客服热线退款流程');
    expect(first.count).toBeGreaterThan(1500);
    expect(second.count).toBeGreaterThan(1500);
    // Missing-glyph boxes would look alike for any eight characters; real glyphs do not.
    let differing = 0;
    for (let i = 0; i < first.mask.length; i++) if (first.mask[i] !== second.mask[i]) differing++;
    expect(differing).toBeGreaterThan(500);
  });

  it('writes JPEG of the same exact size, opaque', async () => {
    const blob = await exportJourneyImage(makeJourney(12, 'zh-CN'), { format: 'jpeg', preset: 'slide-4:3', pixelRatio: 1, background: 'transparent' });
    expect(blob.type).toBe('image/jpeg');
    const pixels = await decode(blob);
    expect([pixels.width, pixels.height]).toEqual([1600, 1200]);
    expect(colorCount(pixels)).toBeGreaterThan(20);
    expect(pixels.data[3]).toBe(255);
  });

  it('writes SVG that parses as XML, holds every title, and nothing executable', async () => {
    const document = makeJourney(12, 'zh-CN');
    document.touchpoints[0]!.title = '</text><script>alert(1)</script>';
    const text = await (await exportJourneyImage(document, { format: 'svg' })).text();
    const xml = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(xml.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(xml.querySelectorAll('script, foreignObject')).toHaveLength(0);
    expect(text).not.toMatch(/\son\w+=/i);
    const texts = Array.from(xml.getElementsByTagName('text'), (element) => (element.textContent ?? '').replace(/\s+/g, ''));
    for (const touchpoint of document.touchpoints) expect(texts.some((t) => t.includes(touchpoint.title.replace(/\s+/g, ''))), `${touchpoint.title} in ${texts.join('|')}`).toBe(true);
  });

  it('refuses an image larger than a browser can draw, with a clear error and nothing left behind', async () => {
    const error: unknown = await exportJourneyImage(makeJourney(500), { preset: 'fit', pixelRatio: 2 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RangeError);
    expect((error as Error).message).toMatch(/16384 px a side/);
    expectNoExportContainerLeft();
  });
});

describe('compare in Chromium', () => {
  it('exports the comparison as a PNG of the preset size with both curves', async () => {
    const before = makeJourney(10);
    const blob = await exportCompareImage(before, makeImprovedJourney(before), { pixelRatio: 1 });
    const pixels = await decode(blob);
    expect([pixels.width, pixels.height]).toEqual([1920, 1080]);
    let before_ = 0;
    for (let i = 0; i < pixels.data.length; i += 4) {
      const [r, g, b] = [pixels.data[i]!, pixels.data[i + 1]!, pixels.data[i + 2]!];
      if (Math.hypot(r - 0x94, g - 0xa3, b - 0xb8) < 20) before_++;
    }
    expect(before_).toBeGreaterThan(200); // the muted before curve
  });

  it('<JourneyCompare> shows added and removed touchpoints, with named zoom controls that zoom', async () => {
    const before = makeJourney(10);
    render(<JourneyCompare before={before} after={makeImprovedJourney(before)} beforeLabel="As-is" afterLabel="To-be" />);
    const figure = screen.getByRole('img', { name: /As-is .*To-be/ });
    const texts = Array.from(figure.querySelectorAll('text'), (element) => element.textContent);
    expect(texts).toContain('Added');
    expect(texts).toContain('Removed');
    // It opens fitted to its width; zooming in goes past that.
    const region = screen.getByRole('region', { name: /As-is/ });
    await waitFor(() => expect(Number(screen.getByRole('img', { name: /As-is/ }).getAttribute('width'))).toBeLessThanOrEqual(region.clientWidth));
    const width = Number(screen.getByRole('img', { name: /As-is/ }).getAttribute('width'));
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    await waitFor(() => expect(Number(screen.getByRole('img', { name: /As-is/ }).getAttribute('width'))).toBeGreaterThan(width));
    expect(screen.getByRole('region', { name: /As-is/ })).toBeTruthy();
  });

  it('<JourneyCompare> opens fitted to its width and can go back to fitting after zooming', async () => {
    const before = makeJourney(14);
    render(
      <div style={{ width: 900 }}>
        <JourneyCompare before={before} after={makeImprovedJourney(before)} beforeLabel="As-is" afterLabel="To-be" />
      </div>,
    );
    const region = screen.getByRole('region', { name: /As-is/ });
    const drawing = () => screen.getByRole('img', { name: /As-is .*To-be/ });
    await waitFor(() => expect(drawing().getBoundingClientRect().width).toBeLessThanOrEqual(region.clientWidth));
    expect(region.scrollWidth).toBeLessThanOrEqual(region.clientWidth + 1);
    await userEvent.click(screen.getByRole('button', { name: 'Actual size' }));
    await waitFor(() => expect(drawing().getBoundingClientRect().width).toBeGreaterThan(region.clientWidth));
    await userEvent.click(screen.getByRole('button', { name: 'Fit width' }));
    await waitFor(() => expect(drawing().getBoundingClientRect().width).toBeLessThanOrEqual(region.clientWidth));
  });
});
