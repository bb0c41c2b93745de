// @vitest-environment node
/**
 * The migration mechanism, tested with a fake older version 0 chained before the library's own
 * steps (v1 -> v2); the real v1 -> v2 step over real v1 files is in migrateV1.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { journeyMigrations, migrateDocument, validateJourney } from 'journey-canvas/model';
import type { MigrationStep } from 'journey-canvas/model';
import { checkMigrationSteps } from '../../src/model/migrate';
import { parseJourneyWith } from '../../src/model/parse';
import { deepFreeze } from './fixtures';

type Raw = Record<string, unknown>;

/** A made-up version 0: `phases` instead of `stages`, touchpoints `feeling` from 0 to 10. */
const v0to1: MigrationStep = {
  name: 'v0 -> v1: phases become stages, feeling 0..10 becomes emotion -5..5',
  from: 0,
  to: 1,
  migrate: (doc) => {
    const { phases, touchpoints, ...rest } = doc as Raw & { phases: Raw[]; touchpoints: (Raw & { feeling: number })[] };
    return {
      ...rest,
      stages: phases,
      touchpoints: touchpoints.map(({ feeling, ...touchpoint }) => ({ ...touchpoint, emotion: feeling - 5 })),
    };
  },
};

const v0Document = (): Raw => ({
  format: 'journey-canvas',
  version: 0,
  id: 'j-old',
  title: 'Old file',
  phases: [{ id: 's', name: 'Stage' }],
  touchpoints: [{ id: 't', stageId: 's', title: 'Visit', feeling: 9, xKept: 'yes' }],
});

describe('migrations', () => {
  it('the library has one step, v1 -> v2, and its list is a valid chain', () => {
    expect(journeyMigrations.map((step) => [step.from, step.to])).toEqual([[1, 2]]);
    expect(() => checkMigrationSteps(journeyMigrations)).not.toThrow();
  });

  it('parsing an older document runs its steps, then checks the result, with a warning', () => {
    const input = deepFreeze(v0Document());
    const result = parseJourneyWith(input, [v0to1, ...journeyMigrations]);
    expect(result).toEqual({
      ok: true,
      document: {
        format: 'journey-canvas',
        version: 2,
        id: 'j-old',
        title: 'Old file',
        stages: [{ id: 's', name: 'Stage' }],
        touchpoints: [{ id: 't', stageId: 's', title: 'Visit', emotion: 4, xKept: 'yes' }],
      },
      warnings: [{ path: '/version', code: 'migrated', message: expect.stringContaining('version 0') }],
    });
    expect(input).toEqual(v0Document());
  });

  it('a migrated document that breaks a v1 rule is reported like any other', () => {
    const doc = v0Document();
    (doc.touchpoints as Raw[])[0]!.feeling = 12;
    const result = parseJourneyWith(JSON.stringify(doc), [v0to1, ...journeyMigrations]);
    expect(result).toMatchObject({ ok: false, errors: [{ path: '/touchpoints/0/emotion', code: 'out_of_range' }] });
  });

  it('runs every step from the document version, in order, and sets the version each time', () => {
    const seen: number[] = [];
    const step = (from: number): MigrationStep => ({
      name: `v${from} -> v${from + 1}`,
      from,
      to: from + 1,
      migrate: (doc) => {
        seen.push(doc.version as number);
        return { ...doc, trail: [...((doc.trail as number[] | undefined) ?? []), from] };
      },
    });
    const steps = [step(1), step(2), step(3)];
    const result = migrateDocument({ version: 2, trail: [] }, steps, 4);
    expect(result).toMatchObject({ ok: true, document: { version: 4, trail: [2, 3] } });
    expect(seen).toEqual([2, 3]);
  });

  it('rejects versions outside the chain with unsupported_version, saying why', () => {
    expect(migrateDocument({ version: 5 }, [v0to1, ...journeyMigrations])).toEqual({
      ok: false,
      errors: [{ path: '/version', code: 'unsupported_version', message: 'version 5 is newer than this library supports (up to 2); update journey-canvas to open this document' }],
    });
    expect(migrateDocument({ version: -1 }, [v0to1, ...journeyMigrations])).toEqual({
      ok: false,
      errors: [{ path: '/version', code: 'unsupported_version', message: 'version -1 is older than the oldest version this library reads (0)' }],
    });
    expect(migrateDocument({ version: 'one' })).toMatchObject({ ok: false, errors: [{ path: '/version', code: 'invalid_type' }] });
    expect(migrateDocument({})).toMatchObject({ ok: false, errors: [{ path: '/version', code: 'required' }] });
  });

  it('a step that throws or returns no object is an error, not a crash', () => {
    const throwing: MigrationStep = { name: 'broken', from: 0, to: 1, migrate: () => { throw new Error('boom'); } };
    expect(parseJourneyWith(v0Document(), [throwing, ...journeyMigrations])).toEqual({
      ok: false,
      errors: [{ path: '', code: 'invalid_value', message: 'migration "broken" failed: boom' }],
    });
    const empty: MigrationStep = { name: 'empty', from: 0, to: 1, migrate: () => null as unknown as Raw };
    expect(parseJourneyWith(v0Document(), [empty, ...journeyMigrations])).toMatchObject({ ok: false, errors: [{ code: 'invalid_value' }] });
  });

  it('refuses a broken chain: steps must go up by one, follow each other and end at the current version', () => {
    const step = (from: number, to: number): MigrationStep => ({ name: `${from}->${to}`, from, to, migrate: (d) => ({ ...d }) });
    expect(() => checkMigrationSteps([step(0, 2)], 2)).toThrow(/from one version to the next/);
    expect(() => checkMigrationSteps([step(0, 1), step(2, 3)], 3)).toThrow(/step before it ends at 1/);
    expect(() => checkMigrationSteps([step(0, 1)], 2)).toThrow(/not at the current version 2/);
    expect(() => checkMigrationSteps([step(0, 1), step(1, 2)], 2)).not.toThrow();
  });

  it('a document already at the current version passes through untouched', () => {
    const doc = { format: 'journey-canvas', version: 2, id: 'j', title: '', stages: [], touchpoints: [] };
    const result = migrateDocument(doc, [v0to1, ...journeyMigrations]);
    expect(result).toEqual({ ok: true, document: doc, warnings: [] });
    expect(validateJourney(doc)).toEqual([]);
  });
});
