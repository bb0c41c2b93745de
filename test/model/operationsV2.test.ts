// @vitest-environment node
/**
 * The named operations of format v2: participants, ratings (keyed by participant, the emotion
 * kept at their mean), evidence; the cascade of removing a participant; the refusal to set the
 * emotion of a rated touchpoint by hand; paste and duplicate keeping documents valid.
 */
import { describe, expect, it } from 'vitest';
import {
  addEvidence,
  addParticipant,
  addTouchpoint,
  applyOperation,
  duplicateTouchpoint,
  insertTouchpoints,
  journeyOperations,
  parseJourney,
  removeEvidence,
  removeParticipant,
  removeRating,
  serializeJourney,
  setEmotion,
  setRating,
  updateEvidence,
  updateParticipant,
  updateTouchpoint,
  validateJourney,
} from 'journey-canvas/model';
import type { JourneyDocument, Touchpoint } from 'journey-canvas/model';
import { deepFreeze, operationErrors, ratedJourney } from './fixtures';

const base = (): JourneyDocument => deepFreeze(ratedJourney());

function expectValid(doc: JourneyDocument): JourneyDocument {
  expect(validateJourney(doc)).toEqual([]);
  const reread = parseJourney(serializeJourney(doc));
  expect(reread.ok && reread.warnings).toEqual([]);
  return doc;
}

const touchpoint = (doc: JourneyDocument, id: string): Touchpoint => doc.touchpoints.find((t) => t.id === id) as Touchpoint;

describe('participants', () => {
  it('addParticipant adds with a generated id unique in the document, at an index when given', () => {
    const doc = expectValid(addParticipant(base(), { participant: { name: 'Dee', role: 'Designer' }, index: 1 }));
    expect(doc.participants?.map((p) => p.name)).toEqual(['Ana', 'Dee', 'Bo', undefined]);
    expect(doc.participants?.[1]?.id).toMatch(/^pt-[0-9a-z]{8}$/);
    const named = expectValid(addParticipant(createEmpty(), { participant: { id: 'p-1' } }));
    expect(named.participants).toEqual([{ id: 'p-1' }]);
  });

  it('refuses an id used by a stage, touchpoint or participant, and a misshapen participant', () => {
    expect(operationErrors(() => addParticipant(base(), { participant: { id: 's1' } }))).toEqual([
      expect.objectContaining({ path: '/participants/3/id', code: 'duplicate_id' }),
    ]);
    expect(operationErrors(() => addParticipant(base(), { participant: { id: 'p-bo' } }))[0]?.code).toBe('duplicate_id');
    expect(operationErrors(() => addParticipant(base(), { participant: { name: 7 as unknown as string } }))).toEqual([
      expect.objectContaining({ path: '/participants/3/name', code: 'invalid_type' }),
    ]);
    expect(operationErrors(() => addParticipant(base(), { participant: {}, index: 9 }))[0]?.path).toBe('/participants');
  });

  it('updateParticipant changes name and role, keeps the id, and is the same document with no change', () => {
    const doc = expectValid(updateParticipant(base(), { id: 'p-bo', changes: { name: 'Bo Li', role: 'Engineer' } }));
    expect(doc.participants?.[1]).toEqual({ id: 'p-bo', name: 'Bo Li', role: 'Engineer' });
    const start = base();
    expect(updateParticipant(start, { id: 'p-bo', changes: { name: 'Bo' } })).toBe(start);
    expect(operationErrors(() => updateParticipant(base(), { id: 'p-bo', changes: { id: 'x' } as never }))[0]).toMatchObject({ path: '/participants/1/id' });
    expect(operationErrors(() => updateParticipant(base(), { id: 'nobody', changes: {} }))[0]).toMatchObject({ code: 'unknown_participant' });
  });

  it('removeParticipant removes their ratings everywhere and recomputes those emotions', () => {
    const doc = expectValid(removeParticipant(base(), { id: 'p-ana' }));
    expect(doc.participants?.map((p) => p.id)).toEqual(['p-bo', 'p-cy']);
    const t1 = touchpoint(doc, 't1');
    expect(t1.ratings?.map((r) => r.by)).toEqual(['p-bo', 'p-cy']);
    expect(t1.emotion).toBe(0.5);
    expect(touchpoint(doc, 't2')).toEqual(ratedJourney().touchpoints[1]);
  });

  it('a touchpoint left with no rating keeps its last emotion, unrated', () => {
    let doc = setRating(base(), { touchpointId: 't2', by: 'p-bo', emotion: 4 });
    expect(touchpoint(doc, 't2').emotion).toBe(4);
    doc = expectValid(removeParticipant(doc, { id: 'p-bo' }));
    expect(touchpoint(doc, 't2')).toEqual({ id: 't2', stageId: 's1', title: 'First success', emotion: 4 });
    // Unrated again: the emotion can be set by hand.
    expect(touchpoint(setEmotion(doc, { id: 't2', emotion: -1 }), 't2').emotion).toBe(-1);
  });
});

