/**
 * The overview slide of a deck: the journey's stages across the slide, the whole emotion curve
 * under them with its peak and end marked, and remembered vs experienced beside the legend. It is
 * drawn in page px, not as a shrunk map: the positions follow the map's layout (each stage as wide
 * as its touchpoints), the texts keep their slide sizes (14 px and more), so a 100-touchpoint
 * journey still reads from the back of the room.
 */
import type { ReactElement } from 'react';
import { formatEmotion } from '../../i18n';
import { emotionAreaPath, emotionCurvePath, emotionToY, layoutJourney, stageColor } from '../../layout';
import type { EmotionLaneLayout, EmotionPointLayout, JourneyLayout, MomentLayout } from '../../layout';
import type { JourneyDocument, JourneyMoment } from '../../model';
import { MomentMarkers, PointDot, RunArea, RunCurve, ZeroClipPaths, ZeroLine } from '../../picture/EmotionLane';
import { RatingBands } from '../../picture/RatingBands';
import { topRoundedRect } from '../../picture/shapes';
import { TextLines } from '../../picture/TextLines';
import { displayTitle } from '../svg/context';
import { journeyChrome, journeyFacts } from '../svg/JourneyImage';
import type { JourneySheetOptions } from '../svg/JourneyImage';
import { fitLegible, SLIDE_MIN_TEXT } from '../../layout';
import type { LegibleText } from '../../layout';
import { journeyLegendItems, legendBlock } from '../svg/Legend';
import type { LegendItem } from '../svg/Legend';
import { Shortened } from '../svg/Shortened';
import { composePage } from '../svg/Sheet';
import { journeySummaryBlock } from '../svg/Summary';
import type { Page } from '../svg/Sheet';

/** Room at the left for the −5…+5 scale. */
const GUTTER = 64;
const NAME_FONT = { size: 17, weight: 700 };
const NAME_LINE = 22;
/** The stage band: colour strip, one or two lines of name, padding. */
const bandHeight = (lines: number) => 5 + 10 + lines * NAME_LINE + 10;
const BAND_GAP = 12;
const TICK_FONT = 15;
/** Between the lane's edge and ±5 (room for a point and its ring). */
const CURVE_PADDING = 26;
/** Marker labels (11–12 px at scale 1) drawn at 15+ px. */
const MARKER_SCALE = 1.3;
/** The summary's widest, in chrome px: what the legend of five marks leaves on a 16:9 slide. */
const OVERVIEW_SUMMARY_WIDTH = 860;

interface BandName {
  full: string;
  name: LegibleText;
}

/** Each stage's name fitted to its width in the band (two lines at most). */
function bandNames(document: JourneyDocument, layout: JourneyLayout, sx: number, options: JourneySheetOptions): BandName[] {
  const byId = new Map(document.stages.map((stage) => [stage.id, stage]));
  return layout.columns.map((column) => {
    const full = displayTitle(byId.get(column.stageId)?.name, options.messages);
    return { full, name: fitLegible(full, Math.max(1, column.width * sx - 16), 2 * NAME_LINE, NAME_FONT, NAME_LINE, SLIDE_MIN_TEXT) };
  });
}

function stageBand(document: JourneyDocument, layout: JourneyLayout, names: readonly BandName[], band: number, toX: (x: number) => number, sx: number, options: JourneySheetOptions): ReactElement {
  const { theme } = options;
  const byId = new Map(document.stages.map((stage) => [stage.id, stage]));
  return (
    <g>
      {layout.columns.map((column, index) => {
        const stage = byId.get(column.stageId);
        const x = toX(column.x);
        const width = Math.max(1, column.width * sx);
        const { full, name } = names[index] ?? { full: '', name: { lines: [], size: NAME_FONT.size, lineHeight: NAME_LINE, shortened: false } };
        return (
          <g key={`${column.stageId}:${column.index}`}>
            <rect x={x + 0.5} y={0.5} width={Math.max(0, width - 1)} height={band - 1} rx={8} fill={theme.surface} stroke={theme.border} />
            <path d={topRoundedRect(x, 0, width, 5, 8)} fill={stageColor(stage?.color, column.index)} />
            <Shortened full={full} shortened={name.shortened}>
              <TextLines lines={name.lines} x={x + 8} top={15} fontSize={name.size} lineHeight={name.lineHeight} weight={700} fill={theme.text} />
            </Shortened>
          </g>
        );
      })}
    </g>
  );
}

/** The overview's emotion lane: the map's points, stretched across the slide. */
function overviewLane(layout: JourneyLayout, toX: (x: number) => number, top: number, bottom: number): EmotionLaneLayout {
  const scale = { top: top + CURVE_PADDING, bottom: bottom - CURVE_PADDING };
  const points: EmotionPointLayout[] = (layout.emotion?.points ?? []).map((point) => ({ ...point, x: toX(point.x), y: emotionToY(point.emotion, scale) }));
  // The room's spread, on the slide's own scale.
  const bands = (layout.emotion?.bands ?? []).map((band) => ({ ...band, x: toX(band.x), yMin: emotionToY(band.min, scale), yMax: emotionToY(band.max, scale) }));
  const right = toX(layout.emotion?.right ?? layout.bounds.width);
  return { ...scale, zeroY: emotionToY(0, scale), points, bands, left: GUTTER, right };
}

