/**
 * How checks report problems. Every check appends to a plain `JourneyError[]`, through `fail`,
 * which keeps the first `MAX_JOURNEY_ERRORS` and only counts the rest: a 10 MB file of 5 million
 * broken touchpoints costs a counter, not 5 million error objects. `finishErrors` then adds one
 * last error that says how many more there were.
 */
import { MAX_JOURNEY_ERRORS, formatCount } from './limits';
import type { JourneyError, JourneyErrorCode } from './types';

/** How many errors were counted but not kept, per list. */
const omittedCounts = new WeakMap<JourneyError[], number>();

/**
 * Whether `errors` is full: then the caller's error is counted here and must not be built.
 * Checks on a hot path call this before making a path or a message.
 */
export function isFull(errors: JourneyError[]): boolean {
  if (errors.length < MAX_JOURNEY_ERRORS) return false;
  omittedCounts.set(errors, (omittedCounts.get(errors) ?? 0) + 1);
  return true;
}

export function fail(errors: JourneyError[], path: string, code: JourneyErrorCode, message: string): void {
  if (!isFull(errors)) errors.push({ path, code, message });
}

/** How many errors `errors` counted beyond its cap. */
export function omittedErrors(errors: JourneyError[]): number {
  return omittedCounts.get(errors) ?? 0;
}

/** `errors` with a last `too_many_errors` entry when some were only counted. */
export function finishErrors(errors: JourneyError[]): JourneyError[] {
  const omitted = omittedErrors(errors);
  if (omitted === 0) return errors;
  omittedCounts.delete(errors);
  return [
    ...errors,
    {
      path: '',
      code: 'too_many_errors',
      message: `and ${formatCount(omitted)} more ${omitted === 1 ? 'error' : 'errors'} (only the first ${MAX_JOURNEY_ERRORS} are listed)`,
    },
  ];
}
