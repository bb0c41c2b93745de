/** A journey with something in every lane (chips, a channel, an owner, metrics), for tests of what shows on the map. */
import type { JourneyDocument, Touchpoint } from 'journey-canvas';
import { largeJourney } from '../../editor/canvas/fixtures';

export function fullJourney(count: number, locale: 'en' | 'zh-CN' = 'en'): JourneyDocument {
  const base = largeJourney(count, locale);
  const zh = locale === 'zh-CN';
  const touchpoints: Touchpoint[] = base.touchpoints.map((touchpoint, i) => ({
    ...touchpoint,
    channel: ['web', 'phone', 'in-person'][i % 3],
    owner: zh ? '客服团队' : 'Support team',
    painPoints: i % 2 === 0 ? [zh ? '等待时间太长' : 'The wait is too long'] : [],
    delights: i % 3 === 0 ? [zh ? '客服很耐心' : 'A patient agent'] : [],
    opportunities: i % 4 === 0 ? [zh ? '主动告知进度' : 'Tell them where it stands'] : [],
    metrics: i % 2 === 0 ? { csat: 4.2, nps: 31 } : {},
  }));
  return { ...base, touchpoints };
}
