/** Pure layout of a journey map (no React, no DOM): shared by the editor and the image export. */
export { layoutJourney, chipHeight } from './layoutJourney';
export { relayoutEmotions } from './relayoutEmotions';
export { emotionToY, yToEmotion, snapEmotion, clampEmotion, pixelsPerEmotion, EMOTION_STEP } from './emotion';
export type { EmotionScale } from './emotion';
export { emotionCurvePath, emotionAreaPath, emotionCurveRuns } from './curve';
export type { CurvePoint, CurveRun, PreviousRuns } from './curve';
export { estimateLines } from './text';
export { MAP } from './metrics';
export { LAYOUT_LANES, CHIP_LANES } from './types';
export type {
  CardLayout,
  ChipBlockLayout,
  ChipLane,
  EmotionLaneLayout,
  EmotionPointLayout,
  JourneyLayout,
  LaneBand,
  LayoutLane,
  LayoutOptions,
  MomentLayout,
  Rect,
  StageColumn,
} from './types';
