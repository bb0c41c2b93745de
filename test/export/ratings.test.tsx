/**
 * The room's ratings in an exported SVG (and on slides): the band at each rated touchpoint, the
 * disagreement marks with their names, `n` beside each rated card's emotion badge and the count
 * of evidence, in the palette of the colour mode and the words of the locale.
 */
import { describe, expect, it } from 'vitest';
import { exportJourneyImage, exportJourneySlides } from 'journey-canvas';
import type { JourneyDocument } from 'journey-canvas/model';
import { PALETTES } from '../../src/layout';
import { ratedJourney } from '../picture/ratedJourney';

async function svgOf(document: JourneyDocument, options: Parameters<typeof exportJourneyImage>[1] = {}): Promise<Document> {
  const raw = await (await exportJourneyImage(document, { format: 'svg', ...options })).text();
  const xml = new DOMParser().parseFromString(raw, 'image/svg+xml');
  expect(xml.getElementsByTagName('parsererror')).toHaveLength(0);
  return xml;
}

const text = (element: Element | null | undefined) => (element?.textContent ?? '').trim();

describe('ratings in an exported SVG', () => {
  it('draws a band for each rated touchpoint with a spread, the whisker under the curve', async () => {
    const xml = await svgOf(ratedJourney(), { preset: 'slide-4:3' });
    const bands = [...xml.querySelectorAll('[data-jc-band]')];
    expect(bands.map((band) => band.getAttribute('data-jc-band'))).toEqual(['t1', 't2', 't3', 't5']);
    expect(bands.map((band) => band.getAttribute('data-n'))).toEqual(['6', '6', '3', '2']);
    // Each has its whisker (a rect) and a tick per rating.
    const fails = bands[1]!;
    expect(fails.querySelectorAll('rect')).toHaveLength(1);
    expect(fails.querySelectorAll('line')).toHaveLength(6);
    // Under the curve: the band comes before the curve in paint order.
    const curve = [...xml.querySelectorAll('path.jc-emotion__curve')][0]!;
    expect(fails.compareDocumentPosition(curve) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('marks the touchpoints the room disagrees on, with a name that says so, in the disagreement colour', async () => {
    const xml = await svgOf(ratedJourney(), { preset: 'slide-4:3' });
    const marks = [...xml.querySelectorAll('.jc-band__mark')];
    expect(marks.map((mark) => mark.closest('[data-jc-band]')?.getAttribute('data-jc-band'))).toEqual(['t2', 't3']);
    const name = marks[0]!.getAttribute('aria-label')!;
    expect(name).toContain('The room disagrees on Installation fails');
    expect(name).toContain('6 ratings from \u22125 to +3');
    expect(text(marks[0]!.querySelector('title'))).toBe(name);
    expect(marks[0]!.querySelector('path')!.getAttribute('fill')).toBe(PALETTES.light.disagree);
  });

  it('shows n beside the emotion badge of each rated card and the evidence count, in en and zh-CN', async () => {
    const en = await svgOf(ratedJourney('en'), { preset: 'slide-4:3' });
    const counts = [...en.querySelectorAll('[data-part="card-ratings"]')];
    expect(counts.map((count) => text(count.querySelector('text')))).toEqual(['n 6', 'n 6', 'n 3', 'n 2']);
    expect(text(counts[0]!.querySelector('title'))).toBe('rated by 6');
    expect(text(counts[1]!.querySelector('title'))).toBe('rated by 6, the room disagrees');
    expect(Number(counts[0]!.querySelector('text')!.getAttribute('font-size'))).toBeGreaterThanOrEqual(14);
    const evidence = [...en.querySelectorAll('[data-part="card-evidence"]')];
    expect(evidence.map((item) => text(item.querySelector('text')))).toEqual(['3', '1']);
    expect(text(evidence[0]!.querySelector('title'))).toBe('3 pieces of evidence');

    const zh = await svgOf(ratedJourney('zh-CN'), { preset: 'slide-4:3' });
    expect([...zh.querySelectorAll('[data-part="card-ratings"] text')].map(text)).toEqual(['6 人', '6 人', '3 人', '2 人']);
    expect(text(zh.querySelector('[data-part="card-evidence"] title'))).toBe('3 条证据');
    expect(zh.querySelector('.jc-band__mark')!.getAttribute('aria-label')).toContain('大家对 安装失败 意见分歧');
  });

  it('paints the band and the mark with the dark palette in dark mode', async () => {
    const xml = await svgOf(ratedJourney(), { colorMode: 'dark' });
    expect(xml.querySelector('.jc-band__mark path')!.getAttribute('fill')).toBe(PALETTES.dark.disagree);
    const calm = xml.querySelector('[data-jc-band="t1"] rect')!;
    expect(calm.getAttribute('fill')).toBe(PALETTES.dark.band);
  });

  it('an unrated journey draws no band, no count and no mark', async () => {
    const doc = ratedJourney();
    const unrated: JourneyDocument = { ...doc, participants: [], touchpoints: doc.touchpoints.map(({ ratings: _r, evidence: _e, ...rest }) => rest) };
    const xml = await svgOf(unrated);
    expect(xml.querySelectorAll('[data-jc-band], [data-part="card-ratings"], [data-part="card-evidence"]')).toHaveLength(0);
  });

  it('a slide carries the bands, the marks and n', async () => {
    const slides = await exportJourneySlides(ratedJourney(), { format: 'svg' });
    const xml = new DOMParser().parseFromString(await slides[0]!.text(), 'image/svg+xml');
    expect(xml.querySelectorAll('[data-jc-band]').length).toBe(4);
    expect(xml.querySelectorAll('.jc-band__mark').length).toBe(2);
    const counts = [...xml.querySelectorAll('[data-part="card-ratings"] text')];
    expect(counts.map(text)).toEqual(['n 6', 'n 6', 'n 3', 'n 2']);
  });
});
