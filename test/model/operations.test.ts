// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  addStage,
  addTouchpoint,
  applyOperation,
  duplicateTouchpoint,
  insertTouchpoints,
  journeyOrder,
  moveStage,
  moveTouchpoint,
  recolorStage,
  removeStage,
  removeTouchpoint,
  renameStage,
  replaceDocument,
  setDescription,
  setEmotion,
  setTitle,
  updatePersona,
  updateStage,
  updateTouchpoint,
  validateJourney,
} from 'journey-canvas/model';
import type { JourneyDocument, Touchpoint } from 'journey-canvas/model';
import { deepFreeze, fullJourney, operationErrors } from './fixtures';

/** The frozen sample: awareness [t1], purchase [t2, t3], use [t4]. */
const base = (): JourneyDocument => deepFreeze(fullJourney());

/** Stage id -> touchpoint ids, in journey order. */
function layout(doc: JourneyDocument): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const stage of doc.stages) out[stage.id] = [];
  for (const touchpoint of journeyOrder(doc)) out[touchpoint.stageId]?.push(touchpoint.id);
  return out;
}

function expectValid(doc: JourneyDocument): JourneyDocument {
  expect(validateJourney(doc)).toEqual([]);
  return doc;
}

describe('touchpoint operations', () => {
  it('addTouchpoint adds at the end of a stage by default, with a fresh readable id and defaults', () => {
    const doc = expectValid(addTouchpoint(base(), { stageId: 'purchase' }));
    expect(layout(doc).purchase).toHaveLength(3);
    const added = doc.touchpoints.find((t) => !['t1', 't2', 't3', 't4'].includes(t.id)) as Touchpoint;
    expect(added.id).toMatch(/^tp-[0-9a-z]{8}$/);
    expect(added).toEqual({ id: added.id, stageId: 'purchase', title: '', emotion: 0 });
    expect(layout(doc).purchase?.[2]).toBe(added.id);
  });

  it('addTouchpoint inserts at a position among the stage touchpoints, keeping given fields', () => {
    const doc = expectValid(addTouchpoint(base(), { stageId: 'purchase', index: 1, touchpoint: { id: 'new', title: 'Chat', emotion: -1, painPoints: ['wait'] } }));
    expect(layout(doc).purchase).toEqual(['t2', 'new', 't3']);
    expect(doc.touchpoints.find((t) => t.id === 'new')).toEqual({ id: 'new', stageId: 'purchase', title: 'Chat', emotion: -1, painPoints: ['wait'] });
  });

  it('addTouchpoint into an empty stage keeps the array grouped by stage', () => {
    const empty = addStage(base(), { index: 1, stage: { id: 'consider', name: 'Consider' } });
    const doc = expectValid(addTouchpoint(empty, { stageId: 'consider', touchpoint: { id: 'c1' } }));
    expect(doc.touchpoints.map((t) => t.id)).toEqual(['t1', 'c1', 't2', 't3', 't4']);
  });

  it('addTouchpoint rejects a used id, an unknown stage, a bad index and bad fields, with paths in the result', () => {
    expect(operationErrors(() => addTouchpoint(base(), { stageId: 'use', touchpoint: { id: 'purchase' } }))).toEqual([
      expect.objectContaining({ path: '/touchpoints/4/id', code: 'duplicate_id' }),
    ]);
    expect(operationErrors(() => addTouchpoint(base(), { stageId: 'nope' }))).toEqual([expect.objectContaining({ path: '/stages', code: 'unknown_stage' })]);
    expect(operationErrors(() => addTouchpoint(base(), { stageId: 'purchase', index: 3 }))).toEqual([
      expect.objectContaining({ path: '/touchpoints', code: 'out_of_range', message: 'index must be an integer from 0 to 2, got 3' }),
    ]);
    expect(operationErrors(() => addTouchpoint(base(), { stageId: 'purchase', index: 0, touchpoint: { emotion: 9, metrics: { nps: 300 } } }))).toEqual([
      expect.objectContaining({ path: '/touchpoints/1/emotion', code: 'out_of_range' }),
      expect.objectContaining({ path: '/touchpoints/1/metrics/nps', code: 'out_of_range' }),
    ]);
  });

  it('updateTouchpoint changes fields, removes optional ones given undefined, and keeps the rest', () => {
    const start = base();
    const doc = expectValid(updateTouchpoint(start, { id: 't1', changes: { title: 'Sees an ad', channel: undefined, metrics: { csat: 5 } } }));
    const touchpoint = doc.touchpoints[0] as Touchpoint;
    expect(touchpoint.title).toBe('Sees an ad');
    expect(touchpoint).not.toHaveProperty('channel');
    expect(touchpoint.metrics).toEqual({ csat: 5 });
    expect(touchpoint.xTouchpoint).toEqual(fullJourney().touchpoints[0]?.xTouchpoint);
    // Untouched touchpoints are shared, not copied: cheap, and a view can skip them.
    expect(doc.touchpoints[1]).toBe(start.touchpoints[1]);
    expect(doc.stages).toBe(start.stages);
  });

  it('updateTouchpoint rejects removing a required field, a bad value, and changing id or stage', () => {
    expect(operationErrors(() => updateTouchpoint(base(), { id: 't3', changes: { title: undefined } }))).toEqual([
      expect.objectContaining({ path: '/touchpoints/2/title', code: 'required' }),
    ]);
    expect(operationErrors(() => updateTouchpoint(base(), { id: 't3', changes: { keyMoment: 'yes' as unknown as boolean } }))).toEqual([
      expect.objectContaining({ path: '/touchpoints/2/keyMoment', code: 'invalid_type' }),
    ]);
    expect(operationErrors(() => updateTouchpoint(base(), { id: 't3', changes: { id: 'x' } as object }))[0]).toMatchObject({ path: '/touchpoints/2/id' });
    expect(operationErrors(() => updateTouchpoint(base(), { id: 't3', changes: { stageId: 'use' } as object }))[0]).toMatchObject({ path: '/touchpoints/2/stageId' });
    expect(operationErrors(() => updateTouchpoint(base(), { id: 'ghost', changes: {} }))).toEqual([
      expect.objectContaining({ path: '/touchpoints', code: 'unknown_touchpoint' }),
    ]);
  });

  it('removeTouchpoint removes only that touchpoint', () => {
    const doc = expectValid(removeTouchpoint(base(), { id: 't2' }));
    expect(doc.touchpoints.map((t) => t.id)).toEqual(['t1', 't3', 't4']);
    expect(operationErrors(() => removeTouchpoint(base(), { id: 't2x' }))[0]?.code).toBe('unknown_touchpoint');
  });

  it('duplicateTouchpoint inserts a deep copy right after the original', () => {
    const doc = expectValid(duplicateTouchpoint(base(), { id: 't1', newId: 't1-copy' }));
    expect(doc.touchpoints.map((t) => t.id)).toEqual(['t1', 't1-copy', 't2', 't3', 't4']);
    const [original, copy] = doc.touchpoints as [Touchpoint, Touchpoint];
    expect({ ...copy, id: 't1' }).toEqual(original);
    expect(copy.delights).not.toBe(original.delights);
    expect(copy.xTouchpoint).not.toBe(original.xTouchpoint);
    expect(operationErrors(() => duplicateTouchpoint(base(), { id: 't1', newId: 't4' }))).toEqual([
      expect.objectContaining({ path: '/touchpoints/1/id', code: 'duplicate_id' }),
    ]);
    expect(duplicateTouchpoint(base(), { id: 't4' }).touchpoints[4]?.id).toMatch(/^tp-/);
  });

  it('moveTouchpoint moves within a stage and across stages, index counted without the moved one', () => {
    expect(layout(expectValid(moveTouchpoint(base(), { id: 't2', stageId: 'purchase', index: 1 }))).purchase).toEqual(['t3', 't2']);
    const across = expectValid(moveTouchpoint(base(), { id: 't4', stageId: 'purchase', index: 1 }));
    expect(layout(across)).toEqual({ awareness: ['t1'], purchase: ['t2', 't4', 't3'], use: [] });
    const toEnd = expectValid(moveTouchpoint(base(), { id: 't1', stageId: 'use', index: 1 }));
    expect(layout(toEnd)).toEqual({ awareness: [], purchase: ['t2', 't3'], use: ['t4', 't1'] });
    expect(toEnd.touchpoints.find((t) => t.id === 't1')?.stageId).toBe('use');
  });

  it('moveTouchpoint rejects a position past the end', () => {
    expect(operationErrors(() => moveTouchpoint(base(), { id: 't2', stageId: 'purchase', index: 2 }))).toEqual([
      expect.objectContaining({ path: '/touchpoints', code: 'out_of_range', message: 'index must be an integer from 0 to 1, got 2' }),
    ]);
    expect(operationErrors(() => moveTouchpoint(base(), { id: 't2', stageId: 'use', index: 0.5 }))[0]?.code).toBe('invalid_value');
  });

  it('setEmotion sets the value and rejects one outside -5..5 with the exact message', () => {
    expect(setEmotion(base(), { id: 't3', emotion: -4.5 }).touchpoints[2]?.emotion).toBe(-4.5);
    expect(operationErrors(() => setEmotion(base(), { id: 't3', emotion: 7 }))).toEqual([
      { path: '/touchpoints/2/emotion', code: 'out_of_range', message: 'emotion must be a number from -5 to 5, got 7' },
    ]);
    expect(operationErrors(() => setEmotion(base(), { id: 't3', emotion: Number.NaN }))[0]?.code).toBe('invalid_value');
  });

  it('insertTouchpoints pastes copies into a stage, renaming ids that collide and setting the stage', () => {
    const pasted = [
      { id: 't1', stageId: 'awareness', title: 'Copy of t1', emotion: 1, xKept: true },
      { id: 'fresh', stageId: 'whatever', title: 'New', emotion: -1 },
      { id: 'fresh', stageId: 'whatever', title: 'Same id twice', emotion: 0 },
    ] as Touchpoint[];
    const doc = expectValid(insertTouchpoints(base(), { stageId: 'purchase', index: 1, touchpoints: pasted }));
    const ids = layout(doc).purchase as string[];
    expect(ids).toHaveLength(5);
    expect(ids[0]).toBe('t2');
    expect(ids[1]).toMatch(/^tp-/);
    expect(ids[2]).toBe('fresh');
    expect(ids[3]).toMatch(/^tp-/);
    expect(ids[4]).toBe('t3');
    expect(doc.touchpoints.find((t) => t.id === ids[1])).toMatchObject({ stageId: 'purchase', title: 'Copy of t1', xKept: true });
    expect(pasted[0]?.stageId).toBe('awareness');
  });

  it('insertTouchpoints reports every bad pasted touchpoint at its place in the result', () => {
    const bad = [{ title: 'ok', emotion: 0 }, { title: 3, emotion: 6 }] as unknown as Touchpoint[];
    expect(operationErrors(() => insertTouchpoints(base(), { stageId: 'purchase', index: 0, touchpoints: bad })).map((e) => e.path)).toEqual([
      '/touchpoints/2/title',
      '/touchpoints/2/emotion',
    ]);
  });
});

