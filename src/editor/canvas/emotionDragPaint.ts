/**
 * An emotion drag's frames, drawn without a React render. Each frame computes the map's emotion
 * lane at the dragged value with the same pure functions as a render (relayoutEmotions, the
 * curve's runs, placeMoments) and writes what changed straight to the elements the emotion layer
 * rendered: the bent runs of the curve and its tints, the dragged point (place, colour, value)
 * and its readout, the moment markers (place, label, colour). When a moment passes to another
 * touchpoint, the markers' group alone re-renders, once. At the drop or on Escape every write is undone (directWrites.ts) and React draws the
 * settled map from the document, which the drop changed once.
 *
 * Why: a drag frame that re-renders the emotion layer overruns the frame on a small, busy
 * machine; writing a few attributes does not (bench/editor, the emotion drag against bare
 * React Flow's node drag).
 */
import { createStore } from 'zustand/vanilla';
import { emotionCurveRuns, emotionTone, placeMoments, TYPE, measureText, toneColor } from '../../layout';
import type { CurveRun, EmotionLaneLayout, JourneyLayout, PreviousRuns } from '../../layout';
import type { JourneyDocument } from '../../model';
import { formatEmotion } from '../../i18n';
import type { JourneyMessages } from '../../i18n';
import { momentMarkerDrawing } from '../../picture/EmotionLane';
import { CSS_PAINT } from '../../picture/paint';
import { DirectWrites } from './directWrites';
import { layoutWithEmotionDrag } from './emotionDrag';
import type { EmotionDrag } from './emotionDrag';

/**
 * Long curves are drawn as runs of this many segments: a drag frame rewrites the two or three
 * short runs it bends, not one path across the whole journey. Below RUNS_FROM points the curve
 * stays one path.
 */
const RUN_SIZE = 8;
const RUNS_FROM = 16;

export function curveRunSize(points: number): number {
  return points < RUNS_FROM ? Math.max(1, points - 1) : RUN_SIZE;
}

/** The point's hit circle; the readout sits just outside it. */
export const HIT_RADIUS = 16;

/** The drag readout beside the point ("+2.5"): drawn by EmotionLayer, rewritten by drag frames. */
export function readoutGeometry(emotion: number) {
  const text = formatEmotion(emotion);
  const type = TYPE.badge;
  const width = Math.ceil(measureText(text, type)) + 16;
  const height = type.lineHeight + 4;
  return { text, type, width, height, textX: width / 2, transform: `translate(${HIT_RADIUS + 4} ${-height / 2})` };
}

/** A point's transform, as EmotionLayer renders it. */
export const pointTransform = (x: number, y: number) => `translate(${x} ${y})`;

/** The elements of one mounted run of the curve. */
export interface RunElements {
  area?: SVGGElement | null;
  curve?: SVGPathElement | null;
}

/** What the emotion layer rendered last, which a drag frame draws over. */
export interface DrawnLane {
  layout: JourneyLayout;
  document: JourneyDocument;
  svg: SVGSVGElement | null;
  runs: ReadonlyMap<number, RunElements>;
  /** The runs as rendered (their memory), so the frame recomputes only the bent ones. */
  runsDrawn: PreviousRuns | null;
  markerScale: number;
  messages: JourneyMessages;
  title: (touchpointId: string) => string;
}

/** The markers' lane and moments while a drag moves them; null: as rendered. */
export interface LiveMarkers {
  layout: Pick<JourneyLayout, 'emotion' | 'moments'> | null;
}

type Markers = NonNullable<LiveMarkers['layout']>;

/** Which markers there are, on which touchpoints, on which side: a frame that keeps these moves the markers in place. */
function markerStructure(markers: Markers, scale: number): string {
  const lane = markers.emotion;
  if (!lane) return '';
  return placeMoments(lane, markers.moments, scale)
    .map(({ kind, moment, side, loud }) => `${kind} ${moment.touchpointId} ${side} ${loud}`)
    .join(';');
}

export class EmotionDragPainter {
  readonly markers = createStore<LiveMarkers>(() => ({ layout: null }));
  private readonly writes = new DirectWrites();
  /** Writes to the markers, kept apart: undone before React re-renders the markers' group. */
  private readonly markerWrites = new DirectWrites();
  private frameRuns: PreviousRuns | null = null;
  /** The structure of the markers as React last drew them. */
  private drawnMarkers: string | null = null;
  private point: Element | null = null;

  /**
   * Draws `drag` over what was rendered (`all`: check every mounted run, as after a render;
   * otherwise only runs that changed since the last frame), or with no drag, takes the drawing back.
   */
  paint(drag: EmotionDrag | null, drawn: DrawnLane, all: boolean): void {
    if (!drag) {
      this.end();
      return;
    }
    const layout = layoutWithEmotionDrag(drawn.layout, drawn.document, drag);
    const lane = layout.emotion;
    if (!lane || !drawn.layout.emotion) return;
    this.paintRuns(lane, drawn, all);
    this.paintPoint(lane, drag, drawn.svg);
    this.paintMarkers({ emotion: lane, moments: layout.moments }, drawn, all);
  }

