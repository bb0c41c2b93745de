/**
 * Every edit as data: `{ operation, args }`. The store applies changes through `applyOperation`,
 * which is where undo/redo, `onChange` and a later collaboration binding hook in.
 */
import { JourneyOperationError } from '../errors';
import { describeValue, hasOwn } from '../json';
import type { JourneyDocument } from '../types';
import { replaceDocument, setDescription, setTitle, updatePersona } from './document';
import { addEvidence, removeEvidence, updateEvidence } from './evidence';
import { addParticipant, removeParticipant, updateParticipant } from './participants';
import { removeRating, setRating } from './ratings';
import { addStage, moveStage, recolorStage, removeStage, renameStage, updateStage } from './stages';
import {
  addTouchpoint,
  duplicateTouchpoint,
  insertTouchpoints,
  moveTouchpoint,
  removeTouchpoint,
  setEmotion,
  updateTouchpoint,
} from './touchpoints';

export const journeyOperations = {
  addTouchpoint,
  updateTouchpoint,
  removeTouchpoint,
  duplicateTouchpoint,
  moveTouchpoint,
  setEmotion,
  insertTouchpoints,
  addStage,
  updateStage,
  renameStage,
  recolorStage,
  moveStage,
  removeStage,
  setTitle,
  setDescription,
  updatePersona,
  replaceDocument,
  addParticipant,
  updateParticipant,
  removeParticipant,
  setRating,
  removeRating,
  addEvidence,
  updateEvidence,
  removeEvidence,
} as const;

export type JourneyOperationName = keyof typeof journeyOperations;

export type JourneyOperationArgs<N extends JourneyOperationName> = Parameters<(typeof journeyOperations)[N]>[1];

export type JourneyChange = {
  [N in JourneyOperationName]: { operation: N; args: JourneyOperationArgs<N> };
}[JourneyOperationName];

/**
 * Applies one change. Returns the same document when the change changes nothing, so a caller
 * can skip the undo step and `onChange`; throws `JourneyOperationError` when it is invalid.
 */
export function applyOperation(document: JourneyDocument, change: JourneyChange): JourneyDocument {
  const name: unknown = change.operation;
  if (typeof name !== 'string' || !hasOwn(journeyOperations, name)) {
    throw new JourneyOperationError([{ path: '', code: 'invalid_value', message: `there is no operation named ${describeValue(name)}` }]);
  }
  const operation = journeyOperations[name as JourneyOperationName] as (document: JourneyDocument, args: unknown) => JourneyDocument;
  return operation(document, change.args);
}
