/**
 * Behind everything: stage column tints, lane bands with their names in the left gutter, and the
 * emotion scale (−5..+5 with grid lines). Decoration only: hidden from assistive technology,
 * which gets the same facts from the cards, sliders and headers. Drawn once for the editor and
 * the exports (pure, hook-free; colours from the paint).
 */
import type { ReactElement } from 'react';
import { formatEmotion } from '../i18n';
import type { JourneyMessages } from '../i18n';
import { TYPE, emotionToY, measureText, wrapText } from '../layout';
import type { EmotionScale, JourneyLayout, LaneBand, Palette, StageColumn } from '../layout';
import { TextLines } from './TextLines';

const SCALE_TICKS = [5, 2.5, 0, -2.5, -5];

/** What the backdrop needs of a layout: the editor hands over only these (geometry, no document). */
export interface BackdropGeometry {
  columns: readonly Pick<StageColumn, 'stageId' | 'x' | 'width'>[];
  lanes: readonly LaneBand[];
  bounds: { width: number; height: number };
  gutterWidth: number;
  /** The emotion scale and where its grid lines end; null without the emotion lane. */
  scale: (EmotionScale & { right: number }) | null;
}

/**
 * A lane's name in the gutter: wrapped between words (two lines at most), and set smaller rather
 * than broken inside a word ("Opportunitie/s").
 */
export function LaneName({ name, top, width, fill }: { name: string; top: number; width: number; fill: string }): ReactElement {
  const { weight } = TYPE.laneName;
  let size: number = TYPE.laneName.size;
  const longestWord = () => Math.max(...name.split(/\s+/).map((word) => measureText(word, { size, weight })));
  while (size > 11 && longestWord() > width) size -= 0.5;
  const lines = wrapText(name, width, { size, weight }, 2);
  return <TextLines lines={lines} x={14} top={top} fontSize={size} lineHeight={size + 4} weight={weight} fill={fill} />;
}

/** The −5..+5 scale: tick labels in the gutter and grid lines across the lane (none at 0, the zero line is there). */
export function EmotionScaleMarks({ scale, gutterWidth, paint }: { scale: EmotionScale & { right: number }; gutterWidth: number; paint: Palette }): ReactElement {
  return (
    <g className="jc-scale">
      {SCALE_TICKS.map((tick) => {
        const y = Math.round(emotionToY(tick, scale)) + 0.5;
        return (
          <g key={tick}>
            {tick !== 0 && <line x1={gutterWidth - 10} x2={scale.right} y1={y} y2={y} stroke={paint.grid} />}
            <text x={gutterWidth - 14} y={y + 4} textAnchor="end" fontSize={TYPE.scaleTick.size} fill={paint.textMuted}>
              {formatEmotion(tick)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

export function Backdrop({
  geometry,
  paint,
  messages,
  scaleMarks = true,
}: {
  geometry: BackdropGeometry;
  paint: Palette;
  messages: JourneyMessages;
  /** Draw the lane names and the scale here (the editor pins them in a frozen pane instead). */
  scaleMarks?: boolean;
}): ReactElement {
  const { columns, lanes, bounds, gutterWidth, scale } = geometry;
  return (
    <g className="jc-backdrop__drawing" aria-hidden="true">
      {columns.map((column, index) => (
        <rect key={`${column.stageId}:${index}`} x={column.x} y={0} width={column.width} height={bounds.height} rx={10} fill={index % 2 === 1 ? paint.columnAlt : paint.column} />
      ))}
      {lanes.map((lane) => (
        <g key={lane.lane}>
          <rect x={0.5} y={lane.y + 0.5} width={bounds.width - 1} height={lane.height - 1} rx={10} fill={paint.lane} stroke={paint.border} />
          {scaleMarks && (
            <LaneName name={messages[`canvas.lane.${lane.lane}`]} top={lane.y + 14} width={gutterWidth - (lane.lane === 'emotion' ? 56 : 24)} fill={paint.laneName} />
          )}
        </g>
      ))}
      {scale && scaleMarks && <EmotionScaleMarks scale={scale} gutterWidth={gutterWidth} paint={paint} />}
    </g>
  );
}

/** The backdrop's geometry from a whole layout. */
export function backdropGeometry(layout: Pick<JourneyLayout, 'columns' | 'lanes' | 'bounds' | 'gutterWidth' | 'emotion'>): BackdropGeometry {
  const { emotion } = layout;
  return {
    columns: layout.columns,
    lanes: layout.lanes,
    bounds: layout.bounds,
    gutterWidth: layout.gutterWidth,
    scale: emotion ? { top: emotion.top, bottom: emotion.bottom, right: emotion.right } : null,
  };
}
