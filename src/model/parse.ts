/**
 * `parseJourney`: the one way in. Text or a value becomes a valid current-version document, or a
 * list of every problem found. It never throws, so a bad import can never lose the current map.
 */
import { cloneJson, isPlainObject } from './json';
import type { JsonObject } from './json';
import { journeyMigrations, migrateDocument } from './migrate';
import type { MigrationStep } from './migrate';
import { JOURNEY_VERSION } from './types';
import type { JourneyDocument, JourneyError, ParseResult } from './types';
import { checkDocumentBody, checkFormat, notADocumentError, readVersion, unreadableError } from './validate';
import type { Issues } from './validate';

/**
 * Reads a journey document from JSON text or from an already-parsed value.
 *
 * Returns `{ ok: true, document, warnings }` with a document that shares nothing mutable with
 * `input`, or `{ ok: false, errors }` naming every problem with a JSON Pointer. Older versions of
 * the format are migrated (with a warning); newer ones are an `unsupported_version` error.
 *
 * @example
 * const result = parseJourney(await file.text());
 * if (result.ok) show(result.document);
 * else for (const e of result.errors) console.warn(`${e.path || '(document)'}: ${e.message}`);
 */
export function parseJourney(input: string | unknown): ParseResult {
  return parseJourneyWith(input, journeyMigrations);
}

/** `parseJourney` with another list of migration steps (for tests of the mechanism). */
export function parseJourneyWith(input: unknown, steps: readonly MigrationStep[]): ParseResult {
  try {
    return parse(input, steps);
  } catch (error) {
    // A value nested deeper than the stack, a getter that throws: still an answer, not a crash.
    return { ok: false, errors: [unreadableError(error)] };
  }
}

function failure(errors: JourneyError[]): ParseResult {
  return { ok: false, errors };
}

function parse(input: unknown, steps: readonly MigrationStep[]): ParseResult {
  const fromText = typeof input === 'string';
  let raw: unknown = input;
  if (typeof input === 'string') {
    try {
      // A byte-order mark is how some editors save UTF-8; it is not part of the JSON.
      raw = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return failure([{ path: '', code: 'invalid_json', message: `the text is not valid JSON: ${reason}` }]);
    }
  }
  if (!isPlainObject(raw)) return failure([notADocumentError(raw)]);

  const issues: Issues = { errors: [], warnings: [] };
  let root: JsonObject = raw;
  let copied = fromText; // JSON.parse made fresh objects that nobody else holds
  const version = readVersion(issues.errors, raw);
  if (version !== undefined && version !== JOURNEY_VERSION) {
    const migrated = migrateDocument(raw, steps, JOURNEY_VERSION);
    if (!migrated.ok) {
      const errors: JourneyError[] = [];
      checkFormat(errors, raw);
      return failure([...errors, ...migrated.errors]);
    }
    root = migrated.document;
    copied = true;
    issues.warnings.push(...migrated.warnings);
  }

  // Text cannot hold functions, cycles or NaN; a value handed over by a host app can.
  checkDocumentBody(issues, root, { checkUnknown: !fromText });
  if (issues.errors.length > 0) return failure(issues.errors);
  const document = (copied ? root : cloneJson(root)) as JourneyDocument;
  return { ok: true, document, warnings: issues.warnings };
}
