/**
 * `<JourneyCompare before after>`: two versions of a journey on one stage grid, drawn by the
 * same static renderer as the image export (so what you see is what you export), in a
 * scrollable view with zoom buttons.
 */
import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CSSProperties, ReactElement } from 'react';
import { formatMessage, resolveMessages } from '../../i18n';
import type { JourneyMessages } from '../../i18n';
import { parseJourney } from '../../model';
import type { JourneyDocument, JourneyError } from '../../model';
import type { JourneyLane } from '../../layout';
import { useResolvedColorMode } from '../../picture/colorMode';
import type { JourneyColorMode } from '../../picture/colorMode';
import { resolveImageOptions } from '../options';
import { changeText } from './CompareImage';
import { compareLabels, prepareCompare } from './exportCompareImage';
import { buildCompareModel } from './compareModel';
import { SvgDocument } from '../svg/Sheet';
import '../export.css';

export interface JourneyCompareProps {
  /** The first version (validated with `parseJourney`). */
  before: JourneyDocument;
  /** The second version. */
  after: JourneyDocument;
  /** Name of the first version: "As-is", "v1", a persona. @default "Before" */
  beforeLabel?: string;
  /** @default "After" */
  afterLabel?: string;
  /** @default the after document's locale, else 'en' */
  locale?: string;
  messages?: Partial<JourneyMessages>;
  /** @default 'light' */
  colorMode?: JourneyColorMode;
  /** Lanes to draw. @default ['touchpoints', 'emotion'] */
  lanes?: readonly JourneyLane[];
  className?: string;
  style?: CSSProperties;
}

const ZOOMS = [0.25, 0.33, 0.5, 0.67, 0.8, 1, 1.25, 1.5, 2];
/** Fitting never goes below this: past it a person zooms in and scrolls anyway. */
const MIN_FIT_ZOOM = 0.25;

/** The viewport's inner width, followed as the host's layout changes. */
function useWidth(element: { current: HTMLElement | null }, ready: boolean): number | null {
  const [width, setWidth] = useState<number | null>(null);
  // A ResizeObserver reports the first size after layout and before paint, so the drawing
  // does not flash at 100% before it fits.
  useLayoutEffect(() => {
    const target = element.current;
    if (!target || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(target.clientWidth));
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, ready]);
  return width;
}

function parsed(value: unknown): { document: JourneyDocument; errors: null } | { document: null; errors: JourneyError[] } {
  const result = parseJourney(value);
  return result.ok ? { document: result.document, errors: null } : { document: null, errors: result.errors };
}

