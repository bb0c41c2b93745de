/** The options of the image exports, their defaults, and their checks. */
import { resolveMessages } from '../i18n';
import type { JourneyMessages } from '../i18n';
import { JOURNEY_LANES, isChipLane } from '../layout';
import type { ChipLane, JourneyLane } from '../layout';
import type { JourneyDocument } from '../model';
import { EXPORT_PRESET_NAMES } from './presets';
import type { ExportPreset } from './presets';
import type { ThemeOverrides } from '../picture/paint';

export type ExportImageFormat = 'png' | 'jpeg' | 'svg';

export interface ExportImageOptions {
  /** @default 'png' */
  format?: ExportImageFormat;
  /**
   * Page size: `'slide-16:9'` (1920×1080), `'slide-4:3'` (1600×1200), `'a4-landscape'`
   * (1123×794, A4 at 96 dpi) or `'fit'` (the map's own size plus a margin). Slides and A4 scale
   * the whole map to fit inside, keeping its proportions.
   * @default 'slide-16:9'
   */
  preset?: ExportPreset;
  /** Raster pixels per CSS pixel: a PNG/JPEG is exactly page × pixelRatio pixels. Ignored for SVG. @default 2 */
  pixelRatio?: number;
  /** Page colour (any CSS colour, or `'transparent'`; JPEG has no transparency and uses the theme's). @default the theme's background */
  background?: string;
  /** `'system'` follows the user's preference. @default 'light' */
  colorMode?: 'light' | 'dark' | 'system';
  /** Language of the labels (lane names, legend, summary). @default the document's locale, else 'en' */
  locale?: string;
  /** Replaces built-in strings, as the editor's `messages` prop. */
  messages?: Partial<JourneyMessages>;
  /**
   * The lanes to draw, as the editor's `lanes` prop. By default every lane that has something to
   * show (a pain point lane with no pain points in the whole journey is left out).
   */
  lanes?: readonly JourneyLane[];
  /** Draw the journey's title (and its facts line) above the map. @default true */
  title?: boolean;
  /** Draw the legend under the map. @default true */
  legend?: boolean;
  /** Draw the peak-end summary (remembered vs experienced) under the map. @default true */
  summary?: boolean;
  /** JPEG quality from 0 to 1. @default 0.92 */
  quality?: number;
  /**
   * Colours to draw with instead of the built-in palette of `colorMode`, by name (`curve`,
   * `peak`, `accent`, `painPointsBg` …: every `--jc-*` colour of the README's theming table).
   * An editor's `exportImage` fills it from the editor's own `--jc-*` custom properties, so a
   * host's theme reaches the image. Values that are not plain colours are ignored.
   * @example { curve: '#0f172a', peak: '#be123c' }
   */
  theme?: ThemeOverrides;
}

export interface ResolvedImageOptions {
  format: ExportImageFormat;
  preset: ExportPreset;
  pixelRatio: number;
  background: string | null;
  colorMode: 'light' | 'dark';
  messages: JourneyMessages;
  lanes: readonly JourneyLane[] | null;
  title: boolean;
  legend: boolean;
  summary: boolean;
  quality: number;
  theme: ThemeOverrides;
}

const FORMATS: readonly ExportImageFormat[] = ['png', 'jpeg', 'svg'];

function prefersDark(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Checks and completes the options; a wrong value is an error that names the option. */
export function resolveImageOptions(options: ExportImageOptions, documentLocale: string | undefined): ResolvedImageOptions {
  const format = options.format ?? 'png';
  if (!FORMATS.includes(format)) throw new TypeError(`journey-canvas: format must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(format)}.`);
  const preset = options.preset ?? 'slide-16:9';
  if (!EXPORT_PRESET_NAMES.includes(preset)) {
    throw new TypeError(`journey-canvas: preset must be one of ${EXPORT_PRESET_NAMES.join(', ')}, got ${JSON.stringify(preset)}.`);
  }
  const pixelRatio = options.pixelRatio ?? 2;
  if (typeof pixelRatio !== 'number' || !Number.isFinite(pixelRatio) || pixelRatio <= 0) {
    throw new RangeError(`journey-canvas: pixelRatio must be a positive number, got ${String(pixelRatio)}.`);
  }
  const quality = options.quality ?? 0.92;
  if (!(quality >= 0 && quality <= 1)) throw new RangeError(`journey-canvas: quality must be from 0 to 1, got ${String(quality)}.`);
  if (options.lanes !== undefined) {
    const unknown = options.lanes.filter((lane) => !JOURNEY_LANES.includes(lane));
    if (unknown.length > 0) throw new TypeError(`journey-canvas: unknown lane ${JSON.stringify(unknown[0])}; expected some of ${JOURNEY_LANES.join(', ')}.`);
  }
  const mode = options.colorMode ?? 'light';
  return {
    format,
    preset,
    pixelRatio,
    background: options.background ?? null,
    colorMode: mode === 'system' ? (prefersDark() ? 'dark' : 'light') : mode,
    messages: resolveMessages(options.locale ?? documentLocale, options.messages),
    lanes: options.lanes ?? null,
    title: options.title ?? true,
    legend: options.legend ?? true,
    summary: options.summary ?? true,
    quality,
    theme: options.theme ?? {},
  };
}

/** Every lane with something to show in `documents` (the default when no `lanes` are given). */
export function lanesWithContent(documents: readonly JourneyDocument[]): JourneyLane[] {
  const has = (lane: ChipLane) =>
    documents.some((document) => document.touchpoints.some((touchpoint) => (touchpoint[lane]?.length ?? 0) > 0));
  return JOURNEY_LANES.filter((lane) => (isChipLane(lane) ? has(lane) : true));
}
