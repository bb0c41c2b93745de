/**
 * bindJourneyStore: two editors' stores on two Y.Docs relayed like a provider would; local
 * edits reach the other side, undo takes back only your own edits, invalid remote state is
 * never shown as valid.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createJourneyStore } from '../../src/store';
import type { JourneyDocument } from 'journey-canvas/model';
import { bindJourneyStore, journeyYTypes, yDocToJourney } from 'journey-canvas/collab';
import type { JourneyStoreBinding } from 'journey-canvas/collab';

const start: JourneyDocument = {
  format: 'journey-canvas',
  version: 2,
  id: 'j',
  title: 'Checkout',
  xTeam: { kept: true },
  stages: [
    { id: 's1', name: 'Find' },
    { id: 's2', name: 'Buy' },
  ],
  touchpoints: [
    { id: 't1', stageId: 's1', title: 'Ad', emotion: 1 },
    { id: 't2', stageId: 's2', title: 'Cart', emotion: -1 },
  ],
};

const bindings: JourneyStoreBinding[] = [];
afterEach(() => bindings.splice(0).forEach((b) => b.destroy()));

/** Two Y.Docs that forward every update to each other at once (a provider with no latency). */
function relayedPair(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (update: Uint8Array, origin: unknown) => origin !== 'relay' && Y.applyUpdate(b, update, 'relay'));
  b.on('update', (update: Uint8Array, origin: unknown) => origin !== 'relay' && Y.applyUpdate(a, update, 'relay'));
  return [a, b];
}

function editorOn(ydoc: Y.Doc, document: JourneyDocument = start) {
  const onChange = vi.fn();
  const store = createJourneyStore({ document, onChange });
  const binding = bindJourneyStore(store, ydoc);
  bindings.push(binding);
  return { store, onChange, binding };
}

describe('bindJourneyStore', () => {
  it('seeds an empty Y.Doc, and a second editor opens what the first one holds', () => {
    const [a, b] = relayedPair();
    const first = editorOn(a);
    const other = editorOn(b, { ...start, title: 'something else', stages: [], touchpoints: [] });
    expect(other.store.getState().document).toEqual(first.store.getState().document);
    expect(yDocToJourney(b)).toEqual(start);
  });

  it("a local edit reaches the other editor without firing the other's onChange; both keep editing", () => {
    const [a, b] = relayedPair();
    const alice = editorOn(a);
    const bob = editorOn(b);
    expect(alice.store.getState().apply({ operation: 'setEmotion', args: { id: 't1', emotion: 4 } }).ok).toBe(true);
    expect(alice.onChange).toHaveBeenCalledTimes(1);
    expect(bob.store.getState().document.touchpoints[0]?.emotion).toBe(4);
    expect(bob.onChange).not.toHaveBeenCalled();
    bob.store.getState().apply({ operation: 'moveTouchpoint', args: { id: 't2', stageId: 's1', index: 0 } });
    expect(alice.store.getState().document.touchpoints.map((t) => [t.id, t.stageId])).toEqual([
      ['t2', 's1'],
      ['t1', 's1'],
    ]);
    // Unchanged touchpoints keep their object identity on the receiving side (no needless re-render).
    const before = alice.store.getState().document.touchpoints[0];
    bob.store.getState().apply({ operation: 'setTitle', args: { title: 'New' } });
    expect(alice.store.getState().document.touchpoints[0]).toBe(before);
  });

  it("undo takes back only your own edit, never a colleague's; redo brings it back", () => {
    const [a, b] = relayedPair();
    const alice = editorOn(a);
    const bob = editorOn(b);
    alice.store.getState().apply({ operation: 'setEmotion', args: { id: 't1', emotion: 4 } });
    bob.store.getState().apply({ operation: 'setEmotion', args: { id: 't2', emotion: -5 } });
    bob.store.getState().apply({ operation: 'setTitle', args: { title: "Bob's title" } });
    expect(alice.binding.undoManager.undoStack).toHaveLength(1);
    expect(alice.store.getState().canUndo).toBe(true);
    expect(alice.store.getState().undo()).toBe(true);
    const afterUndo = alice.store.getState().document;
    expect(afterUndo.touchpoints.find((t) => t.id === 't1')?.emotion).toBe(1);
    expect(afterUndo.touchpoints.find((t) => t.id === 't2')?.emotion).toBe(-5);
    expect(afterUndo.title).toBe("Bob's title");
    expect(bob.store.getState().document).toEqual(afterUndo);
    expect(alice.onChange).toHaveBeenLastCalledWith(afterUndo, { operation: 'undo' });
    expect(alice.store.getState().undo()).toBe(false);
    expect(alice.binding.undoManager.redoStack).toHaveLength(1);
    expect(alice.store.getState().canRedo).toBe(true);
    expect(alice.store.getState().redo()).toBe(true);
    expect(bob.store.getState().document.touchpoints.find((t) => t.id === 't1')?.emotion).toBe(4);
  });

  it('a drag is one Yjs write at its end; a remote edit during the drag is merged when it ends', async () => {
    const [a, b] = relayedPair();
    const alice = editorOn(a);
    const bob = editorOn(b);
    const updates = vi.fn();
    a.on('update', (_u: Uint8Array, origin: unknown) => origin !== 'relay' && updates());
    const s = alice.store.getState();
    s.beginGesture();
    s.updateGesture({ operation: 'setEmotion', args: { id: 't1', emotion: 2 } });
    bob.store.getState().apply({ operation: 'renameStage', args: { id: 's2', name: 'Pay' } });
    s.updateGesture({ operation: 'setEmotion', args: { id: 't1', emotion: 3 } });
    expect(alice.store.getState().document.touchpoints[0]?.emotion).toBe(3);
    alice.store.getState().endGesture();
    await Promise.resolve(); // the binding writes once endGesture has recorded its undo step
    expect(updates).toHaveBeenCalledTimes(1);
    for (const side of [alice, bob]) {
      expect(side.store.getState().document.touchpoints[0]?.emotion).toBe(3);
      expect(side.store.getState().document.stages[1]?.name).toBe('Pay');
    }
  });

  it('an invalid state written by a remote client is never shown: the last valid document stays, with the errors', () => {
    const [a, b] = relayedPair();
    const alice = editorOn(a);
    const valid = alice.store.getState().document;
    // A buggy or hostile client writes straight into the shared types.
    const t1 = journeyYTypes(b).touchpoints.get('t1') as Y.Map<unknown>;
    t1.set('emotion', 42);
    expect(alice.store.getState().document).toBe(valid);
    const problem = alice.store.getState().problem;
    expect(problem?.errors.some((e) => e.path === '/touchpoints/0/emotion')).toBe(true);
    expect(problem?.source).toBe('remote');
    journeyYTypes(b).touchpoints.set('t9', 'not a touchpoint');
    expect(alice.store.getState().document).toBe(valid);
    // Someone repairs it: the editor shows the shared state again and the problem goes away.
    t1.set('emotion', -2);
    journeyYTypes(b).touchpoints.delete('t9');
    expect(alice.store.getState().problem).toBeNull();
    expect(alice.store.getState().document.touchpoints[0]?.emotion).toBe(-2);
  });

  it('publishes the user and the selected touchpoint in awareness', () => {
    const ydoc = new Y.Doc();
    const fields = new Map<string, unknown>();
    const awareness = {
      clientID: 1,
      getLocalState: () => Object.fromEntries(fields),
      setLocalStateField: (k: string, v: unknown) => void fields.set(k, v),
      getStates: () => new Map(),
      on: () => {},
      off: () => {},
    };
    const store = createJourneyStore({ document: start });
    bindings.push(bindJourneyStore(store, ydoc, { awareness, user: { name: 'Ana', color: '#e11d48' } }));
    expect(fields.get('user')).toEqual({ name: 'Ana', color: '#e11d48' });
    store.getState().select({ kind: 'touchpoint', id: 't2' });
    expect(fields.get('journeySelection')).toBe('t2');
    expect(Object.keys(yDocToJourney(ydoc))).not.toContain('journeySelection');
  });
});

