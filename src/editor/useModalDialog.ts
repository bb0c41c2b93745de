/**
 * What the editor's modal dialogs (the shortcut sheet, the rating round) share: opened modal where
 * the browser has `showModal` (focus stays inside, the map behind is inert), focus given back to
 * where it was when they close, and Escape, typed or the browser's own `cancel`, calling `onClose`.
 * Keys pressed inside are the dialog's: they never reach the map behind (which would move or undo).
 */
import { useLayoutEffect, useRef } from 'react';
import type { KeyboardEvent, RefObject, SyntheticEvent } from 'react';

export interface ModalDialogProps {
  ref: RefObject<HTMLDialogElement | null>;
  onKeyDown: (event: KeyboardEvent<HTMLDialogElement>) => void;
  onCancel: (event: SyntheticEvent<HTMLDialogElement>) => void;
}

/**
 * Props for a `<dialog>` that opens modal on mount. `initialFocus` picks the element to focus
 * once it is open (the browser's choice when it returns null).
 */
export function useModalDialog(onClose: () => void, initialFocus?: (dialog: HTMLDialogElement) => HTMLElement | null): ModalDialogProps {
  const ref = useRef<HTMLDialogElement>(null);
  const focusRef = useRef(initialFocus);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const before = element.ownerDocument.activeElement;
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
    focusRef.current?.(element)?.focus();
    return () => {
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);

  return {
    ref,
    onKeyDown: (event) => {
      event.stopPropagation();
      if (event.key === 'Escape') {
        event.preventDefault();
        onClose();
      }
    },
    onCancel: (event) => {
      event.preventDefault();
      onClose();
    },
  };
}
