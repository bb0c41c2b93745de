/**
 * `exportJourneySlides`: a journey as 16:9 slides (1920×1080 CSS px) on which every text is
 * legible: the whole map on one slide when it fits at that size, else an overview slide and
 * detail slides (see slides/deck.tsx).
 */
import { measureWithBrowserFonts } from '../picture/browserText';
import { parseForExport, prepareImage, sheetOptions, journeyImageLabel, writeImage } from './exportJourneyImage';
import type { PreparedImage } from './exportJourneyImage';
import { resolveImageOptions } from './options';
import type { ExportImageOptions } from './options';
import { journeyDeck } from './slides/deck';

/** The options of `exportJourneySlides`: those of `exportJourneyImage`, the page being always 16:9. */
export type ExportSlidesOptions = Omit<ExportImageOptions, 'preset'>;

/** Most slides a deck may have: past this, a journey is better read in the editor. */
export const MAX_SLIDES = 200;

/** The slides of a journey as drawings (no DOM needed), in order. */
export function journeySlideElements(input: unknown, options: ExportSlidesOptions = {}): PreparedImage[] {
  if ((options as { preset?: unknown }).preset !== undefined) {
    throw new TypeError('journey-canvas: exportJourneySlides always makes 16:9 slides; leave out "preset".');
  }
  const document = parseForExport(input);
  const resolved = resolveImageOptions({ ...options, preset: 'slide-16:9' }, document.locale);
  measureWithBrowserFonts();
  const slides = journeyDeck(document, sheetOptions(document, resolved));
  if (slides.length > MAX_SLIDES) {
    throw new RangeError(`journey-canvas: the deck would have ${slides.length} slides, more than the ${MAX_SLIDES} allowed.`);
  }
  const label = journeyImageLabel(document, resolved);
  return slides.map((slide, index) => ({
    ...prepareImage(slide.page, resolved, slides.length === 1 ? label : `${label} (${index + 1}/${slides.length})`),
    ...(slide.layout ? { layout: slide.layout } : {}),
  }));
}

/**
 * Renders a journey as 16:9 slides and resolves to one image Blob per slide, in order.
 *
 * On every slide, at 1920×1080, every text is at least 14 px and card titles at least 16 px. A
 * map that fits one slide at that size gives one slide. A bigger map gives a deck: an overview
 * (the stages, the whole curve with its peak and end, remembered vs experienced), then detail
 * slides, each a run of stages at full size. Words are never broken mid-word to fit; a text that
 * must be shortened ends with "…" and keeps its whole wording in the SVG's <title>.
 *
 * Options are those of `exportJourneyImage` (format, pixelRatio, colorMode, locale, messages,
 * lanes, theme, …) without `preset`. The input goes through `parseJourney` first: an invalid
 * document rejects with a `JourneyExportError`.
 *
 * @example
 * const slides = await exportJourneySlides(doc, { format: 'png', pixelRatio: 2 });
 * slides.forEach((blob, i) => download(blob, `journey-${String(i + 1).padStart(2, '0')}.png`));
 */
export async function exportJourneySlides(document: unknown, options: ExportSlidesOptions = {}): Promise<Blob[]> {
  const slides = journeySlideElements(document, options);
  const resolved = resolveImageOptions({ ...options, preset: 'slide-16:9' }, parseForExport(document).locale);
  const blobs: Blob[] = [];
  // One after another: each raster is a 3840×2160 canvas, and drawing them all at once would hold them all in memory.
  for (const slide of slides) blobs.push(await writeImage(slide, resolved));
  return blobs;
}
