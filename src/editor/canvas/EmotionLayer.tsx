/**
 * The emotion lane's drawing, in map coordinates above the nodes: the tinted areas above and
 * below zero, the zero line, the monotone curve, one slider point per touchpoint, and the
 * peak / end (loud) and best / worst (quiet) markers. On a long journey only the part near the
 * view is mounted (see visibleSpan.ts).
 */
import { memo, useId, useMemo, useState } from 'react';
import type { PointerEvent as ReactPointerEvent, SVGProps } from 'react';
import { ViewportPortal, useStore as useFlowStore } from '@xyflow/react';
import { emotionCurveRuns } from '../../layout';
import type { CurvePoint, CurveRun, EmotionLaneLayout, JourneyLayout, MomentLayout, PreviousRuns } from '../../layout';
import { EMOTION_MAX, EMOTION_MIN } from '../../model';
import type { Touchpoint } from '../../model';
import { formatEmotion, formatMessage } from '../../i18n';
import type { JourneyMessages } from '../../i18n';
import { useJourneyStore, useJourneyStoreApi, useMessages } from '../JourneyStoreContext';
import { selectNoTouchpointSelected, selectReadOnly, selectSelectedTouchpointId, selectDocument } from './selectors';
import { useEmotionDrag } from './useEmotionDrag';
import { useCanvasApi, useCanvasLayout } from './CanvasContext';
import { lowerBound, selectVisibleSpan, spanWindow } from './visibleSpan';
import { cullsOffscreen, outlinesFarOut, selectZoomedOut } from './largeMaps';

interface PointProps {
  id: string;
  x: number;
  y: number;
  emotion: number;
  title: string;
  selected: boolean;
  tabbable: boolean;
  readOnly: boolean;
  onPointerDown: (id: string, event: ReactPointerEvent<Element>) => void;
}

const EmotionPoint = memo(function EmotionPoint({ id, x, y, emotion, title, selected, tabbable, readOnly, onPointerDown }: PointProps) {
  const messages = useMessages();
  const store = useJourneyStoreApi();
  const tone = emotion > 0 ? 'positive' : emotion < 0 ? 'negative' : 'neutral';
  return (
    <g
      className={`jc-point jc-point--${tone}${selected ? ' jc-point--selected' : ''}${readOnly ? '' : ' jc-point--editable'} nopan`}
      transform={`translate(${x} ${y})`}
      role="slider"
      tabIndex={tabbable ? 0 : -1}
      aria-label={formatMessage(messages['canvas.point.name'], { title })}
      aria-valuemin={EMOTION_MIN}
      aria-valuemax={EMOTION_MAX}
      aria-valuenow={emotion}
      aria-valuetext={formatEmotion(emotion)}
      aria-orientation="vertical"
      aria-readonly={readOnly || undefined}
      data-jc-point={id}
      onPointerDown={(event) => onPointerDown(id, event)}
      onFocus={() => store.getState().select({ kind: 'touchpoint', id })}
    >
      <circle className="jc-point__hit" r={14} />
      <circle className="jc-point__dot" r={selected ? 8 : 6.5} />
    </g>
  );
});

type MomentKind = 'peak' | 'end' | 'best' | 'worst';

/**
 * Long curves are drawn as runs of this many segments: dragging a point then rewrites and
 * repaints the two or three short runs it bends, not one path across the whole journey.
 * Up to RUNS_FROM points the curve stays one path.
 */
const RUN_SIZE = 8;
const RUNS_FROM = 16;

/** On an outline, markers are drawn at this fraction of their size at zoom 1, on screen. */
const OUTLINE_MARKER_SIZE = 0.85;

/** The last drawing of the curve: the next one recomputes only the runs next to moved points. */
interface RunsMemory {
  last: PreviousRuns | null;
}

function runsWithMemory(memory: RunsMemory, points: readonly CurvePoint[], zeroY: number): CurveRun[] {
  const size = points.length < RUNS_FROM ? Math.max(1, points.length - 1) : RUN_SIZE;
  const runs = emotionCurveRuns(points, zeroY, size, memory.last ?? undefined);
  memory.last = { points, zeroY, size, runs };
  return runs;
}

/** A path that re-renders only when its own attributes change. */
const Path = memo(function Path(props: SVGProps<SVGPathElement>) {
  return <path {...props} />;
});

/** Rough width of a short label, for the pill behind it (CJK glyphs are about twice as wide). */
function labelWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += /[\u2e80-\u9fff\uff00-\uffef]/.test(char) ? fontSize : fontSize * 0.62;
  return width;
}

