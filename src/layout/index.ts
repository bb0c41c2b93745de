/** Pure layout of a journey map (no React, no DOM): shared by the editor and the image export. */
export { layoutJourney, chipHeight } from './layoutJourney';
export { relayoutEmotions } from './relayoutEmotions';
export { placeMoments } from './moments';
export type { MomentKind, LabelSide, PlacedMoment } from './moments';
export { emotionToY, yToEmotion, snapEmotion, clampEmotion, pixelsPerEmotion, EMOTION_STEP } from './emotion';
export type { EmotionScale } from './emotion';
export { emotionCurvePath, emotionAreaPath, emotionCurveRuns } from './curve';
export type { CurvePoint, CurveRun, PreviousRuns } from './curve';
export { lineFitter, lineStarts } from './fittedLines';
export type { FittedLines, LineFitter } from './fittedLines';
export { fitLegible, isShortened, floorsForScale, atLeast, NO_FLOORS, OWN_SIZES, SLIDE_MIN_TEXT, SLIDE_MIN_TITLE, MIN_LEGIBLE_SCALE } from './legible';
export type { LegibleText, TextFloors } from './legible';
export { estimateLines, estimateTextWidth, lineWidthAt, measureText, wrapText, truncateText, fitText, resetTextMeasurer, setTextMeasurerFactory, widestLine } from './text';
export type { FontSpec, FittedText, LineWidths, TextMeasurer } from './text';
export { MAP, TYPE, FONT_FAMILY, COLOR_VARIABLES, PALETTES, chipColors, emotionTone, toneColor, stageColor, STAGE_COLORS } from './look';
export type { ColorMode, ColorName, Palette, TypeStyle } from './look';
export { JOURNEY_LANES, CHIP_LANES, LANE_CONTENT, isChipLane } from './types';
export type {
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
