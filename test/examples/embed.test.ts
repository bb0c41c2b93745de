/**
 * The playground opens on examples/embed/sample-journey.json: it must stay a valid document
 * that shows off every lane of the map, or the README's first command shows a broken or thin map.
 */
import { analyzeJourney, parseJourney } from 'journey-canvas/model';
import sample from '../../examples/embed/sample-journey.json';
import { fileNameFor } from '../../examples/embed/files';

describe('the playground sample journey', () => {
  it('is a valid format v1 document, without warnings', () => {
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

describe('fileNameFor (Save JSON)', () => {
  it('keeps letters and digits of any script and drops the rest', () => {
    expect(fileNameFor('Buying a desk: v2 / draft')).toBe('Buying-a-desk-v2-draft');
    expect(fileNameFor('网上购物 旅程')).toBe('网上购物-旅程');
  });

  it('falls back to "journey" when nothing is left', () => {
    expect(fileNameFor('  ??  ')).toBe('journey');
  });
});
