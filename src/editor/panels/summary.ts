/** The plain-language reading of a journey's peak-end analysis, as the summary panel shows it. */
import type { JourneyAnalysis } from '../../model';

/** Below this gap (in emotion points) remembered and experienced count as the same. */
export const SAME_EXPERIENCE_THRESHOLD = 0.25;

export type Verdict = { kind: 'better' | 'worse'; difference: number } | { kind: 'same' } | null;

/** Remembered (peak-end score) against experienced (mean): better, worse, or about the same. */
export function verdictOf(analysis: JourneyAnalysis): Verdict {
  const { peakEndScore, mean } = analysis;
  if (peakEndScore === null || mean === null) return null;
  const difference = peakEndScore - mean;
  if (Math.abs(difference) < SAME_EXPERIENCE_THRESHOLD) return { kind: 'same' };
  return { kind: difference > 0 ? 'better' : 'worse', difference: Math.abs(difference) };
}

/** A score as the panel prints it: at most two decimals, no trailing zeros, a real minus sign. */
export function formatScore(value: number): string {
  // Half away from zero, so −0.875 and +0.875 print as mirror images (−0.88, +0.88).
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * 100)) / 100;
  const text = String(Math.abs(rounded));
  if (rounded > 0) return `+${text}`;
  if (rounded < 0) return `\u2212${text}`;
  return '0';
}
