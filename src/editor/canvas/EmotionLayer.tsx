/**
 * The emotion lane's drawing, in map coordinates above the nodes: the tinted areas above and
 * below zero, the zero line, the monotone curve, one slider point per touchpoint, and the
 * peak / end (loud) and best / worst (quiet) markers. On a long journey only the part near the
 * view is mounted (see visibleSpan.ts).
 */
import { memo, useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { ViewportPortal, useStore as useFlowStore } from '@xyflow/react';
import { emotionCurveRuns } from '../../layout';
import type { CurvePoint, CurveRun, PreviousRuns } from '../../layout';
import { EMOTION_MAX, EMOTION_MIN } from '../../model';
import type { Touchpoint } from '../../model';
import { emotionTone } from '../../layout';
import type { JourneyLayout } from '../../layout';
import { formatEmotion, formatMessage } from '../../i18n';
import type { JourneyMessages } from '../../i18n';
import { CSS_PAINT } from '../../picture/paint';
import { MomentMarkers, PointDot, POINT_RADIUS, RunArea, RunCurve, SELECTED_POINT_RADIUS, ZeroClipPaths, ZeroLine } from '../../picture/EmotionLane';
import type { CurveStyle } from '../../picture/EmotionLane';
import { RatingBands } from '../../picture/RatingBands';
import { useJourneyStore, useJourneyStoreApi, useMessages } from '../JourneyStoreContext';
import { selectNoTouchpointSelected, selectReadOnly, selectSelectedTouchpointId, selectDocument } from './selectors';
import { useEmotionDrag } from './useEmotionDrag';
import { useCanvasApi, useCanvasLayout } from './CanvasContext';
import { selectDraggingPointId } from './emotionDrag';
import type { EmotionDrag } from './emotionDrag';
import { EmotionDragPainter, HIT_RADIUS, curveRunSize, pointTransform, readoutGeometry } from './emotionDragPaint';
import type { DrawnLane, RunElements } from './emotionDragPaint';
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
  /** Being dragged: the value is shown beside it. */
  dragging: boolean;
  /** How many participants rated it (0: unrated). A rated point is the mean of its ratings: it does not drag. */
  ratings: number;
  onPointerDown: (id: string, event: ReactPointerEvent<Element>) => void;
}

const EmotionPoint = memo(function EmotionPoint({ id, x, y, emotion, title, selected, tabbable, readOnly, dragging, ratings, onPointerDown }: PointProps) {
  const messages = useMessages();
  const store = useJourneyStoreApi();
  const tone = emotionTone(emotion);
  const rated = ratings > 0;
  const ratedHint = rated ? formatMessage(messages['canvas.point.rated'], { emotion: formatEmotion(emotion), n: ratings }) : undefined;
  return (
    <g
      className={`jc-point jc-point--${tone}${selected ? ' jc-point--selected' : ''}${readOnly ? '' : rated ? ' jc-point--rated' : ' jc-point--editable'} nopan`}
      transform={pointTransform(x, y)}
      role="slider"
      tabIndex={tabbable ? 0 : -1}
      aria-label={formatMessage(messages['canvas.point.name'], { title })}
      aria-valuemin={EMOTION_MIN}
      aria-valuemax={EMOTION_MAX}
      aria-valuenow={emotion}
      aria-valuetext={formatEmotion(emotion)}
      aria-orientation="vertical"
      aria-readonly={readOnly || rated || undefined}
      aria-description={ratedHint}
      data-jc-point={id}
      data-rated={rated || undefined}
      onPointerDown={(event) => {
        if (!rated) return onPointerDown(id, event);
        // Pressing a rated point selects it (the inspector shows its ratings) and drags nothing.
        event.stopPropagation();
        store.getState().select({ kind: 'touchpoint', id });
      }}
      onFocus={() => store.getState().select({ kind: 'touchpoint', id })}
    >
      {ratedHint && <title>{ratedHint}</title>}
      {/* 32 px across: a 24 px target on screen at the readable zoom (fitMap.ts). */}
      <circle className="jc-point__hit" r={HIT_RADIUS} />
      <PointDot x={0} y={0} emotion={emotion} paint={CSS_PAINT} radius={selected ? SELECTED_POINT_RADIUS : POINT_RADIUS} ring={selected ? SELECTED_RING : undefined} />
      {dragging && <DragReadout emotion={emotion} />}
    </g>
  );
});