describe('bindJourneyStore: the history it supplies and the changes it listens to', () => {
  /** Every change a store reports, as `source` or `source:operation`. */
  function sources(store: ReturnType<typeof createJourneyStore>): string[] {
    const heard: string[] = [];
    store.listen((change) => heard.push(change.source === 'user' ? `user:${change.change.operation}` : change.source));
    return heard;
  }

  it('leaves the store its own methods: it gives it a history and listens, and gives a local history back', () => {
    const store = createJourneyStore({ document: start });
    const methods = { undo: store.getState().undo, redo: store.getState().redo, apply: store.getState().apply };
    const binding = bindJourneyStore(store, new Y.Doc());
    expect({ undo: store.getState().undo, redo: store.getState().redo, apply: store.getState().apply }).toEqual(methods);
    store.getState().apply({ operation: 'setTitle', args: { title: 'Shared' } });
    expect(binding.undoManager.undoStack).toHaveLength(1);
    binding.destroy();
    // A fresh local history: the shared steps are not this store's to undo any more.
    expect(store.getState().canUndo).toBe(false);
    store.getState().apply({ operation: 'setTitle', args: { title: 'Local' } });
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().document.title).toBe('Shared');
  });

  it('reports your edits as user changes on your side and as remote changes on the other; onChange only for your own', () => {
    const [a, b] = relayedPair();
    const alice = editorOn(a);
    const bob = editorOn(b);
    const aliceHeard = sources(alice.store);
    const bobHeard = sources(bob.store);
    alice.store.getState().apply({ operation: 'setEmotion', args: { id: 't1', emotion: 4 } });
    const s = alice.store.getState();
    s.beginGesture();
    for (const emotion of [-1, -2, -3]) s.updateGesture({ operation: 'setEmotion', args: { id: 't2', emotion } });
    s.endGesture();
    bob.store.getState().apply({ operation: 'renameStage', args: { id: 's1', name: 'Discover' } });
    alice.store.getState().undo();
    expect(aliceHeard).toEqual(['user:setEmotion', 'user:setEmotion', 'remote', 'user:undo']);
    expect(bobHeard).toEqual(['remote', 'remote', 'user:renameStage', 'remote']);
    expect(alice.onChange.mock.calls.map((call) => (call[1] as { operation: string }).operation)).toEqual(['setEmotion', 'setEmotion', 'undo']);
    expect(bob.onChange.mock.calls.map((call) => (call[1] as { operation: string }).operation)).toEqual(['renameStage']);
    // The drag was one undo step: undoing took back its end, not the first edit or Bob's.
    const doc = alice.store.getState().document;
    expect(doc.touchpoints.find((t) => t.id === 't2')?.emotion).toBe(-1);
    expect(doc.touchpoints.find((t) => t.id === 't1')?.emotion).toBe(4);
    expect(doc.stages[0]?.name).toBe('Discover');
    expect(bob.store.getState().document).toEqual(doc);
  });

  it("undo goes through the Y.UndoManager: it takes back only your edit, and canUndo/canRedo follow its stacks as state", () => {
    const [a, b] = relayedPair();
    const alice = editorOn(a);
    const bob = editorOn(b);
    const flags: string[] = [];
    alice.store.subscribe((state, previous) => {
      if (state.canUndo !== previous.canUndo || state.canRedo !== previous.canRedo) flags.push(`${state.canUndo}/${state.canRedo}`);
    });
    bob.store.getState().apply({ operation: 'setTitle', args: { title: "Bob's" } });
    expect(alice.store.getState().canUndo).toBe(false); // a colleague's edit is not yours to undo
    expect(alice.store.getState().undo()).toBe(false);
    alice.store.getState().apply({ operation: 'removeTouchpoint', args: { id: 't2' } });
    bob.store.getState().apply({ operation: 'setEmotion', args: { id: 't1', emotion: 5 } });
    expect(alice.binding.undoManager.undoStack).toHaveLength(1);
    expect(alice.store.getState().undo()).toBe(true);
    expect(alice.binding.undoManager.undoStack).toHaveLength(0);
    expect(alice.binding.undoManager.redoStack).toHaveLength(1);
    const doc = alice.store.getState().document;
    expect(doc.touchpoints.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(doc.touchpoints[0]?.emotion).toBe(5);
    expect(doc.title).toBe("Bob's");
    expect(alice.store.getState().redo()).toBe(true);
    expect(bob.store.getState().document.touchpoints.map((t) => t.id)).toEqual(['t1']);
    // Something else clears the UndoManager: the store's flags follow.
    alice.binding.undoManager.clear();
    expect(flags).toEqual(['true/false', 'false/true', 'true/false', 'false/false']);
  });

  it('a remote edit during a drag waits for its end, which needs no microtask: onChange once, both sides in step at once', () => {
    const [a, b] = relayedPair();
    const alice = editorOn(a);
    const bob = editorOn(b);
    const aliceHeard = sources(alice.store);
    const s = alice.store.getState();
    s.beginGesture();
    s.updateGesture({ operation: 'setEmotion', args: { id: 't1', emotion: 2 } });
    bob.store.getState().apply({ operation: 'renameStage', args: { id: 's2', name: 'Pay' } });
    expect(alice.store.getState().document.stages[1]?.name).toBe('Buy');
    alice.store.getState().endGesture();
    expect(aliceHeard).toEqual(['user:setEmotion', 'remote']);
    expect(alice.onChange).toHaveBeenCalledTimes(1);
    expect(bob.onChange).toHaveBeenCalledTimes(1);
    expect(alice.store.getState().document).toEqual(bob.store.getState().document);
    expect(alice.store.getState().document.stages[1]?.name).toBe('Pay');

    // A drag cancelled while a remote edit waited still merges it.
    s.beginGesture();
    s.updateGesture({ operation: 'setEmotion', args: { id: 't1', emotion: -3 } });
    bob.store.getState().apply({ operation: 'renameStage', args: { id: 's1', name: 'Look' } });
    alice.store.getState().cancelGesture();
    expect(alice.store.getState().document.stages[0]?.name).toBe('Look');
    expect(alice.store.getState().document.touchpoints[0]?.emotion).toBe(2);
    expect(alice.onChange).toHaveBeenCalledTimes(1);
  });

  it("a load is shared with the room but is nobody's undo step, and fires no onChange", () => {
    const [a, b] = relayedPair();
    const alice = editorOn(a);
    const bob = editorOn(b);
    const bobHeard = sources(bob.store);
    alice.store.getState().apply({ operation: 'setTitle', args: { title: 'Before the load' } });
    alice.onChange.mockClear();
    alice.store.getState().load({ ...start, title: 'Opened from a file' });
    expect(alice.store.getState().canUndo).toBe(false);
    expect(alice.binding.undoManager.undoStack).toHaveLength(0);
    expect(bob.store.getState().document.title).toBe('Opened from a file');
    expect(bobHeard).toEqual(['remote', 'remote']);
    expect(alice.onChange).not.toHaveBeenCalled();
    expect(bob.onChange).not.toHaveBeenCalled();
  });
});
