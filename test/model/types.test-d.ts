/**
 * Compile-time checks of the model's types, run by `npm run typecheck` (tsc), not by Vitest:
 * each `@ts-expect-error` fails the type check if the line below it ever compiles. The types are
 * inferred from the format's one definition (src/model/format.ts), so these also prove the
 * inference keeps every field, its type, and whether it is required.
 */
import { expectTypeOf } from 'vitest';
import {
  addEvidence,
  addParticipant,
  addStage,
  addTouchpoint,
  applyOperation,
  removeRating,
  setRating,
  updateEvidence,
  updateParticipant,
  updatePersona,
  updateStage,
  updateTouchpoint,
} from 'journey-canvas/model';
import type {
  EvidenceKind,
  JourneyDocument,
  JourneyParticipant,
  TouchpointEvidence,
  TouchpointRating,
  Stage,
  StageKind,
  Touchpoint,
  TouchpointChanges,
  TouchpointFields,
  TouchpointMetrics,
} from 'journey-canvas/model';

declare const doc: JourneyDocument;

// A misspelt or mistyped change does not compile, alone or together.
// @ts-expect-error `titel` is not a property of a touchpoint
export const misspelt: TouchpointChanges = { titel: 42 };
// @ts-expect-error emotion is a number
export const mistyped: TouchpointChanges = { emotion: 'very high' };
// @ts-expect-error both at once, as the issue wrote them
export const both: TouchpointChanges = { emotion: 'very high', titel: 42 };
// @ts-expect-error ...and passed straight to the operation
updateTouchpoint(doc, { id: 't1', changes: { emotion: 'very high', titel: 42 } });
// @ts-expect-error a touchpoint keeps its id and stage: not a change
export const idChange: TouchpointChanges = { id: 'other' };
// @ts-expect-error metrics hold numbers
export const badMetric: TouchpointChanges = { metrics: { csat: 'good' } };
// @ts-expect-error a misspelt field of a new touchpoint
addTouchpoint(doc, { stageId: 's', touchpoint: { titel: 'x' } });
// @ts-expect-error kind is one of the stage kinds
updateStage(doc, { id: 's', changes: { kind: 'checkout' } });
// @ts-expect-error a misspelt stage field
addStage(doc, { stage: { nmae: 'x' } });
// @ts-expect-error persona goals are a list of strings
updatePersona(doc, { persona: { goals: 'win' } });

// Format v2: misspelt or mistyped rating, participant and evidence arguments do not compile.
// @ts-expect-error `emotoin` is not an argument of setRating
setRating(doc, { touchpointId: 't1', by: 'p1', emotoin: 3 });
// @ts-expect-error a rating's emotion is a number
setRating(doc, { touchpointId: 't1', by: 'p1', emotion: 'high' });
// @ts-expect-error setRating needs the participant
setRating(doc, { touchpointId: 't1', emotion: 3 });
// @ts-expect-error removeRating names the participant as `by`
removeRating(doc, { touchpointId: 't1', participant: 'p1' });
// @ts-expect-error `nmae` is not a property of a participant
addParticipant(doc, { participant: { nmae: 'Ana' } });
// @ts-expect-error a participant keeps its id
updateParticipant(doc, { id: 'p1', changes: { id: 'p2' } });
// @ts-expect-error evidence kind is one of quote, observation, data, link
addEvidence(doc, { touchpointId: 't1', evidence: { kind: 'rumour', text: 'x' } });
// @ts-expect-error evidence needs its text
addEvidence(doc, { touchpointId: 't1', evidence: { kind: 'quote' } });
// @ts-expect-error `sorce` is not a property of evidence
updateEvidence(doc, { touchpointId: 't1', index: 0, changes: { sorce: 'Interview 4' } });
// @ts-expect-error through applyOperation as well
applyOperation(doc, { operation: 'setRating', args: { touchpointId: 't1', by: 'p1', emotion: '3' } });
setRating(doc, { touchpointId: 't1', by: 'p1', emotion: 3, note: 'why' });
updateEvidence(doc, { touchpointId: 't1', index: 0, changes: { source: undefined, url: 'https://example.com' } });
expectTypeOf<JourneyDocument['participants']>().toEqualTypeOf<JourneyParticipant[] | undefined>();
expectTypeOf<Touchpoint['ratings']>().toEqualTypeOf<TouchpointRating[] | undefined>();
expectTypeOf<Touchpoint['evidence']>().toEqualTypeOf<TouchpointEvidence[] | undefined>();
expectTypeOf<TouchpointRating['by']>().toEqualTypeOf<string>();
expectTypeOf<TouchpointRating['note']>().toEqualTypeOf<string | undefined>();
expectTypeOf<TouchpointEvidence['kind']>().toEqualTypeOf<EvidenceKind>();
expectTypeOf<EvidenceKind>().toEqualTypeOf<'quote' | 'observation' | 'data' | 'link'>();
expectTypeOf<JourneyParticipant['xHostField']>().toEqualTypeOf<unknown>();

// What is right compiles, `undefined` (remove) included.
updateTouchpoint(doc, { id: 't1', changes: { emotion: -2, title: 'Pays', painPoints: ['slow'], channel: undefined, metrics: { nps: 30 } } });
expectTypeOf<TouchpointFields>().toHaveProperty('id');
expectTypeOf<TouchpointChanges>().not.toHaveProperty('stageId');

// The document types: required and optional fields with their types, unknown properties allowed.
expectTypeOf<Touchpoint['emotion']>().toEqualTypeOf<number>();
expectTypeOf<Touchpoint['title']>().toEqualTypeOf<string>();
expectTypeOf<Touchpoint['keyMoment']>().toEqualTypeOf<boolean | undefined>();
expectTypeOf<Touchpoint['painPoints']>().toEqualTypeOf<string[] | undefined>();
expectTypeOf<NonNullable<Touchpoint['metrics']>>().toMatchTypeOf<TouchpointMetrics>();
expectTypeOf<TouchpointMetrics['csat']>().toEqualTypeOf<number | undefined>();
expectTypeOf<Stage['kind']>().toEqualTypeOf<StageKind | undefined>();
expectTypeOf<StageKind>().toEqualTypeOf<'awareness' | 'consideration' | 'purchase' | 'use' | 'feedback' | 'custom'>();
expectTypeOf<JourneyDocument['format']>().toEqualTypeOf<'journey-canvas'>();
expectTypeOf<JourneyDocument['version']>().toEqualTypeOf<2>();
expectTypeOf<JourneyDocument['touchpoints']>().toEqualTypeOf<Touchpoint[]>();
expectTypeOf<JourneyDocument['stages']>().toEqualTypeOf<Stage[]>();
expectTypeOf<Touchpoint['xHostField']>().toEqualTypeOf<unknown>();
// @ts-expect-error a touchpoint needs its emotion
export const noEmotion: Touchpoint = { id: 't', stageId: 's', title: '' };
