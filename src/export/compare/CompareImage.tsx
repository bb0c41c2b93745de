/**
 * The compare drawing: both versions on one stage grid. The before curve is muted and dashed,
 * the after curve solid; each kept touchpoint's emotion change is labelled (↑1.5, ↓2) between
 * its two points; added and removed touchpoints are marked on their cards; stage headers show
 * the mean before → after; the summary shows peak-end and mean before → after.
 */
import type { ReactElement } from 'react';
import { formatEmotion, formatMessage } from '../../i18n';
import type { JourneyMessages } from '../../i18n';
import { emotionAreaPath, emotionCurvePath, emotionToY, layoutJourney } from '../../layout';
import type { EmotionLaneLayout, EmotionPointLayout, JourneyLayout } from '../../layout';
import type { StageAnalysis } from '../../model';
import type { JourneyLane } from '../../layout';
import type { ExportPreset } from '../presets';
import type { Palette as ExportTheme } from '../../layout';
import { Backdrop, backdropGeometry } from '../../picture/Backdrop';
import { Cards } from '../svg/Cards';
import type { CardDecoration } from '../svg/Cards';
import { Chips } from '../svg/Chips';
import { createMapRenderContext, displayTitle } from '../svg/context';
import type { MapRenderContext } from '../svg/context';
import { MomentMarkers, PointDot, RunArea, RunCurve, ZeroClipPaths, ZeroLine } from '../../picture/EmotionLane';
import { legendBlock, swatches } from '../svg/Legend';
import type { LegendItem } from '../svg/Legend';
import { layoutForBox, markerScaleFor } from '../svg/JourneyImage';
import { Metrics } from '../svg/Metrics';
import { composePage } from '../svg/Sheet';
import type { Block, Page } from '../svg/Sheet';
import { StageHeaders } from '../svg/StageHeaders';
import { figuresBlock, toneColor } from '../svg/Summary';
import { px } from '../../picture/shapes';
import { formatDelta } from './compareModel';
import type { CompareModel } from './compareModel';

export interface CompareLabels {
  before: string;
  after: string;
}

export interface ComparePageOptions {
  theme: ExportTheme;
  messages: JourneyMessages;
  lanes: readonly JourneyLane[];
  labels: CompareLabels;
  title: boolean;
  legend: boolean;
  summary: boolean;
  idPrefix: string;
}

function emotionText(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : formatEmotion(value);
}

/** "+0.5 → +1.2" */
export function changeText(before: number | null | undefined, after: number | null | undefined, messages: JourneyMessages): string {
  return formatMessage(messages['export.compare.change'], { before: emotionText(before), after: emotionText(after) });
}

/** The before curve's points on the shared grid: every touchpoint that existed before, at its before emotion, left to right. */
function beforePoints(model: CompareModel, layout: JourneyLayout, lane: EmotionLaneLayout): EmotionPointLayout[] {
  const points: EmotionPointLayout[] = [];
  for (const card of layout.cards) {
    const emotion = model.beforeEmotion.get(card.touchpointId);
    if (emotion === undefined) continue;
    points.push({ touchpointId: card.touchpointId, x: card.x + card.width / 2, y: emotionToY(emotion, lane), emotion });
  }
  return points;
}

function CompareEmotion({ context, model }: { context: MapRenderContext; model: CompareModel }): ReactElement | null {
  const { layout, theme, messages, idPrefix, markerScale } = context;
  const lane = layout.emotion;
  if (!lane) return null;
  const afterPoints = lane.points.filter((point) => model.touchpointStatus.get(point.touchpointId) !== 'removed');
  const before = beforePoints(model, layout, lane);
  const beforeById = new Map(before.map((point) => [point.touchpointId, point]));
  // Peak and end of the after version, on the after curve.
  const afterMoments = { ...layout.moments, best: null, worst: null };
  const clips = { above: `${idPrefix}-emotion-above`, below: `${idPrefix}-emotion-below` };
  return (
    <g>
      <ZeroClipPaths lane={lane} clips={clips} />
      <RunArea run={{ area: emotionAreaPath(afterPoints, lane.zeroY) }} paint={theme} clips={clips} />
      <ZeroLine lane={lane} paint={theme} />
      <RunCurve run={{ curve: emotionCurvePath(before) }} style={{ stroke: theme.before, width: 2.75, dashed: true }} />
      <RunCurve run={{ curve: emotionCurvePath(afterPoints) }} style={{ stroke: theme.curve }} />
      {afterPoints.map((point) => {
        const old = beforeById.get(point.touchpointId);
        const delta = model.emotionDelta.get(point.touchpointId) ?? 0;
        const text = formatDelta(delta);
        if (!old || !text) return null;
        const up = delta > 0;
        const labelY = up ? point.y - 14 : point.y + 24;
        return (
          <g key={point.touchpointId}>
            <line x1={px(point.x)} x2={px(point.x)} y1={px(old.y)} y2={px(point.y)} stroke={theme.before} strokeWidth={1.5} strokeDasharray="2 3" />
            <text
              x={px(point.x + 10)}
              y={px(labelY)}
              fontSize={12}
              fontWeight={700}
              fill={up ? theme.positive : theme.negative}
              stroke={theme.surface}
              strokeWidth={3}
              paintOrder="stroke"
            >
              {text}
            </text>
          </g>
        );
      })}
      {before.map((point) => (
        <PointDot key={point.touchpointId} x={point.x} y={point.y} emotion={point.emotion} paint={theme} radius={4.5} fill={theme.before} />
      ))}
      <MomentMarkers layout={{ emotion: lane, moments: afterMoments }} paint={theme} messages={messages} scale={markerScale} title={(id) => displayTitle(context.touchpointById.get(id)?.title, messages)} />
      {afterPoints.map((point) => (
        <PointDot key={point.touchpointId} x={point.x} y={point.y} emotion={point.emotion} paint={theme} />
      ))}
    </g>
  );
}