function Marker({
  kind,
  moment,
  lane,
  side,
  title,
  messages,
  scale,
}: {
  kind: MomentKind;
  moment: MomentLayout;
  lane: EmotionLaneLayout;
  side: 'above' | 'below';
  title: string;
  messages: JourneyMessages;
  /** Drawn this many times its size (an outline far out keeps the markers readable). */
  scale: number;
}) {
  const loud = kind === 'peak' || kind === 'end';
  const word = messages[`common.${kind}`];
  const emotion = formatEmotion(moment.emotion);
  const label = loud ? `${word} ${emotion}` : word;
  const fontSize = loud ? 12 : 11;
  const width = labelWidth(label, fontSize) + (loud ? 16 : 10);
  const height = loud ? 22 : 18;
  const gap = loud ? 16 : 14;
  const top = side === 'above' ? -gap - height : gap;
  // Keep the pill inside the lane horizontally too.
  const left = Math.min(Math.max(-width / 2, (lane.left - moment.x) / scale + 4), (lane.right - moment.x) / scale - width - 4);
  return (
    <g
      className={`jc-marker jc-marker--${kind}${loud ? ' jc-marker--loud' : ' jc-marker--quiet'}`}
      transform={`translate(${moment.x} ${moment.y})${scale === 1 ? '' : ` scale(${scale})`}`}
      role="img"
      aria-label={formatMessage(messages['canvas.marker.name'], { moment: word, title, emotion })}
    >
      <circle className="jc-marker__ring" r={loud ? 12 : 10.5} />
      <line className="jc-marker__stem" x1={0} x2={0} y1={side === 'above' ? -(loud ? 12 : 10.5) : loud ? 12 : 10.5} y2={side === 'above' ? top + height : top} />
      <rect className="jc-marker__pill" x={left} y={top} width={width} height={height} rx={height / 2} />
      <text className="jc-marker__text" x={left + width / 2} y={top + height / 2} textAnchor="middle" dominantBaseline="central" fontSize={fontSize}>
        {label}
      </text>
    </g>
  );
}

function Markers({ layout, title, messages, scale }: { layout: JourneyLayout; title: (id: string) => string; messages: JourneyMessages; scale: number }) {
  const lane = layout.emotion;
  if (!lane) return null;
  const { peak, end, best, worst } = layout.moments;
  const roomAbove = (moment: MomentLayout) => moment.y - lane.top > 34 * scale;
  const roomBelow = (moment: MomentLayout) => lane.bottom - moment.y > 34 * scale;
  const taken = new Map<string, Set<'above' | 'below'>>();
  const place = (moment: MomentLayout, prefer: 'above' | 'below'): 'above' | 'below' => {
    const used = taken.get(moment.touchpointId) ?? new Set();
    const other = prefer === 'above' ? 'below' : 'above';
    const fits = (side: 'above' | 'below') => (side === 'above' ? roomAbove(moment) : roomBelow(moment));
    const side = !used.has(prefer) && fits(prefer) ? prefer : !used.has(other) && fits(other) ? other : used.has(prefer) ? other : prefer;
    used.add(side);
    taken.set(moment.touchpointId, used);
    return side;
  };
  const items: Array<{ kind: MomentKind; moment: MomentLayout; side: 'above' | 'below' }> = [];
  // Loud markers first: they get the better side. The label goes away from the curve's extreme.
  if (peak) items.push({ kind: 'peak', moment: peak, side: place(peak, peak.emotion >= 0 ? 'above' : 'below') });
  if (end) items.push({ kind: 'end', moment: end, side: place(end, end.emotion >= 0 ? 'above' : 'below') });
  if (best && best.touchpointId !== peak?.touchpointId) items.push({ kind: 'best', moment: best, side: place(best, 'above') });
  if (worst && worst.touchpointId !== peak?.touchpointId) items.push({ kind: 'worst', moment: worst, side: place(worst, 'below') });
  // Quiet first in the DOM so the loud ones paint on top.
  items.sort((a, b) => Number(a.kind === 'peak' || a.kind === 'end') - Number(b.kind === 'peak' || b.kind === 'end'));
  return (
    <g className="jc-markers">
      {items.map((item) => (
        <Marker
          key={item.kind}
          kind={item.kind}
          moment={item.moment}
          lane={lane}
          side={item.side}
          title={title(item.moment.touchpointId)}
          messages={messages}
          scale={scale}
        />
      ))}
    </g>
  );
}

function titleOf(touchpoint: Touchpoint | undefined, messages: JourneyMessages): string {
  if (!touchpoint || touchpoint.title.trim() === '') return messages['common.untitled'];
  return touchpoint.title;
}

