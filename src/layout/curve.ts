/**
 * The emotion curve as SVG path data, drawn with d3-shape's monotone curve so it passes through
 * every point and never overshoots one (a bump the customer never felt would be a lie).
 */
import { area, curveMonotoneX, line } from 'd3-shape';

export interface CurvePoint {
  x: number;
  y: number;
}

const curveLine = line<CurvePoint>()
  .x((point) => point.x)
  .y((point) => point.y)
  .curve(curveMonotoneX);

/** The curve through `points` (in journey order, x increasing); '' with no points. */
export function emotionCurvePath(points: readonly CurvePoint[]): string {
  if (points.length === 0) return '';
  return curveLine(points as CurvePoint[]) ?? '';
}

/**
 * The area between the curve and the zero line. Drawn twice, clipped above and below zero,
 * it tints the positive and negative parts of the journey differently.
 */
export function emotionAreaPath(points: readonly CurvePoint[], zeroY: number): string {
  if (points.length === 0) return '';
  const shape = area<CurvePoint>()
    .x((point) => point.x)
    .y0(zeroY)
    .y1((point) => point.y)
    .curve(curveMonotoneX);
  return shape(points as CurvePoint[]) ?? '';
}

/** One piece of the curve: the segments from point `from` to point `to` (indices, `to` > `from`). */
export interface CurveRun {
  from: number;
  to: number;
  /** The curve through points from..to, exactly as those segments of `emotionCurvePath`. */
  curve: string;
  /** The area between those segments and the zero line. */
  area: string;
}

type Segment = { kind: 'L'; x: number; y: number } | { kind: 'C'; values: [number, number, number, number, number, number] };

/** Records what d3 draws, segment by segment, instead of writing one path string. */
function segmentsOf(points: readonly CurvePoint[]): Segment[] {
  const segments: Segment[] = [];
  const recorder = {
    moveTo() {},
    closePath() {},
    lineTo(x: number, y: number) {
      segments.push({ kind: 'L', x, y });
    },
    bezierCurveTo(x1: number, y1: number, x2: number, y2: number, x: number, y: number) {
      segments.push({ kind: 'C', values: [x1, y1, x2, y2, x, y] });
    },
  };
  // A context (not a string): d3 calls it once per segment, in order.
  line<CurvePoint>()
    .x((point) => point.x)
    .y((point) => point.y)
    .curve(curveMonotoneX)
    .context(recorder as unknown as CanvasRenderingContext2D)(points as CurvePoint[]);
  return segments;
}

/** Numbers written as d3-shape writes them (three decimals), so the runs match its path exactly. */
const round = (value: number): number => Math.round(value * 1000) / 1000;

function segmentPath(segment: Segment): string {
  return segment.kind === 'L' ? `L${round(segment.x)},${round(segment.y)}` : `C${segment.values.map(round).join(',')}`;
}

/**
 * The curve cut into runs of `size` segments, so a change to one point redraws only the runs it
 * touches (a point's move bends the two segments on each side of it), not a path across the
 * whole journey. Together the runs draw exactly `emotionCurvePath` and the area under it.
 * Given the `previous` call, only the runs next to points that moved are computed again (a point
 * counts as unmoved when it is the same object, as `relayoutEmotions` keeps them, or has the same
 * x and y, as after a full layout in which a card moved and most others stayed).
 */
export function emotionCurveRuns(points: readonly CurvePoint[], zeroY: number, size: number, previous?: PreviousRuns): CurveRun[] {
  const first = points[0];
  if (!first) return [];
  if (points.length === 1) return [{ from: 0, to: 0, curve: `M${round(first.x)},${round(first.y)}Z`, area: '' }];
  const reusable = previous && previous.points.length === points.length && previous.zeroY === zeroY && previous.size === size ? previous : null;
  // Without a previous drawing, every segment at once (one pass of d3 over all points).
  const all = reusable ? null : segmentsOf(points);
  const runs: CurveRun[] = [];
  for (let from = 0; from < points.length - 1; from += size) {
    const to = Math.min(points.length - 1, from + size);
    const old = reusable?.runs[runs.length];
    if (old && old.from === from && old.to === to && samePlaces(points, reusable.points, from - 1, to + 1)) {
      runs.push(old);
      continue;
    }
    let segments: Segment[];
    let offset: number;
    if (all) {
      segments = all;
      offset = 0;
    } else {
      // The run's segments need the tangents at from..to, which read one point beyond each end.
      const sliceStart = Math.max(0, from - 1);
      segments = segmentsOf(points.slice(sliceStart, Math.min(points.length, to + 2)));
      offset = -sliceStart;
    }
    const start = points[from] as CurvePoint;
    const end = points[to] as CurvePoint;
    let body = '';
    for (let i = from; i < to; i++) body += segmentPath(segments[i + offset] as Segment);
    const [sx, sy, ex, zero] = [round(start.x), round(start.y), round(end.x), round(zeroY)];
    runs.push({ from, to, curve: `M${sx},${sy}${body}`, area: `M${sx},${zero}L${sx},${sy}${body}L${ex},${zero}Z` });
  }
  return runs;
}

/** A previous call's input and output: runs whose points are where they were are reused as they are. */
export interface PreviousRuns {
  points: readonly CurvePoint[];
  zeroY: number;
  size: number;
  runs: CurveRun[];
}

function samePlaces(a: readonly CurvePoint[], b: readonly CurvePoint[], from: number, to: number): boolean {
  for (let i = Math.max(0, from); i <= Math.min(a.length - 1, to); i++) {
    const p = a[i] as CurvePoint;
    const q = b[i] as CurvePoint;
    if (p !== q && (p.x !== q.x || p.y !== q.y)) return false;
  }
  return true;
}
