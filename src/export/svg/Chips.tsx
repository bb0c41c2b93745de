/** Pain points, delights and opportunities: one stack of chips under each touchpoint. */
import type { ReactElement } from 'react';
import { MAP, chipColors } from '../../layout';
import { fitText } from '../../layout';
import type { MapRenderContext } from './context';
import { TextLines } from '../../picture/TextLines';

const CHIP_FONT = { size: MAP.chipFontSize };

export function Chips({ context }: { context: MapRenderContext }): ReactElement {
  const { layout, theme, touchpointById } = context;
  return (
    <g>
      {layout.chips.map((block) => {
        const texts = touchpointById.get(block.touchpointId)?.[block.lane] ?? [];
        const colors = chipColors(theme, block.lane);
        return (
          <g key={`${block.lane}:${block.touchpointId}`}>
            {block.items.map((item, index) => {
              const fitted = fitText(texts[index] ?? '', item.width - 2 * MAP.chipPaddingX, item.height - 2 * MAP.chipPaddingY, CHIP_FONT, MAP.chipLineHeight);
              return (
                <g key={index}>
                  <rect x={item.x} y={item.y} width={item.width} height={item.height} rx={7} fill={colors.bg} />
                  <TextLines
                    lines={fitted.lines}
                    x={item.x + MAP.chipPaddingX}
                    top={item.y + MAP.chipPaddingY}
                    fontSize={fitted.size}
                    lineHeight={fitted.lineHeight}
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
