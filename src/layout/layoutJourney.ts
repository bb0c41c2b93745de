/**
 * `layoutJourney`: the map's geometry as a pure function of the document and the view options.
 * Stages are columns in document order; inside a column, cards sit left to right in journey order;
 * lanes are rows. The editor turns this into React Flow nodes and the curve; the image export
 * draws from it too, so both show the same map.
 */
import { analyzeJourney, isRated, touchpointRatingStats } from '../model';
import type { JourneyDocument, JourneyMoment, Touchpoint } from '../model';
import { emotionToY } from './emotion';
import type { EmotionScale } from './emotion';
import { lineFitter } from './fittedLines';
import type { FittedLines, LineFitter } from './fittedLines';
import { atLeast, NO_FLOORS } from './legible';
import type { TextFloors } from './legible';
import { MAP, TYPE } from './look';
import { estimateLines, measureText } from './text';
import type { LineWidths } from './text';
import { JOURNEY_LANES } from './types';
import type {
  CardLayout,
  ChipBlockLayout,
  ChipLane,
  EmotionLaneLayout,
  EmotionPointLayout,
  JourneyLayout,
  LaneBand,
  JourneyLane,
  LayoutOptions,
  MomentLayout,
  RatingBandLayout,
  Rect,
  StageColumn,
} from './types';

/**
 * Estimates are cached by text, per box width and font size: during a drag the same titles are
 * laid out on every frame. Nested maps, not one map keyed by a joined string, so a lookup builds
 * no string (thousands of lookups per layout of a large map).
 */
const lineCache = new Map<string, Map<number, Map<string, number>>>();
let cachedEstimates = 0;
function linesOf(text: string, widths: LineWidths, fontSize: number): number {
  const width = String(widths);
  let byFont = lineCache.get(width);
  if (!byFont) lineCache.set(width, (byFont = new Map()));
  let byText = byFont.get(fontSize);
  if (!byText) byFont.set(fontSize, (byText = new Map()));
  let lines = byText.get(text);
  if (lines === undefined) {
    if (cachedEstimates > 20_000) {
      lineCache.clear();
      cachedEstimates = 0;
    }
    lines = estimateLines(text, widths, fontSize);
    byText.set(text, lines);
    cachedEstimates += 1;
  }
  return lines;
}

/** Height of one chip holding `text` in a chip `width` wide. */
export function chipHeight(text: string, width: number): number {
  const lines = Math.min(MAP.maxChipLines, linesOf(text, width - 2 * MAP.chipPaddingX, MAP.chipFontSize));
  return lines * MAP.chipLineHeight + 2 * MAP.chipPaddingY;
}

/** The widest emotion badges a card can show (formatEmotion: "−4.8", "+4.8"): the title keeps clear of them. */
const WIDEST_BADGES = ['\u22124.8', '+4.8'];
/** The badge's padding (5 px each side) and the gap between the title and the badge. */
const BADGE_ROOM = 10 + 6;

/** How many of a card title's first lines run beside the badge: also beside the count of ratings under it on a rated card. */
function linesBesideBadge(rated: boolean): number {
  return rated ? Math.ceil((MAP.cardCountTop + MAP.cardCountHeight) / MAP.titleLineHeight) : 1;
}

/** A title's line widths: `beside` lines of `narrow`, then `full`. */
function besideBadge(narrow: number, full: number, beside: number): number[] {
  return [...Array.from({ length: beside }, () => narrow), full];
}

/**
 * The widths card titles are fitted in: beside the badge, the card less its padding and the room
 * of the widest emotion badge (at the badge's size under `floors`), so an emotion change never
 * re-wraps a title; below it, the card less its padding. A key moment's card less the bar on
 * its left edge too.
 */
function titleWidths(cardWidth: number, floors: TextFloors, rated: boolean): { plain: number[]; key: number[] } {
  const badgeFont = { size: atLeast(TYPE.badge.size, floors.text), weight: TYPE.badge.weight };
  const badge = Math.max(MAP.cardBadgeWidth, ...WIDEST_BADGES.map((text) => measureText(text, badgeFont) + BADGE_ROOM));
  const full = cardWidth - 2 * MAP.cardPadding;
  const narrow = Math.floor((full - badge) * 100) / 100;
  const beside = linesBesideBadge(rated);
  return { plain: besideBadge(narrow, full, beside), key: besideBadge(narrow - MAP.cardKeyInset, full - MAP.cardKeyInset, beside) };
}

/** `compute`, run at the first call and kept: a value fitted only when a renderer first reads it. */
function once<T>(compute: () => T): () => T {
  let kept: { value: T } | null = null;
  return () => (kept ??= { value: compute() }).value;
}

