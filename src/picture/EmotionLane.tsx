/**
 * The emotion lane, drawn once for every renderer: the tints above and below zero, the dashed
 * zero line, the curve, the points and the moment markers. Pure function components without
 * hooks, events or inline styles: the editor renders them in React (adding its interaction
 * around them), the exports write them to an SVG file (export/render.ts). Colours come from the
 * paint they are given (picture/paint.ts).
 */
import type { ReactElement, Ref } from 'react';
import { formatEmotion, formatMessage } from '../i18n';
import type { JourneyMessages } from '../i18n';
import { TYPE, measureText, placeMoments, toneColor } from '../layout';
import type { CurveRun, EmotionLaneLayout, JourneyLayout, Palette, PlacedMoment } from '../layout';

/** Ids of the two clip paths that split the tint at zero. */
export interface ZeroClips {
  above: string;
  below: string;
}

/** The clip paths for the tints, above and below the zero line (defined once per drawing). */
export function ZeroClipPaths({ lane, clips }: { lane: EmotionLaneLayout; clips: ZeroClips }): ReactElement {
  const width = lane.right - lane.left;
  return (
    <defs>
      <clipPath id={clips.above}>
        <rect x={lane.left} y={lane.top - 40} width={width} height={lane.zeroY - lane.top + 40} />
      </clipPath>
      <clipPath id={clips.below}>
        <rect x={lane.left} y={lane.zeroY} width={width} height={lane.bottom - lane.zeroY + 40} />
      </clipPath>
    </defs>
  );
}

export function ZeroLine({ lane, paint }: { lane: EmotionLaneLayout; paint: Palette }): ReactElement {
  return (
    <line
      className="jc-emotion__zero"
      x1={lane.left}
      x2={lane.right}
      y1={lane.zeroY}
      y2={lane.zeroY}
      stroke={paint.zero}
      strokeWidth={1.25}
      strokeDasharray="5 4"
    />
  );
}

/**
 * The tints of one run of the curve (or of the whole curve, as one run). `groupRef` hands the
 * editor the group of its two paths, which an emotion drag's frames rewrite in place.
 */
export function RunArea({ run, paint, clips, groupRef }: { run: Pick<CurveRun, 'area'>; paint: Palette; clips: ZeroClips; groupRef?: Ref<SVGGElement> }): ReactElement {
  return (
    <g ref={groupRef}>
      <path d={run.area} fill={paint.positiveArea} clipPath={`url(#${clips.above})`} />
      <path d={run.area} fill={paint.negativeArea} clipPath={`url(#${clips.below})`} />
    </g>
  );
}

export interface CurveStyle {
  stroke: string;
  width?: number;
  dashed?: boolean;
}

/** The line of one run of the curve (or of the whole curve); `pathRef` as RunArea's `groupRef`. */
export function RunCurve({ run, style, pathRef }: { run: Pick<CurveRun, 'curve'>; style: CurveStyle; pathRef?: Ref<SVGPathElement> }): ReactElement {
  return (
    <path
      ref={pathRef}
      className="jc-emotion__curve"
      d={run.curve}
      fill="none"
      stroke={style.stroke}
      strokeWidth={style.width ?? 2.5}
      strokeLinejoin="round"
      strokeLinecap="round"
      strokeDasharray={style.dashed ? '7 6' : undefined}
    />
  );
}

export const POINT_RADIUS = 6.5;
export const SELECTED_POINT_RADIUS = 8;

/** A touchpoint's point on the curve, in its emotion's colour (or `fill`). */
export function PointDot({
  x,
  y,
  emotion,
  paint,
  radius = POINT_RADIUS,
  fill,
  ring,
}: {
  x: number;
  y: number;
  emotion: number;
  paint: Palette;
  radius?: number;
  fill?: string;
  ring?: { color: string; width: number };
}): ReactElement {
  return (
    <circle
      className="jc-point__dot"
      cx={x}
      cy={y}
      r={radius}
      fill={fill ?? toneColor(paint, emotion)}
      stroke={ring?.color ?? paint.pointRing}
      strokeWidth={ring?.width ?? 2.5}
    />
  );
}

/** The marker colour of a moment: the peak in the colour of its sign (a +3.5 peak is a good moment), the end its own, best and worst quiet. */
export function momentColor(item: Pick<PlacedMoment, 'kind' | 'moment'>, paint: Palette): string {
  if (item.kind === 'peak') return item.moment.emotion > 0 ? paint.positive : paint.peak;
  if (item.kind === 'end') return paint.end;
  return paint.quiet;
}

