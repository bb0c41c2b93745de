/** The key to the map's marks, in one row: curve, positive/negative areas, peak, end, best/worst, key moment. */
import type { ReactElement } from 'react';
import type { JourneyMessages } from '../../i18n';
import type { Palette as ExportTheme } from '../../layout';
import type { Block } from './Sheet';
import { labelWidth } from './Sheet';

const FONT = 14;
const SWATCH = 26;
const ITEM_GAP = 22;
const HEIGHT = 28;

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
};

export function legendBlock(items: readonly LegendItem[], theme: ExportTheme): Block {
  let x = 0;
  const elements = items.map((item, index) => {
    const at = x;
    x += SWATCH + 6 + labelWidth(item.label, FONT) + (index < items.length - 1 ? ITEM_GAP : 0);
    return (
      <g key={index} transform={`translate(${Math.round(at * 100) / 100} 0)`}>
        {item.swatch()}
        <text x={SWATCH + 6} y={mid + FONT * 0.35} fontSize={FONT} fill={theme.textMuted}>
          {item.label}
        </text>
      </g>
    );
  });
  return { width: x, height: HEIGHT, element: <g>{elements}</g> };
}

/** The legend of a journey map: only the marks the image shows. */
export function journeyLegendItems(theme: ExportTheme, messages: JourneyMessages, options: { emotion: boolean; keyMoment: boolean }): LegendItem[] {
  const items: LegendItem[] = [];
  if (options.emotion) {
    items.push(
      { label: messages['export.legend.curve'], swatch: swatches.curve(theme.curve) },
      { label: messages['export.legend.positive'], swatch: swatches.area(theme.positiveArea, theme.positive) },
      { label: messages['export.legend.negative'], swatch: swatches.area(theme.negativeArea, theme.negative) },
      { label: messages['common.peak'], swatch: swatches.ring(theme.peak) },
      { label: messages['common.end'], swatch: swatches.ring(theme.end) },
      { label: messages['export.legend.bestWorst'], swatch: swatches.ring(theme.quiet, true) },
    );
  }
  if (options.keyMoment) items.push({ label: messages['export.legend.keyMoment'], swatch: swatches.star(theme.key) });
  return items;
}
