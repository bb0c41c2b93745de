/**
 * The mini-map: the stage columns, the emotion curve and the part of the map in view; press or
 * drag on it to move the view there. Drawn from the layout (a handful of shapes), not from React
 * Flow's nodes: React Flow's own MiniMap keeps one subscribed component per node, which on a
 * 1,000-touchpoint map (4,000+ nodes) costs more than the rest of a drag frame.
 */
import { memo, useCallback, useDeferredValue, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { PointerEvent as ReactPointerEvent } from 'react';
import { Panel, useReactFlow, useStore as useFlowStore } from '@xyflow/react';
import type { JourneyLayout } from '../../layout';
import { useMessages } from '../JourneyStoreContext';
import { useCanvasLayout } from './CanvasContext';

const WIDTH = 240;
const HEIGHT = 56;
/** At most this many curve points: one per mini-map pixel is all that shows. */
const CURVE_POINTS = WIDTH;
/** A canvas (map and dock) shorter than this opens with the mini-map folded: its strip would take too much of the map. */
const ROOMY_CANVAS = 480;

const selectPaneHeight = (state: { height: number }) => state.height;

/** The view, in map coordinates, as one comparable string (re-renders only when it moves). */
const selectView = (state: { transform: [number, number, number]; width: number; height: number }) => {
  const [tx, ty, zoom] = state.transform;
  return `${-tx / zoom} ${-ty / zoom} ${state.width / zoom} ${state.height / zoom} ${zoom}`;
};

function curveOf(layout: JourneyLayout): string {
  const points = layout.emotion?.points ?? [];
  const step = Math.max(1, Math.ceil(points.length / CURVE_POINTS));
  let out = '';
  for (let i = 0; i < points.length; i += step) {
    const point = points[i];
    if (point) out += `${out ? ' ' : ''}${point.x},${point.y}`;
  }
  const last = points[points.length - 1];
  if (last && (points.length - 1) % step !== 0) out += ` ${last.x},${last.y}`;
  return out;
}

export const JourneyMiniMap = memo(function JourneyMiniMap() {
  // Deferred: during a drag the map itself is drawn first, the mini-map when the browser has a moment.
  const layout = useDeferredValue(useCanvasLayout());
  const messages = useMessages();
  const flow = useReactFlow();
  const view = useFlowStore(selectView);
  const svg = useRef<SVGSVGElement>(null);
  const [vx = 0, vy = 0, vw = 0, vh = 0, zoom = 1] = view.split(' ').map(Number);
  const { bounds, columns } = layout;
  // The box shown: the whole map, and the view when it reaches outside it.
  const left = Math.min(bounds.x, vx);
  const top = Math.min(bounds.y, vy);
  const right = Math.max(bounds.x + bounds.width, vx + vw);
  const bottom = Math.max(bounds.y + bounds.height, vy + vh);
  const scale = Math.max((right - left) / WIDTH, (bottom - top) / HEIGHT) || 1;
  const boxWidth = WIDTH * scale;
  const boxHeight = HEIGHT * scale;
  const x0 = left - (boxWidth - (right - left)) / 2;
  const y0 = top - (boxHeight - (bottom - top)) / 2;
  const curve = useMemo(() => curveOf(layout), [layout]);
  // Collapsible: folded away, only its button stays in the dock. Until the user chooses, it is
  // open when the canvas has room for it.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const [roomy, setRoomy] = useState(true);
  const panel = useRef<HTMLDivElement>(null);
  const paneHeight = useFlowStore(selectPaneHeight);
  useLayoutEffect(() => {
    const canvas = panel.current?.closest('.jc-canvas');
    if (canvas instanceof HTMLElement && canvas.clientHeight > 0) setRoomy(canvas.clientHeight >= ROOMY_CANVAS);
  }, [paneHeight]);
  const open = chosen ?? roomy;

  const moveTo = useCallback(
    (event: ReactPointerEvent<SVGSVGElement>) => {
      const rect = svg.current?.getBoundingClientRect();
      if (!rect || rect.width === 0) return;
      const x = x0 + ((event.clientX - rect.left) / rect.width) * boxWidth;
      const y = y0 + ((event.clientY - rect.top) / rect.height) * boxHeight;
      void flow.setCenter(x, y, { zoom });
    },
    [flow, x0, y0, boxWidth, boxHeight, zoom],
  );

  return (
    <Panel ref={panel} position="bottom-right" className={`jc-minimap${open ? '' : ' jc-minimap--closed'}`}>
      <button
        type="button"
        className="jc-minimap__toggle"
        aria-expanded={open}
        aria-label={open ? messages['canvas.minimapHide'] : messages['canvas.minimapShow']}
        title={open ? messages['canvas.minimapHide'] : messages['canvas.minimapShow']}
        onClick={() => setChosen(!open)}
      >
        <svg viewBox="0 0 16 16" aria-hidden="true">
          {open ? <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.8" /> : <path d="M2 3h12v10H2zM5 6h6v4H5z" fill="none" stroke="currentColor" strokeWidth="1.4" />}
        </svg>
      </button>
      {open && (
      <svg
        ref={svg}
        className="jc-minimap__svg nopan"
        width={WIDTH}
        height={HEIGHT}
        viewBox={`${x0} ${y0} ${boxWidth} ${boxHeight}`}
        role="img"
        aria-label={messages['canvas.minimap']}
        onPointerDown={(event) => {
          if (event.button !== 0) return;
          event.currentTarget.setPointerCapture?.(event.pointerId);
          moveTo(event);
        }}
        onPointerMove={(event) => {
          if (event.currentTarget.hasPointerCapture?.(event.pointerId)) moveTo(event);
        }}
      >
        {columns.map((column, i) => (
          <rect
            key={`${column.stageId}:${i}`}
            className={`jc-minimap__column${i % 2 === 1 ? ' jc-minimap__column--alt' : ''}`}
            x={column.x}
            y={bounds.y}
            width={column.width}
            height={bounds.height}
          />
        ))}
        {curve && <polyline className="jc-minimap__curve" points={curve} vectorEffect="non-scaling-stroke" />}
        <path
          className="jc-minimap__mask"
          fillRule="evenodd"
          d={`M${x0},${y0}h${boxWidth}v${boxHeight}h${-boxWidth}z M${vx},${vy}h${vw}v${vh}h${-vw}z`}
        />
        {/* At least a few pixels wide, so the view stays findable on a very long journey. */}
        <rect
          className="jc-minimap__view"
          x={vx + vw / 2 - Math.max(vw, 4 * scale) / 2}
          y={vy}
          width={Math.max(vw, 4 * scale)}
          height={vh}
          vectorEffect="non-scaling-stroke"
        />
      </svg>
      )}
    </Panel>
  );
});
