// @vitest-environment node
/**
 * The published JSON Schema and parseJourney must agree on every document, except for the
 * rules a schema cannot express (unique ids, stage references), which the schema's description
 * names. A real validator (Ajv, draft 2020-12) runs over the same corpus as parseJourney.
 */
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createJourney, journeySchema, parseJourney } from 'journey-canvas/model';
import type { JourneyErrorCode } from 'journey-canvas/model';
import { chineseJourneyText, fullJourney, validJourney } from './fixtures';
import { rules } from './rules';
import type { Doc } from './rules';

const ajv = new Ajv2020({ allErrors: true, strict: true });
const schemaValidates = ajv.compile(journeySchema);

/** The rules only parseJourney can check. */
const beyondSchema: ReadonlySet<JourneyErrorCode> = new Set(['duplicate_id', 'unknown_stage', 'unknown_participant', 'duplicate_rating']);

/** Whether parseJourney accepts the text, leaving aside what no JSON Schema can express. */
function parseAccepts(text: string): boolean {
  const result = parseJourney(text);
  // The schema describes the current version; parseJourney also reads older ones by migrating
  // them (the schema's description says so), which the schema rightly refuses.
  if (result.ok) return !result.warnings.some((warning) => warning.code === 'migrated');
  return result.errors.every((error) => beyondSchema.has(error.code));
}

function expectAgreement(doc: unknown): boolean {
  const text = JSON.stringify(doc);
  const bySchema = schemaValidates(JSON.parse(text));
  const byParse = parseAccepts(text);
  if (bySchema !== byParse) {
    throw new Error(`schema says ${bySchema}, parseJourney says ${byParse} for ${text}\n${JSON.stringify(schemaValidates.errors)}`);
  }
  return bySchema;
}

describe('journeySchema', () => {
  it('is a draft 2020-12 schema Ajv compiles in strict mode, naming what it cannot check', () => {
    expect(journeySchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(journeySchema.description).toMatch(/unique/);
    expect(journeySchema.description).toMatch(/stageId names a stage/);
    expect(JSON.parse(JSON.stringify(journeySchema))).toEqual(journeySchema);
  });

  it('accepts the valid samples, unknown properties included', () => {
    expect(expectAgreement(fullJourney())).toBe(true);
    expect(expectAgreement(JSON.parse(chineseJourneyText))).toBe(true);
    expect(expectAgreement(createJourney({ locale: 'zh-CN', title: '新旅程' }))).toBe(true);
  });

  it.each(rules)('agrees with parseJourney on: %s', (_name, mutate, _path, code) => {
    const doc = fullJourney() as Doc;
    mutate(doc);
    // Rules a schema can express make both reject; the other two only parseJourney rejects.
    expect(expectAgreement(doc)).toBe(beyondSchema.has(code));
  });

  it('agrees on random valid documents', () => {
    fc.assert(
      fc.property(validJourney, (doc) => {
        expect(expectAgreement(doc)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('agrees on random documents broken in random places', () => {
    const DELETE = Symbol('delete');
    const values: unknown[] = [
      DELETE, null, true, 0, 1, -1, 1.5, 5, 5.0001, -5, -5.5, 7, 8, 100, 101, -100, -101, '', 'x', '#abc', '#ABCDEF', '#abcd',
      'red', '2026-11-22', '2026-11-22T08:00:00.000Z', '2026-13-01', '2026-11-22T25:00', 'awareness', 'custom', 'other',
      'journey-canvas', [], ['a'], [1], {}, { csat: 3 }, { nps: 500 },
    ];
    /** Every place a known property lives in `doc`, as key paths. */
    function places(doc: Doc): (string | number)[][] {
      const out: (string | number)[][] = [];
      const root = ['format', 'version', 'id', 'title', 'description', 'locale', 'persona', 'participants', 'stages', 'touchpoints', 'createdAt', 'updatedAt'];
      for (const key of root) out.push([key]);
      if (doc.persona && typeof doc.persona === 'object') {
        for (const key of ['name', 'summary', 'goals', 'motivations', 'frustrations']) out.push(['persona', key]);
        if (Array.isArray(doc.persona.goals) && doc.persona.goals.length > 0) out.push(['persona', 'goals', 0]);
      }
      if (Array.isArray(doc.stages)) {
        doc.stages.forEach((stage: unknown, i: number) => {
          out.push(['stages', i]);
          if (stage && typeof stage === 'object') for (const key of ['id', 'name', 'kind', 'description', 'color']) out.push(['stages', i, key]);
        });
      }
      if (Array.isArray(doc.touchpoints)) {
        doc.touchpoints.forEach((touchpoint: Doc | null, i: number) => {
          out.push(['touchpoints', i]);
          if (!touchpoint || typeof touchpoint !== 'object') return;
          const keys = ['id', 'stageId', 'title', 'emotion', 'channel', 'description', 'painPoints', 'delights', 'opportunities', 'keyMoment', 'owner', 'metrics'];
          for (const key of keys) out.push(['touchpoints', i, key]);
          if (touchpoint.metrics && typeof touchpoint.metrics === 'object') for (const key of ['csat', 'nps', 'ces']) out.push(['touchpoints', i, 'metrics', key]);
        });
      }
      return out;
    }
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(validJourney, fc.array(fc.tuple(fc.nat(), fc.nat(values.length - 1)), { minLength: 1, maxLength: 3 }), (start, edits) => {
        const doc = JSON.parse(JSON.stringify(start)) as Doc;
        for (const [pick, valueIndex] of edits) {
          const all = places(doc);
          const path = all[pick % all.length] as (string | number)[];
          let parent: Doc = doc;
          for (const key of path.slice(0, -1)) parent = parent[key] as Doc;
          const last = path[path.length - 1] as string | number;
          const value = values[valueIndex];
          if (value === DELETE) {
            if (Array.isArray(parent)) parent.splice(last as number, 1);
            else delete parent[last];
          } else {
            parent[last] = structuredClone(value);
          }
        }
        if (expectAgreement(doc)) accepted++;
        else rejected++;
      }),
      { numRuns: 1000 },
    );
    // The corpus holds both kinds, or agreement would mean little.
    expect(accepted).toBeGreaterThan(50);
    expect(rejected).toBeGreaterThan(300);
  });
});