describe('stage operations', () => {
  it('addStage adds a custom stage with a fresh id, at the end or at an index', () => {
    const doc = expectValid(addStage(base(), {}));
    expect(doc.stages[3]).toEqual({ id: expect.stringMatching(/^st-[0-9a-z]{8}$/), name: '', kind: 'custom' });
    const first = expectValid(addStage(base(), { index: 0, stage: { id: 'pre', name: 'Before', color: '#fff' } }));
    expect(first.stages.map((s) => s.id)).toEqual(['pre', 'awareness', 'purchase', 'use']);
    expect(operationErrors(() => addStage(base(), { stage: { id: 't1' } }))).toEqual([expect.objectContaining({ path: '/stages/3/id', code: 'duplicate_id' })]);
    expect(operationErrors(() => addStage(base(), { index: 1, stage: { kind: 'later' as 'custom' } }))).toEqual([
      expect.objectContaining({ path: '/stages/1/kind', code: 'invalid_value' }),
    ]);
  });

  it('renameStage, recolorStage and updateStage change one stage', () => {
    expect(renameStage(base(), { id: 'use', name: '使用' }).stages[2]?.name).toBe('使用');
    expect(recolorStage(base(), { id: 'use', color: '#123456' }).stages[2]?.color).toBe('#123456');
    expect(recolorStage(base(), { id: 'awareness', color: undefined }).stages[0]).not.toHaveProperty('color');
    expect(operationErrors(() => recolorStage(base(), { id: 'use', color: 'teal' }))).toEqual([
      expect.objectContaining({ path: '/stages/2/color', code: 'invalid_format' }),
    ]);
    const updated = expectValid(updateStage(base(), { id: 'purchase', changes: { kind: 'custom', description: 'Pay' } }));
    expect(updated.stages[1]).toEqual({ id: 'purchase', name: 'Purchase', kind: 'custom', color: '#abc', description: 'Pay' });
    expect(operationErrors(() => renameStage(base(), { id: 'nope', name: 'x' }))[0]).toMatchObject({ path: '/stages', code: 'unknown_stage' });
  });

  it('moveStage reorders stages, which reorders the journey', () => {
    const doc = expectValid(moveStage(base(), { id: 'use', index: 0 }));
    expect(doc.stages.map((s) => s.id)).toEqual(['use', 'awareness', 'purchase']);
    expect(journeyOrder(doc).map((t) => t.id)).toEqual(['t4', 't1', 't2', 't3']);
    expect(operationErrors(() => moveStage(base(), { id: 'use', index: 3 }))[0]).toMatchObject({ path: '/stages', code: 'out_of_range' });
  });

  it('removeStage removes an empty stage, and a stage with touchpoints only with an explicit choice', () => {
    const withEmpty = addStage(base(), { stage: { id: 'empty', name: 'Empty' } });
    expect(removeStage(withEmpty, { id: 'empty' }).stages.map((s) => s.id)).toEqual(['awareness', 'purchase', 'use']);
    expect(operationErrors(() => removeStage(base(), { id: 'purchase' }))).toEqual([
      {
        path: '/stages/1',
        code: 'stage_not_empty',
        message: 'stage "Purchase" still has 2 touchpoints; say whether to delete them or move them to another stage',
      },
    ]);
    const deleted = expectValid(removeStage(base(), { id: 'purchase', touchpoints: 'delete' }));
    expect(layout(deleted)).toEqual({ awareness: ['t1'], use: ['t4'] });
  });

  it('removeStage moving touchpoints keeps journey order: after an earlier stage, before a later one', () => {
    const back = expectValid(removeStage(base(), { id: 'purchase', touchpoints: { moveTo: 'awareness' } }));
    expect(layout(back)).toEqual({ awareness: ['t1', 't2', 't3'], use: ['t4'] });
    const forward = expectValid(removeStage(base(), { id: 'purchase', touchpoints: { moveTo: 'use' } }));
    expect(layout(forward)).toEqual({ awareness: ['t1'], use: ['t2', 't3', 't4'] });
    expect(journeyOrder(forward).map((t) => t.id)).toEqual(['t1', 't2', 't3', 't4']);
    expect(operationErrors(() => removeStage(base(), { id: 'purchase', touchpoints: { moveTo: 'purchase' } }))[0]?.code).toBe('invalid_value');
    expect(operationErrors(() => removeStage(base(), { id: 'purchase', touchpoints: { moveTo: 'gone' } }))[0]?.code).toBe('unknown_stage');
    expect(operationErrors(() => removeStage(base(), { id: 'purchase', touchpoints: 'keep' as 'delete' }))[0]?.code).toBe('invalid_value');
  });
});