/** A moment's label: "Peak +3.5" for the loud ones, the word for the quiet ones. */
export function momentLabel(item: Pick<PlacedMoment, 'kind' | 'moment' | 'loud'>, messages: JourneyMessages): string {
  const word = messages[`common.${item.kind}`];
  return item.loud ? `${word} ${formatEmotion(item.moment.emotion)}` : word;
}

/** What one moment marker is drawn with: every attribute, computed once for the component and for an editor drag frame that moves it in place. */
export function momentMarkerDrawing(item: PlacedMoment, lane: EmotionLaneLayout, paint: Palette, messages: JourneyMessages, title: string, scale = 1) {
  const { kind, moment, side, loud } = item;
  const type = loud ? TYPE.loudMarker : TYPE.quietMarker;
  const color = momentColor(item, paint);
  const label = momentLabel(item, messages);
  const width = measureText(label, type) + (loud ? 16 : 12);
  const height = type.lineHeight;
  const gap = loud ? 16 : 14;
  const ring = loud ? 12 : 10.5;
  const top = side === 'above' ? -gap - height : gap;
  // Inside the lane horizontally (in the marker's own, scaled, units).
  const left = Math.min(Math.max(-width / 2, (lane.left - moment.x) / scale + 4), (lane.right - moment.x) / scale - width - 4);
  const round = (value: number) => Math.round(value * 100) / 100;
  return {
    className: `jc-marker jc-marker--${kind} jc-marker--${loud ? 'loud' : 'quiet'}`,
    transform: `translate(${round(moment.x)} ${round(moment.y)})${scale === 1 ? '' : ` scale(${round(scale)})`}`,
    ariaLabel: formatMessage(messages['canvas.marker.name'], { moment: messages[`common.${kind}`], title, emotion: formatEmotion(moment.emotion) }),
    ring: { r: ring, stroke: color, dash: loud ? undefined : '3 2.5' },
    stem: { y1: side === 'above' ? -ring : ring, y2: side === 'above' ? top + height : top, stroke: color, opacity: loud ? undefined : 0.6 },
    pill: { x: round(left), y: top, width: round(width), height, fill: loud ? color : paint.surface, stroke: loud ? undefined : paint.border },
    text: { x: round(left + width / 2), y: round(top + height / 2 + type.size * 0.35), size: type.size, weight: type.weight, fill: loud ? paint.onLoud : paint.textMuted, label },
  };
}

export function MomentMarker({
  item,
  lane,
  paint,
  messages,
  title,
  scale = 1,
}: {
  item: PlacedMoment;
  lane: EmotionLaneLayout;
  paint: Palette;
  messages: JourneyMessages;
  /** The touchpoint's title, for the accessible name ("Peak: Installation fails, −4.5"). */
  title: string;
  /** Drawn this many times its size (a shrunk slide or a far-out outline keeps it readable). */
  scale?: number;
}): ReactElement {
  const { className, transform, ariaLabel, ring, stem, pill, text } = momentMarkerDrawing(item, lane, paint, messages, title, scale);
  return (
    <g className={className} transform={transform} role="img" aria-label={ariaLabel} data-moment={item.kind}>
      <circle className="jc-marker__ring" r={ring.r} fill="none" stroke={ring.stroke} strokeWidth={2} strokeDasharray={ring.dash} />
      <line className="jc-marker__stem" x1={0} x2={0} y1={stem.y1} y2={stem.y2} stroke={stem.stroke} strokeWidth={1.5} opacity={stem.opacity} />
      <rect className="jc-marker__pill" x={pill.x} y={pill.y} width={pill.width} height={pill.height} rx={pill.height / 2} fill={pill.fill} stroke={pill.stroke} />
      <text className="jc-marker__text" x={text.x} y={text.y} textAnchor="middle" fontSize={text.size} fontWeight={text.weight} fill={text.fill}>
        {text.label}
      </text>
    </g>
  );
}

/** Every moment marker of a layout, placed by layout's `placeMoments`. */
export function MomentMarkers({
  layout,
  paint,
  messages,
  title,
  scale = 1,
}: {
  layout: Pick<JourneyLayout, 'emotion' | 'moments'>;
  paint: Palette;
  messages: JourneyMessages;
  title: (touchpointId: string) => string;
  scale?: number;
}): ReactElement | null {
  const lane = layout.emotion;
  if (!lane) return null;
  return (
    <g className="jc-markers">
      {placeMoments(lane, layout.moments, scale).map((item) => (
        <MomentMarker key={item.kind} item={item} lane={lane} paint={paint} messages={messages} title={title(item.moment.touchpointId)} scale={scale} />
      ))}
    </g>
  );
}
