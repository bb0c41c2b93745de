// @vitest-environment node
/**
 * The templates are what a team starts from: each must be a valid document that fills every lane
 * of the map, exist in English and Chinese with the same curve, and tell the peak-end story it
 * was written to tell, so the summary panel has something to say from the first minute.
 */
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import {
  analyzeJourney,
  DEFAULT_STAGE_KINDS,
  getJourneyTemplate,
  journeyOrder,
  journeySchema,
  journeyTemplates,
  parseJourney,
  serializeJourney,
  setEmotion,
} from 'journey-canvas/model';
import type { JourneyDocument, JourneyTemplate } from 'journey-canvas/model';

const TEMPLATE_IDS = ['online-checkout', 'saas-onboarding', 'b2b-equipment-sale', 'public-service-hall', 'saas-onboarding-rated'];
const LOCALES = ['en', 'zh-CN'] as const;

/** Han ideographs: a zh-CN title must be written in Chinese, not left in English. */
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff]/;

/** The published JSON Schema, as a host that validates with its own tools would use it. */
const schemaValidates = new Ajv2020({ allErrors: true, strict: true }).compile(journeySchema);

function templateFor(id: string, locale: string): JourneyTemplate {
  const template = journeyTemplates.find((candidate) => candidate.id === id && candidate.locale === locale);
  if (template === undefined) throw new Error(`no template ${id} in ${locale}`);
  return template;
}

function allIds(document: JourneyDocument): string[] {
  return [document.id, ...document.stages.map((stage) => stage.id), ...document.touchpoints.map((tp) => tp.id)];
}

describe('journeyTemplates', () => {
  it('holds the five journeys, each once in English and once in Simplified Chinese', () => {
    const keys = journeyTemplates.map((template) => `${template.id}/${template.locale}`);
    expect([...keys].sort()).toEqual(TEMPLATE_IDS.flatMap((id) => LOCALES.map((locale) => `${id}/${locale}`)).sort());
  });

  describe.each(journeyTemplates.map((template) => [`${template.id} (${template.locale})`, template] as const))(
    '%s',
    (_label, template) => {
      const { document } = template;

      it('passes parseJourney with no error and no warning, and loses nothing on the way', () => {
        const result = parseJourney(document);
        expect(result.ok ? result.warnings : result.errors).toEqual([]);
        if (result.ok) expect(serializeJourney(result.document)).toBe(serializeJourney(document));
      });

      it('passes parseJourney as JSON text too, and the published JSON Schema', () => {
        const text = JSON.stringify(document);
        const result = parseJourney(text);
        expect(result.ok ? result.warnings : result.errors).toEqual([]);
        expect(schemaValidates(JSON.parse(text)), JSON.stringify(schemaValidates.errors)).toBe(true);
      });

      it('has unique ids, the locale it is listed under, a name and a description', () => {
        const ids = allIds(document);
        expect(new Set(ids).size).toBe(ids.length);
        expect(document.locale).toBe(template.locale);
        expect(template.name.trim()).not.toBe('');
        expect(template.description.trim()).not.toBe('');
        expect(document.title.trim()).not.toBe('');
      });

      it('uses the five default stage kinds, in order, with a touchpoint in every stage', () => {
        const kinds = document.stages.map((stage) => stage.kind).filter((kind) => kind !== 'custom');
        expect(kinds).toEqual([...DEFAULT_STAGE_KINDS]);
        for (const stage of document.stages) {
          expect(document.touchpoints.some((tp) => tp.stageId === stage.id), stage.id).toBe(true);
        }
      });

      it('has 8 to 16 touchpoints with a channel and every lane of the map filled somewhere', () => {
        const { touchpoints } = document;
        expect(touchpoints.length).toBeGreaterThanOrEqual(8);
        expect(touchpoints.length).toBeLessThanOrEqual(16);
        for (const tp of touchpoints) expect(tp.channel, tp.id).toBeTruthy();
        expect(touchpoints.filter((tp) => tp.owner).length).toBeGreaterThanOrEqual(touchpoints.length / 2);
        expect(touchpoints.some((tp) => tp.painPoints?.length)).toBe(true);
        expect(touchpoints.some((tp) => tp.delights?.length)).toBe(true);
        expect(touchpoints.some((tp) => tp.opportunities?.length)).toBe(true);
        expect(touchpoints.filter((tp) => tp.metrics).length).toBeGreaterThanOrEqual(2);
        const keyMoments = touchpoints.filter((tp) => tp.keyMoment).length;
        expect(keyMoments).toBeGreaterThanOrEqual(1);
        expect(keyMoments).toBeLessThanOrEqual(3);
      });

      it('has a real curve: both highs and lows, not a flat line', () => {
        const emotions = document.touchpoints.map((tp) => tp.emotion);
        expect(Math.max(...emotions)).toBeGreaterThanOrEqual(2);
        expect(Math.min(...emotions)).toBeLessThanOrEqual(-2);
      });

      it(`is written in its language (${template.locale})`, () => {
        const titles = [
          template.name,
          document.title,
          ...document.stages.map((stage) => stage.name),
          ...document.touchpoints.map((tp) => tp.title),
        ];
        for (const title of titles) {
          if (template.locale === 'zh-CN') expect(title).toMatch(CJK);
          else expect(title).not.toMatch(CJK);
        }
      });
    },
  );

  it('gives both languages of a journey the same stages, touchpoints and curve', () => {
    for (const id of TEMPLATE_IDS) {
      const english = templateFor(id, 'en').document;
      const chinese = templateFor(id, 'zh-CN').document;
      const shape = (document: JourneyDocument) => ({
        stages: document.stages.map((stage) => [stage.id, stage.kind]),
        touchpoints: journeyOrder(document).map((tp) => [tp.id, tp.stageId, tp.emotion, tp.keyMoment === true]),
      });
      expect(shape(chinese), id).toEqual(shape(english));
      // The same words would mean the Chinese was never written.
      expect(chinese.touchpoints.map((tp) => tp.title)).not.toEqual(english.touchpoints.map((tp) => tp.title));
    }
  });

  it('cannot be changed in place: the listed templates are frozen', () => {
    const template = templateFor('online-checkout', 'en');
    expect(() => {
      (template.document.touchpoints[0] as { title: string }).title = 'changed';
    }).toThrow(TypeError);
    expect(() => {
      (template.document.touchpoints as unknown[]).push({});
    }).toThrow(TypeError);
    expect(template.document.touchpoints[0]?.title).not.toBe('changed');
  });
});

