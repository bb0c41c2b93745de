/** `createJourney`: a new, valid document to start from. */
import { JourneyOperationError } from './errors';
import { cloneJson, setOwn } from './json';
import { ID_PREFIX, generateId } from './ids';
import { readValue } from './read';
import { finishErrors } from './report';
import { JOURNEY_FORMAT, JOURNEY_VERSION } from './types';
import type { JourneyDocument, JourneyError, Stage, StageKind } from './types';
import { checkDocument } from './validate';

/** The five default stages, in journey order. */
export const DEFAULT_STAGE_KINDS = ['awareness', 'consideration', 'purchase', 'use', 'feedback'] as const satisfies readonly StageKind[];

const STAGE_NAMES = {
  en: ['Awareness', 'Consideration', 'Purchase', 'Use', 'Feedback'],
  'zh-Hans': ['认知', '考虑', '购买', '使用', '反馈'],
  'zh-Hant': ['認知', '考慮', '購買', '使用', '回饋'],
} as const;

/**
 * The names of the five default stages in a locale: Chinese for `zh` tags (traditional script
 * for `zh-Hant`, `zh-TW`, `zh-HK`, `zh-MO`), English for everything else.
 */
export function defaultStageNames(locale?: string): readonly string[] {
  const tag = (locale ?? 'en').toLowerCase();
  if (tag === 'zh' || tag.startsWith('zh-')) {
    const traditional = /^zh-(?:hant|tw|hk|mo)\b/.test(tag);
    return STAGE_NAMES[traditional ? 'zh-Hant' : 'zh-Hans'];
  }
  return STAGE_NAMES.en;
}

export interface CreateJourneyInit {
  id?: string;
  title?: string;
  description?: string;
  locale?: string;
  /** Stages to start with instead of the five defaults: names, or partial stages. */
  stages?: ReadonlyArray<string | Partial<Stage>>;
}

/**
 * A new valid document: the five default stages (or `init.stages`) with fresh unique ids,
 * named in `init.locale` (English by default), and no touchpoints.
 * Throws `JourneyOperationError` when `init` would make an invalid document.
 *
 * @example
 * const doc = createJourney({ title: '网上结账', locale: 'zh-CN' }); // stages 认知, 考虑, 购买, 使用, 反馈
 */
export function createJourney(given: CreateJourneyInit = {}): JourneyDocument {
  const init = readInit(given);
  const taken = new Set<string>();
  const isTaken = (id: string): boolean => taken.has(id);
  const defaultNames = defaultStageNames(init.locale);
  const stagesGiven = init.stages;
  const stages: Stage[] =
    stagesGiven === undefined
      ? DEFAULT_STAGE_KINDS.map((kind, i) => ({ id: '', name: defaultNames[i] ?? kind, kind }))
      : stagesGiven.map((stage) => (typeof stage === 'string' ? { id: '', name: stage, kind: 'custom' } : makeStage(stage)));
  for (const stage of stages) {
    if (stage.id === '') stage.id = generateId(ID_PREFIX.stage, isTaken);
    taken.add(stage.id);
  }
  const document: JourneyDocument = {
    format: JOURNEY_FORMAT,
    version: JOURNEY_VERSION,
    id: init.id ?? generateId(ID_PREFIX.journey, isTaken),
    title: init.title ?? '',
    stages,
    touchpoints: [],
  };
  if (init.description !== undefined) document.description = init.description;
  if (init.locale !== undefined) document.locale = init.locale;
  const errors: JourneyError[] = checkDocument(document, { checkUnknown: true }).errors;
  if (errors.length > 0) throw new JourneyOperationError(finishErrors(errors));
  return document;
}

/** The host's `init` read once, within the limits, its text checked (see `read.ts`). */
function readInit(given: CreateJourneyInit): CreateJourneyInit {
  const read = readValue(given);
  if (!read.ok) throw new JourneyOperationError(finishErrors(read.errors));
  return (read.value ?? {}) as CreateJourneyInit;
}

function makeStage(partial: Partial<Stage>): Stage {
  const stage: Stage = { id: partial.id ?? '', name: partial.name ?? '', kind: partial.kind ?? 'custom' };
  for (const key of Object.keys(partial)) {
    const value = partial[key];
    if (value !== undefined && key !== 'id' && key !== 'name' && key !== 'kind') setOwn(stage, key, cloneJson(value));
  }
  return stage;
}
