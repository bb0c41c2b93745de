/** Pain points, delights and opportunities: one stack of chips under each touchpoint, drawn as layout fitted them. */
import type { ReactElement } from 'react';
import { MAP, chipColors } from '../../layout';
import { Shortened } from './Shortened';
import type { MapRenderContext } from './context';
import { TextLines } from '../../picture/TextLines';

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
              const full = texts[index] ?? '';
              // Fitted by layout (the editor draws the same lines).
              const fitted = block.texts[index];
              if (!fitted) return null;
              return (
                <Shortened key={index} full={full} shortened={fitted.shortened}>
                  <rect x={item.x} y={item.y} width={item.width} height={item.height} rx={7} fill={colors.bg} />
                  <TextLines
                    lines={fitted.lines}
                    x={item.x + MAP.chipPaddingX}
                    top={item.y + MAP.chipPaddingY}
                    fontSize={fitted.size}
                    lineHeight={fitted.lineHeight}
                    fill={colors.text}
                  />
                </Shortened>
              );
            })}
          </g>
        );
      })}
    </g>
  );
}