export function EmotionLayer() {
  const layout = useCanvasLayout();
  const { derivation } = useCanvasApi();
  const document = useJourneyStore(selectDocument);
  const messages = useMessages();
  const clipId = `jc-clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const selectedId = useJourneyStore(selectSelectedTouchpointId);
  const noneSelected = useJourneyStore(selectNoTouchpointSelected);
  const readOnly = useJourneyStore(selectReadOnly);
  const onPointerDown = useEmotionDrag();
  const lane = layout.emotion;
  // Titles of the points and markers on screen only (a few dozen, not the whole journey).
  const title = (id: string) => titleOf(derivation.touchpoint(document, id), messages);
  const points = lane?.points;
  const zeroY = lane?.zeroY ?? 0;
  const [runsMemory] = useState<RunsMemory>(() => ({ last: null }));
  const runs = useMemo(() => (points ? runsWithMemory(runsMemory, points, zeroY) : []), [runsMemory, points, zeroY]);
  const span = useFlowStore(selectVisibleSpan);
  // On a long curve, the points (and their slice of the curve) near the view: points run left
  // to right in journey order, so that is one range of indices, found by binary search.
  const culled = cullsOffscreen(layout);
  const inView = useMemo(() => {
    if (!points || !culled) return null;
    const range = spanWindow(span);
    if (!range) return null;
    const from = lowerBound(points, 0, points.length, (point) => point.x < range.left);
    return { from, to: lowerBound(points, from, points.length, (point) => point.x <= range.right) };
  }, [points, span, culled]);
  // Zoomed far out, a large map is an outline (largeMaps.ts): no point is mounted but the tab
  // stop and the selected one, which the keyboard zooms in from.
  const outline = useFlowStore(selectZoomedOut) && outlinesFarOut(layout);
  // There the peak and end keep a readable size on screen (the zoom is read only then).
  const markerScale = useFlowStore((state) => (outline ? OUTLINE_MARKER_SIZE / state.transform[2] : 1));
  const shownPoints = useMemo(() => {
    if (!points) return [];
    if (!outline && !inView) return points;
    const { from, to } = outline || !inView ? { from: 0, to: 0 } : inView;
    const shown = points.slice(from, to);
    const first = points[0];
    if (first && (from > 0 || to === 0)) shown.unshift(first);
    // One point per card, in the same order: the card's journey index finds it.
    const selected = selectedId === null ? -1 : (layout.cardById.get(selectedId)?.journeyIndex ?? -1);
    if (selected > 0 && (selected < from || selected >= to)) shown.push(points[selected] as (typeof points)[number]);
    return shown;
  }, [points, inView, outline, selectedId, layout.cardById]);
  const shownRuns = useMemo(() => {
    if (!inView) return runs;
    // The runs reaching into the range, and the segment on each side of it.
    const start = lowerBound(runs, 0, runs.length, (run) => run.to < inView.from - 1);
    return runs.slice(start, lowerBound(runs, start, runs.length, (run) => run.from <= inView.to));
  }, [runs, inView]);
  if (!lane) return null;
  const { width, height } = layout.bounds;

  return (
    <ViewportPortal>
      <svg className={`jc-emotion${outline ? ' jc-emotion--outline' : ''}`} width={width} height={height} style={{ position: 'absolute', left: 0, top: 0, overflow: 'visible' }}>
        <defs>
          <clipPath id={`${clipId}-above`}>
            <rect x={lane.left} y={lane.top - 40} width={lane.right - lane.left} height={lane.zeroY - lane.top + 40} />
          </clipPath>
          <clipPath id={`${clipId}-below`}>
            <rect x={lane.left} y={lane.zeroY} width={lane.right - lane.left} height={lane.bottom - lane.zeroY + 40} />
          </clipPath>
        </defs>
        <g aria-hidden="true">
          {shownRuns.map((run) => (
            <Path key={run.from} className="jc-emotion__area jc-emotion__area--positive" d={run.area} clipPath={`url(#${clipId}-above)`} />
          ))}
          {shownRuns.map((run) => (
            <Path key={run.from} className="jc-emotion__area jc-emotion__area--negative" d={run.area} clipPath={`url(#${clipId}-below)`} />
          ))}
          <line className="jc-emotion__zero" x1={lane.left} x2={lane.right} y1={lane.zeroY} y2={lane.zeroY} />
          {shownRuns.map((run) => (
            <Path key={run.from} className="jc-emotion__curve" d={run.curve} />
          ))}
        </g>
        <Markers layout={layout} title={title} messages={messages} scale={markerScale} />
        <g className="jc-points">
          {shownPoints.map((point) => (
            <EmotionPoint
              key={point.touchpointId}
              id={point.touchpointId}
              x={point.x}
              y={point.y}
              emotion={point.emotion}
              title={title(point.touchpointId)}
              selected={selectedId === point.touchpointId}
              tabbable={selectedId === point.touchpointId || (noneSelected && point === lane.points[0])}
              readOnly={readOnly}
              onPointerDown={onPointerDown}
            />
          ))}
        </g>
      </svg>
    </ViewportPortal>
  );
}

