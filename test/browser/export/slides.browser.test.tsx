/**
 * Slide-ready in real Chromium: every text of a 16:9 export and of every slide of a deck is
 * measured as it is drawn (font size × the scale its group is drawn at, from the SVG's own
 * transforms), for the four templates in English and Chinese and a 100-touchpoint map. No text
 * is under 14 px, no card title under 16 px; no Latin word is broken across lines; every text cut
 * with "…" keeps its whole wording in a <title>; PNG slides decode to the slide's size.
 */
import { exportJourneyImage, exportJourneySlides, journeyTemplates } from 'journey-canvas';
import type { JourneyDocument } from 'journey-canvas/model';
import { getJourneyTemplate } from 'journey-canvas/model';
import { journeyImageElement } from '../../../src/export/exportJourneyImage';
import { journeySlideElements } from '../../../src/export/exportJourneySlides';
import type { PreparedImage } from '../../../src/export/exportJourneyImage';
import { renderToSvgElement } from '../../../src/export/render';
import { makeJourney } from '../../export/fixtures';
import { rated, ratedJourney } from '../../picture/ratedJourney';
import { decode } from './decode';

interface MeasuredText {
  text: string;
  size: number;
  cardTitle: boolean;
}

function mount(prepared: PreparedImage): SVGSVGElement {
  const svg = renderToSvgElement(prepared.element);
  document.body.appendChild(svg);
  return svg;
}

/** Every drawn text: its font size × the scale of the transforms it is drawn under. */
function measureTexts(svg: SVGSVGElement): MeasuredText[] {
  const out: MeasuredText[] = [];
  for (const text of svg.querySelectorAll('text')) {
    const size = Number(text.closest('[font-size]')?.getAttribute('font-size'));
    const matrix = text.getCTM();
    if (!matrix) throw new Error('text without a transform matrix');
    const scale = Math.hypot(matrix.a, matrix.b);
    out.push({ text: text.textContent ?? '', size: size * scale, cardTitle: text.closest('[data-part="card-title"]') !== null });
  }
  return out;
}

