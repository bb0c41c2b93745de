/** What `layoutJourney` returns: every position the map draws, in map pixels (y down). */
import type { JourneyAnalysis, JourneyMoment } from '../model';
import type { EmotionScale } from './emotion';
import type { FittedLines } from './fittedLines';
import type { TextFloors } from './legible';

/**
 * The lanes of the map, top to bottom, and what each one holds: the one list every part reads
 * (the editor's `lanes` prop, the exports' `lanes` option, layout, the outline). Which of them
 * show is a view option, not document data.
 */
export const LANE_CONTENT = {
  touchpoints: 'cards',
  emotion: 'curve',
  painPoints: 'chips',
  delights: 'chips',
  opportunities: 'chips',
  metrics: 'metrics',
} as const;

export type JourneyLane = keyof typeof LANE_CONTENT;

/** Every lane, top to bottom. */
export const JOURNEY_LANES = Object.keys(LANE_CONTENT) as readonly JourneyLane[];

/** The lanes whose items are short text chips under each touchpoint. */
export type ChipLane = { [Lane in JourneyLane]: (typeof LANE_CONTENT)[Lane] extends 'chips' ? Lane : never }[JourneyLane];

export function isChipLane(lane: JourneyLane): lane is ChipLane {
  return LANE_CONTENT[lane] === 'chips';
}

export const CHIP_LANES: readonly ChipLane[] = JOURNEY_LANES.filter(isChipLane);

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LayoutOptions {
  /** The lanes to show, in any order (they are drawn in JOURNEY_LANES order). */
  lanes: readonly JourneyLane[];
  /** Leave room for the add buttons of an editor (a `+` under each chip stack). @default true */
  editable?: boolean;
  /** @default 184 */
  cardWidth?: number;
  /** Height of the emotion lane. @default 240 */
  emotionLaneHeight?: number;
  /**
   * Smallest font sizes the fitted lines (card titles, chip texts) may be set at, in map px. With
   * none, a text a little too long for its box is set up to 3 px smaller so it shows whole (what
   * an image wants: it cannot be scrolled); with floors at the texts' own sizes (OWN_SIZES, the
   * editor's), it is shortened with an ellipsis instead. Only the lines depend on this, never
   * the geometry.
   * @default no floors
   */
  textFloors?: TextFloors;
}

export interface StageColumn {
  stageId: string;
  /** Position of the stage in the document. */
  index: number;
  x: number;
  width: number;
  /** The header box at the top of the column. */
  header: Rect;
  /** In an empty stage, the placeholder card holding its add button (when the touchpoint lane shows). */
  addSlot: Rect | null;
  /** The stage's touchpoints, in journey order. */
  touchpointIds: string[];
}

export interface LaneBand {
  lane: JourneyLane;
  y: number;
  height: number;
}

export interface CardLayout extends Rect {
  touchpointId: string;
  stageId: string;
  /** Place in journey order. */
  journeyIndex: number;
  /** Place among its stage's touchpoints. */
  stageIndex: number;
  /**
   * The title's lines as every renderer draws them, at the card's top left inside its padding
   * (further in by MAP.cardKeyInset on a key moment's card), fitted in the room the emotion badge
   * leaves and `titleLines` lines high. An untitled card (empty or blank title) has no lines: the
   * renderer fits its placeholder, in its own language, into `title.width` (layout has no words).
   * Without the touchpoint lane, no lines either.
   */
  title: FittedLines;
}

export interface EmotionPointLayout {
  touchpointId: string;
  /** The centre of its card. */
  x: number;
  y: number;
  emotion: number;
}

export interface ChipBlockLayout extends Rect {
  touchpointId: string;
  lane: ChipLane;
  /** One box per item, stacked top to bottom. */
  items: Rect[];
  /** One per item: its text's lines, fitted inside the item's padding (MAP.chipPaddingX, chipPaddingY). */
  texts: FittedLines[];
  /** Where the `+` button goes, under the items (null when not editable). */
  addButton: Rect | null;
}

/**
 * The room's spread at a rated touchpoint: a whisker from the lowest to the highest of its
 * participants' ratings, on the emotion scale. y grows downwards, so `yMin` (the y of the lowest
 * rating) is below `yMax` (the y of the highest).
 */
export interface RatingBandLayout {
  touchpointId: string;
  /** The centre of its card (the x of its point on the curve). */
  x: number;
  /** y of the lowest rating. */
  yMin: number;
  /** y of the highest rating. */
  yMax: number;
  /** The lowest and highest rating, and each rating sorted low to high (for renderers with a scale of their own). */
  min: number;
  max: number;
  values: number[];
  /** How many participants rated it. */
  n: number;
  /** Population standard deviation of the ratings. */
  sd: number;
  /** The room disagrees here (the model's rule: n >= 3 and sd >= 2). */
  disagreement: boolean;
}

export interface MomentLayout extends EmotionPointLayout {
  moment: JourneyMoment;
}

export interface EmotionLaneLayout extends EmotionScale {
  /** The y of emotion 0. */
  zeroY: number;
  /** One per touchpoint, in journey order: the curve goes through them in this order. */
  points: EmotionPointLayout[];
  /** One per rated touchpoint, in journey order (left to right): the room's spread, drawn under the curve. */
  bands: RatingBandLayout[];
  /** From the left edge of the first column to the right edge of the last. */
  left: number;
  right: number;
}

export interface JourneyLayout {
  columns: StageColumn[];
  /** The visible lanes, top to bottom. */
  lanes: LaneBand[];
  headerHeight: number;
  /** Width of the left gutter holding lane names and the emotion scale. */
  gutterWidth: number;
  /** One per touchpoint in journey order (present even when the touchpoint lane is hidden: x is used by every lane). */
  cards: CardLayout[];
  cardById: ReadonlyMap<string, CardLayout>;
  /**
   * Title lines every card has room for (at the title's own size), reserved with the pure
   * estimate; each card's `title` holds the lines actually drawn in that room.
   */
  titleLines: number;
  /**
   * Cards have a meta row at the bottom (channel, owner, key moment, evidence count): one of the
   * touchpoints has something to show there, so every card keeps the room.
   */
  cardMeta: boolean;
  /** Cards have room under the emotion badge for the count of ratings (a touchpoint is rated). */
  cardCounts: boolean;
  /** null when the emotion lane is hidden. */
  emotion: EmotionLaneLayout | null;
  chips: ChipBlockLayout[];
  metrics: Array<Rect & { touchpointId: string }>;
  /** Peak, end, best and worst on the curve (null when absent or when the emotion lane is hidden). */
  moments: { peak: MomentLayout | null; end: MomentLayout | null; best: MomentLayout | null; worst: MomentLayout | null };
  analysis: JourneyAnalysis;
  bounds: Rect;
}
