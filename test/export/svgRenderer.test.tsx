/**
 * The static SVG renderer, in jsdom: what a host app and a slide tool rely on in an exported
 * SVG — a well-formed standalone file, every title present as text, nothing executable, and
 * the page size the preset promises.
 */
import { describe, expect, it } from 'vitest';
import { exportCompareImage, exportJourneyImage, JourneyExportError } from 'journey-canvas';
import type { JourneyDocument } from 'journey-canvas/model';
import { makeImprovedJourney, makeJourney } from './fixtures';

const HOSTILE_TITLE = '</text><script>alert(1)</script>';

function parseSvg(text: string): Document {
  const xml = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(xml.getElementsByTagName('parsererror')).toHaveLength(0);
  return xml;
}

/** Each <text>'s content with its wrapped lines joined, whitespace removed (CJK wraps anywhere, English at spaces). */
function texts(xml: Document): string[] {
  return Array.from(xml.getElementsByTagName('text'), (text) => (text.textContent ?? '').replace(/\s+/g, ''));
}

function expectNothingExecutable(raw: string, xml: Document): void {
  expect(raw).not.toMatch(/<script/i);
  expect(raw).not.toMatch(/<foreignObject/i);
  expect(xml.getElementsByTagName('script')).toHaveLength(0);
  expect(xml.getElementsByTagName('foreignObject')).toHaveLength(0);
  for (const element of Array.from(xml.getElementsByTagName('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      expect(attribute.name, `<${element.tagName} ${attribute.name}>`).not.toMatch(/^on/i);
      expect(attribute.name).not.toMatch(/href$/i);
    }
  }
}

async function svgOf(document: JourneyDocument, options: Parameters<typeof exportJourneyImage>[1] = {}): Promise<{ raw: string; xml: Document; blob: Blob }> {
  const blob = await exportJourneyImage(document, { format: 'svg', ...options });
  const raw = await blob.text();
  return { raw, xml: parseSvg(raw), blob };
}

describe('exportJourneyImage as SVG', () => {
  it('is a standalone SVG file with the preset size, a viewBox, one namespace and a CJK font stack', async () => {
    const { raw, xml, blob } = await svgOf(makeJourney(6), { preset: 'slide-4:3' });
    expect(blob.type).toBe('image/svg+xml');
    const root = xml.documentElement;
    expect(root.tagName).toBe('svg');
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(raw.match(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g)).toHaveLength(1);
    expect(root.getAttribute('width')).toBe('1600');
    expect(root.getAttribute('height')).toBe('1200');
    expect(root.getAttribute('viewBox')).toBe('0 0 1600 1200');
    expect(root.getAttribute('font-family')).toContain('Noto Sans CJK SC');
  });

  it.each(['en', 'zh-CN'] as const)('contains every touchpoint title and stage name as text (%s)', async (locale) => {
    const document = makeJourney(12, locale);
    // 4:3 draws every card; a 16:9 slide draws a map this big as its overview (text kept legible).
    const { xml } = await svgOf(document, { preset: 'slide-4:3' });
    const all = texts(xml);
    for (const item of [...document.touchpoints.map((t) => t.title), ...document.stages.map((s) => s.name), document.title]) {
      const wanted = item.replace(/\s+/g, '');
      expect(all.some((text) => text.includes(wanted)), item).toBe(true);
    }
  });

  it('keeps hostile text as text: a title closing <text> and opening <script> stays escaped', async () => {
    const document = makeJourney(5);
    document.title = HOSTILE_TITLE;
    document.touchpoints[0]!.title = HOSTILE_TITLE;
    document.touchpoints[1]!.channel = '"><svg onload=alert(1)>';
    document.touchpoints[2]!.painPoints = ['<img src=x onerror=alert(1)>'];
    document.stages[0]!.name = '<a href="javascript:alert(1)">x</a>';
    const { raw, xml } = await svgOf(document, { lanes: ['touchpoints', 'emotion', 'painPoints'] });
    expectNothingExecutable(raw, xml);
    expect(raw).toContain('&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    const all = texts(xml);
    expect(all.filter((text) => text.includes(HOSTILE_TITLE.replace(/\s+/g, ''))).length).toBeGreaterThanOrEqual(2);
    expect(all.some((text) => text.includes('<imgsrc=xonerror=alert(1)>'))).toBe(true);
  });

  it('draws the curve, a point per touchpoint and the peak and end labels', async () => {
    const document = makeJourney(10);
    const { xml } = await svgOf(document, { lanes: ['touchpoints', 'emotion'] });
    const moments = Array.from(xml.querySelectorAll('[data-moment]'), (element) => element.getAttribute('data-moment'));
    expect(moments).toEqual(expect.arrayContaining(['peak', 'end']));
    const all = texts(xml);
    expect(all.some((text) => text.startsWith('Peak+4.5'))).toBe(true);
    expect(all.some((text) => text.startsWith('End+2'))).toBe(true);
    // The curve: one stroked, unfilled path with a point (M or C segment) per touchpoint.
    const curve = Array.from(xml.getElementsByTagName('path')).find((path) => path.getAttribute('stroke') === '#334155' && path.getAttribute('fill') === 'none');
    expect(curve?.getAttribute('d')).toMatch(/^M/);
  });

  it('uses the labels of the locale and the dark colours when asked', async () => {
    const { xml } = await svgOf(makeJourney(5, 'zh-CN'), { colorMode: 'dark', preset: 'slide-4:3' });
    const all = texts(xml);
    expect(all).toContain('情绪');
    expect(all.some((text) => text.startsWith('峰值'))).toBe(true);
    expect(xml.documentElement.querySelector('rect')?.getAttribute('fill')).toBe('#0f141d');
  });

  it('leaves out the title, legend and summary when asked', async () => {
    const document = makeJourney(5);
    const full = texts((await svgOf(document)).xml);
    const bare = texts((await svgOf(document, { title: false, legend: false, summary: false })).xml);
    expect(full).toContain(document.title.replace(/\s+/g, ''));
    expect(bare).not.toContain(document.title.replace(/\s+/g, ''));
    expect(full.some((text) => text.includes('Remembered'))).toBe(true);
    expect(bare.some((text) => text.includes('Remembered'))).toBe(false);
    expect(full).toContain('Emotioncurve');
    expect(bare).not.toContain('Emotioncurve');
  });

  it('rejects an invalid document with every error and its JSON Pointer', async () => {
    const document = makeJourney(3) as unknown as { touchpoints: Array<Record<string, unknown>> };
    document.touchpoints[1]!.emotion = 9;
    const error: unknown = await exportJourneyImage(document).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(JourneyExportError);
    expect((error as JourneyExportError).errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: '/touchpoints/1/emotion' })]));
    expect((error as Error).message).toContain('/touchpoints/1/emotion');
  });

  it('rejects unknown options by name', async () => {
    await expect(exportJourneyImage(makeJourney(3), { preset: 'poster' as never })).rejects.toThrow(/preset/);
    await expect(exportJourneyImage(makeJourney(3), { pixelRatio: 0 })).rejects.toThrow(/pixelRatio/);
    await expect(exportJourneyImage(makeJourney(3), { lanes: ['emotions' as never] })).rejects.toThrow(/lane/);
  });
});

