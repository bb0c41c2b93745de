// @vitest-environment node
/**
 * The real v1 -> v2 step over every v1 document the repository keeps (the server-validate example
 * files, the templates and test samples written as v1; the playground sample is written as v2)
 * and over random v1 documents: each migrates, validates, and keeps its meaning (same stages, touchpoints, emotions, and every
 * other property), and is written back as v2.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journeyTemplates, parseJourney, serializeJourney, validateJourney } from 'journey-canvas/model';
import type { JourneyDocument } from 'journey-canvas/model';
import { chineseJourneyText, fullJourney, validJourney } from './fixtures';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const v1Files = [
  'examples/server-validate/journeys/coffee-subscription.json',
  'examples/server-validate/journeys/clinic-visit.zh-CN.json',
];

/** A v2 document as the v1 file it would have been (v2 adds nothing a v1 document holds). */
function asV1(doc: JourneyDocument): Record<string, unknown> {
  return { ...JSON.parse(JSON.stringify(doc)), version: 1 } as Record<string, unknown>;
}

/** Everything a v1 document means: the whole of it, but for its version number. */
function meaning(doc: Record<string, unknown>): unknown {
  const { version: _version, ...rest } = doc;
  return rest;
}

function expectMigrates(v1: Record<string, unknown>): JourneyDocument {
  expect(v1.version).toBe(1);
  const result = parseJourney(JSON.stringify(v1));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  expect(result.warnings).toEqual([expect.objectContaining({ path: '/version', code: 'migrated' })]);
  const doc = result.document;
  expect(doc.version).toBe(2);
  expect(validateJourney(doc)).toEqual([]);
  // Same stages, touchpoints (in the same order) and emotions: the same meaning.
  expect(meaning(doc)).toEqual(meaning(v1));
  expect(doc.touchpoints.map((t) => [t.id, t.stageId, t.emotion])).toEqual(
    (v1.touchpoints as { id: string; stageId: string; emotion: number }[]).map((t) => [t.id, t.stageId, t.emotion]),
  );
  // Written back as v2, and read back with no further warning.
  const written = serializeJourney(doc);
  expect(JSON.parse(written)).toMatchObject({ version: 2 });
  expect(parseJourney(written)).toEqual({ ok: true, document: doc, warnings: [] });
  return doc;
}

describe('v1 -> v2 migration', () => {
  it.each(v1Files)('%s migrates, validates and keeps its meaning', (file) => {
    expectMigrates(JSON.parse(readFileSync(join(repo, file), 'utf8')) as Record<string, unknown>);
  });

  it('every template, written as v1, migrates to itself', () => {
    for (const template of journeyTemplates) {
      const doc = template.document;
      const unrated = (doc.participants ?? []).length === 0;
      // A rated template is v2-only content; its v1 form is the same map without the room's scores.
      const v1 = unrated ? asV1(doc) : asV1(stripV2(doc));
      expectMigrates(v1);
    }
  });

  it('the test samples written as v1 migrate, unknown properties everywhere included', () => {
    expectMigrates(asV1(fullJourney()));
    expectMigrates({ ...(JSON.parse(chineseJourneyText) as Record<string, unknown>), version: 1 });
  });

  it('any valid v1 document migrates to the same document at version 2', () => {
    fc.assert(
      fc.property(validJourney, (doc) => {
        expectMigrates(asV1(doc));
      }),
      { numRuns: 200 },
    );
  });

  it('a v1 property that v2 now defines is the host’s data: it moves to x-v1-<name>, nothing lost', () => {
    const v1 = asV1(fullJourney());
    v1.participants = 'the whole product team';
    v1['x-v1-participants'] = 'taken';
    const touchpoints = v1.touchpoints as Record<string, unknown>[];
    (touchpoints[0] as Record<string, unknown>).evidence = { survey: 'Q3' };
    (touchpoints[1] as Record<string, unknown>).ratings = [5, 4];
    const result = parseJourney(JSON.stringify(v1));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const doc = result.document as Record<string, unknown>;
    expect(doc.participants).toBeUndefined();
    expect(doc['x-v1-participants']).toBe('taken');
    expect(doc['x-v1-participants-2']).toBe('the whole product team');
    expect(result.document.touchpoints[0]).toMatchObject({ 'x-v1-evidence': { survey: 'Q3' } });
    expect(result.document.touchpoints[0]?.evidence).toBeUndefined();
    expect(result.document.touchpoints[1]).toMatchObject({ 'x-v1-ratings': [5, 4], emotion: -3 });
  });
});

/** The map without participants, ratings and evidence. */
function stripV2(doc: JourneyDocument): JourneyDocument {
  const { participants: _participants, ...rest } = doc;
  return { ...rest, touchpoints: doc.touchpoints.map(({ ratings: _ratings, evidence: _evidence, ...t }) => t) } as JourneyDocument;
}
