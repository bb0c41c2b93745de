/**
 * Lookups that components run inside store selectors, computed once per document version (the
 * store never mutates a document, so the object is the version) and shared by every component
 * that asks: a card finds its touchpoint, a stage header its count and mean, in O(1).
 */
import { analyzeJourney } from '../../model';
import type { JourneyAnalysis, JourneyDocument, Touchpoint } from '../../model';

const touchpointMaps = new WeakMap<readonly Touchpoint[], Map<string, Touchpoint>>();
const analyses = new WeakMap<JourneyDocument, JourneyAnalysis>();

export function touchpointById(document: JourneyDocument, id: string): Touchpoint | undefined {
  let map = touchpointMaps.get(document.touchpoints);
  if (!map) {
    map = new Map(document.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint]));
    touchpointMaps.set(document.touchpoints, map);
  }
  return map.get(id);
}

export function analysisOf(document: JourneyDocument): JourneyAnalysis {
  let analysis = analyses.get(document);
  if (!analysis) {
    analysis = analyzeJourney(document);
    analyses.set(document, analysis);
  }
  return analysis;
}
