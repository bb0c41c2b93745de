export { JOURNEY_LOCALES, resolveMessages, formatMessage, formatEmotion } from './messages';
export { channelLabel, channelFromText, KNOWN_CHANNELS } from './channels';
export type { JourneyLocale, JourneyMessages, JourneyMessageKey } from './messages';