describe('document operations', () => {
  it('setTitle and setDescription', () => {
    expect(setTitle(base(), { title: '结账' }).title).toBe('结账');
    expect(operationErrors(() => setTitle(base(), { title: 5 as unknown as string }))).toEqual([expect.objectContaining({ path: '/title', code: 'invalid_type' })]);
    expect(setDescription(base(), { description: undefined })).not.toHaveProperty('description');
    expect(setDescription(base(), { description: 'New' }).description).toBe('New');
  });

  it('updatePersona merges, removes keys given undefined, and removes the persona given null', () => {
    const doc = expectValid(updatePersona(base(), { persona: { name: 'Lee', goals: undefined } }));
    expect(doc.persona).toEqual({ name: 'Lee', summary: 'Busy parent', motivations: ['Free delivery'], frustrations: ['Surprise fees'], xPersona: { avatar: 'mia.png' } });
    expect(updatePersona(base(), { persona: null })).not.toHaveProperty('persona');
    const fresh = updatePersona(updatePersona(base(), { persona: null }), { persona: { name: 'New' } });
    expect(fresh.persona).toEqual({ name: 'New' });
    expect(operationErrors(() => updatePersona(base(), { persona: { goals: 'all' as unknown as string[] } }))).toEqual([
      expect.objectContaining({ path: '/persona/goals', code: 'invalid_type' }),
    ]);
  });

  it('replaceDocument takes a valid document, as a copy, and rejects an invalid one', () => {
    const next = fullJourney();
    next.title = 'Replaced';
    const doc = replaceDocument(base(), { document: next });
    expect(doc).toEqual(next);
    expect(doc).not.toBe(next);
    expect(doc.touchpoints[0]).not.toBe(next.touchpoints[0]);
    const broken = { ...fullJourney(), touchpoints: [{ id: 'x', stageId: 'none', title: '', emotion: 0 }] } as JourneyDocument;
    expect(operationErrors(() => replaceDocument(base(), { document: broken }))).toEqual([
      expect.objectContaining({ path: '/touchpoints/0/stageId', code: 'unknown_stage' }),
    ]);
  });
});