/**
 * A card whose title is fitted when a renderer first reads it, then kept. Fitting measures text
 * (the browser's canvas in an editor), and a large map the editor opens as an outline draws no
 * card text: measuring all 2,500 titles up front cost its first frame 0.4 to 1.8 s. A getter on
 * the class, not a property defined per card: defining one on each of thousands of objects cost
 * a layout of 2,500 touchpoints 40 ms more than it saved.
 */
class LaidOutCard implements CardLayout {
  readonly #title: () => FittedLines;

  constructor(
    readonly touchpointId: string,
    readonly stageId: string,
    readonly journeyIndex: number,
    readonly stageIndex: number,
    public x: number,
    public y: number,
    public width: number,
    public height: number,
    fit: () => FittedLines,
  ) {
    this.#title = once(fit);
  }

  get title(): FittedLines {
    return this.#title();
  }
}

/** A stack of chips whose texts are fitted when a renderer first reads them (see LaidOutCard). */
class LaidOutChipBlock implements ChipBlockLayout {
  readonly #texts: () => FittedLines[];

  constructor(
    readonly touchpointId: string,
    readonly lane: ChipLane,
    public x: number,
    public y: number,
    public width: number,
    public height: number,
    readonly items: Rect[],
    readonly addButton: Rect | null,
    fit: () => FittedLines[],
  ) {
    this.#texts = once(fit);
  }

  get texts(): FittedLines[] {
    return this.#texts();
  }
}

function hasMeta(touchpoint: Touchpoint): boolean {
  return Boolean(touchpoint.channel || touchpoint.owner || touchpoint.keyMoment || (touchpoint.evidence?.length ?? 0) > 0);
}

/** The room's spread at each rated touchpoint, under its card, in journey order. */
function ratingBands(
  cards: readonly CardLayout[],
  touchpointById: ReadonlyMap<string, Touchpoint>,
  scale: EmotionScale,
  disagreements: ReadonlySet<string>,
): RatingBandLayout[] {
  const bands: RatingBandLayout[] = [];
  for (const card of cards) {
    const touchpoint = touchpointById.get(card.touchpointId);
    const stats = touchpoint ? touchpointRatingStats(touchpoint) : undefined;
    if (!touchpoint || !stats) continue;
    bands.push({
      touchpointId: card.touchpointId,
      x: card.x + card.width / 2,
      yMin: emotionToY(stats.min, scale),
      yMax: emotionToY(stats.max, scale),
      min: stats.min,
      max: stats.max,
      values: (touchpoint.ratings ?? []).map((rating) => rating.emotion).sort((a, b) => a - b),
      n: stats.n,
      sd: stats.sd,
      disagreement: disagreements.has(card.touchpointId),
    });
  }
  return bands;
}

function hasMetrics(touchpoint: Touchpoint): boolean {
  const metrics = touchpoint.metrics;
  return metrics !== undefined && (metrics.csat !== undefined || metrics.nps !== undefined || metrics.ces !== undefined);
}

/** The touchpoints of each stage in array order (= journey order), by stage id. */
function groupByStage(document: JourneyDocument): Map<string, Touchpoint[]> {
  const groups = new Map<string, Touchpoint[]>();
  for (const stage of document.stages) if (!groups.has(stage.id)) groups.set(stage.id, []);
  for (const touchpoint of document.touchpoints) groups.get(touchpoint.stageId)?.push(touchpoint);
  return groups;
}

/**
 * Lays out a journey map.
 *
 * @example
 * const layout = layoutJourney(doc, { lanes: ['touchpoints', 'emotion'] });
 * layout.emotion?.points; // one point per touchpoint, under its card, in journey order
 */
