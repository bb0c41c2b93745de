/**
 * `<JourneyEditor>`: a customer-journey map editor — stages as columns, touchpoint cards, the
 * emotion curve with its peak and end, lanes of pain points, delights and opportunities.
 * One store per instance: two editors on a page are independent.
 */
import { forwardRef, useCallback, useContext, useImperativeHandle, useLayoutEffect, useMemo, useRef } from 'react';
import type { CSSProperties, ClipboardEvent, KeyboardEvent } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { resolveMessages } from '../i18n';
import type { JourneyLocale, JourneyMessages } from '../i18n';
import type { JourneyChange, JourneyDocument, ParseResult } from '../model';
import { JOURNEY_LANES } from '../store';
import type { ApplyResult, JourneyEditorChange, JourneyLane, JourneySelection } from '../store';
import { JourneyCanvas } from './canvas/JourneyCanvas';
import type { CanvasHandle, JourneyInitialView } from './canvas/JourneyCanvas';
import { selectReadOnly, selectView } from './canvas/selectors';
import { InvalidValue } from './InvalidValue';
import { JourneyMessagesContext, JourneyStoreContext, useJourneyStore } from './JourneyStoreContext';
import { isTextInput } from './keyboard/useCanvasKeyboard';
import { pasteText } from './paste';
import { ColorModeContext, useResolvedColorMode } from '../picture/colorMode';
import type { JourneyColorMode } from '../picture/colorMode';
import { useDocumentInput } from './useDocumentInput';
import { EditorPanels } from './EditorPanels';
import type { JourneyEditorCollab } from './collab';
import { exportJourneyImage } from '../export/exportJourneyImage';
import { themeOfEditor } from './themeOfEditor';
import type { ExportImageOptions } from '../export/options';
import './theme.css';
import './editor.css';

export interface JourneyEditorProps {
  /**
   * The journey to show, controlled: pass back the document `onChange` gives you. Goes through
   * `parseJourney`; an invalid value shows its errors instead of a map.
   * @example <JourneyEditor value={doc} onChange={(next) => setDoc(next)} />
   */
  value?: JourneyDocument;
  /**
   * Called once per user edit (never for loading a `value` or `setDocument`), with the new
   * document and the change that made it: a named model operation, `undo` or `redo`.
   */
  onChange?: (document: JourneyDocument, change: JourneyEditorChange) => void;
  /**
   * The journey to start from, uncontrolled: the editor keeps its own document afterwards.
   * Without `value` or `defaultValue`, the editor starts from a new journey with the five default stages.
   * @example <JourneyEditor defaultValue={template} onChange={save} />
   */
  defaultValue?: JourneyDocument;
  /**
   * Shows the map without editing: no drags, no add buttons, no inspector.
   * @default false
   */
  readOnly?: boolean;
  /**
   * Which lanes show (the user can still toggle them).
   * @default ['touchpoints', 'emotion', 'painPoints', 'delights', 'opportunities', 'metrics']
   * @example <JourneyEditor lanes={['touchpoints', 'emotion']} … />
   */
  lanes?: readonly JourneyLane[];
  /**
   * Language of every string the editor shows.
   * @default 'en'
   */
  locale?: JourneyLocale;
  /**
   * Overrides for any message of the catalog, by key.
   * @example <JourneyEditor messages={{ 'common.peak': 'Most intense' }} … />
   */
  messages?: Partial<JourneyMessages>;
  /**
   * Light, dark, or follow the operating system.
   * @default 'light'
   */
  colorMode?: JourneyColorMode;
  /** Called when the selected touchpoint or stage changes (selection is never an edit). */
  onSelectionChange?: (selection: JourneySelection) => void;
  /**
   * The viewport the map opens on: `fit` shows the whole map; `readable` does so only while its
   * text stays legible, else opens on the first stages at a readable zoom.
   * @default 'fit'
   */
  initialView?: JourneyInitialView;
  /**
   * Live collaboration: binds the editor to a Y.Doc (and its awareness for presence). The Y.Doc
   * is then the source of truth: leave `value` out, undo/redo take back only your own edits.
   * @example const collab = useJourneyCollab({ doc: provider.document, awareness: provider.awareness, user: { name: 'Ana', color: '#e11d48' } });
   * <JourneyEditor collab={collab} />   // useJourneyCollab from 'journey-canvas/collab'
   */
  collab?: JourneyEditorCollab;
  className?: string;
  style?: CSSProperties;
}

/** Commands for the host app, through `ref`. */
export interface JourneyEditorHandle {
  /** The document on screen. */
  getDocument(): JourneyDocument;
  /** Validates and loads a document (no `onChange`, history cleared); on error the map stays as it was. */
  setDocument(input: unknown): ParseResult;
  undo(): boolean;
  redo(): boolean;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Fits the whole map into view. */
  fitView(): void;
  /** Selects a touchpoint by id (null clears the selection). */
  select(touchpointId: string | null): void;
  /**
   * Makes an edit as if the user had: one named model operation, one undo step, one `onChange`.
   * Invalid arguments change nothing and come back as errors with JSON Pointer paths.
   * @example editorRef.current.apply({ operation: 'setEmotion', args: { id: 't1', emotion: -2 } });
   */
  apply(change: JourneyChange): ApplyResult;
  /**
   * The whole map (every stage and touchpoint) as an image Blob, with the editor's look: its
   * colour mode, messages, shown lanes and colours (its `--jc-*` custom properties, a host's
   * theme included) unless `options` say otherwise. See `exportJourneyImage`.
   * @example const png = await editorRef.current.exportImage({ preset: 'slide-16:9' });
   */
  exportImage(options?: ExportImageOptions): Promise<Blob>;
}

