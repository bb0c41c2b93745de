/**
 * The peak-end summary: what the customer will remember (the peak-end score) beside what they
 * went through (the mean), with the peak and end moments named.
 */
import { formatEmotion, formatMessage } from '../../i18n';
import type { JourneyMessages } from '../../i18n';
import type { JourneyAnalysis, JourneyDocument } from '../../model';
import { truncateText } from '../../layout';
import type { Palette as ExportTheme } from '../../layout';
import { displayTitle } from './context';
import type { Block } from './Sheet';
import { labelWidth } from './Sheet';

const PAD = 16;
const LABEL = 13;
const VALUE = 22;
const MOMENTS = 13;
const MAX_WIDTH = 560;

export function toneColor(value: number | null, theme: ExportTheme): string {
  if (value === null || value === 0) return theme.text;
  return value > 0 ? theme.positive : theme.negative;
}

export interface SummaryColumn {
  label: string;
  value: string;
  color: string;
}

/** A box of labelled figures side by side, with an optional line of text under them. */
export function figuresBlock(columns: readonly SummaryColumn[], note: string | null, theme: ExportTheme): Block {
  const widths = columns.map((column) => Math.max(labelWidth(column.label, LABEL, 600), labelWidth(column.value, VALUE, 700)));
  let width = widths.reduce((sum, w) => sum + w, 0) + PAD * (columns.length + 1) + 8 * (columns.length - 1);
  const noteWidth = note ? labelWidth(note, MOMENTS) + 2 * PAD : 0;
  width = Math.min(Math.max(width, noteWidth), Math.max(width, MAX_WIDTH));
  const height = note ? 94 : 70;
  let x = PAD;
  const figures = columns.map((column, index) => {
    const at = x;
    x += (widths[index] ?? 0) + PAD + 8;
    return (
      <g key={index}>
        <text x={at} y={PAD + 10} fontSize={LABEL} fontWeight={600} fill={theme.textMuted}>
          {column.label}
        </text>
        <text x={at} y={PAD + 40} fontSize={VALUE} fontWeight={700} fill={column.color}>
          {column.value}
        </text>
      </g>
    );
  });
  return {
    width,
    height,
    element: (
      <g>
        <rect x={0.5} y={0.5} width={width - 1} height={height - 1} rx={12} fill={theme.surface} stroke={theme.border} />
        {figures}
        {note && (
          <text x={PAD} y={height - PAD + 2} fontSize={MOMENTS} fill={theme.textMuted}>
            {truncateText(note, width - 2 * PAD, { size: MOMENTS })}
          </text>
        )}
      </g>
    ),
  };
}

export function journeySummaryBlock(document: JourneyDocument, analysis: JourneyAnalysis, theme: ExportTheme, messages: JourneyMessages): Block {
  const { peak, end } = analysis;
  const columns: SummaryColumn[] = [
    {
      label: messages['export.summary.remembered'],
      value: analysis.peakEndScore === null ? '–' : formatEmotion(analysis.peakEndScore),
      color: toneColor(analysis.peakEndScore, theme),
    },
    { label: messages['export.summary.experienced'], value: analysis.mean === null ? '–' : formatEmotion(analysis.mean), color: toneColor(analysis.mean, theme) },
  ];
  const byId = new Map(document.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint]));
  const name = (id: string | undefined) => displayTitle(id === undefined ? undefined : byId.get(id)?.title, messages);
  const moment = (word: string, id: string, emotion: number) =>
    formatMessage(messages['export.summary.moment'], { moment: word, title: name(id), emotion: formatEmotion(emotion) });
  const note =
    peak && end
      ? `${moment(messages['common.peak'], peak.touchpointId, peak.emotion)} \u00b7 ${moment(messages['common.end'], end.touchpointId, end.emotion)}`
      : messages['export.summary.none'];
  return figuresBlock(columns, note, theme);
}
