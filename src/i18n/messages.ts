import { canvasMessages } from './catalogs/canvas';
import { channelMessages } from './catalogs/channels';
import { commonMessages } from './catalogs/common';
import { errorMessages } from './catalogs/errors';
import { exportMessages } from './catalogs/export';
import { panelMessages } from './catalogs/panels';
import { roomMessages } from './catalogs/room';
import { shortcutMessages } from './catalogs/shortcuts';

export const JOURNEY_LOCALES = ['en', 'zh-CN'] as const;
export type JourneyLocale = (typeof JOURNEY_LOCALES)[number];

const catalogs = {
  en: { ...commonMessages.en, ...canvasMessages.en, ...panelMessages.en, ...exportMessages.en, ...channelMessages.en, ...errorMessages.en, ...shortcutMessages.en, ...roomMessages.en },
  'zh-CN': { ...commonMessages['zh-CN'], ...canvasMessages['zh-CN'], ...panelMessages['zh-CN'], ...exportMessages['zh-CN'], ...channelMessages['zh-CN'], ...errorMessages['zh-CN'], ...shortcutMessages['zh-CN'], ...roomMessages['zh-CN'] },
} satisfies Record<JourneyLocale, unknown>;

/** Every string the editor shows, by key. Templates use `{name}` placeholders. */
export type JourneyMessages = typeof catalogs.en;
export type JourneyMessageKey = keyof JourneyMessages;

/** The built-in catalog of a locale, with the host's overrides on top. Unknown locales fall back to English. */
export function resolveMessages(locale: string | undefined, overrides?: Partial<JourneyMessages>): JourneyMessages {
  const base = locale === 'zh-CN' || locale?.toLowerCase().startsWith('zh') ? catalogs['zh-CN'] : catalogs.en;
  return overrides ? { ...base, ...overrides } : base;
}

/** Fills `{name}` placeholders; a placeholder with no value stays as written so a missing value is visible. */
export function formatMessage(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Emotion as people read it on a map: a sign, at most one decimal ("+2.5", "−4", "0"). */
export function formatEmotion(emotion: number): string {
  // Rounded away from zero on a tie, the same for both signs (−2.75 → −2.8, like +2.75 → +2.8).
  const rounded = (Math.sign(emotion) * Math.round(Math.abs(emotion) * 10)) / 10;
  if (rounded > 0) return `+${rounded}`;
  if (rounded < 0) return `\u2212${Math.abs(rounded)}`;
  return '0';
}
