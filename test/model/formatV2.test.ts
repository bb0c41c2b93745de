// @vitest-environment node
/**
 * Format v2: participants, ratings and evidence. Each rule gives its error at its exact JSON
 * Pointer; a rated touchpoint's emotion is the mean of its ratings, corrected with a warning.
 */
import { describe, expect, it } from 'vitest';
import {
  JOURNEY_VERSION,
  MAX_EVIDENCE_TEXT_LENGTH,
  MAX_JOURNEY_PARTICIPANTS,
  MAX_TOUCHPOINT_EVIDENCE,
  isEvidenceUrl,
  parseJourney,
  ratedEmotion,
  serializeJourney,
  validateJourney,
} from 'journey-canvas/model';
import type { JourneyDocument } from 'journey-canvas/model';
import { ratedJourney } from './fixtures';

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function errorsOf(mutate: (doc: Raw) => void): { path: string; code: string; message: string }[] {
  const doc = ratedJourney() as Raw;
  mutate(doc);
  const result = parseJourney(JSON.stringify(doc));
  return result.ok ? [] : result.errors;
}

describe('format v2', () => {
  it('is version 2, and a full v2 document parses with no warning and writes back equal', () => {
    expect(JOURNEY_VERSION).toBe(2);
    const result = parseJourney(JSON.stringify(ratedJourney()));
    expect(result).toEqual({ ok: true, document: ratedJourney(), warnings: [] });
    expect(validateJourney(ratedJourney())).toEqual([]);
    const text = serializeJourney(ratedJourney());
    expect(parseJourney(text)).toEqual(result);
  });

  it('writes the new objects in their documented key order, unknown keys after', () => {
    const doc = ratedJourney() as Raw;
    doc.participants[0] = { xParticipant: 'kept', role: 'Support lead', name: 'Ana', id: 'p-ana' };
    doc.touchpoints[0].ratings[0] = { xRating: [1], note: 'Lost a day', emotion: -4, by: 'p-ana' };
    doc.touchpoints[0].evidence[1] = { url: 'https://example.com/funnel', text: '38% of trials stop here', kind: 'data' };
    const written = JSON.parse(serializeJourney(doc as JourneyDocument)) as Raw;
    expect(Object.keys(written)).toEqual(['format', 'version', 'id', 'title', 'participants', 'stages', 'touchpoints']);
    expect(Object.keys(written.participants[0])).toEqual(['id', 'name', 'role', 'xParticipant']);
    expect(Object.keys(written.touchpoints[0])).toEqual(['id', 'stageId', 'title', 'emotion', 'ratings', 'evidence']);
    expect(Object.keys(written.touchpoints[0].ratings[0])).toEqual(['by', 'emotion', 'note', 'xRating']);
    expect(Object.keys(written.touchpoints[0].evidence[1])).toEqual(['kind', 'text', 'url']);
  });

  it.each<[string, (doc: Raw) => void, string, string]>([
    ['participant id repeats a stage id', (d) => (d.participants[1].id = 's1'), '/stages/0/id', 'duplicate_id'],
    ['participant id repeats a touchpoint id', (d) => (d.participants[2].id = 't2'), '/touchpoints/1/id', 'duplicate_id'],
    ['two participants share an id', (d) => (d.participants[1].id = 'p-ana'), '/participants/1/id', 'duplicate_id'],
    ['participant without id', (d) => delete d.participants[0].id, '/participants/0/id', 'required'],
    ['participant name not a string', (d) => (d.participants[0].name = 4), '/participants/0/name', 'invalid_type'],
    ['participants not an array', (d) => (d.participants = {}), '/participants', 'invalid_type'],
    ['rating by nobody', (d) => (d.touchpoints[0].ratings[1].by = 'p-zed'), '/touchpoints/0/ratings/1/by', 'unknown_participant'],
    ['rating by a stage', (d) => (d.touchpoints[0].ratings[1].by = 's1'), '/touchpoints/0/ratings/1/by', 'unknown_participant'],
    ['rating with no participants at all', (d) => delete d.participants, '/touchpoints/0/ratings/0/by', 'unknown_participant'],
    ['two ratings by one participant', (d) => (d.touchpoints[0].ratings[2].by = 'p-ana'), '/touchpoints/0/ratings/2/by', 'duplicate_rating'],
    ['rating emotion 6', (d) => (d.touchpoints[0].ratings[0].emotion = 6), '/touchpoints/0/ratings/0/emotion', 'out_of_range'],
    ['rating emotion -5.01', (d) => (d.touchpoints[0].ratings[0].emotion = -5.01), '/touchpoints/0/ratings/0/emotion', 'out_of_range'],
    ['rating emotion a string', (d) => (d.touchpoints[0].ratings[0].emotion = '3'), '/touchpoints/0/ratings/0/emotion', 'invalid_type'],
    ['rating emotion null (NaN in JSON)', (d) => (d.touchpoints[0].ratings[0].emotion = null), '/touchpoints/0/ratings/0/emotion', 'invalid_type'],
    ['rating without by', (d) => delete d.touchpoints[0].ratings[0].by, '/touchpoints/0/ratings/0/by', 'required'],
    ['rating not an object', (d) => (d.touchpoints[0].ratings[0] = 3), '/touchpoints/0/ratings/0', 'invalid_type'],
    ['ratings not an array', (d) => (d.touchpoints[0].ratings = 'many'), '/touchpoints/0/ratings', 'invalid_type'],
    ['evidence kind unknown', (d) => (d.touchpoints[0].evidence[0].kind = 'rumour'), '/touchpoints/0/evidence/0/kind', 'invalid_value'],
    ['evidence without text', (d) => delete d.touchpoints[0].evidence[3].text, '/touchpoints/0/evidence/3/text', 'required'],
    ['evidence source not a string', (d) => (d.touchpoints[0].evidence[0].source = ['x']), '/touchpoints/0/evidence/0/source', 'invalid_type'],
  ])('%s: error at %s (%s)', (_name, mutate, path, code) => {
    const errors = errorsOf(mutate);
    // The first error is the rule broken; what follows is its consequence (a rating naming a
    // participant that lost its id, a touchpoint whose stage id now belongs to a participant).
    expect(errors[0]).toEqual(expect.objectContaining({ path, code }));
    for (const error of errors.slice(1)) expect(['unknown_participant', 'unknown_stage']).toContain(error.code);
  });

  it('says which participant a repeated rating repeats and which name is unknown', () => {
    expect(errorsOf((d) => (d.touchpoints[0].ratings[2].by = 'p-ana'))[0]?.message).toBe('by "p-ana" repeats /touchpoints/0/ratings/0; a touchpoint has at most one rating per participant');
    expect(errorsOf((d) => (d.touchpoints[0].ratings[1].by = 'p-zed'))[0]?.message).toBe('by "p-zed" does not name a participant of this document');
  });
});

