/**
 * The emotion scale of the map: +5 at the top of the emotion lane, −5 at the bottom.
 * Shared by the editor (drawing, dragging) and the image export, so both agree to the pixel.
 */
import { EMOTION_MAX, EMOTION_MIN } from '../model';

/** The vertical extent of the scale inside the emotion lane, in map pixels. */
export interface EmotionScale {
  /** y of +5. */
  top: number;
  /** y of −5. */
  bottom: number;
}

/** Emotions snap to halves when dragged or stepped with the keyboard. */
export const EMOTION_STEP = 0.5;

export function clampEmotion(emotion: number): number {
  return Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, emotion));
}

/** The nearest half step inside −5..+5 (e.g. 2.26 → 2.5, −0.2 → 0; −0 is written 0). */
export function snapEmotion(emotion: number): number {
  const snapped = clampEmotion(Math.round(emotion / EMOTION_STEP) * EMOTION_STEP);
  return snapped === 0 ? 0 : snapped;
}

/** The y of an emotion on the scale. */
export function emotionToY(emotion: number, scale: EmotionScale): number {
  const t = (EMOTION_MAX - clampEmotion(emotion)) / (EMOTION_MAX - EMOTION_MIN);
  return scale.top + t * (scale.bottom - scale.top);
}

/** The emotion at a y on the scale (clamped to −5..+5, not snapped). */
export function yToEmotion(y: number, scale: EmotionScale): number {
  const span = scale.bottom - scale.top;
  if (span <= 0) return 0;
  return clampEmotion(EMOTION_MAX - ((y - scale.top) / span) * (EMOTION_MAX - EMOTION_MIN));
}

/** Pixels per emotion unit on the scale (how far a drag moves for one point of emotion). */
export function pixelsPerEmotion(scale: EmotionScale): number {
  return (scale.bottom - scale.top) / (EMOTION_MAX - EMOTION_MIN);
}