export function layoutJourney(document: JourneyDocument, options: LayoutOptions): JourneyLayout {
  const cardWidth = options.cardWidth ?? MAP.cardWidth;
  const editable = options.editable ?? true;
  const shown = new Set<JourneyLane>(options.lanes);
  const groups = groupByStage(document);
  const analysis = analyzeJourney(document);
  const floors = options.textFloors ?? NO_FLOORS;
  // Heights are reserved with the pure estimate at this width, whatever the measurer and floors:
  // a server and a browser lay the map out to the same pixel. The lines drawn are fitted below.
  const fullWidth = cardWidth - 2 * MAP.cardPadding;
  const plainReserve = besideBadge(fullWidth - MAP.cardBadgeWidth, fullWidth, linesBesideBadge(false));
  const ratedReserve = besideBadge(fullWidth - MAP.cardBadgeWidth, fullWidth, linesBesideBadge(true));

  // Sizes that depend on content: the tallest title and header name set the row heights, so
  // cards in a row line up.
  let titleLines = 1;
  let anyMeta = false;
  let anyMetrics = false;
  let anyRated = false;
  for (const touchpoint of document.touchpoints) {
    const rated = isRated(touchpoint);
    titleLines = Math.max(titleLines, linesOf(touchpoint.title, rated ? ratedReserve : plainReserve, MAP.titleFontSize));
    anyMeta ||= hasMeta(touchpoint);
    anyMetrics ||= hasMetrics(touchpoint);
    anyRated ||= rated;
  }
  titleLines = Math.min(MAP.maxTitleLines, titleLines);
  // A rated card stacks the count of ratings under its emotion badge, beside the title: the
  // title block is at least as tall as that stack.
  const titleBlock = Math.max(titleLines * MAP.titleLineHeight, anyRated ? MAP.cardCountTop + MAP.cardCountHeight : 0);
  const cardHeight = 2 * MAP.cardPadding + titleBlock + (anyMeta ? MAP.cardMetaGap + MAP.cardMetaHeight : 0);
  const fitTitles = shown.has('touchpoints');
  const titleFont = { size: MAP.titleFontSize, weight: TYPE.cardTitle.weight };
  const titleHeight = titleLines * MAP.titleLineHeight;
  const fitters = new Map<string, LineFitter>();
  const fitterOf = (rated: boolean, key: boolean): LineFitter => {
    const name = `${rated}|${key}`;
    let fitter = fitters.get(name);
    if (!fitter) {
      const widths = titleWidths(cardWidth, floors, rated);
      fitters.set(name, (fitter = lineFitter(key ? widths.key : widths.plain, titleHeight, titleFont, MAP.titleLineHeight, floors.title)));
    }
    return fitter;
  };
  // Without the touchpoint lane no title is drawn: nothing is measured (an empty text's lines).
  const fittedTitle = (touchpoint: Touchpoint): FittedLines => fitterOf(isRated(touchpoint), touchpoint.keyMoment === true)(fitTitles ? touchpoint.title : '');

  // Columns, left to right.
  const columns: StageColumn[] = [];
  const cards: CardLayout[] = [];
  let x = MAP.gutterWidth;
  let journeyIndex = 0;
  let nameLines = 1;
  document.stages.forEach((stage, index) => {
    const members = groups.get(stage.id) ?? [];
    // A duplicate stage id (invalid documents only) must not draw the same cards twice.
    const own = columns.some((column) => column.stageId === stage.id) ? [] : members;
    const slots = Math.max(1, own.length);
    const width = 2 * MAP.columnPadding + slots * cardWidth + (slots - 1) * MAP.cardGap;
    own.forEach((touchpoint, stageIndex) => {
      cards.push(
        new LaidOutCard(
          touchpoint.id,
          stage.id,
          journeyIndex++,
          stageIndex,
          x + MAP.columnPadding + stageIndex * (cardWidth + MAP.cardGap),
          0, // y: set once the lanes are placed
          cardWidth,
          cardHeight,
          () => fittedTitle(touchpoint),
        ),
      );
    });
    nameLines = Math.max(nameLines, linesOf(stage.name, width - 2 * MAP.headerPadding - 32, MAP.headerNameFontSize));
    columns.push({
      stageId: stage.id,
      index,
      x,
      width,
      header: { x, y: 0, width, height: 0 },
      addSlot: null,
      touchpointIds: own.map((touchpoint) => touchpoint.id),
    });
    x += width + MAP.columnGap;
  });
  const right = columns.length > 0 ? x - MAP.columnGap : MAP.gutterWidth;

  nameLines = Math.min(MAP.maxHeaderNameLines, nameLines);
  const headerHeight =
    2 * MAP.headerPadding + nameLines * MAP.headerNameLineHeight + MAP.headerGap + MAP.headerStatsHeight;
  for (const column of columns) column.header.height = headerHeight;

  const touchpointById = new Map(document.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint]));
  const itemsOf = (touchpointId: string, lane: ChipLane): readonly string[] => touchpointById.get(touchpointId)?.[lane] ?? [];

  // Lanes, top to bottom.
  const lanes: LaneBand[] = [];
  let y = headerHeight + MAP.laneGap;
  let emotion: EmotionLaneLayout | null = null;
  const chips: ChipBlockLayout[] = [];
  const metrics: JourneyLayout['metrics'] = [];
  const cardById = new Map(cards.map((card) => [card.touchpointId, card]));

  for (const lane of JOURNEY_LANES) {
    if (!shown.has(lane)) continue;
    if (lane === 'metrics' && !anyMetrics) continue;
    let height: number;
    if (lane === 'touchpoints') {
      height = cardHeight + 2 * MAP.lanePadding;
      for (const card of cards) card.y = y + MAP.lanePadding;
      for (const column of columns) {
        if (column.touchpointIds.length === 0) {
          column.addSlot = { x: column.x + MAP.columnPadding, y: y + MAP.lanePadding, width: cardWidth, height: cardHeight };
        }
      }
    } else if (lane === 'emotion') {
      height = options.emotionLaneHeight ?? MAP.emotionLaneHeight;
      const scale = { top: y + MAP.emotionPadding, bottom: y + height - MAP.emotionPadding };
      const points: EmotionPointLayout[] = cards.map((card) => {
        const value = touchpointById.get(card.touchpointId)?.emotion ?? 0;
        return { touchpointId: card.touchpointId, x: card.x + card.width / 2, y: emotionToY(value, scale), emotion: value };
      });
      const bands = anyRated ? ratingBands(cards, touchpointById, scale, new Set(analysis.ratings.disagreements)) : [];
      emotion = { ...scale, zeroY: emotionToY(0, scale), points, bands, left: MAP.gutterWidth, right };
    } else if (lane === 'metrics') {
      height = MAP.metricsHeight + 2 * MAP.lanePadding;
      for (const card of cards) {
        const touchpoint = touchpointById.get(card.touchpointId);
        if (touchpoint && hasMetrics(touchpoint)) {
          metrics.push({ touchpointId: card.touchpointId, x: card.x, y: y + MAP.lanePadding, width: card.width, height: MAP.metricsHeight });
        }
      }
    } else {
      height = chipLane(lane, y, cards, itemsOf, editable, chips, floors.text);
    }
    lanes.push({ lane, y, height });
    y += height + MAP.laneGap;
  }
  const bottom = lanes.length > 0 ? y - MAP.laneGap : headerHeight;

  const momentAt = (moment: JourneyMoment | null): MomentLayout | null => {
    if (!moment || !emotion) return null;
    const point = emotion.points[moment.index];
    return point ? { ...point, moment } : null;
  };

  return {
    columns,
    lanes,
    headerHeight,
    gutterWidth: MAP.gutterWidth,
    cards,
    cardById,
    titleLines,
    cardMeta: anyMeta,
    cardCounts: anyRated,
    emotion,
    chips,
    metrics,
    moments: {
      peak: momentAt(analysis.peak),
      end: momentAt(analysis.end),
      best: momentAt(analysis.best),
      worst: momentAt(analysis.worst),
    },
    analysis,
    bounds: { x: 0, y: 0, width: right, height: bottom },
  };
}

