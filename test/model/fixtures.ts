/**
 * Documents and generators shared by the model tests. `fc` arbitraries build valid documents
 * (every optional property, unknown properties, awkward keys) and random operations on them.
 */
import fc from 'fast-check';
import { JourneyOperationError } from 'journey-canvas/model';
import type { JourneyChange, JourneyDocument, JourneyError, Stage, Touchpoint } from 'journey-canvas/model';

/** A valid document using every property of format v1, plus unknown ones at every level. */
export function fullJourney(): JourneyDocument {
  return {
    format: 'journey-canvas',
    version: 2,
    id: 'j-checkout',
    title: 'Online checkout',
    description: 'From first ad to the review',
    locale: 'en',
    persona: {
      name: 'Mia',
      summary: 'Busy parent',
      goals: ['Order in five minutes'],
      motivations: ['Free delivery'],
      frustrations: ['Surprise fees'],
      xPersona: { avatar: 'mia.png' },
    },
    stages: [
      { id: 'awareness', name: 'Awareness', kind: 'awareness', description: 'Sees it', color: '#4f46e5', xStage: [1, 2] },
      { id: 'purchase', name: 'Purchase', kind: 'purchase', color: '#abc' },
      { id: 'use', name: 'Use' },
    ],
    touchpoints: [
      {
        id: 't1',
        stageId: 'awareness',
        title: "Sees a friend's post",
        emotion: 2.5,
        channel: 'social',
        description: 'On Instagram',
        painPoints: [],
        delights: ['Looks fun'],
        opportunities: ['Referral code'],
        keyMoment: true,
        owner: 'Marketing',
        metrics: { csat: 4.2, nps: 31, ces: 3, xMetric: 'kept' },
        xTouchpoint: { nested: { deep: [true, null, 'x'] } },
      },
      { id: 't2', stageId: 'purchase', title: 'Pays', emotion: -3, metrics: {} },
      { id: 't3', stageId: 'purchase', title: 'Gets the receipt', emotion: 1 },
      { id: 't4', stageId: 'use', title: 'Opens the box', emotion: 4 },
    ],
    createdAt: '2026-11-22T08:00:00.000Z',
    updatedAt: '2026-11-22T09:30:00+08:00',
    xDocument: { plugin: 'kept', list: [1, 'two', { three: 3 }] },
  };
}

/** A journey written in Chinese, as a team in Shanghai would save it. */
export const chineseJourneyText = `{
  "format": "journey-canvas",
  "version": 2,
  "id": "j-外卖",
  "title": "外卖点餐",
  "locale": "zh-CN",
  "persona": { "name": "小王", "goals": ["午休前吃上饭"], "frustrations": ["配送超时"] },
  "stages": [
    { "id": "认知", "name": "认知", "kind": "awareness" },
    { "id": "下单", "name": "购买", "kind": "purchase", "color": "#e11d48" },
    { "id": "反馈", "name": "反馈", "kind": "feedback" }
  ],
  "touchpoints": [
    { "id": "t-广告", "stageId": "认知", "title": "看到朋友圈广告", "emotion": 1, "channel": "社交" },
    { "id": "t-支付", "stageId": "下单", "title": "微信支付失败", "emotion": -4.5, "painPoints": ["验证码收不到"] },
    { "id": "t-送达", "stageId": "下单", "title": "骑手提前送达", "emotion": 4 },
    { "id": "t-评价", "stageId": "反馈", "title": "写好评", "emotion": 2, "备注": "未知字段也要保留" }
  ]
}
`;

/** Freezes a value and everything in it, so any write in the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<string | symbol, unknown>)[key]);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Generators

const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', '认知', '😀 emoji', '<b>not html</b>', '__proto__'));
const stageKind = fc.constantFrom('awareness', 'consideration', 'purchase', 'use', 'feedback', 'custom' as const);
const hexDigit = fc.constantFrom(...'0123456789abcdefABCDEF');
const color = fc.oneof(
  fc.array(hexDigit, { minLength: 3, maxLength: 3 }).map((d) => `#${d.join('')}`),
  fc.array(hexDigit, { minLength: 6, maxLength: 6 }).map((d) => `#${d.join('')}`),
);
/** Emotions as a JSON file can hold them (JSON has no -0, so neither does this). */
export const emotion = fc
  .oneof(fc.double({ min: -5, max: 5, noNaN: true }), fc.integer({ min: -5, max: 5 }), fc.constantFrom(-5, 5, 0))
  .map((value) => (Object.is(value, -0) ? 0 : value));