describe('no change gives back the same document', () => {
  const doc = base();
  it.each([
    ['setEmotion to the current value', () => setEmotion(doc, { id: 't1', emotion: 2.5 })],
    ['moveTouchpoint to its place', () => moveTouchpoint(doc, { id: 't3', stageId: 'purchase', index: 1 })],
    ['moveTouchpoint first to first', () => moveTouchpoint(doc, { id: 't2', stageId: 'purchase', index: 0 })],
    ['updateTouchpoint with equal values', () => updateTouchpoint(doc, { id: 't1', changes: { title: "Sees a friend's post", delights: ['Looks fun'], metrics: { ces: 3, nps: 31, csat: 4.2, xMetric: 'kept' }, keyMoment: true } })],
    ['updateTouchpoint removing what is absent', () => updateTouchpoint(doc, { id: 't4', changes: { channel: undefined } })],
    ['renameStage to its name', () => renameStage(doc, { id: 'use', name: 'Use' })],
    ['recolorStage to its color', () => recolorStage(doc, { id: 'awareness', color: '#4f46e5' })],
    ['recolorStage removing an absent color', () => recolorStage(doc, { id: 'use', color: undefined })],
    ['updateStage with nothing new', () => updateStage(doc, { id: 'purchase', changes: { name: 'Purchase' } })],
    ['moveStage to its place', () => moveStage(doc, { id: 'purchase', index: 1 })],
    ['setTitle to the title', () => setTitle(doc, { title: 'Online checkout' })],
    ['setDescription to the description', () => setDescription(doc, { description: 'From first ad to the review' })],
    ['updatePersona with equal values', () => updatePersona(doc, { persona: { name: 'Mia', goals: ['Order in five minutes'] } })],
    ['insertTouchpoints of nothing', () => insertTouchpoints(doc, { stageId: 'use', touchpoints: [] })],
    ['replaceDocument with itself', () => replaceDocument(doc, { document: doc })],
  ])('%s', (_name, run) => {
    expect(run()).toBe(doc);
  });
});

describe('applyOperation', () => {
  it('applies a named change like the function of that name', () => {
    const doc = base();
    expect(applyOperation(doc, { operation: 'setEmotion', args: { id: 't2', emotion: 1 } })).toEqual(setEmotion(doc, { id: 't2', emotion: 1 }));
    expect(applyOperation(doc, { operation: 'setTitle', args: { title: 'Online checkout' } })).toBe(doc);
  });

  it('rejects an operation it does not know, including inherited names', () => {
    for (const operation of ['explode', 'toString', '__proto__']) {
      expect(operationErrors(() => applyOperation(base(), { operation, args: {} } as never))[0]?.code).toBe('invalid_value');
    }
  });

  it('JourneyOperationError is an Error whose message lists the problems', () => {
    try {
      setEmotion(base(), { id: 't1', emotion: 6 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).name).toBe('JourneyOperationError');
      expect((error as Error).message).toBe('/touchpoints/0/emotion: emotion must be a number from -5 to 5, got 6');
    }
  });
});
