/**
 * The rules of format v1, as checks that collect every problem with its JSON Pointer.
 *
 * The per-object checks (`checkTouchpoint`, `checkStage`, ...) are exported because operations
 * re-check only the object they touch; `checkDocument` runs all of them plus the rules that span
 * the document (unique ids, stage references).
 */
import { describeValue, hasOwn, isPlainObject } from './json';
import type { JsonObject } from './json';
import { colorRegExp, dateTimeRegExp } from './patterns';
import { childPointer } from './pointer';
import { EMOTION_MAX, EMOTION_MIN, JOURNEY_FORMAT, JOURNEY_VERSION, STAGE_KINDS } from './types';
import type { JourneyError, JourneyErrorCode, JourneyWarning } from './types';

/** The allowed range of each metric, inclusive. */
export const METRIC_RANGES = {
  csat: [1, 5],
  nps: [-100, 100],
  ces: [1, 7],
} as const;

export interface Issues {
  errors: JourneyError[];
  warnings: JourneyWarning[];
}

/**
 * `checkUnknown`: also check that properties the library does not know hold JSON values (no
 * functions, cycles, `NaN`, class instances). Text that went through `JSON.parse` cannot hold
 * anything else, so parsing text skips this; objects handed over by a host app do not.
 */
export interface CheckOptions {
  checkUnknown: boolean;
}

function fail(errors: JourneyError[], path: string, code: JourneyErrorCode, message: string): void {
  errors.push({ path, code, message });
}

function missing(errors: JourneyError[], parent: string, key: string, expected: string): void {
  fail(errors, childPointer(parent, key), 'required', `${key} is required (${expected})`);
}

function present(object: JsonObject, key: string): boolean {
  return hasOwn(object, key) && object[key] !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Values

export function checkString(errors: JourneyError[], path: string, name: string, value: unknown): void {
  if (typeof value !== 'string') {
    fail(errors, path, 'invalid_type', `${name} must be a string, got ${describeValue(value)}`);
  }
}

export function checkId(errors: JourneyError[], path: string, name: string, value: unknown): void {
  if (typeof value !== 'string') {
    fail(errors, path, 'invalid_type', `${name} must be a non-empty string, got ${describeValue(value)}`);
  } else if (value === '') {
    fail(errors, path, 'empty', `${name} must be a non-empty string, got ""`);
  }
}

export function checkNumberInRange(
  errors: JourneyError[],
  path: string,
  name: string,
  value: unknown,
  min: number,
  max: number,
): void {
  if (typeof value === 'number' && value >= min && value <= max) return;
  const message = `${name} must be a number from ${min} to ${max}, got ${describeValue(value)}`;
  if (typeof value !== 'number') fail(errors, path, 'invalid_type', message);
  else if (!Number.isFinite(value)) fail(errors, path, 'invalid_value', message);
  else fail(errors, path, 'out_of_range', message);
}

export function checkEmotion(errors: JourneyError[], path: string, value: unknown): void {
  checkNumberInRange(errors, path, 'emotion', value, EMOTION_MIN, EMOTION_MAX);
}

export function checkColor(errors: JourneyError[], path: string, value: unknown): void {
  if (typeof value === 'string' && colorRegExp.test(value)) return;
  const message = `color must be "#rgb" or "#rrggbb" (like "#4f46e5"), got ${describeValue(value)}`;
  fail(errors, path, typeof value === 'string' ? 'invalid_format' : 'invalid_type', message);
}

function checkDateTime(errors: JourneyError[], path: string, name: string, value: unknown): void {
  if (typeof value === 'string' && dateTimeRegExp.test(value)) return;
  const message = `${name} must be an ISO 8601 date-time like "2026-11-22T08:00:00.000Z", got ${describeValue(value)}`;
  fail(errors, path, typeof value === 'string' ? 'invalid_format' : 'invalid_type', message);
}

function checkBoolean(errors: JourneyError[], path: string, name: string, value: unknown): void {
  if (typeof value !== 'boolean') {
    fail(errors, path, 'invalid_type', `${name} must be true or false, got ${describeValue(value)}`);
  }
}

function checkStringArray(errors: JourneyError[], path: string, name: string, value: unknown): void {
  if (!Array.isArray(value)) {
    fail(errors, path, 'invalid_type', `${name} must be an array of strings, got ${describeValue(value)}`);
    return;
  }
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    if (typeof item !== 'string') {
      fail(errors, `${path}/${i}`, 'invalid_type', `${name}[${i}] must be a string, got ${describeValue(item)}`);
    }
  }
}

