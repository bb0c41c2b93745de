/**
 * The layout after an edit that changed only emotions (an emotion drag, Up/Down on a card):
 * emotions move points on the curve and nothing else — no card, column, lane or chip moves — so
 * the previous layout's geometry is kept (the same objects) and only the emotion points, the
 * moments and the analysis are computed again. Deep-equal to `layoutJourney` of the new
 * document, in a fraction of its time on a large map.
 */
import { analyzeJourney } from '../model';
import type { JourneyDocument, JourneyMoment, Touchpoint } from '../model';
import { emotionToY } from './emotion';
import type { EmotionPointLayout, JourneyLayout, MomentLayout } from './types';

/** True when `a` and `b` differ in nothing but `emotion` (same keys, same values by identity). */
function sameButEmotion(a: Touchpoint, b: Touchpoint): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (key !== 'emotion' && (a as unknown as Record<string, unknown>)[key] !== (b as unknown as Record<string, unknown>)[key]) return false;
  }
  return true;
}

/**
 * `previous` is the layout of `before` (with the same options). Returns the layout of `after`,
 * or null when `after` differs from `before` in more than touchpoint emotions (then lay out
 * again with `layoutJourney`).
 */
export function relayoutEmotions(previous: JourneyLayout, before: JourneyDocument, after: JourneyDocument): JourneyLayout | null {
  if (before.stages !== after.stages || before.touchpoints.length !== after.touchpoints.length) return null;
  const changed = new Map<string, number>();
  for (let i = 0; i < after.touchpoints.length; i++) {
    const a = before.touchpoints[i] as Touchpoint;
    const b = after.touchpoints[i] as Touchpoint;
    if (a === b) continue;
    if (a.id !== b.id || !sameButEmotion(a, b)) return null;
    if (a.emotion !== b.emotion) changed.set(b.id, b.emotion);
  }
  const analysis = analyzeJourney(after);
  let emotion = previous.emotion;
  if (emotion && changed.size > 0) {
    const scale = emotion;
    const points = emotion.points.map((point): EmotionPointLayout => {
      const value = changed.get(point.touchpointId);
      return value === undefined ? point : { ...point, y: emotionToY(value, scale), emotion: value };
    });
    emotion = { ...emotion, points };
  }
  const lane = emotion;
  const momentAt = (moment: JourneyMoment | null): MomentLayout | null => {
    if (!moment || !lane) return null;
    const point = lane.points[moment.index];
    return point ? { ...point, moment } : null;
  };
  return {
    ...previous,
    emotion,
    moments: { peak: momentAt(analysis.peak), end: momentAt(analysis.end), best: momentAt(analysis.best), worst: momentAt(analysis.worst) },
    analysis,
  };
}
