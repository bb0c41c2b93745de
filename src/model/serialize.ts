/**
 * `serializeJourney`: the document as the text a host saves. Pretty (2 spaces), known properties
 * in the order of DESIGN.md, unknown ones after them in their original order, a final newline.
 */
import { isPlainObject, setOwn } from './json';
import type { JsonObject } from './json';
import {
  DOCUMENT_KEYS,
  DOCUMENT_KEY_SET,
  EVIDENCE_KEYS,
  EVIDENCE_KEY_SET,
  METRICS_KEYS,
  METRICS_KEY_SET,
  PARTICIPANT_KEYS,
  PARTICIPANT_KEY_SET,
  PERSONA_KEYS,
  PERSONA_KEY_SET,
  RATING_KEYS,
  RATING_KEY_SET,
  STAGE_KEYS,
  STAGE_KEY_SET,
  TOUCHPOINT_KEYS,
  TOUCHPOINT_KEY_SET,
  orderedKeys,
} from './keys';
import type { JourneyDocument } from './types';

/** A copy of `object` with its keys in writing order; `nested` reorders known child objects. */
function ordered(
  object: JsonObject,
  known: readonly string[],
  knownSet: ReadonlySet<string>,
  nested?: (key: string, value: unknown) => unknown,
): JsonObject {
  const out: JsonObject = {};
  for (const key of orderedKeys(object, known, knownSet)) {
    const value = object[key];
    setOwn(out, key, nested !== undefined && knownSet.has(key) ? nested(key, value) : value);
  }
  return out;
}

function rankOf(keys: readonly string[]): ReadonlyMap<string, number> {
  return new Map(keys.map((key, i) => [key, i]));
}

const TOUCHPOINT_RANK = rankOf(TOUCHPOINT_KEYS);
const METRICS_RANK = rankOf(METRICS_KEYS);
const STAGE_RANK = rankOf(STAGE_KEYS);
const RATING_RANK = rankOf(RATING_KEYS);
const EVIDENCE_RANK = rankOf(EVIDENCE_KEYS);
const PARTICIPANT_RANK = rankOf(PARTICIPANT_KEYS);

/**
 * Whether `object`'s keys already come in writing order: known keys in rank order, unknown keys
 * after them. Documents this library wrote or built usually do, and are then written as they
 * are instead of copied, which halves the time for large journeys.
 */
function inWritingOrder(object: JsonObject, rank: ReadonlyMap<string, number>): boolean {
  let last = -1;
  let unknownSeen = false;
  for (const key of Object.keys(object)) {
    const position = rank.get(key);
    if (position === undefined) {
      unknownSeen = true;
    } else {
      if (unknownSeen || position < last) return false;
      last = position;
    }
  }
  return true;
}

/** Whether every object of `items` (when it is an array) is in writing order. */
function listInWritingOrder(items: unknown, rank: ReadonlyMap<string, number>): boolean {
  if (!Array.isArray(items)) return true;
  for (const item of items) if (isPlainObject(item) && !inWritingOrder(item, rank)) return false;
  return true;
}

function orderList(items: unknown, known: readonly string[], knownSet: ReadonlySet<string>): unknown {
  return Array.isArray(items) ? items.map((item: unknown) => (isPlainObject(item) ? ordered(item, known, knownSet) : item)) : items;
}

function orderTouchpointChild(key: string, value: unknown): unknown {
  switch (key) {
    case 'metrics':
      return isPlainObject(value) ? ordered(value, METRICS_KEYS, METRICS_KEY_SET) : value;
    case 'ratings':
      return orderList(value, RATING_KEYS, RATING_KEY_SET);
    case 'evidence':
      return orderList(value, EVIDENCE_KEYS, EVIDENCE_KEY_SET);
    default:
      return value;
  }
}

function orderTouchpoint(touchpoint: unknown): unknown {
  if (!isPlainObject(touchpoint)) return touchpoint;
  const metrics = touchpoint.metrics;
  const metricsInOrder = !isPlainObject(metrics) || inWritingOrder(metrics, METRICS_RANK);
  if (
    metricsInOrder &&
    inWritingOrder(touchpoint, TOUCHPOINT_RANK) &&
    listInWritingOrder(touchpoint.ratings, RATING_RANK) &&
    listInWritingOrder(touchpoint.evidence, EVIDENCE_RANK)
  ) {
    return touchpoint;
  }
  return ordered(touchpoint, TOUCHPOINT_KEYS, TOUCHPOINT_KEY_SET, orderTouchpointChild);
}

function orderParticipant(participant: unknown): unknown {
  if (!isPlainObject(participant) || inWritingOrder(participant, PARTICIPANT_RANK)) return participant;
  return ordered(participant, PARTICIPANT_KEYS, PARTICIPANT_KEY_SET);
}

function orderStage(stage: unknown): unknown {
  if (!isPlainObject(stage) || inWritingOrder(stage, STAGE_RANK)) return stage;
  return ordered(stage, STAGE_KEYS, STAGE_KEY_SET);
}

function orderDocumentChild(key: string, value: unknown): unknown {
  switch (key) {
    case 'persona':
      return isPlainObject(value) ? ordered(value, PERSONA_KEYS, PERSONA_KEY_SET) : value;
    case 'participants':
      return Array.isArray(value) ? value.map(orderParticipant) : value;
    case 'stages':
      return Array.isArray(value) ? value.map(orderStage) : value;
    case 'touchpoints':
      return Array.isArray(value) ? value.map(orderTouchpoint) : value;
    default:
      return value;
  }
}

/**
 * The document as pretty JSON text with a stable key order and a trailing newline;
 * `parseJourney(serializeJourney(d))` gives back a document equal to `d`.
 */
export function serializeJourney(document: JourneyDocument): string {
  const root = ordered(document, DOCUMENT_KEYS, DOCUMENT_KEY_SET, orderDocumentChild);
  return `${JSON.stringify(root, null, 2)}\n`;
}
