/**
 * Autosave for the playground: the journey document, as the library serializes it, under one
 * localStorage key. Everything read back goes through parseJourney, like any other input.
 */
import { parseJourney, serializeJourney } from 'journey-canvas/model';
import type { JourneyDocument, JourneyError } from 'journey-canvas/model';

/** Where the playground keeps the journey (exported for its test). */
export const STORAGE_KEY = 'journey-canvas:embed-example:journey';

export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'loaded'; document: JourneyDocument }
  | { kind: 'unreadable'; errors: JourneyError[]; input: unknown };

export function loadSavedJourney(): LoadResult {
  let text: string | null;
  try {
    text = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return { kind: 'empty' }; // storage disabled (private mode, policy): start from the sample
  }
  if (text === null) return { kind: 'empty' };
  const result = parseJourney(text);
  return result.ok ? { kind: 'loaded', document: result.document } : { kind: 'unreadable', errors: result.errors, input: jsonOf(text) };
}

/** The saved JSON, so an error can name the touchpoint it is about; undefined when it is not JSON. */
function jsonOf(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Returns false when the browser refused to store it (quota, disabled storage). */
export function saveJourney(document: JourneyDocument): boolean {
  try {
    window.localStorage.setItem(STORAGE_KEY, serializeJourney(document));
    return true;
  } catch {
    return false;
  }
}

export function forgetSavedJourney(): void {
  try {
    window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // nothing stored, nothing to forget
  }
}
