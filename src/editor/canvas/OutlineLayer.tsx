/**
 * A large map zoomed far out (see largeMaps.ts): every card, chip and metrics box as a plain
 * shape, in one SVG path per kind, instead of thousands of React Flow nodes whose text could not
 * be read at this zoom anyway. The stage columns, lane bands and headers (nodes), and the curve
 * and its moments (EmotionLayer) are drawn as usual on top of and around it. Decoration only:
 * the cards' names and emotions stay reachable by keyboard, which zooms back in.
 */
import { memo, useMemo } from 'react';
import { ViewportPortal } from '@xyflow/react';
import { CHIP_LANES } from '../../layout';
import type { ChipLane, JourneyLayout, Rect } from '../../layout';
import { useCanvasLayout } from './CanvasContext';

/** Path data for many rectangles: numbers only, so nothing a user typed ever reaches it. */
function rectsPath(rects: Iterable<Rect>): string {
  const parts: string[] = [];
  for (const { x, y, width, height } of rects) parts.push(`M${x} ${y}h${width}v${height}h${-width}z`);
  return parts.join('');
}

function* chipItems(chips: JourneyLayout['chips'], lane: ChipLane): Iterable<Rect> {
  for (const block of chips) if (block.lane === lane) yield* block.items;
}

export const OutlineLayer = memo(function OutlineLayer() {
  const layout = useCanvasLayout();
  const { cards, chips, metrics, bounds } = layout;
  // Geometry only: an emotion drag keeps these arrays, so the paths are not rebuilt.
  const paths = useMemo(
    () => ({
      cards: rectsPath(cards),
      metrics: rectsPath(metrics),
      chips: CHIP_LANES.map((lane) => ({ lane, d: rectsPath(chipItems(chips, lane)) })),
    }),
    [cards, chips, metrics],
  );
  return (
    <ViewportPortal>
      <svg
        className="jc-outline"
        width={bounds.width}
        height={bounds.height}
        aria-hidden="true"
        style={{ position: 'absolute', left: 0, top: 0, overflow: 'visible' }}
      >
        <path className="jc-outline__cards" d={paths.cards} />
        {paths.chips.map(({ lane, d }) => (
          <path key={lane} className={`jc-outline__chips jc-outline__chips--${lane}`} d={d} />
        ))}
        <path className="jc-outline__metrics" d={paths.metrics} />
      </svg>
    </ViewportPortal>
  );
});
