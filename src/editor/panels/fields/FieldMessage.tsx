/** The message beside a field whose value was not applied. Announced politely as it appears. */
export function FieldMessage({ id, message }: { id: string; message: string | null }) {
  return (
    <p id={id} className="jc-field__message" aria-live="polite">
      {message}
    </p>
  );
}

/** `aria-describedby` for a field: its hint and its message, whichever exist. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}
