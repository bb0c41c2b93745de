/**
 * The editor draws a long curve as runs of a few segments, so dragging one point redraws only
 * the runs it bends. The runs must draw exactly the curve the export draws in one path.
 */
import fc from 'fast-check';
import { emotionCurvePath, emotionCurveRuns } from '../../src/layout';
import type { CurvePoint } from '../../src/layout';

/** Points in journey order: x strictly increasing, y anywhere on the lane. */
const arbitraryPoints = fc
  .array(fc.tuple(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 200 })), { minLength: 2, maxLength: 60 })
  .map((steps) => {
    let x = 0;
    return steps.map(([dx, y]): CurvePoint => ({ x: (x += dx), y }));
  });

describe('emotionCurveRuns', () => {
  it('joins into exactly the one-path curve, for any run size', () => {
    fc.assert(
      fc.property(arbitraryPoints, fc.integer({ min: 1, max: 9 }), (points, size) => {
        const runs = emotionCurveRuns(points, 100, size);
        const joined = runs.map((run, i) => (i === 0 ? run.curve : run.curve.replace(/^M[^LC]*/, ''))).join('');
        expect(joined).toBe(emotionCurvePath(points));
      }),
    );
  });

  it('covers every segment once, each run at most `size` long, ending where the next begins', () => {
    fc.assert(
      fc.property(arbitraryPoints, fc.integer({ min: 1, max: 9 }), (points, size) => {
        const runs = emotionCurveRuns(points, 100, size);
        expect(runs[0]?.from).toBe(0);
        expect(runs[runs.length - 1]?.to).toBe(points.length - 1);
        runs.forEach((run, i) => {
          expect(run.to - run.from).toBeGreaterThan(0);
          expect(run.to - run.from).toBeLessThanOrEqual(size);
          if (i > 0) expect(run.from).toBe(runs[i - 1]?.to);
        });
      }),
    );
  });

  it('closes each area run on the zero line under its own ends', () => {
    const points = [
      { x: 0, y: 10 },
      { x: 100, y: 50 },
      { x: 200, y: 20 },
    ];
    const [first, second] = emotionCurveRuns(points, 120, 1);
    expect(first?.area.startsWith('M0,120L0,10C')).toBe(true);
    expect(first?.area.endsWith('L100,120Z')).toBe(true);
    expect(second?.area.startsWith('M100,120L100,50C')).toBe(true);
  });

  it('changes only the runs next to a moved point', () => {
    const points = Array.from({ length: 40 }, (_, i) => ({ x: i * 100, y: (i * 37) % 90 }));
    const moved = points.map((point, i) => (i === 20 ? { ...point, y: point.y + 40 } : point));
    const before = emotionCurveRuns(points, 100, 4);
    const after = emotionCurveRuns(moved, 100, 4);
    const changed = after.filter((run, i) => run.curve !== before[i]?.curve).map((run) => `${run.from}-${run.to}`);
    // Point 20 bends segments 18..21 (the tangents at 19, 20 and 21 depend on it).
    expect(changed).toEqual(['16-20', '20-24']);
  });
});

describe('emotionCurveRuns from a previous drawing', () => {
  it('equals a fresh drawing after any changes, reusing the runs whose points are unchanged', () => {
    fc.assert(
      fc.property(
        arbitraryPoints,
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 200 })), { maxLength: 4 }),
        (points, size, edits) => {
          const before = emotionCurveRuns(points, 100, size);
          const moved = [...points];
          for (const [pick, y] of edits) {
            const index = pick % moved.length;
            moved[index] = { ...(moved[index] as CurvePoint), y };
          }
          const after = emotionCurveRuns(moved, 100, size, { points, zeroY: 100, size, runs: before });
          expect(after).toEqual(emotionCurveRuns(moved, 100, size));
          after.forEach((run, i) => {
            const untouched = moved.slice(Math.max(0, run.from - 1), run.to + 2).every((point, k) => point === points[Math.max(0, run.from - 1) + k]);
            if (untouched) expect(run).toBe(before[i]);
          });
        },
      ),
    );
  });

  it('reuses the runs whose points are where they were, even as new objects (a full layout after a card moved)', () => {
    fc.assert(
      fc.property(
        arbitraryPoints,
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: -20, max: 20 }), fc.integer({ min: 0, max: 200 })), { maxLength: 3 }),
        (points, size, edits) => {
          const before = emotionCurveRuns(points, 100, size);
          // Every point a new object, as layoutJourney makes them; a few moved in x and y.
          const relaid = points.map((point) => ({ ...point }));
          for (const [pick, dx, y] of edits) {
            const index = pick % relaid.length;
            const point = relaid[index] as CurvePoint;
            relaid[index] = { ...point, x: point.x + dx * 0.01, y };
          }
          const after = emotionCurveRuns(relaid, 100, size, { points, zeroY: 100, size, runs: before });
          expect(after).toEqual(emotionCurveRuns(relaid, 100, size));
          after.forEach((run, i) => {
            const start = Math.max(0, run.from - 1);
            const unmoved = relaid.slice(start, run.to + 2).every((point, k) => point.x === points[start + k]?.x && point.y === points[start + k]?.y);
            if (unmoved) expect(run).toBe(before[i]);
          });
        },
      ),
    );
  });
});
