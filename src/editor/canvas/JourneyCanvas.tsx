/**
 * The map on React Flow. Every node is derived from the pure layout of the store's document
 * (never stored); edits go through the store as named operations; drags are our own pointer
 * handling mapped to operations, so React Flow never owns a position.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { ControlButton, Controls, Panel, ReactFlow, useReactFlow, useStore as useFlowStore, useStoreApi } from '@xyflow/react';
import type { Node } from '@xyflow/react';
import type { FocusEvent as ReactFocusEvent, MouseEvent as ReactMouseEvent } from 'react';
import { createStore, useStore } from 'zustand';
import type { JourneyLayout } from '../../layout';
import { formatMessage } from '../../i18n';
import { useJourneyStore, useJourneyStoreApi, useMessages } from '../JourneyStoreContext';
import { useCanvasKeyboard } from '../keyboard/useCanvasKeyboard';
import type { CardDrag } from './buildNodes';
import { createCanvasDerivation } from './canvasDerivation';
import { CanvasContext } from './CanvasContext';
import type { CanvasApi } from './CanvasContext';
import { EmotionLayer } from './EmotionLayer';
import { FrozenPanes } from './FrozenPanes';
import { JourneyMiniMap } from './JourneyMiniMap';
import { readableZoom, viewportFor } from './fitMap';
import { nodeTypes } from './nodeTypes';
import { selectReadOnly, selectTitle } from './selectors';
import { EMPTY_WINDOW, lowerBound, selectVisibleSpan, spanWindow } from './visibleSpan';
import { cullsOffscreen, outlinesFarOut, selectZoomedOut, showsOutline } from './largeMaps';
import { OutlineLayer } from './OutlineLayer';
import type { JourneyStoreState } from '../../store';
import type { JourneyResolvedColorMode } from '../../picture/colorMode';
import '@xyflow/react/dist/style.css';
import '../theme.css';
import './canvas.css';

/** Above this many touchpoints the map gets a mini-map to find one's way. */
const MINIMAP_FROM = 12;

const PRO_OPTIONS = { hideAttribution: true };

/** Frames to wait for a card panned into view to mount before focusing it. */
const FOCUS_FRAMES = 10;

export interface CanvasHandle {
  fitView(): void;
}

export interface JourneyCanvasProps {
  /** False for the viewer: no add buttons, no editing chrome. */
  editable: boolean;
  colorMode: JourneyResolvedColorMode;
  /** Receives the canvas's own commands (fit view) for the editor's ref handle and toolbar. */
  handleRef?: { current: CanvasHandle | null };
  /** The first viewport: see `JourneyInitialView`. */
  initialView?: JourneyInitialView;
}

/**
 * The viewport a map opens on, and returns to after a load (a new `value`, `setDocument`, a
 * template). `readable` (the default, DESIGN.md's contract) shows the whole map when its text
 * stays legible (card titles at 12 CSS px on screen, every other text at 11), else opens on the
 * start of the journey at that zoom, the rest a pan or the mini-map away. `fit` always shows the
 * whole map, however small.
 */
export type JourneyInitialView = 'fit' | 'readable';

const selectDraggingId = (state: { drag: CardDrag | null }) => state.drag?.touchpointId ?? null;
const selectNoTouchpoints = (state: JourneyStoreState) => state.document.touchpoints.length === 0;

/** The pane's size as one comparable value ('' until React Flow has measured it). */
const selectFlowSize = (state: { width: number; height: number }) => (state.width > 0 && state.height > 0 ? `${state.width}x${state.height}` : '');

/** The card whose centre is nearest map x `x` (far out a card is a few pixels wide: near is enough). */
function nearestCard(layout: JourneyLayout, x: number) {
  const cards = layout.cards;
  const index = lowerBound(cards, 0, cards.length, (card) => card.x + card.width / 2 < x);
  const after = cards[index];
  const before = cards[index - 1];
  if (!before) return after;
  if (!after) return before;
  return x - (before.x + before.width / 2) <= after.x + after.width / 2 - x ? before : after;
}

function findIn(root: HTMLElement | null, attribute: string, id: string): HTMLElement | null {
  if (!root) return null;
  for (const element of root.querySelectorAll<HTMLElement>(`[${attribute}]`)) {
    if (element.getAttribute(attribute) === id) return element;
  }
  return null;
}

