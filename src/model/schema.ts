/**
 * The JSON Schema (draft 2020-12) of format v1, published as `journey-canvas/schema.json` for
 * editors, other languages and CI checks. It allows unknown properties everywhere, as the
 * library does. `parseJourney` is the complete check; the description names what it adds.
 */
import { COLOR_PATTERN, DATE_TIME_PATTERN } from './patterns';
import { EMOTION_MAX, EMOTION_MIN, JOURNEY_FORMAT, JOURNEY_VERSION, STAGE_KINDS } from './types';
import { METRIC_RANGES } from './validate';

const stringArray = { type: 'array', items: { type: 'string' } } as const;
const nonEmptyString = { type: 'string', minLength: 1 } as const;
const dateTime = {
  type: 'string',
  pattern: DATE_TIME_PATTERN,
  description: 'ISO 8601 date, optionally with time and zone, e.g. "2026-11-22T08:00:00.000Z".',
} as const;

function metric(name: keyof typeof METRIC_RANGES, description: string) {
  const [minimum, maximum] = METRIC_RANGES[name];
  return { type: 'number', minimum, maximum, description } as const;
}

export const journeySchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'journey-canvas document, format version 1',
  description:
    'A customer-journey map: stages in journey order and the touchpoints met in each, with an emotion ' +
    'from -5 to 5. Properties not listed here are allowed and kept. Rules this schema cannot express, ' +
    'which parseJourney from journey-canvas/model also enforces: (1) every id is unique across all stages ' +
    'and touchpoints together; (2) every touchpoint stageId names a stage of the same document. ' +
    'parseJourney also reads older versions of the format by migrating them, and only warns when locale ' +
    'is not a plausible BCP 47 tag.',
  type: 'object',
  required: ['format', 'version', 'id', 'title', 'stages', 'touchpoints'],
  properties: {
    format: { const: JOURNEY_FORMAT },
    version: { const: JOURNEY_VERSION },
    id: nonEmptyString,
    title: { type: 'string' },
    description: { type: 'string' },
    locale: { type: 'string', description: 'A BCP 47 language tag, e.g. "en" or "zh-CN".' },
    persona: {
      type: 'object',
      properties: {
        name: { type: 'string' },
        summary: { type: 'string' },
        goals: stringArray,
        motivations: stringArray,
        frustrations: stringArray,
      },
    },
    stages: {
      type: 'array',
      description: 'In journey order.',
      items: { $ref: '#/$defs/stage' },
    },
    touchpoints: {
      type: 'array',
      description: 'Order within a stage is journey order.',
      items: { $ref: '#/$defs/touchpoint' },
    },
    createdAt: dateTime,
    updatedAt: dateTime,
  },
  $defs: {
    stage: {
      type: 'object',
      required: ['id', 'name'],
      properties: {
        id: { ...nonEmptyString, description: 'Unique across all stages and touchpoints.' },
        name: { type: 'string' },
        kind: { enum: [...STAGE_KINDS] },
        description: { type: 'string' },
        color: { type: 'string', pattern: COLOR_PATTERN, description: '#rgb or #rrggbb.' },
      },
    },
    touchpoint: {
      type: 'object',
      required: ['id', 'stageId', 'title', 'emotion'],
      properties: {
        id: { ...nonEmptyString, description: 'Unique across all stages and touchpoints.' },
        stageId: { ...nonEmptyString, description: 'The id of a stage of this document.' },
        title: { type: 'string' },
        emotion: {
          type: 'number',
          minimum: EMOTION_MIN,
          maximum: EMOTION_MAX,
          description: 'How the customer feels here, from -5 (very negative) to 5 (very positive).',
        },
        channel: { type: 'string' },
        description: { type: 'string' },
        painPoints: stringArray,
        delights: stringArray,
        opportunities: stringArray,
        keyMoment: { type: 'boolean' },
        owner: { type: 'string' },
        metrics: {
          type: 'object',
          properties: {
            csat: metric('csat', 'Customer satisfaction, 1 to 5.'),
            nps: metric('nps', 'Net promoter score, -100 to 100.'),
            ces: metric('ces', 'Customer effort score, 1 to 7.'),
          },
        },
      },
    },
  },
} as const;