function checkKind(errors: JourneyError[], path: string, value: unknown): void {
  if ((STAGE_KINDS as readonly unknown[]).includes(value)) return;
  const message = `kind must be one of ${STAGE_KINDS.join(', ')}, got ${describeValue(value)}`;
  fail(errors, path, typeof value === 'string' ? 'invalid_value' : 'invalid_type', message);
}

/**
 * A property the library does not know must still be JSON, or it could not be saved and read
 * back: no functions, symbols, bigints, `undefined` inside arrays, non-finite numbers, class
 * instances or cycles. `ancestors` holds the objects on the way down, to find cycles.
 */
export function checkJsonValue(errors: JourneyError[], path: string, value: unknown, ancestors: object[] = []): void {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return;
    case 'number':
      if (!Number.isFinite(value)) {
        fail(errors, path, 'invalid_value', `a JSON number must be finite, got ${describeValue(value)}`);
      }
      return;
    case 'object':
      break;
    default:
      fail(errors, path, 'invalid_type', `must be a JSON value, got ${describeValue(value)}`);
      return;
  }
  if (value === null) return;
  if (ancestors.includes(value)) {
    fail(errors, path, 'invalid_value', 'must be a JSON value, got an object that contains itself');
    return;
  }
  ancestors.push(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item === undefined) {
        fail(errors, `${path}/${i}`, 'invalid_type', 'must be a JSON value, got nothing');
      } else {
        checkJsonValue(errors, `${path}/${i}`, item, ancestors);
      }
    }
  } else if (isPlainObject(value)) {
    for (const key of Object.keys(value)) {
      const item = value[key];
      if (item !== undefined) checkJsonValue(errors, childPointer(path, key), item, ancestors);
    }
  } else {
    fail(errors, path, 'invalid_type', `must be a JSON value, got ${describeValue(value)}`);
  }
  ancestors.pop();
}

function checkUnknown(errors: JourneyError[], parent: string, key: string, value: unknown, options: CheckOptions): void {
  if (options.checkUnknown && value !== undefined) checkJsonValue(errors, childPointer(parent, key), value);
}

// ---------------------------------------------------------------------------------------------
// Objects

function notAnObject(errors: JourneyError[], path: string, what: string, value: unknown): void {
  fail(errors, path, 'invalid_type', `${what} must be an object, got ${describeValue(value)}`);
}

export function checkMetrics(errors: JourneyError[], path: string, value: unknown, options: CheckOptions): void {
  if (!isPlainObject(value)) {
    notAnObject(errors, path, 'metrics', value);
    return;
  }
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (item === undefined) continue;
    if (key === 'csat' || key === 'nps' || key === 'ces') {
      const [min, max] = METRIC_RANGES[key];
      checkNumberInRange(errors, `${path}/${key}`, key, item, min, max);
    } else {
      checkUnknown(errors, path, key, item, options);
    }
  }
}

export function checkPersona(errors: JourneyError[], path: string, value: unknown, options: CheckOptions): void {
  if (!isPlainObject(value)) {
    notAnObject(errors, path, 'persona', value);
    return;
  }
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (item === undefined) continue;
    switch (key) {
      case 'name':
      case 'summary':
        checkString(errors, `${path}/${key}`, key, item);
        break;
      case 'goals':
      case 'motivations':
      case 'frustrations':
        checkStringArray(errors, `${path}/${key}`, key, item);
        break;
      default:
        checkUnknown(errors, path, key, item, options);
    }
  }
}

export function checkStage(errors: JourneyError[], path: string, value: unknown, options: CheckOptions): void {
  if (!isPlainObject(value)) {
    notAnObject(errors, path, 'a stage', value);
    return;
  }
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (item === undefined) continue;
    switch (key) {
      case 'id':
        checkId(errors, `${path}/id`, 'id', item);
        break;
      case 'name':
      case 'description':
        checkString(errors, `${path}/${key}`, key, item);
        break;
      case 'kind':
        checkKind(errors, `${path}/kind`, item);
        break;
      case 'color':
        checkColor(errors, `${path}/color`, item);
        break;
      default:
        checkUnknown(errors, path, key, item, options);
    }
  }
  if (!present(value, 'id')) missing(errors, path, 'id', 'a non-empty string');
  if (!present(value, 'name')) missing(errors, path, 'name', 'a string');
}

