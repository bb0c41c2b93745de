/**
 * Each template is written once as a bilingual journey: the structure (stages, touchpoint ids,
 * emotions, channels, metrics, key moments) is shared, the words are written per language. That
 * keeps the English and Chinese curves the same shape, while the Chinese text is free to say
 * things the way a team in China would rather than translating the English word for word.
 */
import { JOURNEY_FORMAT, JOURNEY_VERSION } from '../types';
import type { JourneyDocument, Persona, Stage, StageKind, Touchpoint, TouchpointMetrics } from '../types';

/** The languages every template is written in. */
export const TEMPLATE_LOCALES = ['en', 'zh-CN'] as const;
export type JourneyTemplateLocale = (typeof TEMPLATE_LOCALES)[number];

/** A ready journey to start from, in one language. */
export interface JourneyTemplate {
  /** Stable across releases and the same in every language, e.g. `online-checkout`. */
  readonly id: string;
  readonly locale: JourneyTemplateLocale;
  /** Short name for a template picker. */
  readonly name: string;
  /** One or two sentences for a template picker. */
  readonly description: string;
  /** A valid document of the current format version. */
  readonly document: JourneyDocument;
}

interface TextByLocale<T> {
  en: T;
  zh: T;
}

interface JourneyText {
  /** Picker name. */
  name: string;
  /** Picker description. */
  summary: string;
  title: string;
  description: string;
  persona: Persona;
}

interface StageText {
  name: string;
  description: string;
}

interface TouchpointText {
  title: string;
  description?: string;
  owner?: string;
  /** Overrides the shared channel where a language has its own word for it (e.g. WeChat). */
  channel?: string;
  painPoints?: string[];
  delights?: string[];
  opportunities?: string[];
}

export interface BilingualStage extends TextByLocale<StageText> {
  id: string;
  kind: StageKind;
  color: string;
}

export interface BilingualTouchpoint extends TextByLocale<TouchpointText> {
  id: string;
  stageId: string;
  emotion: number;
  channel?: string;
  keyMoment?: boolean;
  metrics?: TouchpointMetrics;
}

export interface BilingualJourney extends TextByLocale<JourneyText> {
  /** The template id; the documents get `j-template-<id>`. */
  id: string;
  stages: BilingualStage[];
  touchpoints: BilingualTouchpoint[];
}

function stageIn(stage: BilingualStage, text: StageText): Stage {
  return { id: stage.id, name: text.name, kind: stage.kind, description: text.description, color: stage.color };
}

/** Optional fields are written only when they have something to say, as a person would. */
function touchpointIn(touchpoint: BilingualTouchpoint, text: TouchpointText): Touchpoint {
  const result: Touchpoint = {
    id: touchpoint.id,
    stageId: touchpoint.stageId,
    title: text.title,
    emotion: touchpoint.emotion,
  };
  const channel = text.channel ?? touchpoint.channel;
  if (channel !== undefined) result.channel = channel;
  if (text.description !== undefined) result.description = text.description;
  if (text.painPoints !== undefined) result.painPoints = [...text.painPoints];
  if (text.delights !== undefined) result.delights = [...text.delights];
  if (text.opportunities !== undefined) result.opportunities = [...text.opportunities];
  if (touchpoint.keyMoment === true) result.keyMoment = true;
  if (text.owner !== undefined) result.owner = text.owner;
  if (touchpoint.metrics !== undefined) result.metrics = { ...touchpoint.metrics };
  return result;
}

function documentIn(journey: BilingualJourney, locale: JourneyTemplateLocale): JourneyDocument {
  const pick = <T>(texts: TextByLocale<T>): T => (locale === 'en' ? texts.en : texts.zh);
  const text = pick(journey);
  return {
    format: JOURNEY_FORMAT,
    version: JOURNEY_VERSION,
    id: `j-template-${journey.id}`,
    title: text.title,
    description: text.description,
    locale,
    persona: text.persona,
    stages: journey.stages.map((stage) => stageIn(stage, pick(stage))),
    touchpoints: journey.touchpoints.map((touchpoint) => touchpointIn(touchpoint, pick(touchpoint))),
  };
}

/** The journey as one template per language, in `TEMPLATE_LOCALES` order. */
export function templatesOf(journey: BilingualJourney): JourneyTemplate[] {
  return TEMPLATE_LOCALES.map((locale) => {
    const text = locale === 'en' ? journey.en : journey.zh;
    return { id: journey.id, locale, name: text.name, description: text.summary, document: documentIn(journey, locale) };
  });
}