describe('one rating per participant, in short lists and long ones', () => {
  // Up to 16 ratings are compared with the ones before them, longer lists through a Map:
  // both must name the same repeats, each pointing at the first rating by that participant.
  it.each([5, 16, 17, 40])('%i ratings with two repeats, and one that is not a rating', (count) => {
    const doc = ratedJourney() as Raw;
    doc.participants = Array.from({ length: count }, (_, p) => ({ id: `p-${p}` }));
    const ratings = doc.participants.map((participant: Raw) => ({ by: participant.id, emotion: 1 }));
    ratings[count - 1].by = 'p-1';
    ratings[count - 2] = 'not a rating';
    ratings[2].by = 'p-0';
    doc.touchpoints[0].ratings = ratings;
    doc.touchpoints[0].emotion = 1;
    const result = parseJourney(JSON.stringify(doc));
    const errors = result.ok ? [] : result.errors;
    const expected = [
      { path: `/touchpoints/0/ratings/${count - 2}`, code: 'invalid_type', message: 'a rating must be an object, got "not a rating"' },
      { path: '/touchpoints/0/ratings/2/by', code: 'duplicate_rating', message: 'by "p-0" repeats /touchpoints/0/ratings/0; a touchpoint has at most one rating per participant' },
      { path: `/touchpoints/0/ratings/${count - 1}/by`, code: 'duplicate_rating', message: 'by "p-1" repeats /touchpoints/0/ratings/1; a touchpoint has at most one rating per participant' },
    ];
    expect(errors).toEqual(expected);
  });
});

describe('evidence urls: only http:, https: and mailto:', () => {
  const refused = [
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '/relative/path',
    '//evil.example/x',
    'example.com',
    'https://',
    'http:/example.com',
    'https://exa mple.com',
    'https://user@evil.example',
    'https://example.com/\njavascript:alert(1)',
    'mailto:',
    '',
  ];
  it.each(refused)('refuses %j at its JSON Pointer', (url) => {
    const errors = errorsOf((d) => {
      d.touchpoints[1].evidence = [{ kind: 'link', text: 'x' }, { kind: 'link', text: 'bad', url }];
    });
    expect(errors).toEqual([expect.objectContaining({ path: '/touchpoints/1/evidence/1/url' })]);
    expect(['invalid_format', 'invalid_text']).toContain(errors[0]?.code);
  });

  const accepted = ['https://example.com', 'HTTPS://EXAMPLE.COM/a?b=c#d', 'http://localhost:8080/x', 'mailto:ana@example.com?subject=Hi'];
  it.each(accepted)('accepts %j', (url) => {
    expect(errorsOf((d) => (d.touchpoints[0].evidence[0].url = url))).toEqual([]);
  });

  it('isEvidenceUrl (what an editor checks a typed link with) agrees with the validator', () => {
    for (const url of accepted) expect(isEvidenceUrl(url), url).toBe(true);
    for (const url of refused) expect(isEvidenceUrl(url), url).toBe(false);
  });

  it('refuses a url that is not a string, and one over the limit', () => {
    expect(errorsOf((d) => (d.touchpoints[0].evidence[0].url = { href: 'https://x' }))).toEqual([
      expect.objectContaining({ path: '/touchpoints/0/evidence/0/url', code: 'invalid_type' }),
    ]);
    expect(errorsOf((d) => (d.touchpoints[0].evidence[0].url = `https://example.com/${'a'.repeat(5000)}`))).toEqual([
      expect.objectContaining({ path: '/touchpoints/0/evidence/0/url', code: 'too_large' }),
    ]);
  });
});

