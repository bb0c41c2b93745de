/**
 * The keyboard shortcut sheet: a modal dialog listing what the keys do ("?" opens it, Escape or
 * its Close button closes it, and focus goes back where it was). The rows are the README's
 * keyboard table, in the editor's language.
 */
import { useId, useLayoutEffect, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { SHORTCUT_ROWS } from '../i18n/catalogs/shortcuts';
import { useMessages } from './JourneyStoreContext';

/** Whether a key press asks for the sheet: "?" with no modifier but the Shift that types it. */
export function isShortcutSheetKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): boolean {
  return event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey;
}

export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const messages = useMessages();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const before = element.ownerDocument.activeElement;
    // Modal where the browser has it (focus stays inside, the page behind is inert).
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
    element.querySelector<HTMLElement>('.jc-shortcuts__close')?.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    // Keys pressed in the sheet are the sheet's: the map behind must not move or undo.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <dialog
      ref={dialog}
      className="jc-shortcuts"
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
      // The browser's own Escape (a `cancel` event) closes it the same way.
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="jc-shortcuts__header">
        <h2 id={titleId} className="jc-shortcuts__title">
          {messages['shortcuts.title']}
        </h2>
        <button type="button" className="jc-button jc-shortcuts__close" onClick={onClose}>
          {messages['shortcuts.close']}
        </button>
      </div>
      <p className="jc-shortcuts__intro">{messages['shortcuts.intro']}</p>
      <table className="jc-shortcuts__table">
        <thead>
          <tr>
            <th scope="col">{messages['shortcuts.keyColumn']}</th>
            <th scope="col">{messages['shortcuts.doesColumn']}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUT_ROWS.map((row) => (
            <tr key={row}>
              <th scope="row">
                <kbd className="jc-shortcuts__keys">{messages[`shortcuts.${row}.keys`]}</kbd>
              </th>
              <td>{messages[`shortcuts.${row}.does`]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </dialog>
  );
}
