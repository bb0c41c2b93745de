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
