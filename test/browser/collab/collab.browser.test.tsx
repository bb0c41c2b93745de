/**
 * Two editors in real Chromium on two Y.Docs, connected through a local update relay (as a
 * provider would, minus the network): each sees the other's change, the other's pointer and
 * selection, and undo in one never takes back the other's edit.
 */
import { act, render, screen, within, waitFor } from '@testing-library/react';
import { createRef } from 'react';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { JourneyEditor } from 'journey-canvas';
import type { JourneyDocument, JourneyEditorHandle } from 'journey-canvas';
import { useJourneyCollab } from 'journey-canvas/collab';
import type { CollabUser } from 'journey-canvas/collab';
import { vi } from 'vitest';
import { dragBy, moveTo } from '../harness/mouse';

const start: JourneyDocument = {
  format: 'journey-canvas',
  version: 2,
  id: 'j-live',
  title: 'Live workshop',
  stages: [
    { id: 's1', name: 'Find' },
    { id: 's2', name: 'Buy' },
  ],
  touchpoints: [
    { id: 't1', stageId: 's1', title: 'Sees an ad', emotion: 1 },
    { id: 't2', stageId: 's2', title: 'Pays', emotion: -2 },
  ],
};

/** Forwards document and awareness updates between two replicas, synchronously. */
function relay(a: { doc: Y.Doc; awareness: Awareness }, b: { doc: Y.Doc; awareness: Awareness }) {
  const link = (from: typeof a, to: typeof b) => {
    from.doc.on('update', (update: Uint8Array, origin: unknown) => origin !== 'relay' && Y.applyUpdate(to.doc, update, 'relay'));
    from.awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
      if (origin === 'relay') return;
      applyAwarenessUpdate(to.awareness, encodeAwarenessUpdate(from.awareness, [...added, ...updated, ...removed]), 'relay');
    });
  };
  link(a, b);
  link(b, a);
}

function replica() {
  const doc = new Y.Doc();
  return { doc, awareness: new Awareness(doc) };
}

function LiveEditor({ doc, awareness, user, handle, defaultValue, label, onChange }: { doc: Y.Doc; awareness: Awareness; user: CollabUser; handle: React.Ref<JourneyEditorHandle>; defaultValue?: JourneyDocument; label: string; onChange?: (document: JourneyDocument) => void }) {
  const collab = useJourneyCollab({ doc, awareness, user });
  return (
    <div data-testid={label} style={{ width: 900, height: 380 }}>
      {/* Opened whole: a 900×380 editor at the readable zoom shows only the cards, and these tests drag points. */}
      <JourneyEditor ref={handle} collab={collab} defaultValue={defaultValue} onChange={onChange} initialView="fit" style={{ width: 900, height: 380 }} />
    </div>
  );
}

function mapOf(label: string): HTMLElement {
  const [map] = within(screen.getByTestId(label)).getAllByRole('region', { name: /^Journey map/ });
  if (!map) throw new Error(`no map in ${label}`);
  return map;
}