/** Places the chip stacks of one lane; returns the lane's height (the tallest stack decides). */
function chipLane(
  lane: ChipLane,
  top: number,
  cards: readonly CardLayout[],
  itemsOf: (touchpointId: string, lane: ChipLane) => readonly string[],
  editable: boolean,
  out: ChipBlockLayout[],
  floor: number,
): number {
  let tallest = 0;
  const blocks: ChipBlockLayout[] = [];
  // One fitter per chip height (1 to maxChipLines lines) and card width.
  const fitters = new Map<number, LineFitter>();
  const fitterFor = (width: number, height: number): LineFitter => {
    const key = width * 1000 + height;
    let fitter = fitters.get(key);
    if (!fitter) {
      fitter = lineFitter(width - 2 * MAP.chipPaddingX, height - 2 * MAP.chipPaddingY, { size: MAP.chipFontSize }, MAP.chipLineHeight, floor);
      fitters.set(key, fitter);
    }
    return fitter;
  };
  for (const card of cards) {
    let y = top + MAP.lanePadding;
    const items: Rect[] = [];
    const own = itemsOf(card.touchpointId, lane);
    for (const text of own) {
      const height = chipHeight(text, card.width);
      items.push({ x: card.x, y, width: card.width, height });
      y += height + MAP.chipGap;
    }
    const addButton = editable ? { x: card.x, y, width: card.width, height: MAP.addButtonHeight } : null;
    if (addButton) y += MAP.addButtonHeight + MAP.chipGap;
    const height = Math.max(0, y - MAP.chipGap - (top + MAP.lanePadding));
    tallest = Math.max(tallest, height);
    blocks.push(
      new LaidOutChipBlock(card.touchpointId, lane, card.x, top + MAP.lanePadding, card.width, height, items, addButton, () =>
        own.map((text, index): FittedLines => fitterFor(card.width, (items[index] as Rect).height)(text)),
      ),
    );
  }
  for (const block of blocks) out.push(block);
  return Math.max(MAP.minChipLaneHeight, tallest + 2 * MAP.lanePadding);
}