/** While a point is dragged, its value beside it (and so beside the pointer): "+2.5". Drag frames rewrite it (emotionDragPaint.ts). */
function DragReadout({ emotion }: { emotion: number }) {
  const { text, type, width, height, textX, transform } = readoutGeometry(emotion);
  return (
    <g className="jc-point__readout" transform={transform} aria-hidden="true">
      <rect width={width} height={height} rx={height / 2} fill={CSS_PAINT.text} />
      <text x={textX} y={height / 2 + type.size * 0.35} textAnchor="middle" fontSize={type.size} fontWeight={type.weight} fill={CSS_PAINT.surface}>
        {text}
      </text>
    </g>
  );
}

/** On an outline, markers are drawn at this fraction of their size at zoom 1, on screen. */
const OUTLINE_MARKER_SIZE = 0.85;

/** The last drawing of the curve: the next one recomputes only the runs next to moved points. */
interface RunsMemory {
  last: PreviousRuns | null;
}

function runsWithMemory(memory: RunsMemory, points: readonly CurvePoint[], zeroY: number): CurveRun[] {
  const size = curveRunSize(points.length);
  const runs = emotionCurveRuns(points, zeroY, size, memory.last ?? undefined);
  memory.last = { points, zeroY, size, runs };
  return runs;
}

/** Runs re-render only when their own path data changes (an edit bends two or three of them). */
const MemoRunArea = memo(RunArea);
const MemoRunCurve = memo(RunCurve);
const CURVE_STYLE: CurveStyle = { stroke: CSS_PAINT.curve };
const SELECTED_RING = { color: CSS_PAINT.accent, width: 3 };

/** Stable ref callbacks per run (by its first point), collecting the mounted runs' elements for drag frames. */
class RunRefs {
  readonly elements = new Map<number, RunElements>();
  private readonly callbacks = new Map<number, { area: (element: SVGGElement | null) => void; curve: (element: SVGPathElement | null) => void }>();

  of(from: number) {
    let callbacks = this.callbacks.get(from);
    if (!callbacks) {
      const set = (part: keyof RunElements, element: SVGGElement | SVGPathElement | null) => {
        const entry = this.elements.get(from) ?? {};
        (entry as Record<string, Element | null>)[part] = element;
        if (entry.area || entry.curve) this.elements.set(from, entry);
        else this.elements.delete(from);
      };
      callbacks = { area: (element) => set('area', element), curve: (element) => set('curve', element) };
      this.callbacks.set(from, callbacks);
    }
    return callbacks;
  }
}

/** The moment markers; during an emotion drag, where the drag has moved them (re-rendered only when they move). */
function DragAwareMarkers({ painter, layout, messages, title, scale }: { painter: EmotionDragPainter; layout: JourneyLayout; messages: JourneyMessages; title: (id: string) => string; scale: number }) {
  const live = useStore(painter.markers, (state) => state.layout);
  return <MomentMarkers layout={live ?? layout} paint={CSS_PAINT} messages={messages} title={title} scale={scale} />;
}

function titleOf(touchpoint: Touchpoint | undefined, messages: JourneyMessages): string {
  if (!touchpoint || touchpoint.title.trim() === '') return messages['common.untitled'];
  return touchpoint.title;
}