function CompareMap({ context, model }: { context: MapRenderContext; model: CompareModel }): ReactElement {
  const { theme, messages, layout } = context;
  const emotionShown = layout.emotion !== null;
  const decorate = (id: string): CardDecoration | undefined => {
    const status = model.touchpointStatus.get(id);
    if (status === 'added') return { outline: theme.added, tag: { text: messages['export.compare.added'], color: theme.onLoud, background: theme.added } };
    if (status === 'removed') return { ghost: true, tag: { text: messages['export.compare.removed'], color: theme.onLoud, background: theme.removed } };
    const text = formatDelta(model.emotionDelta.get(id) ?? 0);
    // Without the emotion lane, the change goes on the card.
    if (!emotionShown && text) {
      const up = (model.emotionDelta.get(id) ?? 0) > 0;
      return { tag: { text, color: up ? theme.positive : theme.negative, background: up ? theme.positiveArea : theme.negativeArea } };
    }
    return undefined;
  };
  const beforeStages = new Map<string, StageAnalysis>(model.beforeAnalysis.stages.map((stage) => [stage.stageId, stage]));
  const afterStages = new Map<string, StageAnalysis>(model.afterAnalysis.stages.map((stage) => [stage.stageId, stage]));
  const renderStats = (stageId: string, x: number, baseline: number): ReactElement => {
    const status = model.stageStatus.get(stageId);
    const before = beforeStages.get(stageId)?.mean ?? null;
    const after = afterStages.get(stageId)?.mean ?? null;
    const change = formatMessage(messages['export.compare.stageMean'], { change: changeText(before, after, messages) });
    const delta = before !== null && after !== null ? after - before : null;
    const note = status === 'added' ? messages['export.compare.stageAdded'] : status === 'removed' ? messages['export.compare.stageRemoved'] : null;
    return (
      <text x={x} y={baseline} fontSize={12} fill={theme.textMuted}>
        {note && (
          <tspan fontWeight={700} fill={status === 'added' ? theme.added : theme.removed}>
            {`${note} \u00b7 `}
          </tspan>
        )}
        <tspan fill={delta === null || delta === 0 ? theme.textMuted : delta > 0 ? theme.positive : theme.negative} fontWeight={delta ? 600 : undefined}>
          {change}
        </tspan>
      </text>
    );
  };
  return (
    <g>
      <Backdrop geometry={backdropGeometry(layout)} paint={theme} messages={messages} />
      <StageHeaders context={context} renderStats={renderStats} />
      <Cards context={context} decorate={decorate} />
      <Chips context={context} />
      <Metrics context={context} />
      <CompareEmotion context={context} model={model} />
    </g>
  );
}

/** The page of a comparison on a preset. */
export function comparePage(model: CompareModel, options: ComparePageOptions, preset: ExportPreset): Page {
  const { theme, messages, labels } = options;
  const probe = layoutJourney(model.union, { lanes: options.lanes, editable: false });
  const map = (box: { width: number; height: number } | null): Block => {
    const layout = layoutForBox(model.union, options.lanes, box);
    const context = createMapRenderContext(model.union, layout, theme, messages, options.idPrefix, markerScaleFor(layout, box));
    return { width: layout.bounds.width, height: layout.bounds.height, element: <CompareMap context={context} model={model} /> };
  };

  const items: LegendItem[] = [];
  if (probe.emotion) {
    items.push(
      { label: labels.before, swatch: swatches.curve(theme.before, true) },
      { label: labels.after, swatch: swatches.curve(theme.curve) },
      { label: messages['common.peak'], swatch: swatches.ring(theme.peak) },
      { label: messages['common.end'], swatch: swatches.ring(theme.end) },
    );
  }
  items.push(
    { label: messages['export.compare.added'], swatch: swatches.area(theme.surface, theme.added) },
    { label: messages['export.compare.removed'], swatch: swatches.area(theme.surfaceMuted, theme.removed) },
  );

  const { beforeAnalysis: b, afterAnalysis: a } = model;
  const summary = figuresBlock(
    [
      { label: messages['export.compare.peakEnd'], value: changeText(b.peakEndScore, a.peakEndScore, messages), color: toneColor(model.comparison.peakEndDelta, theme) },
      { label: messages['export.compare.mean'], value: changeText(b.mean, a.mean, messages), color: toneColor(model.comparison.meanDelta, theme) },
    ],
    `${labels.before} \u2192 ${labels.after}`,
    theme,
  );

  const { touchpoints } = model.comparison;
  const facts = formatMessage(messages['export.compare.facts'], {
    added: touchpoints.added.length,
    removed: touchpoints.removed.length,
    changed: model.emotionDelta.size === 0 ? 0 : [...model.emotionDelta.values()].filter((delta) => delta !== 0).length,
  });
  const beforeTitle = displayTitle(model.before.title, messages);
  const afterTitle = displayTitle(model.after.title, messages);
  return composePage(
    {
      heading: options.title ? { title: beforeTitle === afterTitle ? afterTitle : `${beforeTitle} \u2192 ${afterTitle}`, subtitle: `${labels.before} \u2192 ${labels.after} \u00b7 ${facts}` } : null,
      map,
      footerLeft: options.legend ? legendBlock(items, theme) : null,
      footerRight: options.summary ? summary : null,
      theme,
    },
    preset,
  );
}


