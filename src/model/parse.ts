/**
 * `parseJourney`: the one way in. Text or a value becomes a valid current-version document, or a
 * list of the problems found. It never throws, so a bad import can never lose the current map.
 */
import { isPlainObject } from './json';
import type { JsonObject } from './json';
import { MAX_JOURNEY_LENGTH } from './limits';
import { journeyMigrations, migrateDocument } from './migrate';
import type { MigrationStep } from './migrate';
import { correctRatedEmotions } from './ratings';
import { inspectParsed, lengthError, readValue } from './read';
import { finishErrors } from './report';
import { textMayHoldUnsafeChars } from './text';
import { JOURNEY_VERSION } from './types';
import type { JourneyDocument, JourneyError, ParseResult } from './types';
import { checkDocumentBody, checkFormat, notADocumentError, readVersion, unreadableError } from './validate';
import type { Issues } from './validate';

/**
 * Reads a journey document from JSON text or from an already-parsed value.
 *
 * Returns `{ ok: true, document, warnings }` with a document that shares nothing mutable with
 * `input`, or `{ ok: false, errors }` naming the problems with JSON Pointers: the first
 * `MAX_JOURNEY_ERRORS` of them, then one `too_many_errors` error counting the rest. Older
 * versions of the format are migrated (with a warning); newer ones are an
 * `unsupported_version` error. A rated touchpoint whose `emotion` is not the mean of its ratings
 * (2 decimals) is corrected, with an `emotion_from_ratings` warning at that emotion's path. A
 * value is read once (each getter once). Input over one of the
 * limits (`JOURNEY_LIMITS`: depth, size, items) gets one error naming the limit.
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
    // A Proxy whose traps throw, a migration step gone wrong: still an answer, not a crash.
    return { ok: false, errors: [unreadableError(error)] };
  }
}

function failure(errors: JourneyError[]): ParseResult {
  return { ok: false, errors: finishErrors(errors) };
}

/** JSON text or a host's value as fresh plain data within the limits, or why not. */
function readInput(input: unknown): { ok: true; root: JsonObject } | { ok: false; errors: JourneyError[] } {
  if (typeof input === 'string') {
    if (input.length > MAX_JOURNEY_LENGTH) return { ok: false, errors: [lengthError(input.length)] };
    // A byte-order mark is how some editors save UTF-8; it is not part of the JSON.
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, errors: [{ path: '', code: 'invalid_json', message: `the text is not valid JSON: ${reason}` }] };
    }
    if (!isPlainObject(parsed)) return { ok: false, errors: [notADocumentError(parsed)] };
    // JSON.parse made fresh objects nobody else holds: they are only checked, not copied.
    const inspected = inspectParsed(parsed, textMayHoldUnsafeChars(text));
    return inspected.ok ? { ok: true, root: parsed } : inspected;
  }
  if (!isPlainObject(input)) return { ok: false, errors: [notADocumentError(input)] };
  const read = readValue(input);
  return read.ok ? { ok: true, root: read.value as JsonObject } : read;
}

function parse(input: unknown, steps: readonly MigrationStep[]): ParseResult {
  const read = readInput(input);
  if (!read.ok) return failure(read.errors);
  const raw = read.root;

  const issues: Issues = { errors: [], warnings: [] };
  let root: JsonObject = raw;
  const version = readVersion(issues.errors, raw);
  if (version !== undefined && version !== JOURNEY_VERSION) {
    const migrated = migrateDocument(raw, steps, JOURNEY_VERSION);
    if (!migrated.ok) {
      const errors: JourneyError[] = [];
      checkFormat(errors, raw);
      return failure([...errors, ...migrated.errors]);
    }
    root = migrated.document;
    issues.warnings.push(...migrated.warnings);
  }

  // Text cannot hold functions or NaN; a value handed over by a host app can.
  checkDocumentBody(issues, root, { checkUnknown: typeof input !== 'string' });
  if (issues.errors.length > 0) return failure(issues.errors);
  // A rated touchpoint's emotion is its ratings' mean: a file edited by hand (or by an older
  // tool) that disagrees is corrected, and the warning says where.
  correctRatedEmotions(root, issues.warnings);
  return { ok: true, document: root as JourneyDocument, warnings: issues.warnings };
}
