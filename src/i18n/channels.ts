/** What a person reads for a touchpoint's channel, in the editor's language. Pure: no React, no DOM. */
import { channelMessages } from './catalogs/channels';
import type { JourneyMessages } from './messages';

/** The channels the catalogs name, in the order the inspector suggests them. */
export const KNOWN_CHANNELS = Object.keys(channelMessages.en).map((key) => key.slice('channel.'.length));

const KEY_BY_ID = new Map<string, keyof typeof channelMessages.en>(
  (Object.keys(channelMessages.en) as (keyof typeof channelMessages.en)[]).map((key) => [key.slice('channel.'.length), key]),
);

/**
 * The label of a channel: a known id (`web`, `in-person`, `sms`, …; case, spaces and `_` do not
 * matter, so `In_Person` is `in-person`) by the catalog, anything else as it was typed (a team's
 * own channel name is already words). Empty or blank stays as it is.
 * @example channelLabel('in-person', resolveMessages('zh-CN')) // '面对面'
 */
export function channelLabel(channel: string, messages: Pick<JourneyMessages, keyof typeof channelMessages.en>): string {
  const id = channel.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const key = KEY_BY_ID.get(id);
  return key ? messages[key] : channel;
}

/**
 * The stored channel for what a person typed: a known id, or a known channel's label in any
 * catalog ('面对面', 'in person') becomes its id ('in-person'), so a map keeps one spelling per
 * channel whatever language it was edited in; anything else is kept as typed (trimmed).
 * @example channelFromText('短信', resolveMessages('zh-CN')) // 'sms'
 */
export function channelFromText(text: string, messages: Pick<JourneyMessages, keyof typeof channelMessages.en>): string {
  const trimmed = text.trim();
  const id = trimmed.toLowerCase().replace(/[\s_]+/g, '-');
  if (KEY_BY_ID.has(id)) return id;
  const folded = trimmed.toLowerCase();
  for (const [channel, key] of KEY_BY_ID) {
    if ([messages[key], channelMessages.en[key], channelMessages['zh-CN'][key]].some((label) => label.toLowerCase() === folded)) return channel;
  }
  return trimmed;
}
