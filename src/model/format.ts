/**
 * The journey document, format version 2, defined once. The TypeScript types (`types.ts`), the
 * validator (`validate.ts`), the JSON Schema (`schema.ts`) and the key order of saved files
 * (`serialize.ts`) are all derived from the shapes below; nothing restates them.
 *
 * This is a storage contract: host apps keep these files for years, so a change here needs a
 * version bump and a migration step (`migrate.ts`). A new optional field is one line in its
 * object below (where it goes is where it is written); a new kind of object is one `object({…})`;
 * a new array of objects with ids is a `collection(…)` on the document, and a field with
 * `refersTo` names its ids.
 */
import {
  MAX_EVIDENCE_TEXT_LENGTH,
  MAX_JOURNEY_PARTICIPANTS,
  MAX_SHORT_TEXT_LENGTH,
  MAX_TOUCHPOINT_EVIDENCE,
  MAX_TOUCHPOINT_RATINGS,
  MAX_URL_LENGTH,
} from './limits';
import { COLOR_PATTERN, DATE_TIME_PATTERN, EVIDENCE_URL_PATTERN } from './patterns';
import {
  advisedText,
  boolean,
  boundedText,
  collection,
  list,
  literal,
  matching,
  nonEmptyText,
  numberIn,
  object,
  oneOf,
  optional,
  required,
  text,
  textList,
} from './shape';

/** The string every document's `format` property must hold. */
export const JOURNEY_FORMAT = 'journey-canvas';

/** The newest document version this library reads and writes. */
export const JOURNEY_VERSION = 2;

/** The built-in stage kinds, in their usual journey order. */
export const STAGE_KINDS = ['awareness', 'consideration', 'purchase', 'use', 'feedback', 'custom'] as const;

/** What an evidence item is: words a customer said, something seen, a figure, a link to more. */
export const EVIDENCE_KINDS = ['quote', 'observation', 'data', 'link'] as const;

/** Emotion is a finite number in [EMOTION_MIN, EMOTION_MAX]; 0 is neutral. */
export const EMOTION_MIN = -5;
export const EMOTION_MAX = 5;

/** The allowed range of each metric, inclusive. */
export const METRIC_RANGES = {
  csat: [1, 5],
  nps: [-100, 100],
  ces: [1, 7],
} as const;

/** A lenient BCP 47 check: anything `Intl` accepts, else the usual letters-digits-hyphens shape. */
export function isPlausibleLocale(tag: string): boolean {
  if (typeof Intl !== 'undefined' && typeof Intl.getCanonicalLocales === 'function') {
    try {
      Intl.getCanonicalLocales(tag);
      return true;
    } catch {
      return false;
    }
  }
  return /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/.test(tag);
}

const UNIQUE_ID = 'Unique across all participants, stages and touchpoints.';
const dateTime = () =>
  matching(
    DATE_TIME_PATTERN,
    'an ISO 8601 date-time like "2026-11-22T08:00:00.000Z"',
    'ISO 8601 date, optionally with time and zone, e.g. "2026-11-22T08:00:00.000Z".',
  );
const metric = (name: keyof typeof METRIC_RANGES, description: string) => {
  const [min, max] = METRIC_RANGES[name];
  return numberIn(min, max, description);
};

export const PERSONA = object({
  what: 'persona',
  fields: {
    name: optional(text()),
    summary: optional(text()),
    goals: optional(textList()),
    motivations: optional(textList()),
    frustrations: optional(textList()),
  },
});

export const STAGE = object({
  what: 'a stage',
  defName: 'stage',
  fields: {
    id: required(nonEmptyText({ description: UNIQUE_ID }), { unique: true }),
    name: required(text()),
    kind: optional(oneOf(STAGE_KINDS)),
    description: optional(text()),
    /** `#rgb` or `#rrggbb`. */
    color: optional(matching(COLOR_PATTERN, '"#rgb" or "#rrggbb" (like "#4f46e5")', '#rgb or #rrggbb.')),
  },
});

export const METRICS = object({
  what: 'metrics',
  fields: {
    /** Customer satisfaction, 1 to 5. */
    csat: optional(metric('csat', 'Customer satisfaction, 1 to 5.')),
    /** Net promoter score, -100 to 100. */
    nps: optional(metric('nps', 'Net promoter score, -100 to 100.')),
    /** Customer effort score, 1 to 7. */
    ces: optional(metric('ces', 'Customer effort score, 1 to 7.')),
  },
});

/** Someone in the room (a workshop participant, an interviewee) whose ratings the map keeps. */
export const PARTICIPANT = object({
  what: 'a participant',
  defName: 'participant',
  fields: {
    id: required(nonEmptyText({ description: UNIQUE_ID }), { unique: true }),
    name: optional(boundedText(MAX_SHORT_TEXT_LENGTH, 'MAX_SHORT_TEXT_LENGTH')),
    role: optional(boundedText(MAX_SHORT_TEXT_LENGTH, 'MAX_SHORT_TEXT_LENGTH')),
  },
});

const emotionShape = (description: string) => numberIn(EMOTION_MIN, EMOTION_MAX, description);