export function checkTouchpoint(errors: JourneyError[], path: string, value: unknown, options: CheckOptions): void {
  if (!isPlainObject(value)) {
    notAnObject(errors, path, 'a touchpoint', value);
    return;
  }
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (item === undefined) continue;
    switch (key) {
      case 'id':
      case 'stageId':
        checkId(errors, `${path}/${key}`, key, item);
        break;
      case 'title':
      case 'channel':
      case 'description':
      case 'owner':
        checkString(errors, `${path}/${key}`, key, item);
        break;
      case 'emotion':
        checkEmotion(errors, `${path}/emotion`, item);
        break;
      case 'painPoints':
      case 'delights':
      case 'opportunities':
        checkStringArray(errors, `${path}/${key}`, key, item);
        break;
      case 'keyMoment':
        checkBoolean(errors, `${path}/keyMoment`, key, item);
        break;
      case 'metrics':
        checkMetrics(errors, `${path}/metrics`, item, options);
        break;
      default:
        checkUnknown(errors, path, key, item, options);
    }
  }
  if (!present(value, 'id')) missing(errors, path, 'id', 'a non-empty string');
  if (!present(value, 'stageId')) missing(errors, path, 'stageId', 'the id of a stage');
  if (!present(value, 'title')) missing(errors, path, 'title', 'a string');
  if (!present(value, 'emotion')) missing(errors, path, 'emotion', `a number from ${EMOTION_MIN} to ${EMOTION_MAX}`);
}

// ---------------------------------------------------------------------------------------------
// The document

/** A lenient BCP 47 check: anything `Intl` accepts, else the usual letters-digits-hyphens shape. */
export function isPlausibleLocale(tag: string): boolean {
  if (typeof Intl !== 'undefined' && typeof Intl.getCanonicalLocales === 'function') {
    try {
      Intl.getCanonicalLocales(tag);
      return true;
    } catch {
      return false;
    }
  }
  return /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(tag);
}

export function checkFormat(errors: JourneyError[], root: JsonObject): void {
  if (!present(root, 'format')) {
    missing(errors, '', 'format', `the string "${JOURNEY_FORMAT}"`);
    return;
  }
  const format = root.format;
  if (format === JOURNEY_FORMAT) return;
  const message = `format must be "${JOURNEY_FORMAT}", got ${describeValue(format)}; this is not a journey-canvas document`;
  fail(errors, '/format', typeof format === 'string' ? 'invalid_format' : 'invalid_type', message);
}

/**
 * Checks `version`, returning it when it is an integer (else `undefined`, with an error).
 * Whether that integer is supported is the caller's question: parsing migrates older versions.
 */
export function readVersion(errors: JourneyError[], root: JsonObject): number | undefined {
  if (!present(root, 'version')) {
    missing(errors, '', 'version', `an integer, ${JOURNEY_VERSION} for this library`);
    return undefined;
  }
  const version = root.version;
  if (typeof version !== 'number') {
    fail(errors, '/version', 'invalid_type', `version must be an integer, got ${describeValue(version)}`);
    return undefined;
  }
  if (!Number.isInteger(version)) {
    fail(errors, '/version', 'invalid_value', `version must be an integer, got ${describeValue(version)}`);
    return undefined;
  }
  return version;
}

export function newerVersionError(version: number, supported: number): JourneyError {
  return {
    path: '/version',
    code: 'unsupported_version',
    message:
      `version ${version} is newer than this library supports (up to ${supported}); ` +
      'update journey-canvas to open this document',
  };
}

/**
 * Every v1 rule except the version itself (the caller checks that, since parsing migrates
 * first). Errors and warnings are appended to `issues`.
 */
export function checkDocumentBody(issues: Issues, root: JsonObject, options: CheckOptions): void {
  const { errors, warnings } = issues;
  checkFormat(errors, root);
  for (const key of Object.keys(root)) {
    const value = root[key];
    if (value === undefined) continue;
    switch (key) {
      case 'format':
      case 'version':
      case 'stages':
      case 'touchpoints':
        break;
      case 'id':
        checkId(errors, '/id', 'id', value);
        break;
      case 'title':
      case 'description':
        checkString(errors, `/${key}`, key, value);
        break;
      case 'locale':
        checkString(errors, '/locale', 'locale', value);
        if (typeof value === 'string' && !isPlausibleLocale(value)) {
          warnings.push({
            path: '/locale',
            code: 'implausible_locale',
            message: `locale should be a BCP 47 language tag like "en" or "zh-CN", got ${describeValue(value)}`,
          });
        }
        break;
      case 'persona':
        checkPersona(errors, '/persona', value, options);
        break;
      case 'createdAt':
      case 'updatedAt':
        checkDateTime(errors, `/${key}`, key, value);
        break;
      default:
        checkUnknown(errors, '', key, value, options);
    }
  }
  if (!present(root, 'id')) missing(errors, '', 'id', 'a non-empty string');
  if (!present(root, 'title')) missing(errors, '', 'title', 'a string, may be empty');
  checkStagesAndTouchpoints(errors, root, options);
}

