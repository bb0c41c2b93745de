/**
 * The playground opens on examples/embed/sample-journey.json: it must stay a valid document
 * that shows off every lane of the map, or the README's first command shows a broken or thin map.
 */
import { analyzeJourney, journeyOperations, parseJourney } from 'journey-canvas/model';
import sample from '../../examples/embed/sample-journey.json';
import { changeInWords, embedMessages } from '../../examples/embed/messages';

describe('the playground sample journey', () => {
  it('is a valid document of the current format, without warnings', () => {
    const result = parseJourney(sample);
    expect(result.ok ? result.warnings : result.errors).toEqual([]);
  });

  it('fills the five default stages and every lane the editor draws', () => {
    const result = parseJourney(sample);
    if (!result.ok) throw new Error('sample is invalid');
    const { stages, touchpoints } = result.document;
    expect(stages.map((stage) => stage.kind)).toEqual(['awareness', 'consideration', 'purchase', 'use', 'feedback']);
    for (const stage of stages) {
      expect(touchpoints.some((touchpoint) => touchpoint.stageId === stage.id), stage.id).toBe(true);
    }
    expect(touchpoints.length).toBeGreaterThanOrEqual(10);
    expect(touchpoints.some((touchpoint) => touchpoint.painPoints?.length)).toBe(true);
    expect(touchpoints.some((touchpoint) => touchpoint.delights?.length)).toBe(true);
    expect(touchpoints.some((touchpoint) => touchpoint.opportunities?.length)).toBe(true);
    expect(touchpoints.some((touchpoint) => touchpoint.metrics)).toBe(true);
    expect(touchpoints.some((touchpoint) => touchpoint.keyMoment)).toBe(true);
  });

  it('is remembered differently from how it was lived, the point of a peak-end map', () => {
    const result = parseJourney(sample);
    if (!result.ok) throw new Error('sample is invalid');
    const { peakEndScore, mean } = analyzeJourney(result.document);
    expect(peakEndScore).not.toBeNull();
    expect(mean).not.toBeNull();
    expect(Math.abs((peakEndScore ?? 0) - (mean ?? 0))).toBeGreaterThanOrEqual(0.5);
  });
});

describe('the playground says each edit in words', () => {
  it('has words for every model operation, undo and redo, in English and Chinese', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const messages = embedMessages(locale);
      for (const operation of [...Object.keys(journeyOperations), 'undo', 'redo']) {
        const words = changeInWords(operation, messages);
        expect(words, `${locale} ${operation}`).not.toBe(messages['change.other']);
        expect(words, `${locale} ${operation}`).not.toContain(operation);
      }
    }
  });

  it('says something plain for an operation it does not know', () => {
    expect(changeInWords('somethingNew', embedMessages('en'))).toBe('your change');
  });
});
