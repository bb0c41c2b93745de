/**
 * The keyboard shortcut sheet: a modal dialog listing what the keys do ("?" opens it, Escape or
 * its Close button closes it, and focus goes back where it was). The rows are the README's
 * keyboard table, in the editor's language.
 */
import { useId } from 'react';
import { SHORTCUT_ROWS } from '../i18n/catalogs/shortcuts';
import { useMessages } from './JourneyStoreContext';
import { useModalDialog } from './useModalDialog';

/** Whether a key press asks for the sheet: "?" with no modifier but the Shift that types it. */
export function isShortcutSheetKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): boolean {
  return event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey;
}

export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const messages = useMessages();
  const dialogProps = useModalDialog(onClose, (dialog) => dialog.querySelector<HTMLElement>('.jc-shortcuts__close'));
  const titleId = useId();

  return (
    <dialog {...dialogProps} className="jc-shortcuts" aria-labelledby={titleId}>
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
