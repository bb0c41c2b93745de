/**
 * Slides for a review meeting: the journey and its planned redesign exported as 16:9 PNG and
 * SVG, previewed here and offered as downloads.
 */
import { useEffect, useState } from 'react';
import { makeSlides } from './makeSlides';
import type { Slide } from './makeSlides';
import type { SlideLocale } from './journeys';

interface ShownSlide extends Slide {
  /** An object URL of the blob, revoked when these slides are replaced. */
  url: string;
}

/** The outcome for one choice of language and theme (`key`); a different key means still working. */
type Outcome = { key: string; kind: 'ready'; slides: ShownSlide[]; ms: number } | { key: string; kind: 'failed'; message: string };

const LOCALES: Record<SlideLocale, string> = { en: 'English', 'zh-CN': '中文' };

export function Slides() {
  const [locale, setLocale] = useState<SlideLocale>('en');
  const [colorMode, setColorMode] = useState<'light' | 'dark'>('light');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const key = `${locale}/${colorMode}`;
  const status = outcome?.key === key ? outcome : { kind: 'working' as const };

  useEffect(() => {
    let cancelled = false;
    let shown: ShownSlide[] = [];
    const started = performance.now();
    makeSlides(locale, colorMode).then(
      (slides) => {
        if (cancelled) return;
        shown = slides.map((slide) => ({ ...slide, url: URL.createObjectURL(slide.blob) }));
        setOutcome({ key: `${locale}/${colorMode}`, kind: 'ready', slides: shown, ms: Math.round(performance.now() - started) });
      },
      (error: unknown) => {
        if (!cancelled) setOutcome({ key: `${locale}/${colorMode}`, kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      cancelled = true;
      for (const slide of shown) URL.revokeObjectURL(slide.url);
    };
  }, [locale, colorMode]);

  return (
    <div className="slides-app">
      <header className="slides-app__bar">
        <h1>
          journey-canvas <span>slides</span>
        </h1>
        <label>
          Language{' '}
          <select value={locale} onChange={(event) => setLocale(event.target.value as SlideLocale)}>
            {Object.entries(LOCALES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Theme{' '}
          <select value={colorMode} onChange={(event) => setColorMode(event.target.value as 'light' | 'dark')}>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
        <p role="status">
          {status.kind === 'working' && 'Exporting the slides…'}
          {status.kind === 'ready' && `${status.slides.length} slides exported in ${status.ms} ms.`}
        </p>
      </header>
      {status.kind === 'failed' && (
        <p className="slides-app__error" role="alert">
          Export failed: {status.message}
        </p>
      )}
      <main className="slides-app__grid" aria-busy={status.kind === 'working'}>
        {status.kind === 'ready' && status.slides.map((slide) => <SlidePreview key={slide.key} slide={slide} />)}
      </main>
    </div>
  );
}

/** One exported file: its image, its size, and a download link. */
function SlidePreview({ slide }: { slide: ShownSlide }) {
  const [pixels, setPixels] = useState('');
  const { url } = slide;

  return (
    <figure className="slide">
      <img
        src={url}
        alt={`${slide.caption} (${slide.format.toUpperCase()})`}
        data-journey-image={slide.format}
        onLoad={(event) => setPixels(`${event.currentTarget.naturalWidth}×${event.currentTarget.naturalHeight}`)}
      />
      <figcaption>
        <strong>{slide.caption}</strong>
        <span>
          {slide.format.toUpperCase()} · {pixels} · {(slide.blob.size / 1024).toFixed(0)} KB
        </span>
        <a href={url} download={slide.fileName}>
          Download {slide.fileName}
        </a>
      </figcaption>
    </figure>
  );
}
