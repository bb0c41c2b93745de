/**
 * A layout drawn for part of a journey (a detail slide's run of stages, the compare view's shared
 * grid) marked with the moments and stage figures of the journey it stands for.
 */
import type { JourneyLayout, MomentLayout } from '../../layout';
import type { JourneyAnalysis, JourneyMoment } from '../../model';

/** The layout of a part of the journey, with the whole journey's stage figures and moments. */
export function withWholeJourney(layout: JourneyLayout, analysis: JourneyAnalysis): JourneyLayout {
  const lane = layout.emotion;
  const at = (moment: JourneyMoment | null): MomentLayout | null => {
    if (!moment || !lane) return null;
    const point = lane.points.find((candidate) => candidate.touchpointId === moment.touchpointId);
    return point ? { ...point, moment } : null;
  };
  return {
    ...layout,
    analysis: { ...layout.analysis, stages: analysis.stages },
    moments: { peak: at(analysis.peak), end: at(analysis.end), best: at(analysis.best), worst: at(analysis.worst) },
  };
}

