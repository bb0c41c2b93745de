/** CSAT, NPS and CES of each touchpoint, as small labelled boxes side by side. */
import type { ReactElement } from 'react';
import type { MapRenderContext } from './context';
import { atLeast } from '../../layout';

const KEYS = ['csat', 'nps', 'ces'] as const;
const GAP = 6;

export function Metrics({ context }: { context: MapRenderContext }): ReactElement {
  const { layout, theme, messages, touchpointById, floors } = context;
  const labelSize = atLeast(10, floors.text);
  const valueSize = atLeast(15, floors.text);
  return (
    <g>
      {layout.metrics.map((box) => {
        const metrics = touchpointById.get(box.touchpointId)?.metrics ?? {};
        const shown = KEYS.filter((key) => typeof metrics[key] === 'number');
        const width = (box.width - GAP * (shown.length - 1)) / Math.max(1, shown.length);
        return (
          <g key={box.touchpointId}>
            {shown.map((key, index) => {
              const x = box.x + index * (width + GAP);
              return (
                <g key={key}>
                  <rect x={x + 0.5} y={box.y + 0.5} width={width - 1} height={box.height - 1} rx={8} fill={theme.surface} stroke={theme.border} />
                  <text x={x + width / 2} y={box.y + 18} textAnchor="middle" fontSize={labelSize} letterSpacing={floors.text > 10 ? undefined : 0.4} fill={theme.textMuted}>
                    {messages[`canvas.metrics.${key}`]}
                  </text>
                  <text x={x + width / 2} y={box.y + 37} textAnchor="middle" fontSize={valueSize} fontWeight={700} fill={theme.text}>
                    {String(metrics[key])}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </g>
  );
}
