/** Saving and opening journey files. */
import { describe, expect, it } from 'vitest';
import { openJourneyFile, safeFileName } from 'journey-canvas';
import { serializeJourney } from 'journey-canvas/model';
import { makeJourney } from './fixtures';

describe('safeFileName', () => {
  it.each([
    ['Online checkout', 'json', 'Online-checkout.json'],
    ['Q3: online / checkout?', 'png', 'Q3-online-checkout.png'],
    ['线上购买 v2', 'svg', '线上购买-v2.svg'],
    ['', 'json', 'journey.json'],
    ['...', 'json', 'journey.json'],
    ['CON', 'json', 'CON-journey.json'],
    ['a\u0000b\nc', 'json', 'a-b-c.json'],
  ])('%j -> %s', (title, extension, expected) => {
    expect(safeFileName(title, extension)).toBe(expected);
  });

  it('keeps names to 80 characters', () => {
    expect(safeFileName('x'.repeat(300), 'json')).toBe(`${'x'.repeat(80)}.json`);
  });
});

describe('openJourneyFile', () => {
  it('reads a saved journey back to the same document', async () => {
    const document = makeJourney(6, 'zh-CN');
    const result = await openJourneyFile(new File([serializeJourney(document)], 'j.json'));
    expect(result.ok && serializeJourney(result.document)).toBe(serializeJourney(document));
  });

  it('lists the errors of an invalid file with their paths', async () => {
    const document = makeJourney(3) as unknown as Record<string, unknown> & { touchpoints: Array<Record<string, unknown>> };
    document.touchpoints[2]!.stageId = 'nowhere';
    const result = await openJourneyFile(new File([JSON.stringify(document)], 'bad.json'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((error) => error.path)).toContain('/touchpoints/2/stageId');
  });

  it('says a file that is not JSON is not JSON', async () => {
    const result = await openJourneyFile(new File(['{ nope'], 'x.json'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.code).toBe('invalid_json');
  });
});