/** One participant's score for one touchpoint. */
export const RATING = object({
  what: 'a rating',
  defName: 'rating',
  fields: {
    by: required(
      nonEmptyText({ description: 'The id of a participant of this document; one rating per participant per touchpoint.', expected: 'the id of a participant' }),
      {
        refersTo: { collection: 'participants', code: 'unknown_participant', what: 'a participant' },
        distinct: { code: 'duplicate_rating', what: 'a touchpoint has at most one rating per participant' },
      },
    ),
    emotion: required(emotionShape("This participant's score, from -5 (very negative) to 5 (very positive).")),
    note: optional(boundedText(MAX_SHORT_TEXT_LENGTH, 'MAX_SHORT_TEXT_LENGTH')),
  },
});

/** What a touchpoint's reading rests on: a quote, an observation, a figure or a link. */
export const EVIDENCE = object({
  what: 'an evidence item',
  defName: 'evidence',
  fields: {
    kind: required(oneOf(EVIDENCE_KINDS)),
    text: required(boundedText(MAX_EVIDENCE_TEXT_LENGTH, 'MAX_EVIDENCE_TEXT_LENGTH')),
    /** Who said it or where it comes from ("Interview 4", "Q3 survey, n=212"). */
    source: optional(boundedText(MAX_SHORT_TEXT_LENGTH, 'MAX_SHORT_TEXT_LENGTH')),
    /** Only http:, https: or mailto:. */
    url: optional(
      matching(
        EVIDENCE_URL_PATTERN,
        'an http:, https: or mailto: address like "https://example.com/report"',
        'An http:, https: or mailto: address; nothing else (no javascript:, data: or relative links).',
        MAX_URL_LENGTH,
      ),
    ),
  },
});

export const TOUCHPOINT = object({
  what: 'a touchpoint',
  defName: 'touchpoint',
  fields: {
    id: required(nonEmptyText({ description: UNIQUE_ID }), { unique: true }),
    stageId: required(nonEmptyText({ description: 'The id of a stage of this document.', expected: 'the id of a stage' }), {
      refersTo: { collection: 'stages', code: 'unknown_stage', what: 'a stage' },
    }),
    title: required(text()),
    /** How the customer feels here, from -5 (very negative) to +5 (very positive). */
    emotion: required(
      numberIn(EMOTION_MIN, EMOTION_MAX, 'How the customer feels here, from -5 (very negative) to 5 (very positive).'),
    ),
    channel: optional(text()),
    description: optional(text()),
    painPoints: optional(textList()),
    delights: optional(textList()),
    opportunities: optional(textList()),
    /** A moment of truth the team flagged. */
    keyMoment: optional(boolean()),
    owner: optional(text()),
    metrics: optional(METRICS),
    /** The room's scores; when there is one, `emotion` is their mean rounded to 2 decimals. */
    ratings: optional(
      list(RATING, {
        plural: 'ratings',
        max: MAX_TOUCHPOINT_RATINGS,
        limit: 'MAX_TOUCHPOINT_RATINGS',
        description: "At most one per participant. When present, the touchpoint's emotion is their mean rounded to 2 decimals.",
      }),
    ),
    evidence: optional(list(EVIDENCE, { plural: 'evidence items', max: MAX_TOUCHPOINT_EVIDENCE, limit: 'MAX_TOUCHPOINT_EVIDENCE' })),
  },
});

export const DOCUMENT = object({
  what: 'a journey document',
  fields: {
    format: required(
      literal(JOURNEY_FORMAT, (got) => `format must be "${JOURNEY_FORMAT}", got ${got}; this is not a journey-canvas document`),
    ),
    // Read before everything else, since an older version is migrated first (`parse.ts`).
    version: required(
      literal(JOURNEY_VERSION, (got) => `version must be ${JOURNEY_VERSION}, got ${got}`),
      { apart: true, expected: `an integer, ${JOURNEY_VERSION} for this library` },
    ),
    id: required(nonEmptyText()),
    title: required(text(), { expected: 'a string, may be empty' }),
    description: optional(text()),
    /** BCP 47 tag, e.g. `en` or `zh-CN`. */
    locale: optional(
      advisedText(
        isPlausibleLocale,
        { code: 'implausible_locale', advice: 'a BCP 47 language tag like "en" or "zh-CN"' },
        'A BCP 47 language tag, e.g. "en" or "zh-CN".',
      ),
    ),
    persona: optional(PERSONA),
    /** The people whose ratings the touchpoints keep. */
    participants: optional(
      collection(PARTICIPANT, { plural: 'participants', max: MAX_JOURNEY_PARTICIPANTS, limit: 'MAX_JOURNEY_PARTICIPANTS' }),
    ),
    /** In journey order. */
    stages: required(collection(STAGE, { plural: 'stages', description: 'In journey order.' })),
    /** Order within a stage is journey order. */
    touchpoints: required(collection(TOUCHPOINT, { plural: 'touchpoints', description: 'Order within a stage is journey order.' })),
    createdAt: optional(dateTime()),
    updatedAt: optional(dateTime()),
  },
});