describe('the peak-end story of each template', () => {
  /**
   * What each template was written to show (see the comment at the top of its file): which
   * touchpoint is the peak and which way it and the end go.
   */
  const stories = [
    { id: 'online-checkout', peak: 'oc-payment', peakSign: -1, endSign: 1 },
    { id: 'saas-onboarding', peak: 'so-first-dashboard', peakSign: 1, endSign: -1 },
    { id: 'b2b-equipment-sale', peak: 'b2b-commissioning', peakSign: -1, endSign: 1 },
    { id: 'public-service-hall', peak: 'ps-counter-rejected', peakSign: -1, endSign: -1 },
  ];

  it.each(stories)('$id: the peak is $peak, a flagged key moment, and the end closes the feedback stage', (story) => {
    for (const locale of LOCALES) {
      const { document } = templateFor(story.id, locale);
      const analysis = analyzeJourney(document);
      const byId = new Map(document.touchpoints.map((tp) => [tp.id, tp]));
      expect(analysis.peak?.touchpointId).toBe(story.peak);
      expect(Math.sign(analysis.peak?.emotion ?? 0)).toBe(story.peakSign);
      // An intense moment, clearly above the rest: nobody else comes within half a point.
      expect(Math.abs(analysis.peak?.emotion ?? 0)).toBeGreaterThanOrEqual(4);
      const others = document.touchpoints.filter((tp) => tp.id !== story.peak).map((tp) => Math.abs(tp.emotion));
      expect(Math.max(...others)).toBeLessThanOrEqual(Math.abs(analysis.peak?.emotion ?? 0) - 0.5);
      expect(byId.get(story.peak)?.keyMoment).toBe(true);

      expect(analysis.end).not.toBeNull();
      expect(Math.sign(analysis.end?.emotion ?? 0)).toBe(story.endSign);
      const endStage = document.stages.find((stage) => stage.id === analysis.end?.stageId);
      expect(endStage?.kind).toBe('feedback');
    }
  });

  it('is remembered differently from how it was lived: peak-end is at least half a point from the mean', () => {
    for (const template of journeyTemplates) {
      const { peakEndScore, mean } = analyzeJourney(template.document);
      expect(peakEndScore, template.id).not.toBeNull();
      expect(mean, template.id).not.toBeNull();
      expect(Math.abs((peakEndScore ?? 0) - (mean ?? 0)), template.id).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('rated example: 6 to 8 named participants, real spread, disagreements, every kind of evidence (en and zh-CN)', () => {
    for (const locale of LOCALES) {
      const { document } = templateFor('saas-onboarding-rated', locale);
      const participants = document.participants ?? [];
      expect(participants.length).toBeGreaterThanOrEqual(6);
      expect(participants.length).toBeLessThanOrEqual(8);
      for (const participant of participants) expect(participant.name?.trim()).toBeTruthy();
      const { ratings } = analyzeJourney(document);
      expect(ratings.disagreements.length).toBeGreaterThanOrEqual(2);
      expect(ratings.participants.length).toBe(participants.length);
      const kinds = new Set(document.touchpoints.flatMap((tp) => (tp.evidence ?? []).map((item) => item.kind)));
      expect(kinds).toEqual(new Set(['quote', 'observation', 'data', 'link']));
      // The room's means keep the unrated template's curve.
      const unrated = templateFor('saas-onboarding', locale).document;
      expect(document.touchpoints.map((tp) => tp.emotion)).toEqual(unrated.touchpoints.map((tp) => tp.emotion));
      if (locale === 'zh-CN') for (const participant of participants) expect(participant.name).toMatch(CJK);
    }
  });

  it('does not tell the same story four times: peaks and ends go both ways across the set', () => {
    const readings = TEMPLATE_IDS.map((id) => analyzeJourney(templateFor(id, 'en').document));
    const signs = (values: (number | undefined)[]) => new Set(values.map((value) => Math.sign(value ?? 0)));
    expect(signs(readings.map((reading) => reading.peak?.emotion))).toEqual(new Set([1, -1]));
    expect(signs(readings.map((reading) => reading.end?.emotion))).toEqual(new Set([1, -1]));
    expect(signs(readings.map((reading) => (reading.peakEndScore ?? 0) - (reading.mean ?? 0)))).toEqual(new Set([1, -1]));
  });

  it('b2b-equipment-sale: the failed installation is the peak at -4.5, a warm after-sales visit the end', () => {
    const { document } = templateFor('b2b-equipment-sale', 'en');
    const analysis = analyzeJourney(document);
    expect(analysis.peak?.emotion).toBe(-4.5);
    expect(analysis.peak?.stageId).toBe('installation');
    expect(analysis.end?.touchpointId).toBe('b2b-service-visit');
    expect(analysis.end?.emotion).toBeGreaterThanOrEqual(3);
  });
});

describe('getJourneyTemplate', () => {
  it('returns the template for an id and a locale', () => {
    for (const id of TEMPLATE_IDS) {
      for (const locale of LOCALES) {
        const template = getJourneyTemplate(id, locale);
        expect(template?.id).toBe(id);
        expect(template?.locale).toBe(locale);
        expect(template).toEqual(templateFor(id, locale));
      }
    }
  });

  it('returns a fresh copy: editing it changes neither the template nor the next copy', () => {
    const first = getJourneyTemplate('saas-onboarding', 'zh-CN');
    if (first === undefined) throw new Error('missing template');
    const original = serializeJourney(templateFor('saas-onboarding', 'zh-CN').document);
    const touchpoint = first.document.touchpoints[0];
    if (touchpoint === undefined) throw new Error('no touchpoint');
    touchpoint.title = '改过的标题';
    touchpoint.painPoints?.push('新增痛点');
    first.document.stages.pop();
    if (first.document.persona) first.document.persona.name = '别人';

    const second = getJourneyTemplate('saas-onboarding', 'zh-CN');
    expect(serializeJourney(second?.document as JourneyDocument)).toBe(original);
    expect(serializeJourney(templateFor('saas-onboarding', 'zh-CN').document)).toBe(original);
  });

  it('returns a document the model operations can edit', () => {
    const template = getJourneyTemplate('public-service-hall');
    if (template === undefined) throw new Error('missing template');
    const target = template.document.touchpoints[0];
    if (target === undefined) throw new Error('no touchpoint');
    const edited = setEmotion(template.document, { id: target.id, emotion: 3 });
    expect(edited.touchpoints[0]?.emotion).toBe(3);
  });

  it('reads Chinese tags as zh-CN and every other tag as en; English by default', () => {
    expect(getJourneyTemplate('online-checkout')?.locale).toBe('en');
    expect(getJourneyTemplate('online-checkout', 'zh')?.locale).toBe('zh-CN');
    expect(getJourneyTemplate('online-checkout', 'zh-Hans-CN')?.locale).toBe('zh-CN');
    expect(getJourneyTemplate('online-checkout', 'en-GB')?.locale).toBe('en');
    expect(getJourneyTemplate('online-checkout', 'fr')?.locale).toBe('en');
  });

  it('returns undefined for an unknown id', () => {
    expect(getJourneyTemplate('no-such-template', 'en')).toBeUndefined();
  });
});
