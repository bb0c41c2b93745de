/**
 * A rated journey for the drawing tests: six participants, spread and agreement, evidence on some
 * touchpoints. Emotions are the model's `ratedEmotion` of the ratings, as the format requires.
 */
import { JOURNEY_VERSION, ratedEmotion } from '../../src/model';
import type { JourneyDocument, Touchpoint, TouchpointEvidence } from '../../src/model';

const PARTICIPANTS = ['ana', 'ben', 'chen', 'dev', 'eli', 'fay'];

type Spec = { id: string; stageId: string; title: string; ratings?: number[]; emotion?: number; evidence?: number };

function touchpoint(spec: Spec): Touchpoint {
  const ratings = spec.ratings?.map((emotion, index) => ({ by: PARTICIPANTS[index] as string, emotion }));
  const evidence: TouchpointEvidence[] | undefined = spec.evidence
    ? Array.from({ length: spec.evidence }, (_, index) => ({ kind: 'quote' as const, text: `Quote ${index + 1}`, source: `Interview ${index + 1}` }))
    : undefined;
  return {
    id: spec.id,
    stageId: spec.stageId,
    title: spec.title,
    emotion: ratings ? ratedEmotion(ratings) : (spec.emotion ?? 0),
    ...(ratings ? { ratings } : {}),
    ...(evidence ? { evidence } : {}),
  };
}

const TITLES = {
  en: { stages: ['Discover', 'Install', 'Use'], t: ['Sees an ad', 'Installation fails', 'Talks to support', 'Reads the docs', 'Ships the first map'] },
  'zh-CN': { stages: ['发现', '安装', '使用'], t: ['看到广告', '安装失败', '联系客服', '阅读文档', '完成第一张地图'] },
};

/**
 * Sees an ad: n 6, close together. Installation fails: n 6, the room disagrees (−5…+3).
 * Talks to support: n 3, the room disagrees (−3…+4). Reads the docs: unrated, with evidence.
 * Ships the first map: n 2 (spread, but too few to call a disagreement).
 */
export function ratedJourney(locale: 'en' | 'zh-CN' = 'en'): JourneyDocument {
  const words = TITLES[locale];
  const [discover, install, use] = words.stages as [string, string, string];
  return {
    format: 'journey-canvas',
    version: JOURNEY_VERSION,
    id: 'rated',
    title: locale === 'en' ? 'First run of the editor' : '第一次使用编辑器',
    locale,
    participants: PARTICIPANTS.map((id, index) => ({ id, name: ['Ana', 'Ben', 'Chen', 'Dev', 'Eli', 'Fay'][index] })),
    stages: [
      { id: 'discover', name: discover },
      { id: 'install', name: install },
      { id: 'use', name: use },
    ],
    touchpoints: [
      touchpoint({ id: 't1', stageId: 'discover', title: words.t[0] as string, ratings: [1, 2, 2, 1, 2, 1] }),
      touchpoint({ id: 't2', stageId: 'install', title: words.t[1] as string, ratings: [-5, -4, 3, -4, 2, -5], evidence: 3 }),
      touchpoint({ id: 't3', stageId: 'install', title: words.t[2] as string, ratings: [-3, 1, 4] }),
      touchpoint({ id: 't4', stageId: 'use', title: words.t[3] as string, emotion: 1.5, evidence: 1 }),
      touchpoint({ id: 't5', stageId: 'use', title: words.t[4] as string, ratings: [3, 4.5] }),
    ],
  };
}

/** `journey` with every touchpoint rated by six participants (a spread that grows along it) and quotes on every third: for big rated maps. */
export function rated(journey: JourneyDocument): JourneyDocument {
  return {
    ...journey,
    version: JOURNEY_VERSION,
    participants: PARTICIPANTS.map((id) => ({ id, name: id })),
    touchpoints: journey.touchpoints.map((point, index) => {
      const spread = (index % 5) * 0.5;
      const ratings = PARTICIPANTS.map((by, k) => ({ by, emotion: Math.max(-5, Math.min(5, point.emotion + (k % 2 === 0 ? spread : -spread))) }));
      const evidence = index % 3 === 0 ? [{ kind: 'quote' as const, text: 'It took too long.' }] : undefined;
      return { ...point, emotion: ratedEmotion(ratings), ratings, ...(evidence ? { evidence } : {}) };
    }),
  };
}
