/**
 * `<ExportMenu />`: the editor toolbar's Export menu — PNG, JPEG, SVG of the whole map, the
 * journey as JSON, and opening a JSON file. It reads the editor's store, so it must sit inside
 * <JourneyEditor> (the toolbar mounts it). While an export runs the trigger is aria-busy and a
 * status line says what is happening; a failure is said in words, never swallowed.
 *
 * Opening goes through `parseJourney`: a bad file's errors are shown with their JSON Pointers
 * (the editor's problem banner) and the map stays as it is; a good file replaces the document
 * as one edit (`replaceDocument`), so Undo brings the previous map back.
 */
import { useContext, useEffect, useId, useRef, useState } from 'react';
import type { ChangeEvent, KeyboardEvent as ReactKeyboardEvent } from 'react';
import { formatMessage } from '../../i18n';
import { useJourneyStore, useJourneyStoreApi, useMessages } from '../JourneyStoreContext';
import { ColorModeContext } from '../../picture/colorMode';
import { exportJourneyImage } from '../../export/exportJourneyImage';
import { displayTitle } from '../../export/svg/context';
import { downloadBlob, downloadJourneyJson, openJourneyFile, safeFileName } from '../../export/files';
import type { ExportImageFormat, ExportImageOptions } from '../../export/options';
import { EXPORT_PRESET_NAMES } from '../../export/presets';
import type { ExportPreset } from '../../export/presets';
import { themeOfEditor } from '../themeOfEditor';
import '../../export/export.css';

export interface ExportMenuProps {
  /** Options for every image (format and preset are chosen in the menu). */
  imageOptions?: Omit<ExportImageOptions, 'format'>;
}

type Status = { kind: 'idle' } | { kind: 'working'; text: string } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

const FORMATS: readonly ExportImageFormat[] = ['png', 'jpeg', 'svg'];
const FORMAT_KEYS = { png: 'export.menu.png', jpeg: 'export.menu.jpeg', svg: 'export.menu.svg' } as const;

const selectReadOnly = (state: { readOnly: boolean }) => state.readOnly;

function reason(error: unknown): string {
  return error instanceof Error ? error.message.replace(/^journey-canvas: /, '') : String(error);
}

export function ExportMenu({ imageOptions }: ExportMenuProps) {
  const store = useJourneyStoreApi();
  const messages = useMessages();
  const colorMode = useContext(ColorModeContext);
  const [open, setOpen] = useState(false);
  const [preset, setPreset] = useState<ExportPreset>(imageOptions?.preset ?? 'slide-16:9');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const popupId = useId();
  const presetId = useId();
  const busy = status.kind === 'working';
  const readOnly = useJourneyStore(selectReadOnly);

  // A click anywhere else closes the menu.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    triggerRef.current?.focus();
  };

  const exportImage = async (format: ExportImageFormat) => {
    close();
    const document = store.getState().document;
    const fileName = safeFileName(displayTitle(document.title, messages), format === 'jpeg' ? 'jpg' : format);
    setStatus({ kind: 'working', text: formatMessage(messages['export.status.working'], { format: format.toUpperCase() }) });
    try {
      const options: ExportImageOptions = { colorMode, lanes: store.getState().lanes, messages, ...imageOptions, preset, format };
      const blob = await exportJourneyImage(document, { ...options, theme: themeOfEditor(rootRef.current, colorMode, options) });
      downloadBlob(blob, fileName);
      setStatus({ kind: 'done', text: formatMessage(messages['export.status.done'], { file: fileName }) });
    } catch (error) {
      setStatus({ kind: 'error', text: formatMessage(messages['export.status.failed'], { message: reason(error) }) });
    }
  };

  const saveJson = () => {
    close();
    try {
      const fileName = downloadJourneyJson(store.getState().document);
      setStatus({ kind: 'done', text: formatMessage(messages['export.status.done'], { file: fileName }) });
    } catch (error) {
      setStatus({ kind: 'error', text: formatMessage(messages['export.status.failed'], { message: reason(error) }) });
    }
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // The same file can be picked again after fixing it.
    input.value = '';
    if (!file) return;
    setStatus({ kind: 'working', text: formatMessage(messages['export.status.opening'], { file: file.name }) });
    const result = await openJourneyFile(file);
    if (!result.ok) {
      store.getState().setProblem({ source: 'open', errors: result.errors });
      setStatus({ kind: 'error', text: messages['common.invalidOpen'] });
      return;
    }
    const applied = store.getState().apply({ operation: 'replaceDocument', args: { document: result.document } });
    if (!applied.ok) {
      store.getState().setProblem({ source: 'open', errors: applied.errors });
      setStatus({ kind: 'error', text: messages['common.invalidOpen'] });
      return;
    }
    store.getState().setProblem(null);
    setStatus({ kind: 'done', text: formatMessage(messages['export.status.opened'], { title: displayTitle(result.document.title, messages) }) });
  };

  const onKeyDown = (event: ReactKeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close();
    }
  };

  return (
    <div className="jc-export-menu" ref={rootRef} onKeyDown={onKeyDown}>
      <button
        ref={triggerRef}
        type="button"
        className="jc-button jc-export-menu__trigger"
        aria-expanded={open}
        aria-controls={popupId}
        aria-busy={busy}
        disabled={busy}
        onClick={() => setOpen((value) => !value)}
      >
        {messages['export.menu.label']}
        <span aria-hidden="true"> ▾</span>
      </button>
      {open && (
        <div className="jc-export-menu__popup" id={popupId} role="group" aria-label={messages['export.menu.label']}>
          <label className="jc-export-menu__label" htmlFor={presetId}>
            {messages['export.menu.preset']}
          </label>
          <select id={presetId} className="jc-export-menu__select" value={preset} onChange={(event) => setPreset(event.currentTarget.value as ExportPreset)}>
            {EXPORT_PRESET_NAMES.map((name) => (
              <option key={name} value={name}>
                {messages[`export.preset.${name}`]}
              </option>
            ))}
          </select>
          {FORMATS.map((format) => (
            <button key={format} type="button" className="jc-export-menu__item" onClick={() => void exportImage(format)}>
              {messages[FORMAT_KEYS[format]]}
            </button>
          ))}
          <div className="jc-export-menu__separator" role="separator" />
          <button type="button" className="jc-export-menu__item" onClick={saveJson}>
            {messages['export.menu.json']}
          </button>
          {!readOnly && (
            <button
              type="button"
              className="jc-export-menu__item"
              onClick={() => {
                fileRef.current?.click();
                setOpen(false);
              }}
            >
              {messages['export.menu.open']}
            </button>
          )}
        </div>
      )}
      {!readOnly && (
      <input
        ref={fileRef}
        className="jc-export-menu__file"
        type="file"
        accept=".json,application/json"
        // Opened by the Open button; hidden, so it is neither a tab stop nor a tiny stray target.
        hidden
        aria-label={messages['export.menu.open']}
        onChange={(event) => void onFile(event)}
      />
      )}
      <span className={`jc-export-menu__status${status.kind === 'error' ? ' jc-export-menu__status--error' : ''}`} role="status" aria-live="polite">
        {status.kind === 'idle' ? '' : status.text}
      </span>
    </div>
  );
}