describe('ratings', () => {
  it('setRating adds a rating keyed by participant and sets the emotion to the mean (2 dp)', () => {
    const doc = expectValid(setRating(base(), { touchpointId: 't2', by: 'p-ana', emotion: 2 }));
    expect(touchpoint(doc, 't2').ratings).toEqual([{ by: 'p-ana', emotion: 2 }]);
    const two = expectValid(setRating(doc, { touchpointId: 't2', by: 'p-bo', emotion: -3, note: 'slow' }));
    expect(touchpoint(two, 't2')).toMatchObject({ emotion: -0.5, ratings: [{ by: 'p-ana', emotion: 2 }, { by: 'p-bo', emotion: -3, note: 'slow' }] });
    const three = expectValid(setRating(two, { touchpointId: 't2', by: 'p-cy', emotion: 0 }));
    expect(touchpoint(three, 't2').emotion).toBe(-0.33);
  });

  it('setRating puts a new rating in the participants’ order, the order a live session reads them back in', () => {
    const lastFirst = expectValid(setRating(base(), { touchpointId: 't2', by: 'p-cy', emotion: 1 }));
    const middle = expectValid(setRating(lastFirst, { touchpointId: 't2', by: 'p-ana', emotion: -1 }));
    const all = expectValid(setRating(middle, { touchpointId: 't2', by: 'p-bo', emotion: 3 }));
    expect(touchpoint(all, 't2').ratings?.map((rating) => rating.by)).toEqual(['p-ana', 'p-bo', 'p-cy']);
    expect(touchpoint(all, 't2').emotion).toBe(1);
  });

  it('setRating replaces the same participant’s rating in place, keeping its note and unknown properties', () => {
    const doc = expectValid(setRating(base(), { touchpointId: 't1', by: 'p-ana', emotion: 5 }));
    expect(touchpoint(doc, 't1').ratings?.[0]).toEqual({ by: 'p-ana', emotion: 5, note: 'Lost a day', xRating: [1] });
    expect(touchpoint(doc, 't1').ratings).toHaveLength(3);
    expect(touchpoint(doc, 't1').emotion).toBe(2);
    const noNote = setRating(base(), { touchpointId: 't1', by: 'p-ana', emotion: -4, note: undefined });
    expect(touchpoint(noNote, 't1').ratings?.[0]).toEqual({ by: 'p-ana', emotion: -4, xRating: [1] });
    const start = base();
    expect(setRating(start, { touchpointId: 't1', by: 'p-ana', emotion: -4 })).toBe(start);
  });

  it('setRating refuses a by that names no participant, an emotion out of range, and an unknown touchpoint', () => {
    expect(operationErrors(() => setRating(base(), { touchpointId: 't2', by: 's1', emotion: 1 }))).toEqual([
      expect.objectContaining({ path: '/touchpoints/1/ratings/0/by', code: 'unknown_participant' }),
    ]);
    expect(operationErrors(() => setRating(base(), { touchpointId: 't1', by: 'p-bo', emotion: 5.5 }))).toEqual([
      expect.objectContaining({ path: '/touchpoints/0/ratings/1/emotion', code: 'out_of_range' }),
    ]);
    expect(operationErrors(() => setRating(base(), { touchpointId: 't1', by: 'p-bo', emotion: Number.NaN }))[0]?.code).toBe('invalid_value');
    expect(operationErrors(() => setRating(base(), { touchpointId: 'nope', by: 'p-bo', emotion: 1 }))[0]?.code).toBe('unknown_touchpoint');
  });

  it('removeRating removes one participant’s rating and recomputes; the same document when they had none', () => {
    const doc = expectValid(removeRating(base(), { touchpointId: 't1', by: 'p-bo' }));
    expect(touchpoint(doc, 't1')).toMatchObject({ emotion: -3, ratings: [{ by: 'p-ana' }, { by: 'p-cy' }] });
    const start = base();
    expect(removeRating(start, { touchpointId: 't2', by: 'p-bo' })).toBe(start);
    expect(operationErrors(() => removeRating(base(), { touchpointId: 't2', by: 'nobody' }))[0]?.code).toBe('unknown_participant');
  });

  it('setEmotion and updateTouchpoint refuse to set a rated touchpoint’s emotion by hand', () => {
    const [refused] = operationErrors(() => setEmotion(base(), { id: 't1', emotion: 3 }));
    expect(refused).toMatchObject({ path: '/touchpoints/0/emotion', code: 'invalid_value' });
    expect(refused?.message).toMatch(/its emotion is the mean of its ratings/);
    expect(operationErrors(() => updateTouchpoint(base(), { id: 't1', changes: { emotion: 3, title: 'x' } }))[0]?.message).toMatch(/mean of its ratings/);
    // The mean itself is no change; other fields still change.
    const start = base();
    expect(setEmotion(start, { id: 't1', emotion: -1 })).toBe(start);
    expect(touchpoint(updateTouchpoint(start, { id: 't1', changes: { title: 'Install fails' } }), 't1').emotion).toBe(-1);
  });

  it('updateTouchpoint with new ratings checks them and sets the emotion from them', () => {
    const doc = expectValid(updateTouchpoint(base(), { id: 't2', changes: { ratings: [{ by: 'p-ana', emotion: 1 }, { by: 'p-bo', emotion: 4 }] } }));
    expect(touchpoint(doc, 't2').emotion).toBe(2.5);
    expect(operationErrors(() => updateTouchpoint(base(), { id: 't2', changes: { ratings: [{ by: 'ghost', emotion: 1 }] } }))).toEqual([
      expect.objectContaining({ path: '/touchpoints/1/ratings/0/by', code: 'unknown_participant' }),
    ]);
    expect(operationErrors(() => updateTouchpoint(base(), { id: 't2', changes: { ratings: [{ by: 'p-bo', emotion: 1 }, { by: 'p-bo', emotion: 2 }] } }))).toEqual([
      expect.objectContaining({ path: '/touchpoints/1/ratings/1/by', code: 'duplicate_rating' }),
    ]);
    // Removing the ratings leaves the touchpoint unrated with its last emotion.
    expect(touchpoint(expectValid(updateTouchpoint(base(), { id: 't1', changes: { ratings: undefined } })), 't1')).toMatchObject({ emotion: -1 });
  });

  it('addTouchpoint with ratings takes their mean, and refuses a different emotion or an unknown rater', () => {
    const doc = expectValid(addTouchpoint(base(), { stageId: 's1', touchpoint: { id: 't9', ratings: [{ by: 'p-bo', emotion: 3 }, { by: 'p-cy', emotion: 0 }] } }));
    expect(touchpoint(doc, 't9').emotion).toBe(1.5);
    expect(operationErrors(() => addTouchpoint(base(), { stageId: 's1', touchpoint: { emotion: 4, ratings: [{ by: 'p-bo', emotion: 3 }] } }))[0]).toMatchObject({
      path: '/touchpoints/2/emotion',
    });
    expect(operationErrors(() => addTouchpoint(base(), { stageId: 's1', touchpoint: { ratings: [{ by: 'x', emotion: 3 }] } }))[0]).toMatchObject({
      path: '/touchpoints/2/ratings/0/by',
      code: 'unknown_participant',
    });
  });
});

