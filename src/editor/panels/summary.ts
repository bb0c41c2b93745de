/** The plain-language reading of a journey's peak-end analysis, as the summary panel shows it. */
import type { JourneyAnalysis, JourneyDocument } from '../../model';

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

/** A touchpoint the room disagrees on, as the summary lists it. */
export interface DisagreementRow {
  touchpointId: string;
  title: string;
  n: number;
  sd: number;
}

/** The analysis's disagreements (sd descending, as it orders them) with their titles, n and sd. */
export function disagreementRows(document: JourneyDocument, analysis: JourneyAnalysis): DisagreementRow[] {
  const stats = new Map(analysis.ratings.touchpoints.map((entry) => [entry.touchpointId, entry]));
  const titles = new Map(document.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint.title]));
  return analysis.ratings.disagreements.flatMap((id) => {
    const entry = stats.get(id);
    return entry ? [{ touchpointId: id, title: titles.get(id) ?? '', n: entry.n, sd: entry.sd }] : [];
  });
}

/** How each participant will likely remember the journey (their own peak-end score), and the spread of those scores. */
export interface RememberedSpread {
  min: number;
  max: number;
  /** In the document's participants order. */
  scores: { by: string; name: string; score: number }[];
}

/** null when no participant has a remembered score (no ratings). */
export function rememberedSpread(document: JourneyDocument, analysis: JourneyAnalysis): RememberedSpread | null {
  const names = new Map((document.participants ?? []).map((participant) => [participant.id, participant.name?.trim() || participant.id]));
  const scores = analysis.ratings.participants.flatMap((entry) =>
    entry.peakEndScore === null || entry.peakEndScore === undefined ? [] : [{ by: entry.by, name: names.get(entry.by) ?? entry.by, score: entry.peakEndScore }],
  );
  if (scores.length === 0) return null;
  const values = scores.map((entry) => entry.score);
  return { min: Math.min(...values), max: Math.max(...values), scores };
}
