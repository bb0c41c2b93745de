import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { createJourney, addTouchpoint, validateJourney } from '../../src/model';
import type { JourneyDocument } from '../../src/model';
import { createJourneyStore, createLocalHistory } from '../../src/store';
import type { JourneyStoreOptions } from '../../src/store';

function journeyWithTouchpoints(count: number): JourneyDocument {
  let doc = createJourney({ id: 'j', title: 'Test' });
  for (let i = 0; i < count; i++) {
    const stage = doc.stages[i % doc.stages.length]!;
    doc = addTouchpoint(doc, { stageId: stage.id, touchpoint: { id: `t${i}`, title: `T${i}`, emotion: 0 } });
  }
  return doc;
}

/** A store on a local history the test can look into. */
function storeWithHistory(options: JourneyStoreOptions) {
  const history = createLocalHistory({ limit: options.historyLimit });
  return { store: createJourneyStore({ ...options, history }), history };
}

/** Every object reachable from `value` is frozen. */
function deeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

describe('createJourneyStore', () => {
  it('hands out deeply frozen documents, after operations and after every step of a gesture', () => {
    const onChange = vi.fn();
    const store = createJourneyStore({ document: journeyWithTouchpoints(4), onChange });
    store.getState().apply({ operation: 'updateTouchpoint', args: { id: 't1', changes: { painPoints: ['Slow'] } } });
    expect(deeplyFrozen(store.getState().document)).toBe(true);
    store.getState().beginGesture();
    store.getState().updateGesture({ operation: 'setEmotion', args: { id: 't2', emotion: 2 } });
    expect(deeplyFrozen(store.getState().document)).toBe(true);
    store.getState().updateGesture({ operation: 'moveTouchpoint', args: { id: 't2', stageId: store.getState().document.stages[0]!.id, index: 0 } });
    expect(deeplyFrozen(store.getState().document)).toBe(true);
    store.getState().endGesture();
    const handed = onChange.mock.calls[onChange.mock.calls.length - 1]![0] as JourneyDocument;
    expect(deeplyFrozen(handed)).toBe(true);
    expect(() => {
      (handed.touchpoints[0] as { emotion: number }).emotion = 5;
    }).toThrow(TypeError);
  });

  it('runs an operation as one edit: one onChange with the change, one undo step', () => {
    const onChange = vi.fn();
    const { store, history } = storeWithHistory({ document: journeyWithTouchpoints(3), onChange });
    const result = store.getState().apply({ operation: 'setEmotion', args: { id: 't1', emotion: 3 } });
    expect(result.ok).toBe(true);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]![1]).toEqual({ operation: 'setEmotion', args: { id: 't1', emotion: 3 } });
    expect(onChange.mock.calls[0]![0]).toBe(store.getState().document);
    expect(store.getState().document.touchpoints.find((t) => t.id === 't1')!.emotion).toBe(3);
    expect(history.past).toHaveLength(1);
  });

  it('an operation that changes nothing fires no onChange and records no undo step', () => {
    const onChange = vi.fn();
    const { store, history } = storeWithHistory({ document: journeyWithTouchpoints(2), onChange });
    store.getState().apply({ operation: 'setEmotion', args: { id: 't0', emotion: 0 } });
    expect(onChange).not.toHaveBeenCalled();
    expect(history.past).toHaveLength(0);
  });

  it('a rejected operation returns its errors and leaves the document untouched', () => {
    const onChange = vi.fn();
    const store = createJourneyStore({ document: journeyWithTouchpoints(2), onChange });
    const before = store.getState().document;
    const result = store.getState().apply({ operation: 'setEmotion', args: { id: 't0', emotion: 7 } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.path).toMatch(/^\/touchpoints\/\d+\/emotion$/);
    expect(store.getState().document).toBe(before);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('selecting is not editing', () => {
    const onChange = vi.fn();
    const onSelectionChange = vi.fn();
    const { store, history } = storeWithHistory({ document: journeyWithTouchpoints(2), onChange, onSelectionChange });
    store.getState().select({ kind: 'touchpoint', id: 't1' });
    store.getState().select({ kind: 'touchpoint', id: 't1' });
    expect(onSelectionChange).toHaveBeenCalledTimes(1);
    expect(onChange).not.toHaveBeenCalled();
    expect(history.past).toHaveLength(0);
  });

  it('a gesture is one undo step and one onChange, whatever the number of steps', () => {
    const onChange = vi.fn();
    const { store, history } = storeWithHistory({ document: journeyWithTouchpoints(3), onChange });
    const original = store.getState().document;
    store.getState().beginGesture();
    for (const emotion of [0.5, 1, 1.5, 2, 2.5]) {
      store.getState().updateGesture({ operation: 'setEmotion', args: { id: 't2', emotion } });
      expect(store.getState().document.touchpoints.find((t) => t.id === 't2')!.emotion).toBe(emotion);
    }
    expect(onChange).not.toHaveBeenCalled();
    store.getState().endGesture();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(history.past).toEqual([original]);
    store.getState().undo();
    expect(store.getState().document).toBe(original);
  });

  it('a gesture that ends where it started changes nothing', () => {
    const onChange = vi.fn();
    const { store, history } = storeWithHistory({ document: journeyWithTouchpoints(3), onChange });
    store.getState().beginGesture();
    store.getState().updateGesture({ operation: 'setEmotion', args: { id: 't2', emotion: 2 } });
    store.getState().updateGesture({ operation: 'setEmotion', args: { id: 't2', emotion: 0 } });
    store.getState().endGesture();
    expect(onChange).not.toHaveBeenCalled();
    expect(history.past).toHaveLength(0);
  });

  it('a cancelled gesture restores the document it started from', () => {
    const store = createJourneyStore({ document: journeyWithTouchpoints(3) });
    const original = store.getState().document;
    store.getState().beginGesture();
    store.getState().updateGesture({ operation: 'moveTouchpoint', args: { id: 't0', stageId: original.stages[4]!.id, index: 0 } });
    store.getState().cancelGesture();
    expect(store.getState().document).toBe(original);
  });

  it('undo and redo walk the history and tell the host', () => {
    const onChange = vi.fn();
    const store = createJourneyStore({ document: journeyWithTouchpoints(2), onChange });
    const d0 = store.getState().document;
    store.getState().apply({ operation: 'setTitle', args: { title: 'A' } });
    const d1 = store.getState().document;
    store.getState().apply({ operation: 'setTitle', args: { title: 'B' } });
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().document).toBe(d1);
    expect(onChange).toHaveBeenLastCalledWith(d1, { operation: 'undo' });
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().document).toBe(d0);
    expect(store.getState().undo()).toBe(false);
    expect(store.getState().redo()).toBe(true);
    expect(store.getState().document).toBe(d1);
    expect(onChange).toHaveBeenLastCalledWith(d1, { operation: 'redo' });
    // A new edit drops the redo branch.
    store.getState().apply({ operation: 'setTitle', args: { title: 'C' } });
    expect(store.getState().redo()).toBe(false);
  });

  it('keeps a bounded history', () => {
    const { store, history } = storeWithHistory({ document: journeyWithTouchpoints(1), historyLimit: 5 });
    for (let i = 0; i < 12; i++) store.getState().apply({ operation: 'setTitle', args: { title: `Title ${i}` } });
    expect(history.past).toHaveLength(5);
    let undone = 0;
    while (store.getState().undo()) undone++;
    expect(undone).toBe(5);
    expect(store.getState().document.title).toBe('Title 6');
  });

  it('loading is not an edit: no onChange, history cleared', () => {
    const onChange = vi.fn();
    const { store, history } = storeWithHistory({ document: journeyWithTouchpoints(2), onChange });
    store.getState().apply({ operation: 'setTitle', args: { title: 'A' } });
    onChange.mockClear();
    const next = journeyWithTouchpoints(4);
    store.getState().load(next);
    expect(store.getState().document).toBe(next);
    expect(history.past).toHaveLength(0);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('a read-only store applies nothing', () => {
    const onChange = vi.fn();
    const store = createJourneyStore({ document: journeyWithTouchpoints(2), onChange, readOnly: true });
    const before = store.getState().document;
    expect(store.getState().apply({ operation: 'setTitle', args: { title: 'X' } }).ok).toBe(false);
    expect(store.getState().document).toBe(before);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('drops a selection whose touchpoint an undo removed', () => {
    const store = createJourneyStore({ document: journeyWithTouchpoints(1) });
    const stageId = store.getState().document.stages[0]!.id;
    store.getState().apply({ operation: 'addTouchpoint', args: { stageId, touchpoint: { id: 'new', title: 'New' } } });
    store.getState().select({ kind: 'touchpoint', id: 'new' });
    store.getState().undo();
    expect(store.getState().selection).toBeNull();
  });

  it('two stores are independent', () => {
    const a = createJourneyStore({ document: journeyWithTouchpoints(2) });
    const b = createJourneyStore({ document: journeyWithTouchpoints(2) });
    a.getState().apply({ operation: 'setTitle', args: { title: 'Only A' } });
    a.getState().select({ kind: 'touchpoint', id: 't0' });
    expect(b.getState().document.title).toBe('Test');
    expect(b.getState().selection).toBeNull();
    // Each store has its own default history.
    expect(a.getState().canUndo).toBe(true);
    expect(b.getState().canUndo).toBe(false);
  });

  it('undoing every edit of a random session restores the first document exactly', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ kind: fc.constant('emotion' as const), index: fc.nat(5), emotion: fc.integer({ min: -10, max: 10 }).map((n) => n / 2) }),
            fc.record({ kind: fc.constant('move' as const), index: fc.nat(5), stage: fc.nat(4), at: fc.nat(6) }),
            fc.record({ kind: fc.constant('title' as const), title: fc.string() }),
          ),
          { maxLength: 30 },
        ),
        (steps) => {
          const { store, history } = storeWithHistory({ document: journeyWithTouchpoints(6), historyLimit: 1000 });
          const first = store.getState().document;
          let edits = 0;
          for (const step of steps) {
            const doc = store.getState().document;
            const before = doc;
            if (step.kind === 'emotion') store.getState().apply({ operation: 'setEmotion', args: { id: `t${step.index}`, emotion: step.emotion } });
            else if (step.kind === 'move') {
              const stageId = doc.stages[step.stage]!.id;
              const others = doc.touchpoints.filter((t) => t.stageId === stageId && t.id !== `t${step.index}`).length;
              store.getState().apply({ operation: 'moveTouchpoint', args: { id: `t${step.index}`, stageId, index: Math.min(step.at, others) } });
            } else store.getState().apply({ operation: 'setTitle', args: { title: step.title } });
            if (store.getState().document !== before) edits++;
            expect(validateJourney(store.getState().document)).toEqual([]);
          }
          expect(history.past).toHaveLength(edits);
          while (store.getState().undo());
          expect(store.getState().document).toBe(first);
        },
      ),
      { numRuns: 60 },
    );
  });
});
