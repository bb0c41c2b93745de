/** Stage column headers: colour strip, name (wrapped), how many touchpoints and their mean emotion. */
import type { ReactElement } from 'react';
import { formatEmotion, formatMessage } from '../../i18n';
import { MAP } from '../../layout';
import type { StageAnalysis } from '../../model';
import { atLeast, fitLegible } from '../../layout';
import { Shortened } from './Shortened';
import { stageColor as exportStageColor } from '../../layout';
import { displayTitle } from './context';
import type { MapRenderContext } from './context';
import { topRoundedRect } from '../../picture/shapes';
import { baselineOf, TextLines } from '../../picture/TextLines';

const NAME_FONT = { size: MAP.headerNameFontSize, weight: 700 };
const STATS_FONT = { size: 12 };

/** Text after the stage name: "3 touchpoints" and "mean +1.5" (or no emotion yet). */
export function stageStats(analysis: StageAnalysis | undefined, messages: MapRenderContext['messages']): { count: string; mean: string } {
  const count = analysis?.count ?? 0;
  return {
    count: count === 1 ? messages['canvas.stage.countOne'] : formatMessage(messages['canvas.stage.countMany'], { count }),
    mean: analysis?.mean == null ? messages['canvas.stage.noMean'] : formatMessage(messages['canvas.stage.mean'], { mean: formatEmotion(analysis.mean) }),
  };
}

export interface StageHeaderProps {
  context: MapRenderContext;
  /** Replaces the count/mean row (the compare view shows mean before → after there). */
  renderStats?: (stageId: string, x: number, baseline: number, width: number) => ReactElement | null;
}

export function StageHeaders({ context, renderStats }: StageHeaderProps): ReactElement {
  const { layout, theme, messages, stageById, floors } = context;
  const statsSize = atLeast(STATS_FONT.size, floors.text);
  const nameLines = Math.max(
    1,
    Math.round((layout.headerHeight - 2 * MAP.headerPadding - MAP.headerGap - MAP.headerStatsHeight) / MAP.headerNameLineHeight),
  );
  const analysisById = new Map(layout.analysis.stages.map((stage) => [stage.stageId, stage]));
  return (
    <g>
      {layout.columns.map((column) => {
        const stage = stageById.get(column.stageId);
        const { header } = column;
        const color = exportStageColor(stage?.color, column.index);
        const textX = header.x + 14;
        const textWidth = header.width - 28;
        const fullName = displayTitle(stage?.name, messages);
        const name = fitLegible(fullName, textWidth, nameLines * MAP.headerNameLineHeight, NAME_FONT, MAP.headerNameLineHeight, floors.text);
        const statsTop = header.y + MAP.headerPadding + nameLines * MAP.headerNameLineHeight + MAP.headerGap;
        const statsBaseline = baselineOf(statsTop, MAP.headerStatsHeight, statsSize);
        const analysis = analysisById.get(column.stageId);
        const stats = stageStats(analysis, messages);
        const mean = analysis?.mean ?? null;
        const meanColor = mean == null || mean === 0 ? theme.textMuted : mean > 0 ? theme.positive : theme.negative;
        return (
          <g key={`${column.stageId}:${column.index}`}>
            <rect x={header.x + 0.5} y={header.y + 0.5} width={header.width - 1} height={header.height - 1} rx={10} fill={theme.surface} stroke={theme.border} />
            <path d={topRoundedRect(header.x, header.y, header.width, 5, 10)} fill={color} />
            <Shortened full={fullName} shortened={name.shortened}>
              <TextLines lines={name.lines} x={textX} top={header.y + MAP.headerPadding} fontSize={name.size} lineHeight={name.lineHeight} weight={700} fill={theme.text} />
            </Shortened>
            {renderStats ? (
              renderStats(column.stageId, textX, statsBaseline, textWidth)
            ) : (
              <text x={textX} y={statsBaseline} fontSize={statsSize} fill={theme.textMuted}>
                {stats.count}
                {' \u00b7 '}
                <tspan fill={meanColor} fontWeight={mean == null || mean === 0 ? undefined : 600}>
                  {stats.mean}
                </tspan>
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
