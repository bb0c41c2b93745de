/**
 * The known properties of each object of the format, in writing order: taken from the one
 * definition (`format.ts`), where the order fields are listed is the order files are written
 * (then unknown properties, in the order they came), so a saved journey diffs cleanly in version
 * control whatever order the editor built it in.
 */
import { DOCUMENT, EVIDENCE, METRICS, PARTICIPANT, PERSONA, RATING, STAGE, TOUCHPOINT } from './format';

export { orderedKeys } from './shape';

export const DOCUMENT_KEYS = DOCUMENT.keys;
export const PERSONA_KEYS = PERSONA.keys;
export const STAGE_KEYS = STAGE.keys;
export const TOUCHPOINT_KEYS = TOUCHPOINT.keys;
export const METRICS_KEYS = METRICS.keys;

export const DOCUMENT_KEY_SET = DOCUMENT.keySet;
export const PERSONA_KEY_SET = PERSONA.keySet;
export const STAGE_KEY_SET = STAGE.keySet;
export const TOUCHPOINT_KEY_SET = TOUCHPOINT.keySet;
export const METRICS_KEY_SET = METRICS.keySet;

export const PARTICIPANT_KEYS = PARTICIPANT.keys;
export const RATING_KEYS = RATING.keys;
export const EVIDENCE_KEYS = EVIDENCE.keys;
export const PARTICIPANT_KEY_SET = PARTICIPANT.keySet;
export const RATING_KEY_SET = RATING.keySet;
export const EVIDENCE_KEY_SET = EVIDENCE.keySet;
