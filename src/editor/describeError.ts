/**
 * A model error as a facilitator reads it: the thing in words first ("“Delivery arrives late”"),
 * then what is wrong ("its stage no longer exists"), and only then, as a detail, the model's
 * exact message and the JSON Pointer. Pure (no React, no DOM); it sits in the editor because it
 * reads the model's ranges, which src/i18n may not import.
 */
import { EMOTION_MAX, EMOTION_MIN, METRIC_RANGES } from '../model';
import type { JourneyError } from '../model';
import { formatMessage } from '../i18n';
import type { JourneyMessageKey, JourneyMessages } from '../i18n';

export interface JourneyErrorDescription {
  /** The whole sentence, e.g. "“Delivery arrives late”: its stage no longer exists". */
  text: string;
  /** What the error is about, in words: a touchpoint's title, "Stage “Purchase”", "The journey". */
  subject: string;
  /** What is wrong with it, in words. */
  problem: string;
  /** The model's own message ("emotion must be a number from -5 to 5, got 7"), for the detail. */
  detail: string;
  /** The JSON Pointer, "/" for the whole document. */
  path: string;
}

const RANGES: Record<string, readonly [number, number]> = { emotion: [EMOTION_MIN, EMOTION_MAX], ...METRIC_RANGES };

/** RFC 6901: "/touchpoints/3/title" -> ["touchpoints", "3", "title"]. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Item `index` of the array `key` of `input`, when there is one. */
function itemOf(input: unknown, key: string, index: number): Record<string, unknown> | undefined {
  if (!isRecord(input)) return undefined;
  const list = input[key];
  if (!Array.isArray(list)) return undefined;
  const item: unknown = list[index];
  return isRecord(item) ? item : undefined;
}

function nonEmptyText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function isIndex(segment: string | undefined): segment is string {
  return segment !== undefined && /^(0|[1-9]\d*)$/.test(segment);
}

/** The subject in words, and how many segments of the pointer it took. */
function subjectOf(segments: string[], input: unknown, messages: JourneyMessages): { subject: string; used: number } {
  const [first, second] = segments;
  if ((first === 'touchpoints' || first === 'stages' || first === 'participants') && isIndex(second)) {
    const index = Number(second);
    const n = index + 1;
    const item = itemOf(input, first, index);
    if (first === 'touchpoints') {
      const title = nonEmptyText(item?.title);
      return {
        subject: title ? formatMessage(messages['error.subject.touchpoint'], { title }) : formatMessage(messages['error.subject.touchpointAt'], { n }),
        used: 2,
      };
    }
    if (first === 'stages') {
      const name = nonEmptyText(item?.name);
      return { subject: name ? formatMessage(messages['error.subject.stage'], { name }) : formatMessage(messages['error.subject.stageAt'], { n }), used: 2 };
    }
    const name = nonEmptyText(item?.name);
    return { subject: name ? `“${name}”` : formatMessage(messages['error.subject.participant'], { n }), used: 2 };
  }
  if (first === 'persona') return { subject: messages['error.subject.persona'], used: 1 };
  return { subject: messages['error.subject.journey'], used: 0 };
}

/** The name of the field the pointer ends on: the last segment that is not an array index. */
function fieldOf(rest: string[], messages: JourneyMessages): { key: string; name: string } | null {
  const key = [...rest].reverse().find((segment) => !isIndex(segment));
  if (key === undefined) return null;
  const messageKey = `error.field.${key}` as JourneyMessageKey;
  return { key, name: messageKey in messages ? messages[messageKey] : key };
}

function problemOf(error: JourneyError, rest: string[], messages: JourneyMessages): string {
  switch (error.code) {
    case 'unknown_stage':
    case 'unknown_touchpoint':
    case 'duplicate_id':
    case 'stage_not_empty':
    case 'unknown_participant':
    case 'duplicate_rating':
    case 'unsupported_version':
    case 'invalid_json':
      return messages[`error.problem.${error.code}`];
  }
  const field = fieldOf(rest, messages);
  if (!field) return messages['error.problem.itInvalid'];
  if (error.code === 'required') return formatMessage(messages['error.problem.required'], { field: field.name });
  if (error.code === 'empty') return formatMessage(messages['error.problem.empty'], { field: field.name });
  if (error.code === 'out_of_range') {
    const range = RANGES[field.key];
    return range
      ? formatMessage(messages['error.problem.range'], { field: field.name, min: formatBound(range[0]), max: formatBound(range[1]) })
      : formatMessage(messages['error.problem.outOfRange'], { field: field.name });
  }
  return formatMessage(messages['error.problem.invalid'], { field: field.name });
}

/** −5 with a real minus sign, as the rest of the editor writes numbers. */
function formatBound(value: number): string {
  return value < 0 ? `\u2212${Math.abs(value)}` : String(value);
}

/**
 * Describes `error` in words. `input` is the data its pointer points into (the value, file or
 * paste that failed): a touchpoint is then named by its title there. Without it (or when that
 * place has no title) it is named by its position ("Touchpoint 2"), never by a guess from
 * another document.
 * @example describeJourneyError({ path: '/touchpoints/1/stageId', code: 'unknown_stage', message: '…' }, input, messages).text
 * // '“Delivery arrives late”: its stage no longer exists'
 */
export function describeJourneyError(error: JourneyError, input: unknown, messages: JourneyMessages): JourneyErrorDescription {
  const segments = pointerSegments(error.path);
  const { subject, used } = subjectOf(segments, input, messages);
  const problem = problemOf(error, segments.slice(used), messages);
  return {
    text: formatMessage(messages['error.sentence'], { subject, problem }),
    subject,
    problem,
    detail: error.message,
    path: error.path === '' ? '/' : error.path,
  };
}