  /**
   * The markers move in place while the same moments stay on the same touchpoints; when a moment
   * passes to another touchpoint (or a marker comes or goes), their group re-renders, once.
   */
  private paintMarkers(markers: Markers, drawn: DrawnLane, all: boolean): void {
    const scale = drawn.markerScale;
    if (all || this.drawnMarkers === null) this.drawnMarkers = markerStructure(this.markers.getState().layout ?? drawn.layout, scale);
    const structure = markerStructure(markers, scale);
    if (structure !== this.drawnMarkers) {
      this.markerWrites.undo();
      this.drawnMarkers = structure;
      this.markers.setState({ layout: markers });
      return;
    }
    const lane = markers.emotion;
    const group = drawn.svg?.querySelector('.jc-markers');
    if (!lane || !group) return;
    const writes = this.markerWrites;
    for (const item of placeMoments(lane, markers.moments, scale)) {
      const element = group.querySelector(`[data-moment="${item.kind}"]`);
      if (!element) continue;
      const { transform, ariaLabel, ring, stem, pill, text } = momentMarkerDrawing(item, lane, CSS_PAINT, drawn.messages, drawn.title(item.moment.touchpointId), scale);
      writes.attribute(element, 'transform', transform);
      writes.attribute(element, 'aria-label', ariaLabel);
      const [ringElement, stemElement, pillElement, textElement] = [
        element.querySelector('.jc-marker__ring'),
        element.querySelector('.jc-marker__stem'),
        element.querySelector('.jc-marker__pill'),
        element.querySelector('.jc-marker__text'),
      ];
      if (ringElement) writes.attribute(ringElement, 'stroke', ring.stroke);
      if (stemElement) {
        writes.attribute(stemElement, 'y1', String(stem.y1));
        writes.attribute(stemElement, 'y2', String(stem.y2));
        writes.attribute(stemElement, 'stroke', stem.stroke);
      }
      if (pillElement) {
        writes.attribute(pillElement, 'x', String(pill.x));
        writes.attribute(pillElement, 'y', String(pill.y));
        writes.attribute(pillElement, 'width', String(pill.width));
        writes.attribute(pillElement, 'fill', pill.fill);
      }
      if (textElement) {
        writes.attribute(textElement, 'x', String(text.x));
        writes.attribute(textElement, 'y', String(text.y));
        writes.attribute(textElement, 'fill', text.fill);
        writes.text(textElement, text.label);
      }
    }
  }

  private paintRuns(lane: EmotionLaneLayout, drawn: DrawnLane, all: boolean): void {
    const size = curveRunSize(lane.points.length);
    const before = this.frameRuns ?? drawn.runsDrawn ?? undefined;
    const runs = emotionCurveRuns(lane.points, lane.zeroY, size, before);
    this.frameRuns = { points: lane.points, zeroY: lane.zeroY, size, runs };
    const previous = before?.size === size ? before.runs : undefined;
    for (const [from, elements] of drawn.runs) {
      const index = from / size;
      const run = runs[index] as CurveRun | undefined;
      if (!run || run.from !== from || (!all && previous?.[index] === run)) continue;
      if (elements.curve) this.writes.attribute(elements.curve, 'd', run.curve);
      if (elements.area) for (const path of elements.area.children) this.writes.attribute(path, 'd', run.area);
    }
  }

  private paintPoint(lane: EmotionLaneLayout, drag: EmotionDrag, svg: SVGSVGElement | null): void {
    const point = lane.points.find((candidate) => candidate.touchpointId === drag.touchpointId);
    if (!point || !svg) return;
    if (!this.point?.isConnected) {
      this.point = null;
      for (const element of svg.querySelectorAll('[data-jc-point]')) {
        if (element.getAttribute('data-jc-point') === drag.touchpointId) this.point = element;
      }
    }
    const element = this.point;
    if (!element) return;
    const { emotion } = drag;
    const writes = this.writes;
    writes.attribute(element, 'transform', pointTransform(point.x, point.y));
    writes.attribute(element, 'aria-valuenow', String(emotion));
    writes.attribute(element, 'aria-valuetext', formatEmotion(emotion));
    const className = element.getAttribute('class') ?? '';
    writes.attribute(element, 'class', className.replace(/\bjc-point--(positive|negative|neutral)\b/, `jc-point--${emotionTone(emotion)}`));
    const dot = element.querySelector('.jc-point__dot');
    if (dot) writes.attribute(dot, 'fill', toneColor(CSS_PAINT, emotion));
    const readout = element.querySelector('.jc-point__readout');
    if (readout) {
      const geometry = readoutGeometry(emotion);
      writes.attribute(readout, 'transform', geometry.transform);
      const rect = readout.querySelector('rect');
      if (rect) writes.attribute(rect, 'width', String(geometry.width));
      const text = readout.querySelector('text');
      if (text) {
        writes.attribute(text, 'x', String(geometry.textX));
        writes.text(text, geometry.text);
      }
    }
  }

  private end(): void {
    if (!this.writes.empty) this.writes.undo();
    if (!this.markerWrites.empty) this.markerWrites.undo();
    this.frameRuns = null;
    this.drawnMarkers = null;
    this.point = null;
    if (this.markers.getState().layout) this.markers.setState({ layout: null });
  }
}
