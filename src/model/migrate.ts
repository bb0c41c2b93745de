/**
 * Migrations: how a document written by an older version of the format becomes the current one.
 *
 * An ordered list of pure steps, each taking a document of version `from` to `from + 1`. Format
 * v1 is the first version; v1 -> v2 (participants, ratings, evidence) is the first step.
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

/** What format v2 added, by where it sits: v1 knew none of these names. */
const V2_DOCUMENT_KEYS = ['participants'] as const;
const V2_TOUCHPOINT_KEYS = ['ratings', 'evidence'] as const;

/**
 * A v1 property that v2 gives a meaning to (a host's own `evidence` on a touchpoint, say) was
 * the host's data, not ours: it moves to `x-v1-<name>` (or `x-v1-<name>-2`, … when that is
 * taken), so nothing is lost and nothing is misread as ratings or evidence.
 */
function setAside(object: JsonObject, keys: readonly string[]): JsonObject {
  if (!keys.some((key) => Object.prototype.hasOwnProperty.call(object, key))) return object;
  const next: JsonObject = {};
  for (const key of Object.keys(object)) {
    if (!keys.includes(key)) {
      setOwn(next, key, object[key]);
      continue;
    }
    let aside = `x-v1-${key}`;
    for (let n = 2; Object.prototype.hasOwnProperty.call(object, aside) || Object.prototype.hasOwnProperty.call(next, aside); n++) aside = `x-v1-${key}-${n}`;
    setOwn(next, aside, object[key]);
  }
  return next;
}

/**
 * v1 -> v2. Format v2 only adds optional properties (participants, ratings, evidence), so a v1
 * document means the same in v2: every stage, touchpoint and emotion is kept as it is.
 */
export const migrateV1toV2: MigrationStep = {
  name: 'v1 -> v2: adds participants, ratings and evidence; v1 properties of those names move to x-v1-<name>',
  from: 1,
  to: 2,
  migrate(document) {
    const next = setAside(document as JsonObject, V2_DOCUMENT_KEYS);
    const touchpoints = next.touchpoints;
    if (!Array.isArray(touchpoints)) return next === document ? { ...document } : next;
    const result: JsonObject = next === document ? { ...document } : next;
    setOwn(
      result,
      'touchpoints',
      touchpoints.map((touchpoint: unknown) => (isPlainObject(touchpoint) ? setAside(touchpoint, V2_TOUCHPOINT_KEYS) : touchpoint)),
    );
    return result;
  },
};

/** The steps of this library, oldest first. */
export const journeyMigrations: readonly MigrationStep[] = [migrateV1toV2];

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