export function EmotionLayer() {
  const { derivation, emotionDrag } = useCanvasApi();
  const document = useJourneyStore(selectDocument);
  // While a point is dragged, its frames are drawn by `painter` (emotionDragPaint.ts), not by
  // renders: this component renders the document's layout and re-renders only when a drag starts
  // and ends (the readout comes and goes).
  const draggingId = useStore(emotionDrag, selectDraggingPointId);
  const layout = useCanvasLayout();
  const messages = useMessages();
  const clipId = `jc-clip-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const clips = useMemo(() => ({ above: `${clipId}-above`, below: `${clipId}-below` }), [clipId]);
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
  // The room's spread under the curve: the bands near the view (all of them on a short journey).
  const bands = lane?.bands;
  const shownBands = useMemo(() => {
    if (!bands || bands.length === 0 || outline) return [];
    if (!inView || !points) return bands;
    const left = points[inView.from]?.x ?? Infinity;
    const right = points[inView.to - 1]?.x ?? -Infinity;
    const from = lowerBound(bands, 0, bands.length, (band) => band.x < left);
    return bands.slice(from, lowerBound(bands, from, bands.length, (band) => band.x <= right));
  }, [bands, inView, points, outline]);
  const ratingsOf = useMemo(() => new Map((bands ?? []).map((band) => [band.touchpointId, band.n])), [bands]);
  const shownRuns = useMemo(() => {
    if (!inView) return runs;
    // The runs reaching into the range, and the segment on each side of it.
    const start = lowerBound(runs, 0, runs.length, (run) => run.to < inView.from - 1);
    return runs.slice(start, lowerBound(runs, start, runs.length, (run) => run.from <= inView.to));
  }, [runs, inView]);
  const [painter] = useState(() => new EmotionDragPainter());
  const [runRefs] = useState(() => new RunRefs());
  const svgRef = useRef<SVGSVGElement>(null);
  const drawn = useRef<DrawnLane | null>(null);
  // After every render: what a drag frame draws over, and the drag (if any) drawn over it again.
  useLayoutEffect(() => {
    drawn.current = { layout, document, svg: svgRef.current, runs: runRefs.elements, runsDrawn: runsMemory.last, markerScale, messages, title };
    painter.paint(emotionDrag.getState().drag, drawn.current, true);
  });
  // Each drag frame (and the drop, or Escape) as it happens, without a render.
  const onDragChange = useCallback(
    (state: { drag: EmotionDrag | null }) => {
      if (drawn.current) painter.paint(state.drag, drawn.current, false);
    },
    [painter],
  );
  useLayoutEffect(() => emotionDrag.subscribe(onDragChange), [emotionDrag, onDragChange]);
  if (!lane) return null;
  const { width, height } = layout.bounds;

  return (
    <ViewportPortal>
      <svg ref={svgRef} className={`jc-emotion${outline ? ' jc-emotion--outline' : ''}`} width={width} height={height} style={{ position: 'absolute', left: 0, top: 0, overflow: 'visible' }}>
        <ZeroClipPaths lane={lane} clips={clips} />
        <g aria-hidden="true">
          {shownRuns.map((run) => (
            <MemoRunArea key={run.from} run={run} paint={CSS_PAINT} clips={clips} groupRef={runRefs.of(run.from).area} />
          ))}
          <ZeroLine lane={lane} paint={CSS_PAINT} />
        </g>
        <RatingBands bands={shownBands} paint={CSS_PAINT} messages={messages} title={title} />
        <g aria-hidden="true">
          {shownRuns.map((run) => (
            <MemoRunCurve key={run.from} run={run} style={CURVE_STYLE} pathRef={runRefs.of(run.from).curve} />
          ))}
        </g>
        <DragAwareMarkers painter={painter} layout={layout} messages={messages} title={title} scale={markerScale} />
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
              dragging={draggingId === point.touchpointId}
              ratings={ratingsOf.get(point.touchpointId) ?? 0}
              onPointerDown={onPointerDown}
            />
          ))}
        </g>
      </svg>
    </ViewportPortal>
  );
}

