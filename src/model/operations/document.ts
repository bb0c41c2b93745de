/** Operations on the document's own properties. Pure; the same document when nothing changes. */
import { describeValue, hasOwn, isPlainObject } from '../json';
import type { JsonObject } from '../json';
import { correctRatedEmotions } from '../ratings';
import type { JourneyDocument, JourneyError, KnownPersona } from '../types';
import { checkCarriableText, checkDocument, checkPersona, checkString } from '../validate';
import { mergeChanges, readArgument, reject, rejectIfAny, requireArgs, withProperty } from './shared';

export interface SetTitleArgs {
  title: string;
}

export function setTitle(document: JourneyDocument, args: SetTitleArgs): JourneyDocument {
  requireArgs(args, 'setTitle');
  if (document.title === args.title) return document;
  const errors: JourneyError[] = [];
  checkString(errors, '/title', 'title', args.title);
  checkCarriableText(errors, '/title', 'title', args.title);
  rejectIfAny(errors);
  return { ...document, title: args.title };
}

export interface SetDescriptionArgs {
  /** `undefined` removes the description. */
  description: string | undefined;
}

export function setDescription(document: JourneyDocument, args: SetDescriptionArgs): JourneyDocument {
  requireArgs(args, 'setDescription');
  const { description } = args;
  const current = hasOwn(document, 'description') ? document.description : undefined;
  if (current === description) return document;
  if (description !== undefined) {
    const errors: JourneyError[] = [];
    checkString(errors, '/description', 'description', description);
    checkCarriableText(errors, '/description', 'description', description);
    rejectIfAny(errors);
  }
  return withProperty(document, 'description', description);
}

export interface UpdatePersonaArgs {
  /** Merged into the persona (a key set to `undefined` removes it); `null` removes the persona. */
  persona: Partial<KnownPersona> | null;
}

export function updatePersona(document: JourneyDocument, args: UpdatePersonaArgs): JourneyDocument {
  requireArgs(args, 'updatePersona');
  const { persona } = args;
  const current = hasOwn(document, 'persona') ? document.persona : undefined;
  if (persona === null) return current === undefined ? document : withProperty(document, 'persona', undefined);
  if (!isPlainObject(persona)) return reject('/persona', 'invalid_type', `persona must be an object or null, got ${describeValue(persona)}`);
  const merged = mergeChanges(current ?? {}, readArgument(persona, '/persona') as JsonObject);
  if (merged === undefined) return document;
  const errors: JourneyError[] = [];
  checkPersona(errors, '/persona', merged.candidate, { checkUnknown: true });
  rejectIfAny(errors);
  return withProperty(document, 'persona', merged.candidate);
}

export interface ReplaceDocumentArgs {
  /** A whole document, e.g. one `parseJourney` returned; it is checked again and copied. */
  document: JourneyDocument;
}

/** Replaces the whole document (open, paste of a map). Throws when the new one is not valid. */
export function replaceDocument(document: JourneyDocument, args: ReplaceDocumentArgs): JourneyDocument {
  requireArgs(args, 'replaceDocument');
  if (args.document === document) return document;
  const copy = readArgument(args.document, '');
  rejectIfAny(checkDocument(copy, { checkUnknown: true }).errors);
  // As parsing does: a rated touchpoint's emotion becomes its ratings' mean.
  correctRatedEmotions(copy as JsonObject, []);
  return copy as JourneyDocument;
}
