export { JOURNEY_LOCALES, resolveMessages, formatMessage, formatEmotion } from './messages';
export type { JourneyLocale, JourneyMessages, JourneyMessageKey } from './messages';
