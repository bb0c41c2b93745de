/** The key to the map's marks, in one row: curve, positive/negative areas, peak, end, best/worst, key moment. */
import type { ReactElement } from 'react';
import type { JourneyMessages } from '../../i18n';
import type { Palette as ExportTheme } from '../../layout';
import { DisagreementGlyph } from '../../picture/RatingBands';
import type { Block } from './Sheet';
import { labelWidth } from './Sheet';

const FONT = 14;
const SWATCH = 26;
const ITEM_GAP = 22;
const HEIGHT = 28;
const ROW_GAP = 6;
/** The widest a legend row gets, in chrome px: what a 16:9 page leaves beside the summary. */
const LEGEND_MAX_WIDTH = 920;

/** Draws a swatch in a box SWATCH wide and HEIGHT high at (0, 0). */
export type LegendSwatch = () => ReactElement;

export interface LegendItem {
  label: string;
  swatch: LegendSwatch;
}

const mid = HEIGHT / 2;

export const swatches = {
  curve: (stroke: string, dashed = false): LegendSwatch => () => (
    <path
      d={`M1,${mid + 5}C8,${mid + 5} 10,${mid - 6} ${SWATCH - 1},${mid - 5}`}
      fill="none"
      stroke={stroke}
      strokeWidth={2.5}
      strokeLinecap="round"
      strokeDasharray={dashed ? '5 4' : undefined}
    />
  ),
  area: (fill: string, edge: string): LegendSwatch => () => (
    <rect x={3} y={mid - 8} width={SWATCH - 6} height={16} rx={3} fill={fill} stroke={edge} strokeOpacity={0.5} />
  ),
  ring: (stroke: string, dashed = false): LegendSwatch => () => (
    <circle cx={SWATCH / 2} cy={mid} r={8} fill="none" stroke={stroke} strokeWidth={2} strokeDasharray={dashed ? '3 2.5' : undefined} />
  ),
  star: (fill: string): LegendSwatch => () => (
    <text x={SWATCH / 2} y={mid + 6} fontSize={17} textAnchor="middle" fill={fill}>
      {'\u2605'}
    </text>
  ),
  dot: (fill: string, ring: string): LegendSwatch => () => <circle cx={SWATCH / 2} cy={mid} r={6} fill={fill} stroke={ring} strokeWidth={2} />,
  /** The room's spread: a whisker with its caps, as the curve draws it. */
  band: (fill: string, ink: string): LegendSwatch => () => (
    <g>
      <rect x={SWATCH / 2 - 5} y={mid - 10} width={10} height={20} rx={5} fill={fill} />
      <path d={`M${SWATCH / 2 - 8},${mid - 10}H${SWATCH / 2 + 8}M${SWATCH / 2 - 8},${mid + 10}H${SWATCH / 2 + 8}`} stroke={ink} strokeWidth={2} strokeLinecap="round" />
    </g>
  ),
  /** The disagreement mark, as the curve draws it. */
  disagree: (theme: ExportTheme): LegendSwatch => () => (
    <g transform={`translate(${SWATCH / 2} ${mid})`}>
      <DisagreementGlyph paint={theme} />
    </g>
  ),
};

/**
 * The legend in rows: items left to right, a new row when the next would pass `maxWidth` (chrome
 * px), so a long legend (a rated journey adds the band and the disagreement mark) never runs
 * under the summary beside it.
 */
export function legendBlock(items: readonly LegendItem[], theme: ExportTheme, maxWidth = LEGEND_MAX_WIDTH): Block {
  let x = 0;
  let y = 0;
  let width = 0;
  const elements = items.map((item, index) => {
    const itemWidth = SWATCH + 6 + labelWidth(item.label, FONT);
    if (x > 0 && x + itemWidth > maxWidth) {
      x = 0;
      y += HEIGHT + ROW_GAP;
    }
    const at = x;
    width = Math.max(width, x + itemWidth);
    x += itemWidth + ITEM_GAP;
    return (
      <g key={index} transform={`translate(${Math.round(at * 100) / 100} ${y})`}>
        {item.swatch()}
        <text x={SWATCH + 6} y={mid + FONT * 0.35} fontSize={FONT} fill={theme.textMuted}>
          {item.label}
        </text>
      </g>
    );
  });
  return { width, height: y + HEIGHT, element: <g>{elements}</g> };
}

/** The legend of a journey map: only the marks the image shows. */
/**
 * The peak's swatch: the colour its marker is drawn in, which follows the sign of its emotion (a
 * +3.5 peak is a good moment, never drawn red); with no peak known, the negative peak colour.
 */
export function peakSwatchColor(theme: ExportTheme, peakEmotion: number | null | undefined): string {
  return peakEmotion != null && peakEmotion > 0 ? theme.positive : theme.peak;
}

export function journeyLegendItems(
  theme: ExportTheme,
  messages: JourneyMessages,
  options: { emotion: boolean; keyMoment: boolean; peakEmotion?: number | null; rated?: boolean; disagreement?: boolean },
): LegendItem[] {
  const items: LegendItem[] = [];
  if (options.emotion) {
    items.push(
      { label: messages['export.legend.curve'], swatch: swatches.curve(theme.curve) },
      { label: messages['export.legend.positive'], swatch: swatches.area(theme.positiveArea, theme.positive) },
      { label: messages['export.legend.negative'], swatch: swatches.area(theme.negativeArea, theme.negative) },
      { label: messages['common.peak'], swatch: swatches.ring(peakSwatchColor(theme, options.peakEmotion)) },
      { label: messages['common.end'], swatch: swatches.ring(theme.end) },
      { label: messages['export.legend.bestWorst'], swatch: swatches.ring(theme.quiet, true) },
    );
  }
  if (options.emotion && options.rated) items.push({ label: messages['export.legend.band'], swatch: swatches.band(theme.band, theme.curve) });
  if (options.emotion && options.disagreement) items.push({ label: messages['export.legend.disagree'], swatch: swatches.disagree(theme) });
  if (options.keyMoment) items.push({ label: messages['export.legend.keyMoment'], swatch: swatches.star(theme.key) });
  return items;
}