function Problems({ errors, title }: { errors: JourneyError[]; title: string }): ReactElement {
  return (
    <div className="jc-compare__problem" role="alert">
      <p>{title}</p>
      <ul>
        {errors.map((error, index) => (
          <li key={index}>
            <code>{error.path || '/'}</code> {error.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * @example
 * <JourneyCompare before={asIs} after={toBe} beforeLabel="As-is" afterLabel="To-be" />
 */
export function JourneyCompare({ before, after, beforeLabel, afterLabel, locale, messages: overrides, colorMode = 'light', lanes, className, style }: JourneyCompareProps): ReactElement {
  const mode = useResolvedColorMode(colorMode);
  const idPrefix = `jc-cmp-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  // null = fit the whole width (the opening view); else an index into ZOOMS.
  const [zoomIndex, setZoomIndex] = useState<number | null>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const first = useMemo(() => parsed(before), [before]);
  const second = useMemo(() => parsed(after), [after]);
  const messages = resolveMessages(locale ?? second.document?.locale ?? first.document?.locale, overrides);

  const drawing = useMemo(() => {
    if (!first.document || !second.document) return null;
    const resolved = resolveImageOptions({ preset: 'fit', colorMode: mode, locale, messages: overrides, lanes }, second.document.locale ?? first.document.locale);
    const labels = compareLabels(resolved.messages, beforeLabel, afterLabel);
    const prepared = prepareCompare(first.document, second.document, resolved, labels, idPrefix);
    const model = buildCompareModel(first.document, second.document);
    return { prepared, labels, model, resolved };
  }, [first, second, mode, locale, overrides, lanes, beforeLabel, afterLabel, idPrefix]);

  const viewportWidth = useWidth(viewport, drawing !== null);
  const rootClass = `jc-compare${className ? ` ${className}` : ''}`;
  if (!drawing) {
    return (
      <div className={rootClass} style={style} data-color-mode={mode}>
        {first.errors && <Problems errors={first.errors} title={`${beforeLabel ?? messages['export.compare.before']}: ${messages['common.invalidValue']}`} />}
        {second.errors && <Problems errors={second.errors} title={`${afterLabel ?? messages['export.compare.after']}: ${messages['common.invalidValue']}`} />}
      </div>
    );
  }

  const { prepared, labels, model } = drawing;
  const svgProps = prepared.element.props as Parameters<typeof SvgDocument>[0];
  const fitZoom = viewportWidth ? Math.max(MIN_FIT_ZOOM, Math.min(1, (viewportWidth - 2) / svgProps.page.width)) : 1;
  const zoom = zoomIndex === null ? fitZoom : (ZOOMS[zoomIndex] ?? 1);
  /** The zoom step next to the current zoom, from a fitted zoom too. */
  const step = (direction: 1 | -1) =>
    setZoomIndex((index) => {
      if (index !== null) return Math.min(ZOOMS.length - 1, Math.max(0, index + direction));
      const next = direction === 1 ? ZOOMS.findIndex((z) => z > fitZoom + 0.001) : ZOOMS.reduce((found, z, i) => (z < fitZoom - 0.001 ? i : found), -1);
      return next === -1 ? (direction === 1 ? ZOOMS.length - 1 : 0) : next;
    });
  const label = svgProps.label;
  const b = model.beforeAnalysis;
  const a = model.afterAnalysis;
  return (
    <figure className={rootClass} style={style} data-color-mode={mode} aria-label={label}>
      <div className="jc-compare__toolbar" role="toolbar" aria-label={label}>
        <button type="button" className="jc-compare__button" onClick={() => step(-1)} disabled={zoom <= ZOOMS[0]!} aria-label={messages['export.compare.zoomOut']}>
          <span aria-hidden="true">−</span>
        </button>
        <button type="button" className="jc-compare__button jc-compare__button--level" onClick={() => setZoomIndex(ZOOMS.indexOf(1))} aria-label={messages['export.compare.zoomReset']}>
          {formatMessage(messages['export.compare.zoomLevel'], { percent: Math.round(zoom * 100) })}
        </button>
        <button
          type="button"
          className="jc-compare__button"
          onClick={() => step(1)}
          disabled={zoom >= ZOOMS[ZOOMS.length - 1]!}
          aria-label={messages['export.compare.zoomIn']}
        >
          <span aria-hidden="true">+</span>
        </button>
        <button type="button" className="jc-compare__button jc-compare__button--level" onClick={() => setZoomIndex(null)} aria-pressed={zoomIndex === null}>
          {messages['export.compare.zoomFit']}
        </button>
      </div>
      {/* Scrollable, and focusable so keyboard users can scroll it too. */}
      <div ref={viewport} className="jc-compare__viewport" tabIndex={0} role="region" aria-label={label}>
        <SvgDocument {...svgProps} displayScale={zoom} />
      </div>
      <figcaption className="jc-compare__caption">
        <span>
          {messages['export.compare.peakEnd']}: <strong>{changeText(b.peakEndScore, a.peakEndScore, messages)}</strong>
        </span>
        <span>
          {messages['export.compare.mean']}: <strong>{changeText(b.mean, a.mean, messages)}</strong>
        </span>
        <span>
          {labels.before} → {labels.after}
        </span>
      </figcaption>
    </figure>
  );
}