/** The words a journey's texts are made of, without the punctuation around them. */
function wordsOf(journey: JourneyDocument): Set<string> {
  const strip = (token: string) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return new Set(JSON.stringify(journey).split(/[\s"\\]+/).map(strip).filter((token) => /[A-Za-z]/.test(token)));
}

/**
 * Line pairs of a wrapped text that cut a word in two ("commissionin / g day"): the last piece of
 * a line and the first of the next make one of the journey's words.
 */
function brokenWords(svg: SVGSVGElement, words: Set<string>): string[] {
  const strip = (token: string) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const broken: string[] = [];
  for (const text of svg.querySelectorAll('text')) {
    const lines = [...text.querySelectorAll('tspan')].filter((tspan) => tspan.hasAttribute('y')).map((tspan) => tspan.textContent ?? '');
    for (let i = 0; i + 1 < lines.length; i++) {
      const end = lines[i]!.split(/\s+/).pop() ?? '';
      const start = lines[i + 1]!.split(/\s+/)[0] ?? '';
      if (!/[A-Za-z]$/.test(end) || !/^[A-Za-z]/.test(start)) continue;
      if (words.has(strip(end + start))) broken.push(`${lines[i]} / ${lines[i + 1]}`);
    }
  }
  return broken;
}

/** Texts ending with "…" whose group carries no <title> with more than what is shown. */
function shortenedWithoutTitle(svg: SVGSVGElement): string[] {
  const missing: string[] = [];
  for (const text of svg.querySelectorAll('text')) {
    const shown = text.textContent ?? '';
    if (!shown.includes('\u2026')) continue;
    const group = text.closest('g:has(> title)');
    const full = group?.querySelector(':scope > title')?.textContent ?? '';
    const visible = [...text.querySelectorAll('tspan')].map((tspan) => tspan.textContent).join(' ') || shown;
    const start = visible.replace(/\u2026$/, '').slice(0, 3);
    if (!full || full === shown || !full.replace(/\s+/g, ' ').includes(start.trim())) missing.push(shown);
  }
  return missing;
}

function check(prepared: PreparedImage, where: string, journey: JourneyDocument): void {
  const svg = mount(prepared);
  try {
    const texts = measureTexts(svg);
    expect(texts.length, where).toBeGreaterThan(5);
    const small = texts.filter((text) => text.size < 14 - 1e-6).map((text) => `${text.text} @ ${text.size.toFixed(2)}px`);
    expect(small, `${where}: texts under 14 px`).toEqual([]);
    const titles = texts.filter((text) => text.cardTitle);
    const smallTitles = titles.filter((text) => text.size < 16 - 1e-6).map((text) => `${text.text} @ ${text.size.toFixed(2)}px`);
    expect(smallTitles, `${where}: card titles under 16 px`).toEqual([]);
    expect(brokenWords(svg, wordsOf(journey)), `${where}: words broken mid-word`).toEqual([]);
    expect(shortenedWithoutTitle(svg), `${where}: shortened texts without their full text`).toEqual([]);
    expect(prepared.frame.width).toBe(1920);
    expect(prepared.frame.height).toBe(1080);
  } finally {
    svg.remove();
  }
}

const cases: Array<[string, JourneyDocument]> = [
  ...journeyTemplates.map((template): [string, JourneyDocument] => [`${template.id} (${template.locale})`, template.document]),
  ['100 touchpoints (en)', makeJourney(100)],
  ['100 touchpoints (zh-CN)', makeJourney(100, 'zh-CN')],
  // Rated maps: the count of ratings and of evidence on each card, raised to the floors too.
  ['rated (en)', ratedJourney('en')],
  ['rated (zh-CN)', ratedJourney('zh-CN')],
  ['40 rated touchpoints (zh-CN)', rated(makeJourney(40, 'zh-CN'))],
];

describe('16:9 slides are legible', () => {
  it.each(cases)('%s: the 16:9 export has no text under 14 px and no card title under 16 px', (_name, journey) => {
    check(journeyImageElement(journey, { preset: 'slide-16:9' }), `${_name} 16:9`, journey);
  });

  it.each(cases)('%s: every slide of the deck has no text under 14 px and no card title under 16 px', (name, journey) => {
    const slides = journeySlideElements(journey);
    expect(slides.length).toBeGreaterThan(0);
    slides.forEach((slide, index) => check(slide, `${name} slide ${index + 1}/${slides.length}`, journey));
  });

  it('a map too big for one legible slide becomes an overview and detail slides carrying every touchpoint', () => {
    const journey = makeJourney(100);
    const slides = journeySlideElements(journey);
    expect(slides.length).toBeGreaterThan(3);
    // The overview draws no cards; the detail slides together draw each touchpoint's card.
    const seen = new Set<string>();
    for (const slide of slides.slice(1)) for (const card of slide.layout?.cards ?? []) seen.add(card.touchpointId);
    expect(seen).toEqual(new Set(journey.touchpoints.map((touchpoint) => touchpoint.id)));
    // The overview names every stage and marks the whole journey's peak and end.
    const overview = mount(slides[0]!);
    try {
      const markers = [...overview.querySelectorAll('[data-moment]')].map((marker) => marker.getAttribute('data-moment'));
      expect(markers).toEqual(expect.arrayContaining(['peak', 'end']));
      expect(overview.querySelectorAll('[data-part="card-title"]')).toHaveLength(0);
    } finally {
      overview.remove();
    }
  });

  it('a map that is legible on one slide is one slide: the same drawing as the 16:9 export', () => {
    const journey = makeJourney(4);
    const slides = journeySlideElements(journey, { lanes: ['touchpoints', 'emotion'] });
    expect(slides).toHaveLength(1);
    const single = journeyImageElement(journey, { preset: 'slide-16:9', lanes: ['touchpoints', 'emotion'] });
    expect(slides[0]!.frame).toEqual(single.frame);
  });

  it('the peak of a detail slide is the whole journey\'s peak, marked only on the slide that holds it', () => {
    const journey = getJourneyTemplate('b2b-equipment-sale', 'en')!.document;
    const slides = journeySlideElements(journey);
    const peakId = slides.find((slide) => slide.layout)?.layout?.analysis.peak?.touchpointId;
    const holding = slides.slice(1).filter((slide) => slide.layout?.moments.peak);
    expect(holding.length).toBeGreaterThan(0);
    for (const slide of holding) {
      expect(slide.layout!.cards.some((card) => card.touchpointId === slide.layout!.moments.peak!.touchpointId)).toBe(true);
    }
    // The whole journey's peak, not a run's own most intense moment.
    const whole = journey.touchpoints.reduce((best, touchpoint) => (Math.abs(touchpoint.emotion) > Math.abs(best.emotion) ? touchpoint : best));
    for (const slide of holding) expect(slide.layout!.moments.peak!.touchpointId).toBe(whole.id);
    expect(peakId === undefined || typeof peakId === 'string').toBe(true);
  });

  it('PNG slides decode to 1920×1080 × pixelRatio in Chromium, one per slide, in order', async () => {
    const journey = getJourneyTemplate('b2b-equipment-sale', 'zh-CN')!.document;
    const count = journeySlideElements(journey).length;
    const blobs = await exportJourneySlides(journey, { format: 'png', pixelRatio: 1 });
    expect(blobs).toHaveLength(count);
    for (const blob of blobs) {
      expect(blob.type).toBe('image/png');
      const pixels = await decode(blob);
      expect([pixels.width, pixels.height]).toEqual([1920, 1080]);
    }
    const [first] = await exportJourneySlides(journey, { format: 'jpeg', pixelRatio: 2 });
    expect(first!.type).toBe('image/jpeg');
    const pixels = await decode(first!);
    expect([pixels.width, pixels.height]).toEqual([3840, 2160]);
    const svg = await exportJourneySlides(journey, { format: 'svg' });
    expect(svg).toHaveLength(count);
    expect(await svg[0]!.text()).toContain('<svg');
  });

  it('refuses a preset, since slides are always 16:9', () => {
    expect(() => journeySlideElements(makeJourney(3), { preset: 'a4-landscape' } as never)).toThrow(/16:9/);
  });

  it('the single 16:9 export of a map too big to be legible is its overview, still 1920×1080', async () => {
    const journey = makeJourney(100);
    const prepared = journeyImageElement(journey, { preset: 'slide-16:9' });
    const svg = mount(prepared);
    try {
      expect(svg.querySelectorAll('[data-part="card-title"]')).toHaveLength(0);
      expect(svg.querySelector('[data-moment="peak"]')).not.toBeNull();
    } finally {
      svg.remove();
    }
    const pixels = await decode(await exportJourneyImage(journey, { preset: 'slide-16:9', pixelRatio: 1 }));
    expect([pixels.width, pixels.height]).toEqual([1920, 1080]);
  });
});