const DEFAULT_LANES: readonly JourneyLane[] = JOURNEY_LANES;

/** Undo and redo keys, anywhere in the editor except inside a text field (which has its own undo). */
export function historyKey(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo';
  return null;
}

function EditorFrame({
  invalid,
  canvasHandle,
  onFitView,
  initialView,
}: {
  invalid: ReturnType<typeof useDocumentInput>['valueErrors'];
  canvasHandle: { current: CanvasHandle | null };
  onFitView: () => void;
  initialView: JourneyInitialView | undefined;
}) {
  const view = useJourneyStore(selectView);
  const readOnly = useJourneyStore(selectReadOnly);
  const colorMode = useContext(ColorModeContext);
  if (invalid) return <InvalidValue errors={invalid} />;
  return (
    <EditorPanels
      readOnly={readOnly}
      view={view}
      onFitView={onFitView}
      map={<JourneyCanvas editable colorMode={colorMode} handleRef={canvasHandle} initialView={initialView} />}
    />
  );
}

export const JourneyEditor = forwardRef<JourneyEditorHandle, JourneyEditorProps>(function JourneyEditor(props, ref) {
  const {
    value,
    onChange,
    defaultValue,
    readOnly = false,
    lanes,
    locale = 'en',
    messages: overrides,
    colorMode = 'light',
    onSelectionChange,
    className,
    style,
  } = props;
  const { store, valueErrors, setDocument } = useDocumentInput(value, defaultValue, {
    readOnly,
    lanes: lanes ?? DEFAULT_LANES,
    onChange,
    onSelectionChange,
    locale,
  });
  const messages = useMemo(() => resolveMessages(locale, overrides), [locale, overrides]);
  const resolvedColorMode = useResolvedColorMode(colorMode);
  const canvasHandle = useRef<CanvasHandle | null>(null);

  // The host's callbacks may change on every render: read at call time, re-render nothing.
  useLayoutEffect(() => {
    Object.assign(store.handlers, { onChange, onSelectionChange });
  });
  useLayoutEffect(() => {
    store.getState().setReadOnly(readOnly);
  }, [store, readOnly]);
  const lanesKey = lanes?.join(',');
  useLayoutEffect(() => {
    if (lanesKey !== undefined) store.getState().setLanes(lanesKey === '' ? [] : (lanesKey.split(',') as JourneyLane[]));
  }, [store, lanesKey]);

  const collab = props.collab;
  useLayoutEffect(() => collab?.attach(store), [collab, store]);
  const CollabOverlay = collab?.Overlay;

  const fitView = useCallback(() => canvasHandle.current?.fitView(), []);
  const rootRef = useRef<HTMLDivElement>(null);

  useImperativeHandle(
    ref,
    () => ({
      getDocument: () => store.getState().document,
      setDocument,
      undo: () => store.getState().undo(),
      redo: () => store.getState().redo(),
      canUndo: () => store.getState().canUndo,
      canRedo: () => store.getState().canRedo,
      fitView,
      select: (touchpointId) => store.getState().select(touchpointId === null ? null : { kind: 'touchpoint', id: touchpointId }),
      apply: (change) => store.getState().apply(change),
      exportImage: (options = {}) =>
        exportJourneyImage(store.getState().document, {
          colorMode: resolvedColorMode,
          messages,
          lanes: store.getState().lanes,
          ...options,
          theme: themeOfEditor(rootRef.current, resolvedColorMode, options),
        }),
    }),
    [store, setDocument, fitView, resolvedColorMode, messages],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (isTextInput(event.target)) return;
    const action = historyKey(event);
    if (!action) return;
    event.preventDefault();
    if (action === 'undo') store.getState().undo();
    else store.getState().redo();
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    if (isTextInput(event.target)) return;
    const text = event.clipboardData.getData('text/plain') || event.clipboardData.getData('application/json');
    if (pasteText(store, text) !== 'ignored') event.preventDefault();
  };

  return (
    <JourneyStoreContext.Provider value={store}>
      <JourneyMessagesContext.Provider value={messages}>
        <ColorModeContext.Provider value={resolvedColorMode}>
          <div
            ref={rootRef}
            className={className ? `jc-editor ${className}` : 'jc-editor'}
            style={style}
            data-color-mode={resolvedColorMode}
            lang={locale}
            role="group"
            aria-label={messages['canvas.editorLabel']}
            onKeyDown={onKeyDown}
            onPaste={onPaste}
          >
            <ReactFlowProvider>
              <EditorFrame invalid={valueErrors} canvasHandle={canvasHandle} onFitView={fitView} initialView={props.initialView} />
              {CollabOverlay ? <CollabOverlay /> : null}
            </ReactFlowProvider>
          </div>
        </ColorModeContext.Provider>
      </JourneyMessagesContext.Provider>
    </JourneyStoreContext.Provider>
  );
});
