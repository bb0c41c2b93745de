/**
 * A large map zoomed far out: every card, chip and metrics box as a plain shape, in one SVG path
 * per kind, instead of thousands of card nodes whose text could not be read at that zoom anyway.
 * Path data is numbers only, so nothing a user typed ever reaches it.
 */
import type { ReactElement } from 'react';
import { CHIP_LANES, chipColors } from '../layout';
import type { ChipLane, JourneyLayout, Palette, Rect } from '../layout';

function rectsPath(rects: Iterable<Rect>): string {
  const parts: string[] = [];
  for (const { x, y, width, height } of rects) parts.push(`M${x} ${y}h${width}v${height}h${-width}z`);
  return parts.join('');
}

function* chipItems(chips: JourneyLayout['chips'], lane: ChipLane): Iterable<Rect> {
  for (const block of chips) if (block.lane === lane) yield* block.items;
}

export interface OutlinePaths {
  cards: string;
  metrics: string;
  chips: Array<{ lane: ChipLane; d: string }>;
}

/** The outline's path data (geometry only: an emotion drag keeps these arrays, so a caller may memoise on them). */
export function outlinePaths({ cards, chips, metrics }: Pick<JourneyLayout, 'cards' | 'chips' | 'metrics'>): OutlinePaths {
  return {
    cards: rectsPath(cards),
    metrics: rectsPath(metrics),
    chips: CHIP_LANES.map((lane) => ({ lane, d: rectsPath(chipItems(chips, lane)) })),
  };
}

export function Outline({ paths, paint }: { paths: OutlinePaths; paint: Palette }): ReactElement {
  return (
    <g className="jc-outline__drawing">
      <path className="jc-outline__cards" d={paths.cards} fill={paint.surface} stroke={paint.borderStrong} />
      {paths.chips.map(({ lane, d }) => (
        <path key={lane} className={`jc-outline__chips jc-outline__chips--${lane}`} d={d} fill={chipColors(paint, lane).text} opacity={0.45} />
      ))}
      <path className="jc-outline__metrics" d={paths.metrics} fill={paint.surface} stroke={paint.border} />
    </g>
  );
}