describe('limits of v2, each naming its place', () => {
  it('participants, evidence per touchpoint and text lengths', () => {
    const many = Array.from({ length: MAX_JOURNEY_PARTICIPANTS + 1 }, (_, i) => ({ id: `p${i}` }));
    expect(errorsOf((d) => (d.participants = many))).toEqual([
      expect.objectContaining({ path: '/participants', code: 'too_large', message: expect.stringContaining('MAX_JOURNEY_PARTICIPANTS') }),
    ]);
    const evidence = Array.from({ length: MAX_TOUCHPOINT_EVIDENCE + 1 }, () => ({ kind: 'observation', text: 'x' }));
    expect(errorsOf((d) => (d.touchpoints[1].evidence = evidence))).toEqual([
      expect.objectContaining({ path: '/touchpoints/1/evidence', code: 'too_large', message: expect.stringContaining('MAX_TOUCHPOINT_EVIDENCE') }),
    ]);
    expect(errorsOf((d) => (d.touchpoints[0].evidence[0].text = 'x'.repeat(MAX_EVIDENCE_TEXT_LENGTH + 1)))).toEqual([
      expect.objectContaining({ path: '/touchpoints/0/evidence/0/text', code: 'too_large' }),
    ]);
    expect(errorsOf((d) => (d.touchpoints[0].ratings[0].note = 'x'.repeat(2001)))).toEqual([
      expect.objectContaining({ path: '/touchpoints/0/ratings/0/note', code: 'too_large' }),
    ]);
    expect(errorsOf((d) => (d.participants[0].name = 'x'.repeat(2001)))).toEqual([
      expect.objectContaining({ path: '/participants/0/name', code: 'too_large' }),
    ]);
  });
});

describe("a rated touchpoint's emotion is the mean of its ratings", () => {
  it('ratedEmotion rounds the mean to 2 decimals', () => {
    expect(ratedEmotion([{ by: 'a', emotion: -4 }, { by: 'b', emotion: 3 }, { by: 'c', emotion: -2 }])).toBe(-1);
    expect(ratedEmotion([{ by: 'a', emotion: 1 }, { by: 'b', emotion: 0 }, { by: 'c', emotion: 0 }])).toBe(0.33);
    expect(ratedEmotion([{ by: 'a', emotion: 2 }, { by: 'b', emotion: 0 }, { by: 'c', emotion: 0 }])).toBe(0.67);
    expect(Object.is(ratedEmotion([{ by: 'a', emotion: -0.001 }]), 0)).toBe(true);
    expect(ratedEmotion([])).toBeNaN();
  });

  it('parseJourney corrects a mismatch, one warning per touchpoint at its emotion', () => {
    const doc = ratedJourney() as Raw;
    doc.touchpoints[0].emotion = 4;
    doc.touchpoints.push({ id: 't3', stageId: 's1', title: 'One rating', emotion: 0, ratings: [{ by: 'p-bo', emotion: 1.5 }] });
    const result = parseJourney(JSON.stringify(doc));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.touchpoints.map((t) => t.emotion)).toEqual([-1, 2, 1.5]);
    expect(result.warnings).toEqual([
      { path: '/touchpoints/0/emotion', code: 'emotion_from_ratings', message: expect.stringContaining('is now -1') },
      { path: '/touchpoints/2/emotion', code: 'emotion_from_ratings', message: expect.stringContaining('is now 1.5') },
    ]);
    // The caller's object is not changed when it is an object.
    const input = ratedJourney() as Raw;
    input.touchpoints[0].emotion = 4;
    const fromObject = parseJourney(input);
    expect(fromObject.ok && fromObject.document.touchpoints[0]?.emotion).toBe(-1);
    expect(input.touchpoints[0].emotion).toBe(4);
  });

  it('an empty ratings list is unrated: the emotion is the touchpoint’s own', () => {
    const doc = ratedJourney() as Raw;
    doc.touchpoints[1].ratings = [];
    expect(parseJourney(JSON.stringify(doc))).toMatchObject({ ok: true, warnings: [] });
  });
});

describe('unknown properties and __proto__ at the new levels', () => {
  it('keeps a __proto__ key in a participant, a rating and an evidence item as data', () => {
    const text = JSON.stringify(ratedJourney())
      .replace('"xParticipant":"kept"', '"xParticipant":"kept","__proto__":{"polluted":1}')
      .replace('"xRating":[1]', '"xRating":[1],"__proto__":{"polluted":2}')
      .replace('"xEvidence":true', '"xEvidence":true,"__proto__":{"polluted":3}');
    const result = parseJourney(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const participant = result.document.participants?.[0] as Raw;
    expect(Object.getPrototypeOf(participant)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(participant, '__proto__')).toBe(true);
    expect(({} as Raw).polluted).toBeUndefined();
    const again = serializeJourney(result.document);
    expect(again).toContain('"polluted": 2');
    expect(again).toContain('"polluted": 3');
  });
});
