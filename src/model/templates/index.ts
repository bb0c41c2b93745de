/**
 * Ready journeys to start from, each in English and Simplified Chinese. They are plain data: a
 * template picker lists `journeyTemplates`, and starting a journey takes `getJourneyTemplate`,
 * a fresh copy the editor may change freely.
 */
import { cloneJson } from '../json';
import { b2bEquipmentSale } from './b2b-equipment-sale';
import { templatesOf } from './bilingual';
import type { JourneyTemplate, JourneyTemplateLocale } from './bilingual';
import { onlineCheckout } from './online-checkout';
import { publicServiceHall } from './public-service-hall';
import { saasOnboarding } from './saas-onboarding';
import { ratedSaasOnboardingTemplates } from './saas-onboarding-rated';

export type { JourneyTemplate, JourneyTemplateLocale } from './bilingual';

/** Frozen all the way down, so a host that edits a listed template in place gets an error, not a changed template. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

/**
 * Every template in every language: online checkout, SaaS onboarding, B2B equipment sale,
 * public service hall and SaaS onboarding rated by a workshop (format v2: participants, ratings,
 * evidence), each as `en` then `zh-CN`. Read-only (frozen); start a journey with
 * `getJourneyTemplate`, which returns a copy.
 */
export const journeyTemplates: readonly JourneyTemplate[] = /* @__PURE__ */ allTemplates();

/** Marked pure above, so a bundle that never reads the templates leaves all their text out. */
function allTemplates(): readonly JourneyTemplate[] {
  return deepFreeze([...[onlineCheckout, saasOnboarding, b2bEquipmentSale, publicServiceHall].flatMap(templatesOf), ...ratedSaasOnboardingTemplates()]);
}

/** `zh`, `zh-CN`, `zh-Hans-CN`, `zh-TW` … read the Chinese templates; every other tag the English ones. */
function templateLocaleFor(locale: string): JourneyTemplateLocale {
  const tag = locale.toLowerCase();
  return tag === 'zh' || tag.startsWith('zh-') ? 'zh-CN' : 'en';
}

/**
 * A fresh, unfrozen deep copy of a template, so editing the journey started from it never
 * changes the template. `locale` is any BCP 47 tag (Chinese tags pick `zh-CN`, others `en`);
 * returns `undefined` for an unknown id.
 *
 * @example
 * const template = getJourneyTemplate('public-service-hall', 'zh-CN');
 * if (template) editor.load(template.document);
 */
export function getJourneyTemplate(id: string, locale: string = 'en'): JourneyTemplate | undefined {
  const wanted = templateLocaleFor(locale);
  const template = journeyTemplates.find((candidate) => candidate.id === id && candidate.locale === wanted);
  return template === undefined ? undefined : cloneJson(template);
}