/** Unknown property names, including ones that are dangerous as plain assignments. */
const unknownKey = fc.oneof(
  fc.constantFrom('xPlugin', '__proto__', 'constructor', 'prototype', 'a/b', 'm~n', '备注'),
  fc.string({ minLength: 1, maxLength: 6 }).map((s) => `x-${s}`),
);
// Through JSON once, as a file would bring them (fc.jsonValue may give -0, which JSON writes as 0).
const jsonValue = fc.jsonValue({ maxDepth: 2 }).map((value) => JSON.parse(JSON.stringify(value)) as unknown);
const unknownProperties = fc.dictionary(unknownKey, jsonValue, { maxKeys: 2 });

function withUnknown<T extends object>(base: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.tuple(base, unknownProperties).map(([known, extra]) => {
    const out = {} as Record<string, unknown>;
    for (const [key, value] of Object.entries(known)) if (value !== undefined) out[key] = value;
    for (const key of Object.keys(extra)) {
      if (Object.prototype.hasOwnProperty.call(out, key)) continue;
      Object.defineProperty(out, key, { value: extra[key], enumerable: true, writable: true, configurable: true });
    }
    return out as T;
  });
}

const stageFields = withUnknown(
  fc.record(
    { name: text, kind: stageKind, description: text, color },
    { requiredKeys: ['name'] },
  ),
);

