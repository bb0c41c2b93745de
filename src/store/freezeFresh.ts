/**
 * Freezes what is new in a document an operation returned: operations copy only the path to
 * what they changed and share the rest, which is already frozen, so the walk stops at every
 * frozen object and costs about one check per touchpoint. Immer's own deep freeze does the same
 * walk through generic helpers, which on a 2,500-touchpoint map is a millisecond of every drag
 * frame; gesture steps use this one (see createJourneyStore's updateGesture).
 */
export function freezeFresh<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (const item of value) freezeFresh(item);
  } else {
    for (const key of Object.keys(value)) freezeFresh((value as Record<string, unknown>)[key]);
  }
  return value;
}
