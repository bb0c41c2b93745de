import { parseJourney } from 'journey-canvas/model';
import type { JourneyDocument } from 'journey-canvas/model';
import sampleJson from './sample-journey.json';

/** The sample journey, loaded the one way documents come in: through parseJourney. */
export function sampleJourney(): JourneyDocument {
  const result = parseJourney(sampleJson);
  if (!result.ok) {
    const first = result.errors[0];
    throw new Error(`sample-journey.json is invalid at "${first?.path}": ${first?.message}`);
  }
  return result.document;
}