describe('two live editors', () => {
  it("see each other's edits, pointer and selection; undo takes back only your own edit", async () => {
    const ana = replica();
    const ben = replica();
    relay(ana, ben);
    const anaRef = createRef<JourneyEditorHandle>();
    const benRef = createRef<JourneyEditorHandle>();
    render(
      <>
        <LiveEditor label="ana" handle={anaRef} doc={ana.doc} awareness={ana.awareness} user={{ name: 'Ana', color: '#e11d48' }} defaultValue={start} />
        <LiveEditor label="ben" handle={benRef} doc={ben.doc} awareness={ben.awareness} user={{ name: 'Ben', color: '#2563eb' }} />
      </>,
    );
    // Ana's editor seeded the empty room; Ben's opened it.
    await waitFor(() => expect(within(mapOf('ben')).getAllByRole('button', { name: /Sees an ad/ }).length).toBeGreaterThan(0));

    act(() => {
      anaRef.current?.apply({ operation: 'addTouchpoint', args: { stageId: 's2', touchpoint: { id: 't3', title: 'Gets a receipt', emotion: 3 } } });
    });
    await waitFor(() => expect(within(mapOf('ben')).getAllByRole('button', { name: /Gets a receipt/ }).length).toBeGreaterThan(0));

    act(() => {
      benRef.current?.apply({ operation: 'updateTouchpoint', args: { id: 't1', changes: { title: 'Sees a poster' } } });
    });
    await waitFor(() => expect(within(mapOf('ana')).getAllByRole('button', { name: /Sees a poster/ }).length).toBeGreaterThan(0));

    // Presence: Ana selects a card and moves her pointer over her map; Ben sees both, named.
    act(() => anaRef.current?.select('t2'));
    const anaMap = mapOf('ana').getBoundingClientRect();
    await moveTo({ x: anaMap.left + anaMap.width / 2, y: anaMap.top + anaMap.height / 2 });
    await waitFor(() => {
      const tags = [...screen.getByTestId('ben').querySelectorAll('.jc-presence [data-participant="Ana"]')];
      expect(tags.some((t) => t.classList.contains('jc-presence__selection'))).toBe(true);
      expect(tags.some((t) => t.classList.contains('jc-presence__pointer'))).toBe(true);
    });
    // Ben's own view has no marker of his own.
    expect(screen.getByTestId('ben').querySelector('.jc-presence [data-participant="Ben"]')).toBeNull();

    // Ben's undo takes back his retitling, not Ana's new touchpoint.
    act(() => {
      expect(benRef.current?.canUndo()).toBe(true);
      benRef.current?.undo();
    });
    await waitFor(() => expect(within(mapOf('ana')).getAllByRole('button', { name: /Sees an ad/ }).length).toBeGreaterThan(0));
    expect(within(mapOf('ana')).getAllByRole('button', { name: /Gets a receipt/ }).length).toBeGreaterThan(0);
    expect(benRef.current?.canUndo()).toBe(false);
    expect(anaRef.current?.getDocument()).toEqual(benRef.current?.getDocument());
  });

  it("a real drag is one shared edit and one undo step; the Undo button follows the editor's own history; the other editor's onChange never fires", async () => {
    const ana = replica();
    const ben = replica();
    relay(ana, ben);
    const anaRef = createRef<JourneyEditorHandle>();
    const benRef = createRef<JourneyEditorHandle>();
    const anaChanges = vi.fn();
    const benChanges = vi.fn();
    render(
      <>
        <LiveEditor label="ana" handle={anaRef} doc={ana.doc} awareness={ana.awareness} user={{ name: 'Ana', color: '#e11d48' }} defaultValue={start} onChange={anaChanges} />
        <LiveEditor label="ben" handle={benRef} doc={ben.doc} awareness={ben.awareness} user={{ name: 'Ben', color: '#2563eb' }} onChange={benChanges} />
      </>,
    );
    const anaView = within(screen.getByTestId('ana'));
    const undoButton = anaView.getByRole('button', { name: /Undo/ });
    const redoButton = anaView.getByRole('button', { name: /Redo/ });
    await waitFor(() => expect(within(mapOf('ben')).getAllByRole('button', { name: /Pays/ }).length).toBeGreaterThan(0));
    expect(undoButton).toHaveProperty('disabled', true);

    const emotionOf = (ref: typeof anaRef) => ref.current?.getDocument().touchpoints.find((t) => t.id === 't2')?.emotion;
    const slider = await anaView.findByRole('slider', { name: 'Emotion at Pays' });
    await dragBy(slider, { dx: 0, dy: -60 });
    await expect.poll(() => emotionOf(anaRef)).toBeGreaterThan(-2);
    expect(emotionOf(benRef)).toBe(emotionOf(anaRef));
    expect(anaChanges).toHaveBeenCalledTimes(1);
    expect(benChanges).not.toHaveBeenCalled();
    await waitFor(() => expect(undoButton).toHaveProperty('disabled', false));
    expect(benRef.current?.canUndo()).toBe(false);

    act(() => undoButton.click());
    expect(emotionOf(anaRef)).toBe(-2);
    expect(emotionOf(benRef)).toBe(-2);
    expect(anaChanges).toHaveBeenCalledTimes(2);
    expect(anaChanges.mock.calls[1]?.[1]).toEqual({ operation: 'undo' });
    expect(benChanges).not.toHaveBeenCalled();
    await waitFor(() => expect(undoButton).toHaveProperty('disabled', true));
    expect(redoButton).toHaveProperty('disabled', false);
  });
});
