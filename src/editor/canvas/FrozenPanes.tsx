/**
 * Frozen panes, as in a spreadsheet: the lane names and the −5..+5 scale stay at the left while
 * the map pans sideways, the stage headers stay at the top while it pans down. Each pane follows
 * the viewport on one axis only (and the zoom); while the map's own edge is inside the view, the
 * pane sits on it, so an unpanned map looks exactly as drawn. The top-left corner covers both.
 * The panes are drawn inside React Flow's renderer (a portal), so a press, drag or wheel on them
 * pans and zooms the map as anywhere on the canvas, while a click on them never reaches a card
 * scrolled underneath.
 */
import { memo } from 'react';
import { createPortal } from 'react-dom';
import { useStore as useFlowStore } from '@xyflow/react';
import type { JourneyLayout } from '../../layout';
import type { Stage } from '../../model';
import { EmotionScaleMarks, LaneName } from '../../picture/Backdrop';
import { CSS_PAINT } from '../../picture/paint';
import { useJourneyStore, useMessages } from '../JourneyStoreContext';
import { useCanvasLayout } from './CanvasContext';
import { StageHeader } from './StageHeader';

const selectTransform = (state: { transform: [number, number, number] }) => state.transform;
const selectStages = (state: { document: { stages: Stage[] } }) => state.document.stages;
/** React Flow's renderer: the element its pan and zoom listen on (null until mounted). */
const selectRenderer = (state: { domNode: HTMLDivElement | null }) => state.domNode?.querySelector<HTMLElement>('.react-flow__renderer') ?? null;
/** Room a lane name (two lines at most) needs above the lane's bottom edge. */
const LANE_NAME_ROOM = 40;

/** Where the lanes begin: the stage headers and the gap under them. */
function headerBand(layout: JourneyLayout): number {
  return layout.lanes[0]?.y ?? layout.bounds.height;
}

/** The gutter's drawing, in map coordinates: its background, the lane bands' ends and the scale's labels. */
const LeftPaneDrawing = memo(function LeftPaneDrawing({ layout }: { layout: JourneyLayout }) {
  const { lanes, bounds, gutterWidth, emotion } = layout;
  return (
    <>
      <rect x={0} y={0} width={gutterWidth} height={bounds.height} fill={CSS_PAINT.bg} />
      {lanes.map((lane) => (
        <rect key={lane.lane} data-jc-lane-band={lane.lane} x={0.5} y={lane.y + 0.5} width={bounds.width - 1} height={lane.height - 1} rx={10} fill={CSS_PAINT.lane} stroke={CSS_PAINT.border} />
      ))}
      {emotion && (
        <EmotionScaleMarks scale={{ top: emotion.top, bottom: emotion.bottom, right: emotion.right }} gutterWidth={gutterWidth} paint={CSS_PAINT} parts="labels" />
      )}
    </>
  );
});

/**
 * The lane names, each at its lane's top, or (a lane's top scrolled under the stage headers) just
 * under the headers while the rest of the lane is on screen: a name stays readable as long as its
 * lane is. `visibleTop` is the first map y under the headers.
 */
const LaneNames = memo(function LaneNames({ layout, visibleTop }: { layout: JourneyLayout; visibleTop: number }) {
  const messages = useMessages();
  return (
    <>
      {layout.lanes.map((lane) => (
        <g key={lane.lane} data-jc-lane={lane.lane}>
          <LaneName
            name={messages[`canvas.lane.${lane.lane}`]}
            top={Math.max(lane.y, Math.min(visibleTop, lane.y + lane.height - LANE_NAME_ROOM)) + 14}
            width={layout.gutterWidth - (lane.lane === 'emotion' ? 56 : 24)}
            fill={CSS_PAINT.laneName}
          />
        </g>
      ))}
    </>
  );
});

/** The header row, in map coordinates: the column tints behind it and a header per stage. */
const TopPaneContent = memo(function TopPaneContent({ layout, stages }: { layout: JourneyLayout; stages: readonly Stage[] }) {
  const band = headerBand(layout);
  const byId = new Map(stages.map((stage) => [stage.id, stage]));
  return (
    <>
      <svg className="jc-frozen__tints" width={layout.bounds.width} height={band} aria-hidden="true">
        {layout.columns.map((column, index) => (
          <rect key={`${column.stageId}:${index}`} x={column.x} y={0} width={column.width} height={band + 20} rx={10} fill={index % 2 === 1 ? CSS_PAINT.columnAlt : CSS_PAINT.column} />
        ))}
      </svg>
      {layout.columns.map((column, index) => {
        const stage = byId.get(column.stageId);
        if (!stage) return null;
        const { x, y, width, height } = column.header;
        return (
          <div key={`${column.stageId}:${index}`} className="jc-frozen__header" style={{ left: x, top: y, width, height }}>
            <StageHeader stage={stage} stageIndex={column.index} />
          </div>
        );
      })}
    </>
  );
});

export const FrozenPanes = memo(function FrozenPanes() {
  const layout = useCanvasLayout();
  const stages = useJourneyStore(selectStages);
  const [tx, ty, zoom] = useFlowStore(selectTransform);
  const renderer = useFlowStore(selectRenderer);
  const band = headerBand(layout) * zoom;
  const gutter = layout.gutterWidth * zoom;
  // On the map's own edge while it is in view, else stuck to the pane's edge.
  const left = Math.max(tx, 0);
  const top = Math.max(ty, 0);
  // The first map y under the headers, in whole map pixels (the names move only when it does).
  const visibleTop = Math.round((top + band - ty) / zoom);
  if (!renderer) return null;
  return createPortal(
    <div className={`jc-frozen${tx < 0 ? ' jc-frozen--stuck-x' : ''}${ty < 0 ? ' jc-frozen--stuck-y' : ''}`}>
      {layout.lanes.length > 0 && (
        <svg className="jc-frozen__left" style={{ left, width: gutter }} aria-hidden="true" data-jc-pane="lanes">
          <g transform={`translate(0 ${ty}) scale(${zoom})`}>
            <LeftPaneDrawing layout={layout} />
            <LaneNames layout={layout} visibleTop={visibleTop} />
          </g>
        </svg>
      )}
      <div className="jc-frozen__top" style={{ top, height: band }} data-jc-pane="stages">
        <div className="jc-frozen__row" style={{ transform: `translate(${tx}px, 0) scale(${zoom})` }}>
          <TopPaneContent layout={layout} stages={stages} />
        </div>
      </div>
      <div className="jc-frozen__corner" style={{ left, top, width: gutter, height: band }} />
    </div>,
    renderer,
  );
});
