/**
 * Migrations: how a document written by an older version of the format becomes the current one.
 *
 * An ordered list of pure steps, each taking a document of version `from` to `from + 1`. Format
 * v1 is the first version, so the list is empty today; the mechanism exists from day one so the
 * first format change is a new step here, not a special case somewhere in parsing.
 */
import { cloneJson, describeValue, isPlainObject, setOwn } from './json';
import type { JsonObject } from './json';
import { JOURNEY_VERSION } from './types';
import type { JourneyError, JourneyWarning } from './types';
import { notADocumentError, readVersion } from './validate';

export interface MigrationStep {
  /** Says what the step does, e.g. "v1 -> v2: rename touchpoint.feeling to emotion". */
  name: string;
  from: number;
  /** Always `from + 1`. */
  to: number;
  /** Pure: returns the migrated document and never changes its argument. */
  migrate: (document: Readonly<JsonObject>) => JsonObject;
}

/** The steps of this library, oldest first. Empty while version 1 is the only version. */
export const journeyMigrations: readonly MigrationStep[] = [];

/**
 * Throws when `steps` is not a chain `n -> n+1 -> ... -> target`. A broken chain is a bug in
 * the library (or in a test's fake list), never a problem of the document being read.
 */
export function checkMigrationSteps(steps: readonly MigrationStep[], target: number = JOURNEY_VERSION): void {
  steps.forEach((step, i) => {
    if (!Number.isInteger(step.from) || step.to !== step.from + 1) {
      throw new Error(`migration step "${step.name}" must go from one version to the next, not ${step.from} -> ${step.to}`);
    }
    const previous = steps[i - 1];
    if (previous !== undefined && previous.to !== step.from) {
      throw new Error(`migration step "${step.name}" starts at ${step.from}, but the step before it ends at ${previous.to}`);
    }
  });
  const last = steps[steps.length - 1];
  if (last !== undefined && last.to !== target) {
    throw new Error(`the last migration step "${last.name}" ends at version ${last.to}, not at the current version ${target}`);
  }
}

export type MigrationResult =
  | { ok: true; document: JsonObject; warnings: JourneyWarning[] }
  | { ok: false; errors: JourneyError[] };

/**
 * Brings a raw document of any supported version to `target` by running the steps that apply,
 * in order. The document's other rules are not checked here (`parseJourney` does that next).
 * Never changes `raw`: steps run on a copy.
 */
export function migrateDocument(
  raw: unknown,
  steps: readonly MigrationStep[] = journeyMigrations,
  target: number = JOURNEY_VERSION,
): MigrationResult {
  checkMigrationSteps(steps, target);
  if (!isPlainObject(raw)) return { ok: false, errors: [notADocumentError(raw)] };
  const errors: JourneyError[] = [];
  const version = readVersion(errors, raw);
  if (version === undefined) return { ok: false, errors };
  if (version === target) return { ok: true, document: raw, warnings: [] };
  if (version > target) {
    return {
      ok: false,
      errors: [
        {
          path: '/version',
          code: 'unsupported_version',
          message:
            `version ${version} is newer than this library supports (up to ${target}); ` +
            'update journey-canvas to open this document',
        },
      ],
    };
  }
  const first = steps.findIndex((step) => step.from === version);
  if (first === -1) {
    const oldest = steps[0]?.from ?? target;
    return {
      ok: false,
      errors: [
        {
          path: '/version',
          code: 'unsupported_version',
          message: `version ${version} is older than the oldest version this library reads (${oldest})`,
        },
      ],
    };
  }
  let document: JsonObject = cloneJson(raw);
  for (const step of steps.slice(first)) {
    let next: unknown;
    try {
      next = step.migrate(document);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, errors: [{ path: '', code: 'invalid_value', message: `migration "${step.name}" failed: ${reason}` }] };
    }
    if (!isPlainObject(next)) {
      return {
        ok: false,
        errors: [{ path: '', code: 'invalid_value', message: `migration "${step.name}" returned ${describeValue(next)}, not a document` }],
      };
    }
    // The chain, not each step, owns the version number.
    document = { ...next };
    setOwn(document, 'version', step.to);
  }
  return {
    ok: true,
    document,
    warnings: [
      {
        path: '/version',
        code: 'migrated',
        message: `this document was written in version ${version} of the format and was upgraded to version ${target}`,
      },
    ],
  };
}
