/** Runs one model operation as one user edit and hands back its errors (null when it applied). */
import { useCallback } from 'react';
import type { JourneyChange, JourneyError } from '../../model';
import { useJourneyStoreApi } from '../JourneyStoreContext';

export type ApplyChange = (change: JourneyChange) => JourneyError[] | null;

export function useApply(): ApplyChange {
  const store = useJourneyStoreApi();
  return useCallback(
    (change: JourneyChange) => {
      const result = store.getState().apply(change);
      return result.ok ? null : result.errors;
    },
    [store],
  );
}

/** The first message of a failed operation, for the field that caused it (null when it applied). */
export function firstMessage(errors: JourneyError[] | null): string | null {
  if (!errors) return null;
  return errors[0]?.message ?? '';
}