function momentOn(lane: EmotionLaneLayout, moment: JourneyMoment | null): MomentLayout | null {
  if (!moment) return null;
  const point = lane.points.find((candidate) => candidate.touchpointId === moment.touchpointId);
  return point ? { ...point, moment } : null;
}

function OverviewDrawing({ document, layout, width, height, options, idPrefix }: {
  document: JourneyDocument;
  layout: JourneyLayout;
  width: number;
  height: number;
  options: JourneySheetOptions;
  idPrefix: string;
}): ReactElement {
  const { theme, messages } = options;
  const span = Math.max(1, layout.bounds.width - layout.gutterWidth);
  const sx = (width - GUTTER) / span;
  const toX = (x: number) => GUTTER + (x - layout.gutterWidth) * sx;
  const names = bandNames(document, layout, sx, options);
  const band = bandHeight(Math.max(1, ...names.map((entry) => entry.name.lines.length)));
  const laneTop = band + BAND_GAP;
  const lane = overviewLane(layout, toX, laneTop, height);
  const clips = { above: `${idPrefix}-overview-above`, below: `${idPrefix}-overview-below` };
  const spacing = lane.points.length > 1 ? (lane.right - lane.left) / lane.points.length : 40;
  const radius = Math.max(3, Math.min(6.5, spacing / 3));
  const moments = { peak: momentOn(lane, layout.analysis.peak), end: momentOn(lane, layout.analysis.end), best: null, worst: null };
  const title = (id: string) => displayTitle(document.touchpoints.find((touchpoint) => touchpoint.id === id)?.title, messages);
  return (
    <g>
      {layout.columns.map((column, index) => (
        <rect key={`${column.stageId}:${index}`} x={toX(column.x)} y={0} width={column.width * sx} height={height} rx={8} fill={index % 2 === 1 ? theme.columnAlt : theme.column} />
      ))}
      <rect x={0.5} y={laneTop + 0.5} width={width - 1} height={height - laneTop - 1} rx={10} fill={theme.lane} stroke={theme.border} />
      {stageBand(document, layout, names, band, toX, sx, options)}
      {[5, 2.5, 0, -2.5, -5].map((tick) => {
        const y = Math.round(emotionToY(tick, lane)) + 0.5;
        return (
          <g key={tick}>
            {tick !== 0 && <line x1={GUTTER - 8} x2={lane.right} y1={y} y2={y} stroke={theme.grid} />}
            {Number.isInteger(tick) && (
              <text x={GUTTER - 12} y={y + TICK_FONT * 0.35} textAnchor="end" fontSize={TICK_FONT} fill={theme.textMuted}>
                {formatEmotion(tick)}
              </text>
            )}
          </g>
        );
      })}
      {lane.points.length > 0 && (
        <g>
          <ZeroClipPaths lane={lane} clips={clips} />
          <RunArea run={{ area: emotionAreaPath(lane.points, lane.zeroY) }} paint={theme} clips={clips} />
        </g>
      )}
      <ZeroLine lane={lane} paint={theme} />
      <RatingBands bands={lane.bands} paint={theme} messages={messages} title={title} yOf={(emotion) => emotionToY(emotion, lane)} markScale={MARKER_SCALE} />
      {lane.points.length > 0 && <RunCurve run={{ curve: emotionCurvePath(lane.points) }} style={{ stroke: theme.curve, width: 3 }} />}
      {lane.points.map((point) => (
        <PointDot key={point.touchpointId} x={point.x} y={point.y} emotion={point.emotion} paint={theme} radius={radius} />
      ))}
      <MomentMarkers layout={{ emotion: lane, moments }} paint={theme} messages={messages} scale={MARKER_SCALE} title={title} />
    </g>
  );
}

/** The overview slide (16:9) of a journey. */
export function overviewPage(document: JourneyDocument, options: JourneySheetOptions): Page {
  const layout = layoutJourney(document, { lanes: ['emotion'], editable: false });
  const chrome = journeyChrome(document, options, layout);
  const items = chrome.footerLeft
    ? legendBlock(
        // The overview draws no best/worst and no cards: its legend names what it shows.
        journeyLegendItemsFor(options, layout),
        options.theme,
      )
    : null;
  return composePage(
    {
      ...chrome,
      heading: chrome.heading ? { title: chrome.heading.title, subtitle: `${options.messages['export.slides.overview']} \u00b7 ${journeyFacts(document, options.messages)}` } : null,
      footerLeft: items,
      // The overview has the room to name its peak and end in full beside a short legend.
      footerRight: options.summary ? journeySummaryBlock(document, layout.analysis, options.theme, options.messages, OVERVIEW_SUMMARY_WIDTH) : null,
      map: (box) => {
        const width = box?.width ?? 1600;
        const height = box?.height ?? 600;
        return { width, height, element: <OverviewDrawing document={document} layout={layout} width={width} height={height} options={options} idPrefix={options.idPrefix} /> };
      },
    },
    'slide-16:9',
  );
}

function journeyLegendItemsFor(options: JourneySheetOptions, layout: JourneyLayout): LegendItem[] {
  return journeyLegendItems(options.theme, options.messages, { emotion: true, keyMoment: false, peakEmotion: layout.analysis.peak?.emotion ?? null }).filter(
    (item) => item.label !== options.messages['export.legend.bestWorst'],
  );
}