describe('paste and duplicate keep documents valid', () => {
  it('duplicateTouchpoint copies ratings and evidence: the copy is rated by the same people', () => {
    const doc = expectValid(duplicateTouchpoint(base(), { id: 't1', newId: 't1-copy' }));
    expect(touchpoint(doc, 't1-copy').ratings).toEqual(touchpoint(doc, 't1').ratings);
    expect(touchpoint(doc, 't1-copy').evidence).toHaveLength(4);
  });

  it('insertTouchpoints refuses ratings by people not in this document, at their pointer, changing nothing', () => {
    const start = base();
    const pasted = [
      { id: 'n1', stageId: 'x', title: 'ok', emotion: 0 },
      { id: 'n2', stageId: 'x', title: 'rated elsewhere', emotion: 2, ratings: [{ by: 'p-bo', emotion: 2 }, { by: 'p-other-map', emotion: 2 }] },
    ] as Touchpoint[];
    const errors = operationErrors(() => insertTouchpoints(start, { stageId: 's1', touchpoints: pasted }));
    expect(errors).toEqual([
      { path: '/touchpoints/3/ratings/1/by', code: 'unknown_participant', message: 'by "p-other-map" does not name a participant of this document' },
    ]);
    expect(start).toEqual(ratedJourney());
  });

  it('insertTouchpoints sets a pasted rated touchpoint’s emotion to its ratings’ mean', () => {
    const doc = expectValid(
      insertTouchpoints(base(), { stageId: 's1', touchpoints: [{ id: 'n1', stageId: 'x', title: 'p', emotion: 5, ratings: [{ by: 'p-bo', emotion: 1 }] }] as Touchpoint[] }),
    );
    expect(touchpoint(doc, 'n1').emotion).toBe(1);
  });
});

