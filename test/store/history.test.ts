/**
 * The store's history is a part it takes, and every change is reported with its source: what a
 * collaboration binding plugs into instead of patching the store.
 */
import { describe, expect, it, vi } from 'vitest';
import { addTouchpoint, createJourney } from '../../src/model';
import type { JourneyDocument } from '../../src/model';
import { createJourneyStore, createLocalHistory } from '../../src/store';
import type { JourneyHistory, JourneyStoreChange } from '../../src/store';

function journey(count: number, title = 'Test'): JourneyDocument {
  let doc = createJourney({ id: 'j', title });
  for (let i = 0; i < count; i++) {
    const stage = doc.stages[i % doc.stages.length]!;
    doc = addTouchpoint(doc, { stageId: stage.id, touchpoint: { id: `t${i}`, title: `T${i}`, emotion: 0 } });
  }
  return doc;
}

/** A store with every change it reports, in order, as `source` or `source:operation`. */
function recorded(document = journey(3)) {
  const onChange = vi.fn();
  const store = createJourneyStore({ document, onChange });
  const changes: JourneyStoreChange[] = [];
  store.listen((change) => changes.push(change));
  const names = () => changes.map((c) => (c.source === 'user' ? `user:${c.change.operation}` : c.source));
  return { store, onChange, changes, names };
}

