/** Pain points, delights and opportunities: one stack of chips under each touchpoint. */
import type { ReactElement } from 'react';
import { MAP } from '../../layout';
import { wrapText } from '../measure';
import type { MapRenderContext } from './context';
import { TextLines } from './TextLines';

const CHIP_FONT = { size: MAP.chipFontSize };

export function Chips({ context }: { context: MapRenderContext }): ReactElement {
  const { layout, theme, touchpointById } = context;
  return (
    <g>
      {layout.chips.map((block) => {
        const texts = touchpointById.get(block.touchpointId)?.[block.lane] ?? [];
        const colors = theme.chips[block.lane];
        return (
          <g key={`${block.lane}:${block.touchpointId}`}>
            {block.items.map((item, index) => {
              const maxLines = Math.max(1, Math.floor((item.height - 2 * MAP.chipPaddingY) / MAP.chipLineHeight));
              const lines = wrapText(texts[index] ?? '', item.width - 2 * MAP.chipPaddingX, CHIP_FONT, maxLines);
              return (
                <g key={index}>
                  <rect x={item.x} y={item.y} width={item.width} height={item.height} rx={7} fill={colors.bg} />
                  <TextLines
                    lines={lines}
                    x={item.x + MAP.chipPaddingX}
                    top={item.y + MAP.chipPaddingY}
                    fontSize={MAP.chipFontSize}
                    lineHeight={MAP.chipLineHeight}
                    fill={colors.text}
                  />
                </g>
              );
            })}
          </g>
        );
      })}
    </g>
  );
}
