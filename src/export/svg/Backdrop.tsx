/** Behind everything: stage column tints, lane bands with their names, the emotion scale. */
import type { ReactElement } from 'react';
import { formatEmotion } from '../../i18n';
import { emotionToY } from '../../layout';
import { measureText, wrapText } from '../measure';
import type { MapRenderContext } from './context';
import { px } from './shapes';
import { TextLines } from './TextLines';

const SCALE_TICKS = [5, 2.5, 0, -2.5, -5];
const LANE_NAME_FONT = { size: 13, weight: 600 };

/**
 * A lane's name in the gutter: wrapped between words (two lines at most), and set smaller rather
 * than broken inside a word ("Opportunitie/s").
 */
function LaneName({ name, top, width, fill }: { name: string; top: number; width: number; fill: string }): ReactElement {
  let size = LANE_NAME_FONT.size;
  const longestWord = () => Math.max(...name.split(/\s+/).map((word) => measureText(word, { size, weight: 600 })));
  while (size > 9 && longestWord() > width) size -= 0.5;
  const lines = wrapText(name, width, { size, weight: 600 }, 2);
  return <TextLines lines={lines} x={14} top={top} fontSize={size} lineHeight={size + 4} weight={600} fill={fill} />;
}

export function Backdrop({ context }: { context: MapRenderContext }): ReactElement {
  const { layout, theme, messages } = context;
  const { width, height } = layout.bounds;
  const emotion = layout.emotion;
  return (
    <g>
      {layout.columns.map((column, index) => (
        <rect
          key={`${column.stageId}:${index}`}
          x={column.x}
          y={0}
          width={column.width}
          height={height}
          rx={10}
          fill={index % 2 === 1 ? theme.columnAlt : theme.column}
        />
      ))}
      {layout.lanes.map((lane) => (
        <g key={lane.lane}>
          <rect x={0.5} y={px(lane.y + 0.5)} width={width - 1} height={lane.height - 1} rx={10} fill={theme.lane} stroke={theme.border} />
          <LaneName name={messages[`canvas.lane.${lane.lane}`]} top={lane.y + 14} width={layout.gutterWidth - (lane.lane === 'emotion' ? 56 : 24)} fill={theme.laneName} />
        </g>
      ))}
      {emotion &&
        SCALE_TICKS.map((tick) => {
          const y = px(emotionToY(tick, emotion));
          return (
            <g key={tick}>
              {tick !== 0 && <line x1={layout.gutterWidth - 10} x2={emotion.right} y1={y} y2={y} stroke={theme.grid} />}
              <text x={layout.gutterWidth - 14} y={px(y + 4)} textAnchor="end" fontSize={11} fill={theme.textMuted}>
                {formatEmotion(tick)}
              </text>
            </g>
          );
        })}
    </g>
  );
}
