/**
 * Documents from the host (`value`, `defaultValue`, `ref.setDocument`) come in through
 * `parseJourney` and are loaded (no `onChange`, no undo step). A `value` that fails to parse is
 * reported instead of drawn. The host passing back the document `onChange` gave it is
 * recognised and not reloaded (that would wipe the undo history on every edit).
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createJourney, parseJourney } from '../model';
import type { JourneyError, ParseResult } from '../model';
import { createJourneyStore } from '../store';
import type { JourneyStore, JourneyStoreOptions } from '../store';

export interface DocumentInput {
  store: JourneyStore;
  /** Errors of the current `value`, when it is not a valid journey. */
  valueErrors: JourneyError[] | null;
  setDocument(input: unknown): ParseResult;
}

type ValueState = { kind: 'none' } | { kind: 'same' } | { kind: 'parsed'; result: ParseResult };

export function useDocumentInput(
  value: unknown,
  defaultValue: unknown,
  options: Omit<JourneyStoreOptions, 'document'> & { locale?: string },
): DocumentInput {
  const [{ initial, initialValue }] = useState(() => {
    const source = value !== undefined ? value : defaultValue;
    const result: ParseResult =
      source === undefined ? { ok: true, document: createJourney({ locale: options.locale }), warnings: [] } : parseJourney(source);
    return { initial: result, initialValue: value };
  });
  const [store] = useState(() =>
    createJourneyStore({ ...options, document: initial.ok ? initial.document : createJourney({ locale: options.locale }) }),
  );
  /** The value `setDocument` replaced: its errors no longer stand in for the map. */
  const [supersededValue, setSupersededValue] = useState<unknown>(undefined);

  // What the current `value` is; the document `onChange` handed out is known to be valid.
  const state = useMemo<ValueState>(() => {
    if (value === undefined) return { kind: 'none' };
    if (value === initialValue) return { kind: 'parsed', result: initial };
    if (value === store.getState().document) return { kind: 'same' };
    return { kind: 'parsed', result: parseJourney(value) };
  }, [value, initial, initialValue, store]);

  const loaded = useRef<unknown>(value);
  useLayoutEffect(() => {
    if (value === loaded.current) return;
    loaded.current = value;
    if (state.kind === 'parsed' && state.result.ok) store.getState().load(state.result.document);
  }, [value, state, store]);

  const [setDocument] = useState(() => (input: unknown): ParseResult => {
    const result = parseJourney(input);
    if (result.ok) {
      store.getState().load(result.document);
      setSupersededValue(() => loaded.current);
    }
    return result;
  });

  const valueErrors =
    state.kind === 'parsed' && !state.result.ok && !(supersededValue !== undefined && supersededValue === value) ? state.result.errors : null;
  return { store, valueErrors, setDocument };
}
