/**
 * The page an image holds: an optional heading (title and a line of facts), the map, and a footer
 * with the legend on the left and the summary on the right, placed on a preset's page.
 */
import type { ReactElement, ReactNode } from 'react';
import { measureText, wrapText } from '../../layout';
import type { Palette as ExportTheme } from '../../layout';
import { EXPORT_PRESETS, FIT_MARGIN, MAX_UPSCALE, slideMargin } from '../presets';
import type { ExportFrame, ExportPreset } from '../presets';
import { FONT_FAMILY as EXPORT_FONT_FAMILY } from '../../layout';
import { TextLines } from '../../picture/TextLines';
import { isShortened } from '../../layout';
import { Shortened } from './Shortened';

/** A drawn piece and the room it takes, in sheet px, drawn from (0, 0). */
export interface Block {
  width: number;
  height: number;
  element: ReactNode;
}

const HEADING_FONT = { size: 30, weight: 700 };
const HEADING_LINE = 38;
const SUBTITLE_FONT = { size: 16 };
const SUBTITLE_LINE = 24;
/** Space between heading, map and footer, in chrome px. */
const GAP = 28;

export interface PageParts {
  heading: { title: string; subtitle: string } | null;
  /**
   * The map, in map px; or a function making it for the box it will be fitted into (page px;
   * null for `fit`), so a slide can give the map a shape closer to its own.
   */
  map: Block | ((box: { width: number; height: number } | null) => Block);
  footerLeft: Block | null;
  footerRight: Block | null;
  theme: ExportTheme;
}

/** The composed page: its size, the drawing, and where the map landed (for tests and tools). */
export interface Page extends ExportFrame {
  element: ReactElement;
}

function headingBlock(heading: NonNullable<PageParts['heading']>, width: number, theme: ExportTheme): Block {
  const lines = wrapText(heading.title, width, HEADING_FONT, 2);
  const subtitle = heading.subtitle ? wrapText(heading.subtitle, width, SUBTITLE_FONT, 1) : [];
  const top = lines.length * HEADING_LINE + 4;
  return {
    width,
    height: top + subtitle.length * SUBTITLE_LINE,
    element: (
      <g>
        <Shortened full={heading.title} shortened={isShortened(heading.title, lines)}>
          <TextLines lines={lines} x={0} top={0} fontSize={HEADING_FONT.size} lineHeight={HEADING_LINE} weight={700} fill={theme.text} />
        </Shortened>
        <Shortened full={heading.subtitle} shortened={isShortened(heading.subtitle, subtitle)}>
          <TextLines lines={subtitle} x={0} top={top} fontSize={SUBTITLE_FONT.size} lineHeight={SUBTITLE_LINE} fill={theme.textMuted} />
        </Shortened>
      </g>
    ),
  };
}

/**
 * Chrome (heading, legend, summary) is drawn at the page's scale, not the map's: on a slide a
 * 25-stage map shrinks to fit, but its title and peak-end figures stay readable from the back of
 * the room. 1 on a 1600×900 page, 1.2 on a 16:9 slide, 0.7 on A4.
 */
export function chromeScale(page: { width: number; height: number }): number {
  return Math.round(Math.min(page.width / 1600, page.height / 900) * 1000) / 1000;
}

function round(value: number, factor = 100): number {
  return Math.round(value * factor) / factor;
}

function translate(x: number, y: number, scale = 1): string {
  return scale === 1 ? `translate(${round(x)} ${round(y)})` : `translate(${round(x)} ${round(y)}) scale(${round(scale, 10_000)})`;
}

/**
 * Lays out heading, map and footer on a preset's page. On a slide or A4 the map is scaled to fit
 * what the heading and footer leave (never enlarged past MAX_UPSCALE), and the group is centred;
 * with `fit` the page is the content's own size plus FIT_MARGIN, at scale 1.
 */
