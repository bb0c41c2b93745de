/**
 * The emotion lane: areas tinted above and below zero, the dashed zero line, the monotone curve
 * (d3-shape, as in the editor), a point per touchpoint, and the moments: peak and end labelled
 * loudly, best and worst quieter.
 */
import type { ReactElement } from 'react';
import { formatEmotion } from '../../i18n';
import { emotionAreaPath, emotionCurvePath } from '../../layout';
import type { EmotionLaneLayout, EmotionPointLayout, MomentLayout } from '../../layout';
import { measureText } from '../measure';
import type { ExportTheme } from '../theme';
import { emotionTone } from '../theme';
import type { MapRenderContext } from './context';
import { px } from './shapes';

export type MomentKind = 'peak' | 'end' | 'best' | 'worst';

/** Tinted areas between the curve and zero, clipped above and below it. */
export function EmotionAreas({ lane, points, idPrefix, theme }: { lane: EmotionLaneLayout; points: readonly EmotionPointLayout[]; idPrefix: string; theme: ExportTheme }): ReactElement {
  const area = emotionAreaPath(points, lane.zeroY);
  const width = lane.right - lane.left;
  return (
    <g>
      <defs>
        <clipPath id={`${idPrefix}-above`}>
          <rect x={lane.left} y={lane.top - 40} width={width} height={lane.zeroY - lane.top + 40} />
        </clipPath>
        <clipPath id={`${idPrefix}-below`}>
          <rect x={lane.left} y={lane.zeroY} width={width} height={lane.bottom - lane.zeroY + 40} />
        </clipPath>
      </defs>
      <path d={area} fill={theme.positiveArea} clipPath={`url(#${idPrefix}-above)`} />
      <path d={area} fill={theme.negativeArea} clipPath={`url(#${idPrefix}-below)`} />
    </g>
  );
}

export function ZeroLine({ lane, theme }: { lane: EmotionLaneLayout; theme: ExportTheme }): ReactElement {
  return <line x1={lane.left} x2={lane.right} y1={px(lane.zeroY)} y2={px(lane.zeroY)} stroke={theme.zero} strokeWidth={1.25} strokeDasharray="5 4" />;
}

export function CurvePath({ points, stroke, width = 2.5, dashed = false }: { points: readonly EmotionPointLayout[]; stroke: string; width?: number; dashed?: boolean }): ReactElement {
  return (
    <path
      d={emotionCurvePath(points)}
      fill="none"
      stroke={stroke}
      strokeWidth={width}
      strokeLinejoin="round"
      strokeLinecap="round"
      strokeDasharray={dashed ? '7 6' : undefined}
    />
  );
}

export function Points({ points, theme, radius = 6.5, fill }: { points: readonly EmotionPointLayout[]; theme: ExportTheme; radius?: number; fill?: string }): ReactElement {
  return (
    <g>
      {points.map((point) => {
        const tone = emotionTone(point.emotion);
        return (
          <circle
            key={point.touchpointId}
            cx={px(point.x)}
            cy={px(point.y)}
            r={radius}
            fill={fill ?? (tone === 'positive' ? theme.positive : tone === 'negative' ? theme.negative : theme.neutral)}
            stroke={theme.pointRing}
            strokeWidth={2.5}
          />
        );
      })}
    </g>
  );
}

interface PlacedMoment {
  kind: MomentKind;
  moment: MomentLayout;
  side: 'above' | 'below';
}

