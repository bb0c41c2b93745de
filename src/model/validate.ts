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

/**
 * Object checks run once per touchpoint of a document (100,000 in a big one), so the common case
 * is kept cheap: each value is tested inline and a path string is built only for a problem.
 * `base` and `index` name the object: `${base}/${index}`, or `base` alone when `index` is -1.
 */
function pathOf(base: string, index: number): string {
  return index < 0 ? base : `${base}/${index}`;
}

function isStringArray(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return false;
  return true;
}

function isInRange(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && value >= min && value <= max;
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
      if (!isInRange(item, min, max)) checkNumberInRange(errors, `${path}/${key}`, key, item, min, max);
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
  checkStageAt(errors, path, -1, value, options);
}

/** Checks one stage; returns whether it was an object at all. */
function checkStageAt(errors: JourneyError[], base: string, index: number, value: unknown, options: CheckOptions): boolean {
  if (!isPlainObject(value)) {
    notAnObject(errors, pathOf(base, index), 'a stage', value);
    return false;
  }
  let required = 0; // bit 1: id, bit 2: name
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (item === undefined) continue;
    switch (key) {
      case 'id':
        required |= 1;
        if (typeof item !== 'string' || item === '') checkId(errors, `${pathOf(base, index)}/id`, 'id', item);
        break;
      case 'name':
        required |= 2;
        if (typeof item !== 'string') checkString(errors, `${pathOf(base, index)}/name`, key, item);
        break;
      case 'description':
        if (typeof item !== 'string') checkString(errors, `${pathOf(base, index)}/description`, key, item);
        break;
      case 'kind':
        checkKind(errors, `${pathOf(base, index)}/kind`, item);
        break;
      case 'color':
        checkColor(errors, `${pathOf(base, index)}/color`, item);
        break;
      default:
        checkUnknown(errors, pathOf(base, index), key, item, options);
    }
  }
  if (required !== 3) {
    const path = pathOf(base, index);
    if ((required & 1) === 0) missing(errors, path, 'id', 'a non-empty string');
    if ((required & 2) === 0) missing(errors, path, 'name', 'a string');
  }
  return true;
}

export function checkTouchpoint(errors: JourneyError[], path: string, value: unknown, options: CheckOptions): void {
  checkTouchpointAt(errors, path, -1, value, options);
}

/** Checks one touchpoint; returns whether it was an object at all. */
function checkTouchpointAt(errors: JourneyError[], base: string, index: number, value: unknown, options: CheckOptions): boolean {
  if (!isPlainObject(value)) {
    notAnObject(errors, pathOf(base, index), 'a touchpoint', value);
    return false;
  }
  let required = 0; // bits: 1 id, 2 stageId, 4 title, 8 emotion
  // for-in with an own-property check is measurably faster here than Object.keys (no array per
  // touchpoint); inherited keys, should anything have put one on Object.prototype, are skipped.
  for (const key in value) {
    if (!hasOwn(value, key)) continue;
    const item = value[key];
    if (item === undefined) continue;
    switch (key) {
      case 'id':
      case 'stageId':
        required |= key === 'id' ? 1 : 2;
        if (typeof item !== 'string' || item === '') checkId(errors, `${pathOf(base, index)}/${key}`, key, item);
        break;
      case 'title':
        required |= 4;
        if (typeof item !== 'string') checkString(errors, `${pathOf(base, index)}/title`, key, item);
        break;
      case 'channel':
      case 'description':
      case 'owner':
        if (typeof item !== 'string') checkString(errors, `${pathOf(base, index)}/${key}`, key, item);
        break;
      case 'emotion':
        required |= 8;
        if (!isInRange(item, EMOTION_MIN, EMOTION_MAX)) checkEmotion(errors, `${pathOf(base, index)}/emotion`, item);
        break;
      case 'painPoints':
      case 'delights':
      case 'opportunities':
        if (!isStringArray(item)) checkStringArray(errors, `${pathOf(base, index)}/${key}`, key, item);
        break;
      case 'keyMoment':
        if (typeof item !== 'boolean') checkBoolean(errors, `${pathOf(base, index)}/keyMoment`, key, item);
        break;
      case 'metrics':
        checkMetrics(errors, `${pathOf(base, index)}/metrics`, item, options);
        break;
      default:
        checkUnknown(errors, pathOf(base, index), key, item, options);
    }
  }
  if (required !== 15) {
    const path = pathOf(base, index);
    if ((required & 1) === 0) missing(errors, path, 'id', 'a non-empty string');
    if ((required & 2) === 0) missing(errors, path, 'stageId', 'the id of a stage');
    if ((required & 4) === 0) missing(errors, path, 'title', 'a string');
    if ((required & 8) === 0) missing(errors, path, 'emotion', `a number from ${EMOTION_MIN} to ${EMOTION_MAX}`);
  }
  return true;
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
  // Ids are unique across stages and touchpoints. One Set operation per id: a duplicate is an
  // `add` that does not grow the set; only then is the earlier place looked up.
  const ids = new Set<string>();
  const claim = (id: unknown, base: string, index: number): void => {
    if (typeof id !== 'string' || id === '') return;
    const size = ids.size;
    ids.add(id);
    if (ids.size !== size) return;
    fail(
      errors,
      `${base}/${index}/id`,
      'duplicate_id',
      `id ${describeValue(id)} is already used at ${firstPlaceOf(root, id)}; ids must be unique in the document`,
    );
  };

  const stages = root.stages;
  const stageIds = new Set<string>();
  if (stages === undefined) {
    missing(errors, '', 'stages', 'an array of stages');
  } else if (!Array.isArray(stages)) {
    fail(errors, '/stages', 'invalid_type', `stages must be an array, got ${describeValue(stages)}`);
  } else {
    for (let i = 0; i < stages.length; i++) {
      const stage: unknown = stages[i];
      if (!checkStageAt(errors, '/stages', i, stage, options)) continue;
      const id = (stage as JsonObject).id;
      claim(id, '/stages', i);
      if (typeof id === 'string') stageIds.add(id);
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
      const touchpoint: unknown = touchpoints[i];
      if (!checkTouchpointAt(errors, '/touchpoints', i, touchpoint, options)) continue;
      claim((touchpoint as JsonObject).id, '/touchpoints', i);
      const stageId = (touchpoint as JsonObject).stageId;
      if (stagesKnown && typeof stageId === 'string' && stageId !== '' && !stageIds.has(stageId)) {
        fail(errors, `/touchpoints/${i}/stageId`, 'unknown_stage', `stageId ${describeValue(stageId)} does not name a stage of this document`);
      }
    }
  }
}

/** Where `id` first appears (stages first, then touchpoints); only called for a duplicate. */
function firstPlaceOf(root: JsonObject, id: string): string {
  for (const key of ['stages', 'touchpoints']) {
    const items = root[key];
    if (!Array.isArray(items)) continue;
    for (let i = 0; i < items.length; i++) {
      const item: unknown = items[i];
      if (isPlainObject(item) && item.id === id) return `/${key}/${i}`;
    }
  }
  return '';
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
