/**
 * The journeys on the slides: the SaaS onboarding template as it is, and the version the team
 * plans (sample data in the empty workspace, an import that explains itself, one reminder
 * instead of three), in English or Chinese.
 */
import { applyOperation, getJourneyTemplate } from 'journey-canvas/model';
import type { JourneyChange, JourneyDocument } from 'journey-canvas/model';

export type SlideLocale = 'en' | 'zh-CN';

export function currentJourney(locale: SlideLocale): JourneyDocument {
  const template = getJourneyTemplate('saas-onboarding', locale);
  if (!template) throw new Error('the saas-onboarding template is missing');
  return template.document;
}

const PLANNED: Record<SlideLocale, JourneyChange[]> = {
  en: [
    { operation: 'updateTouchpoint', args: { id: 'so-empty-workspace', changes: { title: 'Workspace opens with sample data', emotion: 1.5 } } },
    { operation: 'updateTouchpoint', args: { id: 'so-import', changes: { title: 'Import shows which column is wrong', emotion: 0.5 } } },
    { operation: 'updateTouchpoint', args: { id: 'so-trial-ending', changes: { title: 'One reminder, three days before', emotion: 0.5 } } },
    { operation: 'setEmotion', args: { id: 'so-renewal-quote', emotion: 1.5 } },
  ],
  'zh-CN': [
    { operation: 'updateTouchpoint', args: { id: 'so-empty-workspace', changes: { title: '进入后已有示例数据', emotion: 1.5 } } },
    { operation: 'updateTouchpoint', args: { id: 'so-import', changes: { title: '导入时指出哪一列有问题', emotion: 0.5 } } },
    { operation: 'updateTouchpoint', args: { id: 'so-trial-ending', changes: { title: '到期前三天提醒一次', emotion: 0.5 } } },
    { operation: 'setEmotion', args: { id: 'so-renewal-quote', emotion: 1.5 } },
  ],
};

export function plannedJourney(locale: SlideLocale): JourneyDocument {
  return PLANNED[locale].reduce((document, change) => applyOperation(document, change), currentJourney(locale));
}