/** Sides for the moment labels, as the editor places them: loud ones first, away from the extreme. */
export function placeMoments(
  lane: EmotionLaneLayout,
  moments: { peak: MomentLayout | null; end: MomentLayout | null; best: MomentLayout | null; worst: MomentLayout | null },
  scale = 1,
): PlacedMoment[] {
  const roomAbove = (moment: MomentLayout) => moment.y - lane.top > 34 * scale;
  const roomBelow = (moment: MomentLayout) => lane.bottom - moment.y > 34 * scale;
  const taken = new Map<string, Set<'above' | 'below'>>();
  const place = (moment: MomentLayout, prefer: 'above' | 'below'): 'above' | 'below' => {
    const used = taken.get(moment.touchpointId) ?? new Set<'above' | 'below'>();
    const other = prefer === 'above' ? 'below' : 'above';
    const fits = (side: 'above' | 'below') => (side === 'above' ? roomAbove(moment) : roomBelow(moment));
    const side = !used.has(prefer) && fits(prefer) ? prefer : !used.has(other) && fits(other) ? other : used.has(prefer) ? other : prefer;
    used.add(side);
    taken.set(moment.touchpointId, used);
    return side;
  };
  const { peak, end, best, worst } = moments;
  const items: PlacedMoment[] = [];
  if (peak) items.push({ kind: 'peak', moment: peak, side: place(peak, peak.emotion >= 0 ? 'above' : 'below') });
  if (end) items.push({ kind: 'end', moment: end, side: place(end, end.emotion >= 0 ? 'above' : 'below') });
  if (best && best.touchpointId !== peak?.touchpointId) items.push({ kind: 'best', moment: best, side: place(best, 'above') });
  if (worst && worst.touchpointId !== peak?.touchpointId) items.push({ kind: 'worst', moment: worst, side: place(worst, 'below') });
  // Quiet ones first so the loud ones paint on top.
  return items.sort((a, b) => Number(a.kind === 'peak' || a.kind === 'end') - Number(b.kind === 'peak' || b.kind === 'end'));
}

export function MomentMarker({ kind, moment, side, lane, theme, label, scale = 1 }: PlacedMoment & { lane: EmotionLaneLayout; theme: ExportTheme; label: string; scale?: number }): ReactElement {
  const loud = kind === 'peak' || kind === 'end';
  const color = kind === 'peak' ? theme.peak : kind === 'end' ? theme.end : theme.quiet;
  const fontSize = loud ? 12 : 11;
  const width = measureText(label, { size: fontSize, weight: 700 }) + (loud ? 16 : 12);
  const height = loud ? 22 : 18;
  const gap = loud ? 16 : 14;
  const ring = loud ? 12 : 10.5;
  const top = side === 'above' ? -gap - height : gap;
  // Inside the lane horizontally (in the marker's own, scaled, units).
  const left = Math.min(Math.max(-width / 2, (lane.left - moment.x) / scale + 4), (lane.right - moment.x) / scale - width - 4);
  return (
    <g transform={`translate(${px(moment.x)} ${px(moment.y)})${scale === 1 ? '' : ` scale(${Math.round(scale * 100) / 100})`}`} data-moment={kind}>
      <circle r={ring} fill="none" stroke={color} strokeWidth={2} strokeDasharray={loud ? undefined : '3 2.5'} />
      <line x1={0} x2={0} y1={side === 'above' ? -ring : ring} y2={side === 'above' ? top + height : top} stroke={color} strokeWidth={1.5} opacity={loud ? undefined : 0.6} />
      <rect
        x={px(left)}
        y={top}
        width={px(width)}
        height={height}
        rx={height / 2}
        fill={loud ? color : theme.surface}
        stroke={loud ? undefined : theme.border}
      />
      <text x={px(left + width / 2)} y={top + height / 2 + fontSize * 0.35} textAnchor="middle" fontSize={fontSize} fontWeight={loud ? 700 : 600} fill={loud ? theme.onLoud : theme.textMuted}>
        {label}
      </text>
    </g>
  );
}

export function EmotionLane({ context }: { context: MapRenderContext }): ReactElement | null {
  const { layout, theme, messages, idPrefix, markerScale } = context;
  const lane = layout.emotion;
  if (!lane) return null;
  const placed = placeMoments(lane, layout.moments, markerScale);
  return (
    <g>
      <EmotionAreas lane={lane} points={lane.points} idPrefix={`${idPrefix}-emotion`} theme={theme} />
      <ZeroLine lane={lane} theme={theme} />
      <CurvePath points={lane.points} stroke={theme.curve} />
      {placed.map((item) => (
        <MomentMarker
          key={item.kind}
          {...item}
          lane={lane}
          theme={theme}
          scale={markerScale}
          label={item.kind === 'peak' || item.kind === 'end' ? `${messages[`common.${item.kind}`]} ${formatEmotion(item.moment.emotion)}` : messages[`common.${item.kind}`]}
        />
      ))}
      <Points points={lane.points} theme={theme} />
    </g>
  );
}
