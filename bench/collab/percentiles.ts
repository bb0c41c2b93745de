/** Percentiles of the collab benchmarks' timings (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] as number;
}

export const median = (values: readonly number[]) => percentile(values, 0.5);

/** "p50 12 ms, p95 40 ms, p99 80 ms, max 95 ms (n = 3,600)". */
export function describePercentiles(values: readonly number[]): string {
  if (values.length === 0) return 'none measured';
  const ms = (p: number) => `${percentile(values, p).toFixed(0)} ms`;
  return `p50 ${ms(0.5)}, p95 ${ms(0.95)}, p99 ${ms(0.99)}, max ${ms(1)} (n = ${values.length.toLocaleString('en-US')})`;
}