export function JourneyCanvas({ editable, colorMode, handleRef, initialView = 'readable' }: JourneyCanvasProps) {
  const store = useJourneyStoreApi();
  const messages = useMessages();
  const readOnly = useJourneyStore(selectReadOnly);
  const title = useJourneyStore(selectTitle);
  const canEdit = editable && !readOnly;
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const container = useRef<HTMLDivElement>(null);
  const instructionsId = useId();

  // The layout and nodes, derived from the store's state (see canvasDerivation.ts). The canvas
  // subscribes to the nodes only: an emotion drag leaves them as they are, so neither this
  // component nor React Flow re-renders on its frames; the curve and the cards follow by
  // their own subscriptions.
  const [derivation] = useState(createCanvasDerivation);
  const [cardDrag] = useState(() => createStore<{ drag: CardDrag | null }>(() => ({ drag: null })));
  // Only which card is dragged reaches the nodes; where it is follows in the card itself.
  const draggingId = useStore(cardDrag, selectDraggingId);
  // Large maps: only the nodes near the view; far out, an outline instead (see largeMaps.ts).
  const span = useFlowStore(selectVisibleSpan);
  const zoomedOut = useFlowStore(selectZoomedOut);
  const culled = useJourneyStore((state) => cullsOffscreen(derivation.layout(state.document, state.lanes, editable && !state.readOnly)));
  const outline = useJourneyStore((state) => zoomedOut && outlinesFarOut(derivation.layout(state.document, state.lanes, editable && !state.readOnly)));
  const nearView = outline ? EMPTY_WINDOW : culled ? spanWindow(span) : null;
  const nodes = useJourneyStore((state) => derivation.nodes(state.document, state.lanes, editable && !state.readOnly, draggingId, nearView));
  const showMiniMap = useJourneyStore(
    (state) => derivation.layout(state.document, state.lanes, editable && !state.readOnly).cards.length > MINIMAP_FROM,
  );
  const empty = useJourneyStore(selectNoTouchpoints);
  // The keyboard's way into the map is its tab stop: the selected (else the first) card, or its
  // emotion point, which the emotion layer always mounts. A culled map without the emotion lane
  // may have that card scrolled away and unmounted: the map region itself takes the tab stop then,
  // and hands focus on to the card (panning to it).
  const regionTabStop = useJourneyStore(
    (state) => culled && !state.lanes.includes('emotion') && state.document.touchpoints.length > 0,
  );

  // The latest layout, read by drags and the keyboard at event time (never subscribed to).
  const layoutRef = useMemo(
    () => ({
      get current(): JourneyLayout {
        const state = store.getState();
        return derivation.layout(state.document, state.lanes, editable && !state.readOnly);
      },
    }),
    [store, derivation, editable],
  );

  const fit = useCallback(
    (mode: 'all' | 'readable') => {
      const { width, height } = flowStore.getState();
      if (width <= 0 || height <= 0) return;
      void flow.setViewport(viewportFor(layoutRef.current.bounds, width, height, mode));
    },
    [flow, flowStore, layoutRef],
  );

  const api = useMemo<CanvasApi>(
    () => ({
      layout: layoutRef,
      derivation,
      editable,
      cardDrag,
      focusTouchpoint(id, part = 'card') {
        requestAnimationFrame(() => {
          const current = layoutRef.current;
          const card = current.cardById.get(id);
          const point = current.emotion?.points.find((candidate) => candidate.touchpointId === id);
          const target = part === 'point' && point ? { x: point.x, y: point.y } : card ? { x: card.x + card.width / 2, y: card.y + card.height / 2 } : null;
          if (target) {
            const { width, height, transform } = flowStore.getState();
            const [tx, ty, zoom] = transform;
            const sx = target.x * zoom + tx;
            const sy = target.y * zoom + ty;
            const margin = 120 * zoom;
            if (showsOutline(current, zoom)) {
              // Far out on a large map no card is mounted: zoom in to where it can be read.
              void flow.setCenter(target.x, target.y, { zoom: readableZoom() });
            } else if (width > 0 && (sx < margin || sx > width - margin || sy < margin / 2 || sy > height - margin / 2)) {
              void flow.setCenter(target.x, target.y, { zoom });
            }
          }
          // A card just panned into view mounts a frame or two later on a large map.
          const focusWhenMounted = (framesLeft: number) => {
            const element =
              (part === 'point' ? findIn(container.current, 'data-jc-point', id) : null) ?? findIn(container.current, 'data-jc-card', id);
            if (element) element.focus({ preventScroll: true });
            else if (framesLeft > 0) requestAnimationFrame(() => focusWhenMounted(framesLeft - 1));
          };
          focusWhenMounted(FOCUS_FRAMES);
        });
      },
    }),
    [cardDrag, derivation, editable, flow, flowStore, layoutRef],
  );

  useEffect(() => {
    if (!handleRef) return;
    handleRef.current = { fitView: () => fit('all') };
    return () => {
      handleRef.current = null;
    };
  }, [handleRef, fit]);

  // The first viewport, once React Flow knows its size, and again whenever the pane is resized
  // (panels appearing, the host's layout settling) until the user pans or zooms themselves.
  const size = useFlowStore(selectFlowSize);
  const userMoved = useRef(false);
  useEffect(() => {
    if (size !== '' && !userMoved.current) fit(initialView === 'readable' ? 'readable' : 'all');
  }, [size, fit, initialView]);
  // A load of another journey (a new `value`, `setDocument`, a template, Open) opens like the
  // first one; so does any load before the user has moved the view. Loads are the store's `load`
  // changes, and the user's own replacing of the whole document (Open JSON, a pasted journey).
  useEffect(
    () =>
      store.listen((change) => {
        const replaced = change.source === 'load' || (change.source === 'user' && change.change.operation === 'replaceDocument');
        if (!replaced) return;
        if (change.document.id === change.previous.id && userMoved.current) return;
        userMoved.current = false;
        fit(initialView === 'readable' ? 'readable' : 'all');
      }),
    [store, fit, initialView],
  );
  const onMoveStart = useCallback((event: MouseEvent | TouchEvent | null) => {
    if (event) userMoved.current = true;
  }, []);

  const onKeyDown = useCanvasKeyboard(api);
  const onRegionFocus = useCallback(
    (event: ReactFocusEvent<HTMLDivElement>) => {
      // Only keyboard focus arriving from outside the map (Tab): not a click on the background
      // (which focuses the region too), nor Shift+Tab back out of a card.
      const region = event.currentTarget;
      const from = event.relatedTarget;
      if (event.target !== region || (from instanceof globalThis.Node && region.contains(from)) || !region.matches(':focus-visible')) return;
      const state = store.getState();
      const selected = state.selection?.kind === 'touchpoint' ? state.selection.id : null;
      const id = selected ?? layoutRef.current.cards[0]?.touchpointId;
      if (id) api.focusTouchpoint(id);
    },
    [store, layoutRef, api],
  );
  const onPaneClick = useCallback(
    (event: ReactMouseEvent) => {
      const current = layoutRef.current;
      const card = showsOutline(current, flowStore.getState().transform[2])
        ? nearestCard(current, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }).x)
        : undefined;
      if (card) {
        // A click on the outline selects the nearest touchpoint and zooms in to it.
        store.getState().select({ kind: 'touchpoint', id: card.touchpointId });
        api.focusTouchpoint(card.touchpointId);
      } else {
        store.getState().select(null);
      }
    },
    [store, flow, flowStore, layoutRef, api],
  );

  const ariaLabelConfig = useMemo(
    () => ({
      'controls.ariaLabel': messages['canvas.controls'],
      'controls.zoomIn.ariaLabel': messages['canvas.zoomIn'],
      'controls.zoomOut.ariaLabel': messages['canvas.zoomOut'],
      'controls.fitView.ariaLabel': messages['canvas.fitView'],
      'minimap.ariaLabel': messages['canvas.minimap'],
    }),
    [messages],
  );

  return (
    <CanvasContext.Provider value={api}>
      <div
        ref={container}
        className="jc-canvas"
        role="region"
        aria-label={formatMessage(messages['canvas.mapLabel'], { title: title.trim() === '' ? messages['common.untitled'] : title })}
        aria-describedby={canEdit ? instructionsId : undefined}
        tabIndex={regionTabStop ? 0 : undefined}
        onFocus={regionTabStop ? onRegionFocus : undefined}
        onKeyDown={onKeyDown}
      >
        {canEdit && (
          <p id={instructionsId} className="jc-visually-hidden">
            {messages['canvas.instructions']}
          </p>
        )}
        <div className="jc-canvas__flow">
        <ReactFlow<Node>
          nodes={nodes}
          nodeTypes={nodeTypes}
          colorMode={colorMode}
          minZoom={0.05}
          maxZoom={2}
          // Only once React Flow knows its size: unmeasured (a test DOM, a hidden tab) it would show nothing.
          onlyRenderVisibleElements={culled && size !== ''}
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          elementsSelectable={false}
          disableKeyboardA11y
          deleteKeyCode={null}
          selectionKeyCode={null}
          multiSelectionKeyCode={null}
          zoomOnDoubleClick={false}
          onPaneClick={onPaneClick}
          onMoveStart={onMoveStart}
          ariaLabelConfig={ariaLabelConfig}
          // React Flow's credit moves into the dock below (it sat over the map's bottom-right content).
          proOptions={PRO_OPTIONS}
        >
          {outline && <OutlineLayer />}
          <EmotionLayer />
          <FrozenPanes />
          {empty && canEdit && (
            <Panel position="bottom-center" className="jc-canvas__empty">
              {messages['canvas.empty']}
            </Panel>
          )}
        </ReactFlow>
        </div>
        {/* The controls and the mini-map in a strip of their own under the map, never over its content. */}
        <div className="jc-canvas__dock">
          <a className="jc-canvas__attribution" href="https://reactflow.dev" target="_blank" rel="noreferrer">
            React Flow
          </a>
          <Controls position="bottom-right" orientation="horizontal" showInteractive={false} showFitView={false}>
            <ControlButton onClick={() => fit('all')} aria-label={messages['canvas.fitView']} title={messages['canvas.fitView']}>
              <svg viewBox="0 0 16 16" aria-hidden="true">
                <path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" fill="none" stroke="currentColor" strokeWidth="1.6" />
              </svg>
            </ControlButton>
          </Controls>
          {showMiniMap && <JourneyMiniMap />}
        </div>
      </div>
    </CanvasContext.Provider>
  );
}