describe('store.listen', () => {
  it('reports each user edit once, with the document before and after and the change', () => {
    const { store, changes, onChange } = recorded();
    const before = store.getState().document;
    store.getState().apply({ operation: 'setEmotion', args: { id: 't1', emotion: 3 } });
    expect(changes).toEqual([
      { source: 'user', previous: before, document: store.getState().document, change: { operation: 'setEmotion', args: { id: 't1', emotion: 3 } } },
    ]);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith(store.getState().document, { operation: 'setEmotion', args: { id: 't1', emotion: 3 } });
  });

  it('reports a gesture once, at its end, from the document it started from; its steps and a cancel not at all', () => {
    const { store, changes, onChange } = recorded();
    const base = store.getState().document;
    store.getState().beginGesture();
    for (const emotion of [1, 2, 3, 4]) store.getState().updateGesture({ operation: 'setEmotion', args: { id: 't0', emotion } });
    expect(changes).toEqual([]);
    store.getState().endGesture();
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ source: 'user', previous: base, document: store.getState().document, change: { operation: 'setEmotion', args: { id: 't0', emotion: 4 } } });
    expect(onChange).toHaveBeenCalledTimes(1);

    store.getState().beginGesture();
    store.getState().updateGesture({ operation: 'setEmotion', args: { id: 't1', emotion: -2 } });
    store.getState().cancelGesture();
    store.getState().beginGesture();
    store.getState().updateGesture({ operation: 'setEmotion', args: { id: 't1', emotion: -2 } });
    store.getState().updateGesture({ operation: 'setEmotion', args: { id: 't1', emotion: 0 } });
    store.getState().endGesture();
    expect(changes).toHaveLength(1);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('names the source of every change: user for edits, undo and redo, load for the host, remote for a collaborator', () => {
    const { store, names, onChange } = recorded();
    store.getState().apply({ operation: 'setTitle', args: { title: 'A' } });
    store.getState().undo();
    store.getState().redo();
    store.getState().applyRemote(journey(3, 'From a colleague'));
    store.getState().load(journey(2, 'Opened'));
    expect(names()).toEqual(['user:setTitle', 'user:undo', 'user:redo', 'remote', 'load']);
    // onChange is the host's view of the user's edits only.
    expect(onChange.mock.calls.map((call) => (call[1] as { operation: string }).operation)).toEqual(['setTitle', 'undo', 'redo']);
  });

  it('selecting, and changes that change nothing, are not reported', () => {
    const { store, changes, onChange } = recorded();
    store.getState().select({ kind: 'touchpoint', id: 't1' });
    store.getState().apply({ operation: 'setEmotion', args: { id: 't1', emotion: 0 } });
    store.getState().apply({ operation: 'setEmotion', args: { id: 't1', emotion: 9 } });
    store.getState().applyRemote(store.getState().document);
    expect(store.getState().undo()).toBe(false);
    expect(changes).toEqual([]);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('filters by source, and stops when unsubscribed', () => {
    const store = createJourneyStore({ document: journey(2) });
    const remote = vi.fn();
    const user = vi.fn();
    const stop = store.listen(remote, { source: 'remote' });
    store.listen(user, { source: 'user' });
    store.getState().apply({ operation: 'setTitle', args: { title: 'Mine' } });
    store.getState().applyRemote(journey(2, 'Theirs'));
    expect(remote).toHaveBeenCalledTimes(1);
    expect(remote.mock.calls[0]![0]).toMatchObject({ source: 'remote' });
    expect(user).toHaveBeenCalledTimes(1);
    stop();
    store.getState().applyRemote(journey(2, 'Theirs again'));
    expect(remote).toHaveBeenCalledTimes(1);
  });

  it('a change made by a listener is reported to every listener after the one that caused it', () => {
    const store = createJourneyStore({ document: journey(2) });
    const heard: string[] = [];
    // Like a binding that merges a colleague's edit once the user's own is written.
    store.listen((change) => {
      if (change.source === 'user') store.getState().applyRemote(journey(2, 'Merged'));
    });
    store.listen((change) => heard.push(`${change.source}:${change.document.title}`));
    store.getState().apply({ operation: 'setTitle', args: { title: 'Mine' } });
    expect(heard).toEqual(['user:Mine', 'remote:Merged']);
    expect(store.getState().document.title).toBe('Merged');
  });

  it('a failing listener does not keep the others or onChange from hearing of the change', () => {
    const onChange = vi.fn();
    const store = createJourneyStore({ document: journey(2), onChange });
    const after = vi.fn();
    store.listen(() => {
      throw new Error('listener bug');
    });
    store.listen(after);
    expect(() => store.getState().apply({ operation: 'setTitle', args: { title: 'X' } })).toThrow('listener bug');
    expect(after).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(store.getState().document.title).toBe('X');
  });

  it('a remote change keeps the undo history and drops a selection it removed', () => {
    const { store, onChange } = recorded();
    store.getState().apply({ operation: 'setTitle', args: { title: 'Mine' } });
    store.getState().select({ kind: 'touchpoint', id: 't2' });
    store.getState().applyRemote(journey(2));
    expect(store.getState().canUndo).toBe(true);
    expect(store.getState().selection).toBeNull();
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});

describe('the history the store takes', () => {
  it('canUndo and canRedo are state: subscribers see them change with edits, undo, redo and load', () => {
    const store = createJourneyStore({ document: journey(2) });
    const seen: string[] = [];
    store.subscribe((state, previous) => {
      if (state.canUndo !== previous.canUndo || state.canRedo !== previous.canRedo) seen.push(`${state.canUndo}/${state.canRedo}`);
    });
    expect([store.getState().canUndo, store.getState().canRedo]).toEqual([false, false]);
    store.getState().apply({ operation: 'setTitle', args: { title: 'A' } });
    store.getState().undo();
    store.getState().redo();
    store.getState().load(journey(2));
    expect(seen).toEqual(['true/false', 'false/true', 'true/false', 'false/false']);
  });

  it('an edit lands in one state update with its flags (one render, not two)', () => {
    const store = createJourneyStore({ document: journey(2) });
    const updates = vi.fn();
    store.subscribe(updates);
    store.getState().apply({ operation: 'setTitle', args: { title: 'A' } });
    expect(updates).toHaveBeenCalledTimes(1);
    expect(store.getState().canUndo).toBe(true);
  });

  it('records every user edit in the history it was given, and undoes through it', () => {
    const history = createLocalHistory();
    const record = vi.spyOn(history, 'record');
    const store = createJourneyStore({ document: journey(3), history });
    const d0 = store.getState().document;
    store.getState().apply({ operation: 'setTitle', args: { title: 'A' } });
    store.getState().beginGesture();
    store.getState().updateGesture({ operation: 'setEmotion', args: { id: 't0', emotion: 1 } });
    store.getState().updateGesture({ operation: 'setEmotion', args: { id: 't0', emotion: 2 } });
    store.getState().endGesture();
    expect(record).toHaveBeenCalledTimes(2);
    expect(record.mock.calls[1]![0].change).toEqual({ operation: 'setEmotion', args: { id: 't0', emotion: 2 } });
    expect(history.past).toHaveLength(2);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().document).toBe(d0);
    expect(history.future).toHaveLength(2);
  });

  it('mirrors flags a history changes by itself, and a swapped-in history replaces the old one', () => {
    let canUndo = false;
    const listeners = new Set<() => void>();
    const shared: JourneyHistory = {
      record: vi.fn(),
      undo: vi.fn(() => null),
      redo: vi.fn(() => null),
      clear: vi.fn(),
      get canUndo() {
        return canUndo;
      },
      canRedo: false,
      subscribe(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    const store = createJourneyStore({ document: journey(2) });
    store.getState().apply({ operation: 'setTitle', args: { title: 'Local edit' } });
    expect(store.getState().canUndo).toBe(true);
    store.setHistory(shared);
    expect(store.getState().canUndo).toBe(false);
    // The shared history's stack grew without the store asking (its own transaction).
    canUndo = true;
    listeners.forEach((l) => l());
    expect(store.getState().canUndo).toBe(true);
    store.getState().apply({ operation: 'setTitle', args: { title: 'Shared edit' } });
    expect(shared.record).toHaveBeenCalledTimes(1);
    // Back to a fresh local history: the shared one is let go.
    store.setHistory(undefined);
    expect(listeners.size).toBe(0);
    expect(store.getState().canUndo).toBe(false);
    expect(store.getState().undo()).toBe(false);
    expect(shared.undo).not.toHaveBeenCalled();
  });

  it('the default history keeps historyLimit steps', () => {
    const store = createJourneyStore({ document: journey(1), historyLimit: 3 });
    for (let i = 0; i < 8; i++) store.getState().apply({ operation: 'setTitle', args: { title: `Title ${i}` } });
    let undone = 0;
    while (store.getState().undo()) undone++;
    expect(undone).toBe(3);
    expect(store.getState().document.title).toBe('Title 4');
  });

  it('a read-only store neither undoes nor redoes', () => {
    const store = createJourneyStore({ document: journey(1) });
    store.getState().apply({ operation: 'setTitle', args: { title: 'A' } });
    store.getState().setReadOnly(true);
    expect(store.getState().undo()).toBe(false);
    expect(store.getState().document.title).toBe('A');
  });
});