function checkStagesAndTouchpoints(errors: JourneyError[], root: JsonObject, options: CheckOptions): void {
  /** Where each id was first seen, to name both places of a duplicate. */
  const firstSeen = new Map<string, string>();
  const stageIds = new Set<string>();
  const claim = (id: unknown, path: string): void => {
    if (typeof id !== 'string' || id === '') return;
    const earlier = firstSeen.get(id);
    if (earlier === undefined) {
      firstSeen.set(id, path);
    } else {
      fail(errors, `${path}/id`, 'duplicate_id', `id ${describeValue(id)} is already used at ${earlier}; ids must be unique in the document`);
    }
  };

  const stages = root.stages;
  if (stages === undefined) {
    missing(errors, '', 'stages', 'an array of stages');
  } else if (!Array.isArray(stages)) {
    fail(errors, '/stages', 'invalid_type', `stages must be an array, got ${describeValue(stages)}`);
  } else {
    for (let i = 0; i < stages.length; i++) {
      const path = `/stages/${i}`;
      const stage: unknown = stages[i];
      checkStage(errors, path, stage, options);
      if (isPlainObject(stage)) {
        claim(stage.id, path);
        if (typeof stage.id === 'string') stageIds.add(stage.id);
      }
    }
  }

  const touchpoints = root.touchpoints;
  if (touchpoints === undefined) {
    missing(errors, '', 'touchpoints', 'an array of touchpoints');
  } else if (!Array.isArray(touchpoints)) {
    fail(errors, '/touchpoints', 'invalid_type', `touchpoints must be an array, got ${describeValue(touchpoints)}`);
  } else {
    const stagesKnown = Array.isArray(stages);
    for (let i = 0; i < touchpoints.length; i++) {
      const path = `/touchpoints/${i}`;
      const touchpoint: unknown = touchpoints[i];
      checkTouchpoint(errors, path, touchpoint, options);
      if (!isPlainObject(touchpoint)) continue;
      claim(touchpoint.id, path);
      const stageId = touchpoint.stageId;
      if (stagesKnown && typeof stageId === 'string' && stageId !== '' && !stageIds.has(stageId)) {
        fail(errors, `${path}/stageId`, 'unknown_stage', `stageId ${describeValue(stageId)} does not name a stage of this document`);
      }
    }
  }
}

/** All v1 checks of a whole document, the version included (no migration). */
export function checkDocument(value: unknown, options: CheckOptions): Issues {
  const issues: Issues = { errors: [], warnings: [] };
  if (!isPlainObject(value)) {
    issues.errors.push(notADocumentError(value));
    return issues;
  }
  const version = readVersion(issues.errors, value);
  if (version !== undefined && version > JOURNEY_VERSION) {
    checkFormat(issues.errors, value);
    issues.errors.push(newerVersionError(version, JOURNEY_VERSION));
    return issues;
  }
  if (version !== undefined && version < JOURNEY_VERSION) {
    issues.errors.push({
      path: '/version',
      code: 'unsupported_version',
      message: `version ${version} is older than ${JOURNEY_VERSION}; read it with parseJourney, which migrates it`,
    });
  }
  checkDocumentBody(issues, value, options);
  return issues;
}

export function notADocumentError(value: unknown): JourneyError {
  return {
    path: '',
    code: 'invalid_type',
    message: `a journey document must be a JSON object, got ${describeValue(value)}`,
  };
}

/**
 * The problems that make `value` not a valid v1 journey document; `[]` when it is one.
 * These are the checks `parseJourney` runs, without migrating older versions.
 */
export function validateJourney(value: unknown): JourneyError[] {
  try {
    return checkDocument(value, { checkUnknown: true }).errors;
  } catch (error) {
    return [unreadableError(error)];
  }
}

/** A last resort when a check itself fails (a value nested too deep, a hostile getter). */
export function unreadableError(error: unknown): JourneyError {
  const reason = error instanceof Error ? error.message : String(error);
  return { path: '', code: 'invalid_value', message: `the document could not be read: ${reason}` };
}
