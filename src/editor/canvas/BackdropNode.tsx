/**
 * Behind everything: lane bands with their names in the left gutter, stage column tints, and the
 * emotion scale (−5..+5 with grid lines). Decoration only: hidden from assistive technology,
 * which gets the same facts from the cards, sliders and headers.
 */
import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { emotionToY } from '../../layout';
import { formatEmotion } from '../../i18n';
import { useMessages } from '../JourneyStoreContext';
import type { BackdropNode as BackdropNodeType } from './nodeData';

const SCALE_TICKS = [5, 2.5, 0, -2.5, -5];

function BackdropView({ data }: NodeProps<BackdropNodeType>) {
  const { columns, lanes, bounds, gutterWidth, scaleTop, scaleBottom, scaleRight } = data;
  const messages = useMessages();
  const { width, height } = bounds;
  const scale = scaleTop !== null && scaleBottom !== null && scaleRight !== null ? { top: scaleTop, bottom: scaleBottom, right: scaleRight } : null;
  return (
    <svg className="jc-backdrop" width={width} height={height} aria-hidden="true">
      {columns.map((column, i) => (
        <rect
          key={`${column.stageId}:${i}`}
          className={`jc-backdrop__column${i % 2 === 1 ? ' jc-backdrop__column--alt' : ''}`}
          x={column.x}
          y={0}
          width={column.width}
          height={height}
          rx={10}
        />
      ))}
      {lanes.map((lane) => (
        <g key={lane.lane}>
          <rect className="jc-backdrop__lane" x={0} y={lane.y} width={width} height={lane.height} rx={10} />
          <text className="jc-backdrop__lane-name" x={14} y={lane.y + 24}>
            {messages[`canvas.lane.${lane.lane}`]}
          </text>
        </g>
      ))}
      {scale && (
        <g className="jc-backdrop__scale">
          {SCALE_TICKS.map((tick) => {
            const y = emotionToY(tick, scale);
            return (
              <g key={tick}>
                <line className={tick === 0 ? 'jc-backdrop__grid jc-backdrop__grid--zero' : 'jc-backdrop__grid'} x1={gutterWidth - 10} x2={scale.right} y1={y} y2={y} />
                <text className="jc-backdrop__tick" x={gutterWidth - 14} y={y} textAnchor="end" dominantBaseline="central">
                  {formatEmotion(tick)}
                </text>
              </g>
            );
          })}
        </g>
      )}
    </svg>
  );
}

export const BackdropNode = memo(BackdropView);
