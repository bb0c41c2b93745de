/** What the participants, rating and evidence panels share: names, counts and scores as people read them. */
import { formatMessage } from '../../i18n';
import type { JourneyMessages } from '../../i18n';
import { EMOTION_MAX, EMOTION_MIN } from '../../model';
import type { JourneyParticipant, Touchpoint } from '../../model';
import { parseNumberText, rangeMessage } from './numbers';
import { firstMessage } from './useApply';
import type { ApplyChange } from './useApply';

/** A participant as people call them: the name, or "Participant 2" when they have none. */
export function participantName(participant: JourneyParticipant, index: number, messages: JourneyMessages): string {
  const name = typeof participant.name === 'string' ? participant.name.trim() : '';
  return name !== '' ? name : formatMessage(messages['panel.participants.unnamed'], { index: index + 1 });
}

/** "1 rating", "4 ratings" (en); "4 个评分" (zh-CN). */
export function ratingCountText(count: number, messages: JourneyMessages): string {
  return count === 1 ? messages['room.ratingCount.one'] : formatMessage(messages['room.ratingCount.other'], { count });
}

/** How many ratings each participant has given, over the whole journey. */
export function ratingCounts(touchpoints: readonly Touchpoint[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const touchpoint of touchpoints) {
    for (const rating of touchpoint.ratings ?? []) counts.set(rating.by, (counts.get(rating.by) ?? 0) + 1);
  }
  return counts;
}

export type ParsedScore = { kind: 'empty' } | { kind: 'score'; value: number } | { kind: 'error'; message: string };

/** A typed score: empty (take the rating back), a number in [−5, 5], or the message to show. */
export function parseScore(text: string, messages: JourneyMessages): ParsedScore {
  const parsed = parseNumberText(text);
  if (parsed.kind === 'empty') return parsed;
  if (parsed.kind === 'invalid') return { kind: 'error', message: messages['panel.field.notANumber'] };
  const outside = rangeMessage(messages, parsed.value, EMOTION_MIN, EMOTION_MAX);
  return outside ? { kind: 'error', message: outside } : { kind: 'score', value: parsed.value };
}

/**
 * Commits a typed score of `by` on a touchpoint: a number sets their rating (its note stays),
 * an empty field takes their rating back, anything else is refused with its message.
 */
export function commitScore(
  text: string,
  touchpoint: Touchpoint,
  by: string,
  apply: ApplyChange,
  messages: JourneyMessages,
): string | null {
  const parsed = parseScore(text, messages);
  if (parsed.kind === 'error') return parsed.message;
  const existing = touchpoint.ratings?.find((rating) => rating.by === by);
  if (parsed.kind === 'empty') {
    return existing ? firstMessage(apply({ operation: 'removeRating', args: { touchpointId: touchpoint.id, by } })) : null;
  }
  if (existing?.emotion === parsed.value) return null;
  // No `note`: setRating keeps the note the rating had.
  return firstMessage(apply({ operation: 'setRating', args: { touchpointId: touchpoint.id, by, emotion: parsed.value } }));
}