const touchpointFields = withUnknown(
  fc.record(
    {
      title: text,
      emotion,
      channel: text,
      description: text,
      painPoints: fc.array(text, { maxLength: 3 }),
      delights: fc.array(text, { maxLength: 3 }),
      opportunities: fc.array(text, { maxLength: 3 }),
      keyMoment: fc.boolean(),
      owner: text,
      metrics: fc.record(
        { csat: fc.double({ min: 1, max: 5, noNaN: true }), nps: fc.integer({ min: -100, max: 100 }), ces: fc.integer({ min: 1, max: 7 }) },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ['title', 'emotion'] },
  ),
);

/** A valid document: ids are `s0..`, `t0..`; stage ids are assigned so every reference holds. */
export const validJourney: fc.Arbitrary<JourneyDocument> = fc
  .tuple(
    fc.array(stageFields, { minLength: 0, maxLength: 5 }),
    fc.array(fc.tuple(fc.nat(), touchpointFields), { maxLength: 14 }),
    withUnknown(fc.record({ title: text, description: text, locale: fc.constantFrom('en', 'zh-CN', 'de-AT') }, { requiredKeys: ['title'] })),
    fc.option(withUnknown(fc.record({ name: text, summary: text, goals: fc.array(text, { maxLength: 2 }) }, { requiredKeys: [] })), { nil: undefined }),
  )
  .map(([stageList, touchpointList, root, persona]) => {
    const stages = stageList.map((fields, i) => ({ id: `s${i}`, ...fields }) as Stage);
    const touchpoints =
      stages.length === 0
        ? []
        : touchpointList.map(([pick, fields], i) => ({ id: `t${i}`, stageId: `s${pick % stages.length}`, ...fields }) as Touchpoint);
    const document: Record<string, unknown> = { format: 'journey-canvas', version: 2, id: 'j-gen' };
    for (const key of Object.keys(root)) {
      Object.defineProperty(document, key, { value: (root as Record<string, unknown>)[key], enumerable: true, writable: true, configurable: true });
    }
    if (persona !== undefined) document.persona = persona;
    document.stages = stages;
    document.touchpoints = touchpoints;
    return document as JourneyDocument;
  });

/**
 * A random change for `document`. Ids are drawn from the document (and a few that do not
 * exist), so some changes are invalid on purpose: those must throw, never corrupt.
 */
export function changeFor(document: JourneyDocument): fc.Arbitrary<JourneyChange> {
  const stageIds = [...document.stages.map((s) => s.id), 'no-such-stage'];
  const touchpointIds = [...document.touchpoints.map((t) => t.id), 'no-such-touchpoint'];
  const stageId = fc.constantFrom(...stageIds);
  const touchpointId = fc.constantFrom(...touchpointIds);
  const index = fc.integer({ min: -1, max: 8 });
  const maybeIndex = fc.option(index, { nil: undefined });
  const anyEmotion = fc.oneof(emotion, fc.constantFrom(7, -5.5, Number.NaN));
  const anyColor = fc.oneof(color, fc.constantFrom('red', undefined));
  const change: fc.Arbitrary<JourneyChange>[] = [
    fc.record({ stageId, index: maybeIndex, touchpoint: fc.option(touchpointFields, { nil: undefined }) }).map((args) => ({ operation: 'addTouchpoint' as const, args })),
    fc.record({ id: touchpointId, changes: fc.record({ title: fc.option(text, { nil: undefined }), emotion: anyEmotion, owner: fc.option(text, { nil: undefined }) }, { requiredKeys: [] }) }).map((args) => ({ operation: 'updateTouchpoint' as const, args })),
    touchpointId.map((id) => ({ operation: 'removeTouchpoint' as const, args: { id } })),
    touchpointId.map((id) => ({ operation: 'duplicateTouchpoint' as const, args: { id } })),
    fc.record({ id: touchpointId, stageId, index }).map((args) => ({ operation: 'moveTouchpoint' as const, args })),
    fc.record({ id: touchpointId, emotion: anyEmotion }).map((args) => ({ operation: 'setEmotion' as const, args })),
    fc.record({ stageId, index: maybeIndex, touchpoints: fc.array(fc.tuple(touchpointId, touchpointFields).map(([id, t]) => ({ id, stageId: 'whatever', ...t }) as Touchpoint), { maxLength: 3 }) }).map((args) => ({ operation: 'insertTouchpoints' as const, args })),
    fc.record({ index: maybeIndex, stage: fc.option(stageFields, { nil: undefined }) }).map((args) => ({ operation: 'addStage' as const, args })),
    fc.record({ id: stageId, name: text }).map((args) => ({ operation: 'renameStage' as const, args })),
    fc.record({ id: stageId, color: anyColor }).map((args) => ({ operation: 'recolorStage' as const, args })),
    fc.record({ id: stageId, changes: fc.record({ kind: stageKind, description: fc.option(text, { nil: undefined }) }, { requiredKeys: [] }) }).map((args) => ({ operation: 'updateStage' as const, args })),
    fc.record({ id: stageId, index }).map((args) => ({ operation: 'moveStage' as const, args })),
    fc.record({ id: stageId, touchpoints: fc.option(fc.oneof(fc.constant('delete' as const), stageId.map((moveTo) => ({ moveTo }))), { nil: undefined }) }).map((args) => ({ operation: 'removeStage' as const, args })),
    text.map((title) => ({ operation: 'setTitle' as const, args: { title } })),
    fc.option(text, { nil: undefined }).map((description) => ({ operation: 'setDescription' as const, args: { description } })),
    fc.oneof(fc.constant(null), fc.record({ name: fc.option(text, { nil: undefined }), goals: fc.array(text, { maxLength: 2 }) }, { requiredKeys: [] })).map((persona) => ({ operation: 'updatePersona' as const, args: { persona } })),
  ];
  return fc.oneof(...change);
}

/** A v2 document with every new property, and unknown properties at every new level. */
export function ratedJourney(): JourneyDocument {
  return {
    format: 'journey-canvas',
    version: 2,
    id: 'j-rated',
    title: 'Rated',
    participants: [
      { id: 'p-ana', name: 'Ana', role: 'Support lead', xParticipant: 'kept' },
      { id: 'p-bo', name: 'Bo' },
      { id: 'p-cy' },
    ],
    stages: [{ id: 's1', name: 'Setup' }],
    touchpoints: [
      {
        id: 't1',
        stageId: 's1',
        title: 'Installation fails',
        emotion: -1,
        ratings: [
          { by: 'p-ana', emotion: -4, note: 'Lost a day', xRating: [1] },
          { by: 'p-bo', emotion: 3 },
          { by: 'p-cy', emotion: -2 },
        ],
        evidence: [
          { kind: 'quote', text: '“I gave up after the third error.”', source: 'Interview 4', xEvidence: true },
          { kind: 'data', text: '38% of trials stop here', url: 'https://example.com/funnel' },
          { kind: 'link', text: 'Ticket', url: 'mailto:support@example.com' },
          { kind: 'observation', text: 'Reads the error twice' },
        ],
      },
      { id: 't2', stageId: 's1', title: 'First success', emotion: 2 },
    ],
  };
}

/** The errors of an operation that must be refused (fails the test when it is not). */
export function operationErrors(run: () => unknown): JourneyError[] {
  try {
    run();
  } catch (error) {
    if (error instanceof JourneyOperationError) return error.errors;
    throw error;
  }
  throw new Error('expected a JourneyOperationError');
}