describe('evidence', () => {
  it('adds at the end or an index, updates and removes by index; an empty list disappears', () => {
    let doc = expectValid(addEvidence(base(), { touchpointId: 't2', evidence: { kind: 'quote', text: '“Finally!”', source: 'Interview 2' } }));
    expect(touchpoint(doc, 't2').evidence).toEqual([{ kind: 'quote', text: '“Finally!”', source: 'Interview 2' }]);
    doc = expectValid(addEvidence(doc, { touchpointId: 't2', evidence: { kind: 'data', text: 'NPS 41' }, index: 0 }));
    expect(touchpoint(doc, 't2').evidence?.map((e) => e.kind)).toEqual(['data', 'quote']);
    doc = expectValid(updateEvidence(doc, { touchpointId: 't2', index: 1, changes: { source: undefined, url: 'https://example.com/i2' } }));
    expect(touchpoint(doc, 't2').evidence?.[1]).toEqual({ kind: 'quote', text: '“Finally!”', url: 'https://example.com/i2' });
    doc = removeEvidence(removeEvidence(doc, { touchpointId: 't2', index: 0 }), { touchpointId: 't2', index: 0 });
    expect(expectValid(doc).touchpoints[1]).toEqual(ratedJourney().touchpoints[1]);
  });

  it('refuses a javascript: url, an unknown kind and a missing index, at their pointers', () => {
    expect(operationErrors(() => addEvidence(base(), { touchpointId: 't1', evidence: { kind: 'link', text: 'x', url: 'javascript:alert(1)' } }))).toEqual([
      expect.objectContaining({ path: '/touchpoints/0/evidence/4/url', code: 'invalid_format' }),
    ]);
    expect(operationErrors(() => updateEvidence(base(), { touchpointId: 't1', index: 2, changes: { url: 'data:text/html,<b>' } }))).toEqual([
      expect.objectContaining({ path: '/touchpoints/0/evidence/2/url', code: 'invalid_format' }),
    ]);
    expect(operationErrors(() => addEvidence(base(), { touchpointId: 't1', evidence: { kind: 'rumour' as 'quote', text: 'x' } }))[0]?.path).toBe('/touchpoints/0/evidence/4/kind');
    expect(operationErrors(() => removeEvidence(base(), { touchpointId: 't1', index: 4 }))[0]).toMatchObject({ path: '/touchpoints/0/evidence', code: 'out_of_range' });
    expect(operationErrors(() => removeEvidence(base(), { touchpointId: 't2', index: 0 }))[0]).toMatchObject({ path: '/touchpoints/1/evidence' });
  });
});

describe('the registry', () => {
  it('names every v2 operation, each applied through applyOperation as one step', () => {
    for (const name of ['addParticipant', 'updateParticipant', 'removeParticipant', 'setRating', 'removeRating', 'addEvidence', 'updateEvidence', 'removeEvidence']) {
      expect(journeyOperations).toHaveProperty(name);
    }
    const doc = applyOperation(base(), { operation: 'setRating', args: { touchpointId: 't2', by: 'p-cy', emotion: -2 } });
    expect(touchpoint(doc, 't2').emotion).toBe(-2);
  });
});

function createEmpty(): JourneyDocument {
  return { format: 'journey-canvas', version: 2, id: 'j', title: '', stages: [], touchpoints: [] };
}
