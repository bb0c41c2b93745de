/** Journeys for the editor tests. */
import type { JourneyDocument, Touchpoint } from 'journey-canvas';

/**
 * A journey whose raw touchpoint array is NOT in journey order: the most intense moment
 * ("Installation failed", −4.5) sits in stage 2, the last moment ("Festival greeting") in stage 3,
 * but the array lists them first and in the middle.
 */
export function shuffledJourney(): JourneyDocument {
  const touchpoints: Touchpoint[] = [
    { id: 'fest', stageId: 'feedback', title: 'Festival greeting', emotion: 4 },
    { id: 'fail', stageId: 'use', title: 'Installation failed', emotion: -4.5, keyMoment: true },
    { id: 'post', stageId: 'aware', title: "Sees a friend's post", emotion: 2.5, channel: 'social', owner: 'Marketing' },
    { id: 'call', stageId: 'use', title: 'Calls the hotline', emotion: -1 },
    { id: 'site', stageId: 'aware', title: 'Visits the website', emotion: 5, painPoints: ['Slow page'] },
    { id: 'survey', stageId: 'feedback', title: 'Answers a survey', emotion: 1 },
  ];
  return {
    format: 'journey-canvas',
    version: 2,
    id: 'j-shuffled',
    title: 'Home router',
    stages: [
      { id: 'aware', name: 'Awareness', kind: 'awareness' },
      { id: 'use', name: 'Use', kind: 'use' },
      { id: 'feedback', name: 'Feedback', kind: 'feedback' },
    ],
    touchpoints,
  };
}

/** A journey of `count` touchpoints over five stages, titled in English or Chinese. */
export function largeJourney(count: number, locale: 'en' | 'zh-CN' = 'en'): JourneyDocument {
  const stageNames = locale === 'en' ? ['Awareness', 'Consideration', 'Purchase', 'Use', 'Feedback'] : ['认知', '考虑', '购买', '使用', '反馈'];
  const titles =
    locale === 'en'
      ? ['Sees an ad on the metro', 'Reads reviews', 'Compares plans', 'Asks a friend', 'Signs up online', 'Waits for delivery', 'Sets it up', 'Calls support']
      : ['在地铁看到广告', '阅读评价', '比较三种套餐的价格和流量', '问朋友', '在线注册', '等待配送', '自己安装设备', '致电客服'];
  const stages = stageNames.map((name, i) => ({ id: `s${i}`, name }));
  const touchpoints: Touchpoint[] = Array.from({ length: count }, (_, i) => ({
    id: `t${i}`,
    stageId: `s${Math.min(stages.length - 1, Math.floor((i * stages.length) / count))}`,
    title: `${titles[i % titles.length] ?? 'Step'} ${i + 1}`,
    emotion: Math.round(Math.sin(i / 2.3) * 8) / 2,
  }));
  return { format: 'journey-canvas', version: 2, id: `j-${count}`, title: 'Large', locale, stages, touchpoints };
}
