// @vitest-environment node
/**
 * Random sequences of operations over participants, ratings and evidence (valid and invalid,
 * with pastes, duplicates and hand-set emotions mixed in) on random documents: every rated
 * touchpoint's emotion stays the mean of its ratings rounded to 2 decimals, every rating names a
 * participant, and the document stays valid: it reads back with no error and no correction.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JourneyOperationError, applyOperation, parseJourney, serializeJourney, validateJourney } from 'journey-canvas/model';
import type { JourneyChange, JourneyDocument, Touchpoint } from 'journey-canvas/model';
import { deepFreeze, emotion, validJourney } from './fixtures';

/** The mean rounded to 2 decimals, computed here on its own, not with the library's helper. */
function expectedEmotion(scores: readonly number[]): number {
  const mean = scores.reduce((sum, x) => sum + x, 0) / scores.length;
  const rounded = Math.round(mean * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

const anyEmotion = fc.oneof(emotion, fc.constantFrom(7, -5.5, Number.NaN));
const note = fc.option(fc.constantFrom('too slow', '说明不清', ''), { nil: undefined });
const url = fc.constantFrom('https://example.com/r', 'mailto:cx@example.com', 'javascript:alert(1)', 'data:text/html,x', '/relative');
const kind = fc.constantFrom('quote', 'observation', 'data', 'link', 'rumour');

function changeFor(document: JourneyDocument): fc.Arbitrary<JourneyChange> {
  const participantIds = [...(document.participants ?? []).map((p) => p.id), 'p-ghost'];
  const touchpointIds = [...document.touchpoints.map((t) => t.id), 'no-such-touchpoint'];
  const stageIds = [...document.stages.map((s) => s.id), 'no-such-stage'];
  const by = fc.constantFrom(...participantIds);
  const touchpointId = fc.constantFrom(...touchpointIds);
  const stageId = fc.constantFrom(...stageIds);
  const ratings = fc.array(fc.record({ by, emotion: anyEmotion }), { maxLength: 4 });
  const changes: fc.Arbitrary<JourneyChange>[] = [
    fc.record({ name: fc.constantFrom('Ana', '李', ''), id: fc.option(fc.constantFrom('p-new', 's0', 't0', ...participantIds), { nil: undefined }) }, { requiredKeys: ['name'] })
      .map((participant) => ({ operation: 'addParticipant' as const, args: { participant } })),
    fc.record({ id: by, changes: fc.record({ role: fc.constantFrom('PM', 'Support') }) }).map((args) => ({ operation: 'updateParticipant' as const, args })),
    by.map((id) => ({ operation: 'removeParticipant' as const, args: { id } })),
    fc.record({ touchpointId, by, emotion: anyEmotion, note }, { requiredKeys: ['touchpointId', 'by', 'emotion'] }).map((args) => ({ operation: 'setRating' as const, args })),
    fc.record({ touchpointId, by }).map((args) => ({ operation: 'removeRating' as const, args })),
    fc.record({ id: touchpointId, emotion: anyEmotion }).map((args) => ({ operation: 'setEmotion' as const, args })),
    fc.record({ id: touchpointId, changes: fc.record({ emotion: anyEmotion, ratings: fc.option(ratings, { nil: undefined }), title: fc.constant('edited') }, { requiredKeys: [] }) })
      .map((args) => ({ operation: 'updateTouchpoint' as const, args })),
    touchpointId.map((id) => ({ operation: 'duplicateTouchpoint' as const, args: { id } })),
    touchpointId.map((id) => ({ operation: 'removeTouchpoint' as const, args: { id } })),
    fc.record({ stageId, touchpoints: fc.array(fc.record({ id: touchpointId, stageId: fc.constant('x'), title: fc.constant('pasted'), emotion, ratings }), { maxLength: 2 }) })
      .map((args) => ({ operation: 'insertTouchpoints' as const, args: args as { stageId: string; touchpoints: Touchpoint[] } })),
    fc.record({ stageId, touchpoint: fc.record({ ratings, emotion: fc.option(emotion, { nil: undefined }) }, { requiredKeys: ['ratings'] }) })
      .map((args) => ({ operation: 'addTouchpoint' as const, args })),
    fc.record({ touchpointId, evidence: fc.record({ kind, text: fc.constant('It took ages'), url: fc.option(url, { nil: undefined }) }, { requiredKeys: ['kind', 'text'] }) })
      .map((args) => ({ operation: 'addEvidence' as const, args: args as never })),
    fc.record({ touchpointId, index: fc.integer({ min: -1, max: 2 }) }).map((args) => ({ operation: 'removeEvidence' as const, args })),
    fc.record({ touchpointId, index: fc.integer({ min: 0, max: 2 }), changes: fc.record({ url }) }).map((args) => ({ operation: 'updateEvidence' as const, args })),
  ];
  return fc.oneof(...changes);
}

/** Every rule of ratings this test is about, checked on the document as it is. */
function expectRatingsHold(doc: JourneyDocument): void {
  const participants = new Set((doc.participants ?? []).map((p) => p.id));
  for (const touchpoint of doc.touchpoints) {
    const ratings = touchpoint.ratings;
    // An empty list is an unrated touchpoint: its emotion is its own.
    if (ratings === undefined || ratings.length === 0) continue;
    expect(touchpoint.emotion).toBe(expectedEmotion(ratings.map((r) => r.emotion)));
    const raters = ratings.map((r) => r.by);
    expect(new Set(raters).size).toBe(raters.length);
    for (const rater of raters) expect(participants.has(rater)).toBe(true);
  }
}

const start = validJourney.map((doc) => ({ ...doc, participants: [{ id: 'p-a', name: 'A' }, { id: 'p-b' }, { id: 'p-c', role: 'Ops' }] }) as JourneyDocument);

describe('ratings, property-based', () => {
  it('keep every rated emotion the mean of its ratings (2 dp) and the document valid, whatever the sequence', () => {
    let applied = 0;
    let rejected = 0;
    /** Steps after which the document held at least one rated touchpoint. */
    let ratedSteps = 0;
    fc.assert(
      fc.property(start, fc.gen(), (first, gen) => {
        let doc = deepFreeze(first);
        for (let step = 0; step < 30; step++) {
          const change = gen(() => changeFor(doc));
          try {
            doc = deepFreeze(applyOperation(doc, change));
            applied++;
          } catch (error) {
            if (!(error instanceof JourneyOperationError)) throw error;
            rejected++;
            continue;
          }
          expectRatingsHold(doc);
          if (doc.touchpoints.some((t) => (t.ratings?.length ?? 0) > 0)) ratedSteps++;
        }
        expect(validateJourney(doc)).toEqual([]);
        const reread = parseJourney(serializeJourney(doc));
        expect(reread.ok).toBe(true);
        if (!reread.ok) return;
        expect(reread.warnings.filter((w) => w.code === 'emotion_from_ratings')).toEqual([]);
        expect(reread.document).toEqual(doc);
      }),
      { numRuns: 120, endOnFailure: true },
    );
    // Both paths were exercised, and documents were rated for a good part of the steps (counted
    // per step: the number of documents rated at their end varied too much between seeds).
    expect(applied).toBeGreaterThan(800);
    expect(rejected).toBeGreaterThan(200);
    expect(ratedSteps).toBeGreaterThan(100); // 253–313 of 3,600 in three runs
  });
});
