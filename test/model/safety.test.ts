// @vitest-environment node
/**
 * Documents are data from anywhere: keys like `__proto__` must stay data, never reach a
 * prototype, and every property the library does not know must survive a round trip.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addTouchpoint,
  duplicateTouchpoint,
  insertTouchpoints,
  parseJourney,
  serializeJourney,
  setEmotion,
  updatePersona,
  updateTouchpoint,
} from 'journey-canvas/model';
import type { JourneyDocument, Touchpoint } from 'journey-canvas/model';
import { fullJourney, validJourney } from './fixtures';

const hostile = `{
  "format": "journey-canvas", "version": 2, "id": "j", "title": "t",
  "__proto__": { "polluted": "root" },
  "constructor": { "prototype": { "polluted": "constructor" } },
  "persona": { "__proto__": { "polluted": "persona" }, "prototype": 1 },
  "stages": [ { "id": "s", "name": "S", "__proto__": { "polluted": "stage" } } ],
  "touchpoints": [
    { "id": "t", "stageId": "s", "title": "T", "emotion": 1,
      "__proto__": { "polluted": "touchpoint", "emotion": 99 },
      "metrics": { "__proto__": { "polluted": "metrics" } },
      "xNested": { "__proto__": { "polluted": "nested" } } }
  ]
}`;

function expectCleanPrototypes(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(Object.keys(Object.prototype)).toEqual([]);
}

describe('prototype pollution', () => {
  it('keeps "__proto__", "constructor" and "prototype" keys as plain data, from text and from values', () => {
    for (const input of [hostile, JSON.parse(hostile) as unknown]) {
      const result = parseJourney(input);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      const document = result.document;
      expectCleanPrototypes();
      expect(Object.getPrototypeOf(document)).toBe(Object.prototype);
      const touchpoint = document.touchpoints[0] as Touchpoint;
      expect(Object.getPrototypeOf(touchpoint)).toBe(Object.prototype);
      // The key is an own property holding the file's data, not the object's prototype.
      expect(Object.getOwnPropertyDescriptor(touchpoint, '__proto__')?.value).toEqual({ polluted: 'touchpoint', emotion: 99 });
      expect(touchpoint.polluted).toBeUndefined();
      expect(touchpoint.emotion).toBe(1);
      expect(Object.getOwnPropertyDescriptor(document, 'constructor')?.value).toEqual({ prototype: { polluted: 'constructor' } });
    }
  });

  it('writes those keys back unchanged', () => {
    const result = parseJourney(hostile);
    if (!result.ok) throw new Error('expected ok');
    const written = serializeJourney(result.document);
    expect(JSON.parse(written)).toEqual(JSON.parse(hostile));
    expect(written).toContain('"__proto__": {\n        "polluted": "touchpoint"');
    const again = parseJourney(written);
    expect(again.ok && again.document).toEqual(result.document);
    expectCleanPrototypes();
  });

  it('operations keep them as data too', () => {
    const result = parseJourney(hostile);
    if (!result.ok) throw new Error('expected ok');
    let doc = result.document;
    doc = setEmotion(doc, { id: 't', emotion: -2 });
    doc = updateTouchpoint(doc, { id: 't', changes: JSON.parse('{"__proto__": {"polluted": "change"}, "title": "x"}') as object });
    doc = duplicateTouchpoint(doc, { id: 't', newId: 't2' });
    doc = addTouchpoint(doc, { stageId: 's', touchpoint: JSON.parse('{"__proto__": {"polluted": "add"}}') as object });
    doc = insertTouchpoints(doc, { stageId: 's', touchpoints: [JSON.parse('{"id":"t","stageId":"s","title":"","emotion":0,"__proto__":{"polluted":"paste"}}') as Touchpoint] });
    doc = updatePersona(doc, { persona: JSON.parse('{"__proto__": {"polluted": "persona2"}}') as object });
    expectCleanPrototypes();
    for (const touchpoint of doc.touchpoints) {
      expect(Object.getPrototypeOf(touchpoint)).toBe(Object.prototype);
      expect(touchpoint.polluted).toBeUndefined();
    }
    expect(Object.getOwnPropertyDescriptor(doc.touchpoints[0], '__proto__')?.value).toEqual({ polluted: 'change' });
    expect(Object.getOwnPropertyDescriptor(doc.persona, '__proto__')?.value).toEqual({ polluted: 'persona2' });
    const reread = parseJourney(serializeJourney(doc));
    expect(reread.ok && reread.document).toEqual(doc);
  });
});

describe('unknown properties', () => {
  it('are kept at every level and written back unchanged', () => {
    const result = parseJourney(JSON.stringify(fullJourney()));
    if (!result.ok) throw new Error('expected ok');
    const doc = result.document;
    expect(doc.xDocument).toEqual({ plugin: 'kept', list: [1, 'two', { three: 3 }] });
    expect(doc.persona?.xPersona).toEqual({ avatar: 'mia.png' });
    expect(doc.stages[0]?.xStage).toEqual([1, 2]);
    expect(doc.touchpoints[0]?.xTouchpoint).toEqual({ nested: { deep: [true, null, 'x'] } });
    expect(doc.touchpoints[0]?.metrics?.xMetric).toBe('kept');
    const written = JSON.parse(serializeJourney(doc)) as JourneyDocument;
    expect(written).toEqual(fullJourney());
  });

  it('survive edits of the objects that hold them', () => {
    const doc = fullJourney();
    const edited = updateTouchpoint(setEmotion(doc, { id: 't1', emotion: 0 }), { id: 't1', changes: { title: 'New' } });
    expect(edited.touchpoints[0]?.xTouchpoint).toEqual(doc.touchpoints[0]?.xTouchpoint);
    expect(edited.touchpoints[0]?.metrics).toEqual(doc.touchpoints[0]?.metrics);
    expect(edited.xDocument).toEqual(doc.xDocument);
  });

  it('survive a round trip in random documents, in their original order', () => {
    fc.assert(
      fc.property(validJourney, (doc) => {
        const result = parseJourney(serializeJourney(doc));
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
        expect(result.document).toEqual(doc);
        const unknownOf = (o: object, known: string[]): string[] => Object.keys(o).filter((k) => !known.includes(k));
        const known = ['id', 'stageId', 'title', 'emotion', 'channel', 'description', 'painPoints', 'delights', 'opportunities', 'keyMoment', 'owner', 'metrics'];
        result.document.touchpoints.forEach((touchpoint, i) => {
          expect(unknownOf(touchpoint, known)).toEqual(unknownOf(doc.touchpoints[i] as object, known));
        });
        expectCleanPrototypes();
      }),
      { numRuns: 200 },
    );
  });
});