export function composePage({ heading, map, footerLeft, footerRight, theme }: PageParts, preset: ExportPreset): Page {
  const footerHeight = Math.max(footerLeft?.height ?? 0, footerRight?.height ?? 0);
  const footerWidth = footerLeft && footerRight ? footerLeft.width + footerRight.width + GAP : (footerLeft?.width ?? footerRight?.width ?? 0);
  const hasFooter = footerLeft !== null || footerRight !== null;

  const draw = (x: number, width: number, top: number, u: number, head: Block | null, mapBlock: Block, mapScale: number, mapX: number): ReactElement => {
    const pieces: ReactElement[] = [];
    let y = top;
    if (head) {
      pieces.push(
        <g key="heading" transform={translate(x, y, u)}>
          {head.element}
        </g>,
      );
      y += (head.height + GAP) * u;
    }
    pieces.push(
      <g key="map" transform={translate(mapX, y, mapScale)}>
        {mapBlock.element}
      </g>,
    );
    y += mapBlock.height * mapScale;
    if (hasFooter) {
      y += GAP * u;
      if (footerLeft) {
        pieces.push(
          <g key="legend" transform={translate(x, y + ((footerHeight - footerLeft.height) / 2) * u, u)}>
            {footerLeft.element}
          </g>,
        );
      }
      if (footerRight) {
        pieces.push(
          <g key="summary" transform={translate(x + width - footerRight.width * u, y, u)}>
            {footerRight.element}
          </g>,
        );
      }
    }
    return <g>{pieces}</g>;
  };

  if (preset === 'fit') {
    const mapBlock = typeof map === 'function' ? map(null) : map;
    const width = Math.max(mapBlock.width, footerWidth);
    const head = heading ? headingBlock(heading, width, theme) : null;
    const height = (head ? head.height + GAP : 0) + mapBlock.height + (hasFooter ? GAP + footerHeight : 0);
    return {
      width: Math.ceil(width + 2 * FIT_MARGIN),
      height: Math.ceil(height + 2 * FIT_MARGIN),
      scale: 1,
      x: FIT_MARGIN,
      y: FIT_MARGIN + (head ? head.height + GAP : 0),
      element: draw(FIT_MARGIN, width, FIT_MARGIN, 1, head, mapBlock, 1, FIT_MARGIN),
    };
  }

  const page = EXPORT_PRESETS[preset];
  const margin = slideMargin(page);
  const u = chromeScale(page);
  const innerWidth = page.width - 2 * margin;
  const innerHeight = page.height - 2 * margin;
  const chromeHeight = (head: Block | null) => (head ? (head.height + GAP) * u : 0) + (hasFooter ? (footerHeight + GAP) * u : 0);

  let head = heading ? headingBlock(heading, innerWidth / u, theme) : null;
  const box = { width: innerWidth, height: Math.max(1, innerHeight - chromeHeight(head)) };
  const mapBlock = typeof map === 'function' ? map(box) : map;
  const fit = (height: number) => Math.min(innerWidth / mapBlock.width, Math.max(1, height) / mapBlock.height, MAX_UPSCALE);
  let scale = fit(box.height);
  // Heading and footer line up with the map's edges (or the footer's, when the map is narrower).
  let columnWidth = Math.min(innerWidth, Math.max(mapBlock.width * scale, footerWidth * u));
  if (heading && columnWidth < innerWidth) {
    head = headingBlock(heading, columnWidth / u, theme);
    scale = Math.min(scale, fit(innerHeight - chromeHeight(head)));
    columnWidth = Math.min(innerWidth, Math.max(mapBlock.width * scale, footerWidth * u));
  }
  const groupHeight = chromeHeight(head) + mapBlock.height * scale;
  const x = (page.width - columnWidth) / 2;
  const top = (page.height - groupHeight) / 2;
  const mapX = (page.width - mapBlock.width * scale) / 2;
  return {
    width: page.width,
    height: page.height,
    scale,
    x: mapX,
    y: top + (head ? (head.height + GAP) * u : 0),
    element: draw(x, columnWidth, top, u, head, mapBlock, scale, mapX),
  };
}

export interface SvgDocumentProps {
  page: Page;
  /** Page colour; 'transparent' leaves the page clear. */
  background: string;
  label: string;
  description?: string;
  /** Shown at this zoom (the viewBox stays the page): for on-screen views. @default 1 */
  displayScale?: number;
}

/**
 * The whole image: a standalone SVG document (width/height, viewBox; XMLSerializer adds the
 * namespace — React would write it a second time) with the sheet
 * scaled onto the page. `role="img"` and <title> give it a name in browsers and slide tools.
 */
export function SvgDocument({ page, background, label, description, displayScale = 1 }: SvgDocumentProps): ReactElement {
  return (
    <svg
      width={round(page.width * displayScale)}
      height={round(page.height * displayScale)}
      viewBox={`0 0 ${page.width} ${page.height}`}
      role="img"
      aria-label={label}
      fontFamily={EXPORT_FONT_FAMILY}
    >
      <title>{label}</title>
      {description ? <desc>{description}</desc> : null}
      {background !== 'transparent' && <rect width={page.width} height={page.height} fill={background} />}
      {page.element}
    </svg>
  );
}

/** Width of a one-line label, for laying out legends and summaries. */
export function labelWidth(text: string, size: number, weight?: number): number {
  return measureText(text, { size, weight });
}