describe('exportCompareImage as SVG', () => {
  it('shows both versions with added and removed touchpoints marked and means before → after', async () => {
    const before = makeJourney(10);
    const after = makeImprovedJourney(before);
    const blob = await exportCompareImage(before, after, { format: 'svg', beforeLabel: 'As-is', afterLabel: 'To-be' });
    const raw = await blob.text();
    const xml = parseSvg(raw);
    expectNothingExecutable(raw, xml);
    const all = texts(xml);
    for (const touchpoint of [...before.touchpoints, ...after.touchpoints]) {
      expect(all.some((text) => text.includes(touchpoint.title.replace(/\s+/g, ''))), touchpoint.title).toBe(true);
    }
    // On the card and in the legend.
    expect(all.filter((text) => text === 'Added')).toHaveLength(2);
    expect(all.filter((text) => text === 'Removed')).toHaveLength(2);
    expect(all).toContain('As-is');
    expect(all).toContain('To-be');
    expect(all.some((text) => /^↑\d/.test(text))).toBe(true);
    expect(all.some((text) => text.includes('→'))).toBe(true);
  });
});

describe('channels in words', () => {
  it('a Chinese export names known channels in Chinese and keeps unknown ones as typed', async () => {
    const { journeyImageElement } = await import('../../src/export/exportJourneyImage');
    const { renderToSvgElement } = await import('../../src/export/render');
    const document = makeJourney(3);
    document.locale = 'zh-CN';
    document.touchpoints[0]!.channel = 'in-person';
    document.touchpoints[1]!.channel = 'sms';
    document.touchpoints[2]!.channel = 'carrier pigeon';
    const svg = renderToSvgElement(journeyImageElement(document, { format: 'svg', preset: 'fit' }).element).textContent ?? '';
    expect(svg).toContain('面对面');
    expect(svg).toContain('短信');
    expect(svg).toContain('carrier pigeon');
    expect(svg).not.toContain('in-person');
  });
});
