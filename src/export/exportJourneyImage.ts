/**
 * `exportJourneyImage`: the whole map (every stage and touchpoint, not what a viewport shows) as
 * a PNG, JPEG or SVG Blob, built on the same layout as the editor.
 */
import { parseJourney } from '../model';
import type { JourneyDocument, JourneyError } from '../model';
import { createElement } from 'react';
import type { ReactElement } from 'react';
import { formatMessage } from '../i18n';
import { lanesWithContent, resolveImageOptions } from './options';
import type { ExportImageOptions, ResolvedImageOptions } from './options';
import { rasterSize } from './presets';
import type { ExportFrame } from './presets';
import type { JourneyLayout } from '../layout';
import { rasterizeSvg } from './rasterize';
import { renderToSvgElement, serializeSvg } from './render';
import { displayTitle } from './svg/context';
import { journeyPage } from './svg/JourneyImage';
import type { Page } from './svg/Sheet';
import { SvgDocument } from './svg/Sheet';
import { resolvePalette } from '../picture/paint';
import { measureWithBrowserFonts } from '../picture/browserText';

/** What `exportJourneyImage` rejects with for a document that does not pass `parseJourney`. */
export class JourneyExportError extends Error {
  readonly errors: JourneyError[];
  constructor(message: string, errors: JourneyError[]) {
    super(message);
    this.name = 'JourneyExportError';
    this.errors = errors;
  }
}

/** Goes through the one way in: a value that is not a valid journey never reaches the drawing. */
export function parseForExport(input: unknown, what = 'document'): JourneyDocument {
  const result = parseJourney(input);
  if (result.ok) return result.document;
  const first = result.errors[0];
  throw new JourneyExportError(
    `journey-canvas: cannot export an invalid ${what} (${result.errors.length} error${result.errors.length === 1 ? '' : 's'}; first at ${first?.path || '(document)'}: ${first?.message ?? 'unknown'}).`,
    result.errors,
  );
}

/** A drawing ready to be written out: the <svg> element and where the map sits on its page. */
export interface PreparedImage {
  element: ReactElement;
  /** The page, and where the map sits on it (scale and top-left, in page px). */
  frame: ExportFrame;
  /** The map's layout as drawn (for tools and tests that locate things in the image). */
  layout?: JourneyLayout;
}

export function prepareImage(page: Page, options: ResolvedImageOptions, label: string): PreparedImage {
  const theme = resolvePalette(options.colorMode, options.theme);
  const background = options.background ?? theme.bg;
  const frame: ExportFrame = { width: page.width, height: page.height, scale: page.scale, x: page.x, y: page.y };
  return { element: createElement(SvgDocument, { page, background, label }), frame };
}

/** Writes a prepared drawing as the requested format. */
export async function writeImage(prepared: PreparedImage, options: ResolvedImageOptions): Promise<Blob> {
  const svg = renderToSvgElement(prepared.element);
  if (options.format === 'svg') return new Blob([serializeSvg(svg)], { type: 'image/svg+xml' });
  const pixels = rasterSize(prepared.frame, options.pixelRatio);
  const theme = resolvePalette(options.colorMode, options.theme);
  const background = options.background === 'transparent' && options.format === 'jpeg' ? theme.bg : null;
  return rasterizeSvg({
    svg,
    width: prepared.frame.width,
    height: prepared.frame.height,
    pixelWidth: pixels.width,
    pixelHeight: pixels.height,
    type: options.format === 'jpeg' ? 'image/jpeg' : 'image/png',
    background,
    quality: options.quality,
  });
}

/** The drawing of a journey as a React <svg> element and its page (no DOM needed). */
export function journeyImageElement(input: unknown, options: ExportImageOptions = {}): PreparedImage {
  const document = parseForExport(input);
  const resolved = resolveImageOptions(options, document.locale);
  return prepareJourney(document, resolved);
}

function prepareJourney(document: JourneyDocument, resolved: ResolvedImageOptions): PreparedImage {
  measureWithBrowserFonts();
  const theme = resolvePalette(resolved.colorMode, resolved.theme);
  const page = journeyPage(
    document,
    {
    theme,
    messages: resolved.messages,
    lanes: resolved.lanes ?? lanesWithContent([document]),
    title: resolved.title,
    legend: resolved.legend,
    summary: resolved.summary,
      idPrefix: 'jc-export',
    },
    resolved.preset,
  );
  const label = formatMessage(resolved.messages['export.imageLabel'], { title: displayTitle(document.title, resolved.messages) });
  return { ...prepareImage(page, resolved, label), layout: page.layout };
}

/**
 * Renders the whole journey map offscreen and resolves to an image Blob.
 *
 * The input goes through `parseJourney` first: an invalid document rejects with a
 * `JourneyExportError` whose `errors` list every problem with its JSON Pointer. A raster bigger
 * than browsers can draw (16,384 px a side) rejects with a RangeError saying so — never a blank
 * image. PNG/JPEG are exactly the preset's size × `pixelRatio` pixels; SVG is vector, sized in
 * CSS px, with every text as escaped text.
 *
 * @example
 * const blob = await exportJourneyImage(doc, { preset: 'slide-16:9', pixelRatio: 2 });
 * // a 3840×2160 PNG of the whole map, fitted inside the slide with margins
 */
export async function exportJourneyImage(document: unknown, options: ExportImageOptions = {}): Promise<Blob> {
  const parsed = parseForExport(document);
  const resolved = resolveImageOptions(options, parsed.locale);
  return writeImage(prepareJourney(parsed, resolved), resolved);
}
