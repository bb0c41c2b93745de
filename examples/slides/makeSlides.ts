/**
 * The slides: the journey as the library's deck (one slide when the map is legible on one, else an
 * overview and detail slides of a run of stages each) and the before/after comparison, each as a
 * 16:9 PNG (for slide software) and SVG (for print and further editing), made by the library's
 * own export.
 */
import { exportCompareImage, exportJourneySlides, safeFileName } from 'journey-canvas';
import type { ExportImageFormat } from 'journey-canvas';
import { currentJourney, plannedJourney } from './journeys';
import type { SlideLocale } from './journeys';

export interface Slide {
  key: string;
  caption: string;
  format: ExportImageFormat;
  fileName: string;
  blob: Blob;
}

const FORMATS: ExportImageFormat[] = ['png', 'svg'];

export async function makeSlides(locale: SlideLocale, colorMode: 'light' | 'dark'): Promise<Slide[]> {
  const current = currentJourney(locale);
  const planned = plannedJourney(locale);
  const labels = locale === 'en' ? { beforeLabel: 'Today', afterLabel: 'Planned' } : { beforeLabel: '现状', afterLabel: '改进后' };
  const slides: Slide[] = [];
  // One at a time: each PNG is a 3840×2160 canvas, and a slide deck is made once, not raced.
  for (const format of FORMATS) {
    const deck = await exportJourneySlides(current, { format, colorMode });
    deck.forEach((blob, index) => {
      const caption = deck.length === 1 ? current.title : `${current.title} (${index + 1}/${deck.length})`;
      const name = deck.length === 1 ? current.title : `${current.title} ${String(index + 1).padStart(2, '0')}`;
      slides.push({ key: `journey-${format}-${index}`, caption, format, fileName: safeFileName(name, format), blob });
    });
  }
  for (const format of FORMATS) {
    const blob = await exportCompareImage(current, planned, { format, preset: 'slide-16:9', colorMode, ...labels });
    const name = `${current.title} ${labels.beforeLabel} ${labels.afterLabel}`;
    slides.push({ key: `compare-${format}`, caption: `${labels.beforeLabel} → ${labels.afterLabel}`, format, fileName: safeFileName(name, format), blob });
  }
  return slides;
}
