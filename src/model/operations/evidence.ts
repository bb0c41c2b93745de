/**
 * Operations on what a touchpoint's reading rests on (format v2): quotes, observations, figures
 * and links, in the order the team lists them. Pure; the same document when nothing changes.
 */
import { describeValue, isPlainObject } from '../json';
import type { JsonObject } from '../json';
import { MAX_TOUCHPOINT_EVIDENCE } from '../limits';
import type { JourneyDocument, JourneyError, KnownEvidence, Touchpoint, TouchpointEvidence } from '../types';
import { checkEvidence } from '../validate';
import { checkPosition, insertAt, mergeChanges, readArgument, reject, rejectIfAny, removeAt, replaceAt, requireArgs, touchpointIndex } from './shared';

const CHECK = { checkUnknown: true };

/** `touchpoint` with `evidence` (the property left out when the list is empty). */
function withEvidence(touchpoint: Touchpoint, evidence: TouchpointEvidence[]): Touchpoint {
  const next: JsonObject = { ...touchpoint };
  if (evidence.length === 0) delete next.evidence;
  else next.evidence = evidence;
  return next as Touchpoint;
}

/** The index of an existing evidence item, or an error naming where it was looked for. */
function evidenceIndex(touchpoint: Touchpoint, index: unknown, path: string): number {
  const count = touchpoint.evidence?.length ?? 0;
  if (count === 0) return reject(path, 'out_of_range', 'this touchpoint has no evidence');
  return checkPosition(index, count - 1, path);
}

export interface AddEvidenceArgs {
  touchpointId: string;
  /** `kind` and `text` are required; `url` only http:, https: or mailto:. */
  evidence: KnownEvidence;
  /** Position in the touchpoint's evidence; the end by default. */
  index?: number;
}

export function addEvidence(document: JourneyDocument, args: AddEvidenceArgs): JourneyDocument {
  requireArgs(args, 'addEvidence');
  const at = touchpointIndex(document, args.touchpointId);
  const touchpoint = document.touchpoints[at] as Touchpoint;
  const evidence = touchpoint.evidence ?? [];
  const base = `/touchpoints/${at}/evidence`;
  if (evidence.length >= MAX_TOUCHPOINT_EVIDENCE) {
    reject(base, 'too_large', `a touchpoint holds at most ${MAX_TOUCHPOINT_EVIDENCE} evidence items (MAX_TOUCHPOINT_EVIDENCE)`);
  }
  const position = args.index === undefined ? evidence.length : checkPosition(args.index, evidence.length, base);
  const path = `${base}/${position}`;
  const item = readArgument(args.evidence, path);
  if (!isPlainObject(item)) return reject(path, 'invalid_type', `evidence must be an object, got ${describeValue(item)}`);
  const errors: JourneyError[] = [];
  checkEvidence(errors, path, item, CHECK);
  rejectIfAny(errors);
  return { ...document, touchpoints: replaceAt(document.touchpoints, at, withEvidence(touchpoint, insertAt(evidence, position, [item as TouchpointEvidence]))) };
}

export interface UpdateEvidenceArgs {
  touchpointId: string;
  /** Which item, by its position in the touchpoint's evidence. */
  index: number;
  /** New values; a key set to `undefined` removes that optional property. */
  changes: Partial<KnownEvidence>;
}

export function updateEvidence(document: JourneyDocument, args: UpdateEvidenceArgs): JourneyDocument {
  requireArgs(args, 'updateEvidence');
  const at = touchpointIndex(document, args.touchpointId);
  const touchpoint = document.touchpoints[at] as Touchpoint;
  const index = evidenceIndex(touchpoint, args.index, `/touchpoints/${at}/evidence`);
  const evidence = touchpoint.evidence as TouchpointEvidence[];
  const path = `/touchpoints/${at}/evidence/${index}`;
  if (!isPlainObject(args.changes)) return reject(path, 'invalid_type', `changes must be an object, got ${describeValue(args.changes)}`);
  const merged = mergeChanges(evidence[index] as TouchpointEvidence, readArgument(args.changes, path) as JsonObject);
  if (merged === undefined) return document;
  const errors: JourneyError[] = [];
  checkEvidence(errors, path, merged.candidate, CHECK);
  rejectIfAny(errors);
  return {
    ...document,
    touchpoints: replaceAt(document.touchpoints, at, withEvidence(touchpoint, replaceAt(evidence, index, merged.candidate as TouchpointEvidence))),
  };
}

export interface RemoveEvidenceArgs {
  touchpointId: string;
  index: number;
}

export function removeEvidence(document: JourneyDocument, args: RemoveEvidenceArgs): JourneyDocument {
  requireArgs(args, 'removeEvidence');
  const at = touchpointIndex(document, args.touchpointId);
  const touchpoint = document.touchpoints[at] as Touchpoint;
  const index = evidenceIndex(touchpoint, args.index, `/touchpoints/${at}/evidence`);
  return { ...document, touchpoints: replaceAt(document.touchpoints, at, withEvidence(touchpoint, removeAt(touchpoint.evidence as TouchpointEvidence[], index))) };
}
