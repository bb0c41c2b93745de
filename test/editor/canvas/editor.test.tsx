/**
 * The editor as a host app and a keyboard user meet it (jsdom: DOM structure and semantics;
 * geometry and real drags are in test/browser/editor).
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { createRef, useState } from 'react';
import { JourneyEditor, JourneyViewer } from 'journey-canvas';
import type { JourneyDocument, JourneyEditorChange, JourneyEditorHandle } from 'journey-canvas';
import { largeJourney, shuffledJourney } from './fixtures';

/** A touchpoint card on the map (the summary panel names the same touchpoints in its own buttons). */
function card(name: RegExp | string): HTMLElement {
  const [map] = screen.getAllByRole('region', { name: /^Journey map|^旅程地图/ });
  if (!map) throw new Error('no map on screen');
  return within(map).getByRole('button', { name });
}

function emotionOf(doc: JourneyDocument, id: string): number | undefined {
  return doc.touchpoints.find((touchpoint) => touchpoint.id === id)?.emotion;
}

async function nextFrame(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  });
}

describe('JourneyEditor: what a person sees', () => {
  it('opens a 40-touchpoint map whole when asked (initialView="fit"), with every card there to focus (maps that size mount only what is in view)', async () => {
    render(<JourneyEditor defaultValue={largeJourney(40)} initialView="fit" style={{ width: 1280, height: 800 }} />);
    await nextFrame();
    const [map] = screen.getAllByRole('region', { name: /^Journey map/ });
    if (!map) throw new Error('no map on screen');
    expect(within(map).getAllByRole('button', { name: /, emotion / })).toHaveLength(40);
  });

  it('gives every card an accessible name with its title and emotion', () => {
    render(<JourneyEditor defaultValue={shuffledJourney()} style={{ width: 1200, height: 800 }} />);
    expect(card("Sees a friend's post, emotion +2.5, Social media, Marketing")).toBeTruthy();
    expect(card(/^Installation failed, emotion −4\.5/)).toBeTruthy();
    expect(card('Answers a survey, emotion +1')).toBeTruthy();
    expect(screen.getAllByRole('slider')).toHaveLength(6);
  });

  it('exposes each emotion point as a −5..5 slider with its value', () => {
    render(<JourneyEditor defaultValue={shuffledJourney()} />);
    const slider = screen.getByRole('slider', { name: 'Emotion at Installation failed' });
    expect(slider.getAttribute('aria-valuemin')).toBe('-5');
    expect(slider.getAttribute('aria-valuemax')).toBe('5');
    expect(slider.getAttribute('aria-valuenow')).toBe('-4.5');
  });

  it('marks the peak and the end on the right touchpoints in journey order, not array order', () => {
    render(<JourneyEditor defaultValue={shuffledJourney()} />);
    // Raw array: "Festival greeting" first; journey order: it is the last moment.
    // |5| (Visits the website) beats |−4.5|: the peak is the website, the worst is the failure.
    expect(screen.getByRole('img', { name: 'Peak: Visits the website (+5)' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'End: Answers a survey (+1)' })).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Worst: Installation failed (−4.5)' })).toBeTruthy();
  });

  it('shows stage headers with their name, touchpoint count and mean emotion', () => {
    render(<JourneyEditor defaultValue={shuffledJourney()} />);
    const use = screen.getByRole('group', { name: /^Stage Use:/ });
    expect(within(use).getByText('2 touchpoints')).toBeTruthy();
    expect(within(use).getByText('mean −2.8')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add a touchpoint to Use' })).toBeTruthy();
  });

  it('renders a title that looks like HTML as text, running nothing', () => {
    const doc = shuffledJourney();
    doc.touchpoints[0] = { ...(doc.touchpoints[0] as JourneyDocument['touchpoints'][number]), title: '<img src=x onerror=alert(1)>' };
    const { container } = render(<JourneyEditor defaultValue={doc} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getAllByText('<img src=x onerror=alert(1)>').length).toBeGreaterThan(0);
    expect(card(/^<img src=x onerror=alert\(1\)>, emotion \+4/)).toBeTruthy();
  });

  it('speaks Chinese with locale="zh-CN", and switches without losing the journey', () => {
    const doc = shuffledJourney();
    const { rerender } = render(<JourneyEditor defaultValue={doc} locale="zh-CN" />);
    expect(screen.getByRole('img', { name: /^峰值：Visits the website/ })).toBeTruthy();
    expect(screen.getByRole('img', { name: /^终点：Answers a survey/ })).toBeTruthy();
    expect(card("Sees a friend's post，情绪 +2.5, 社交媒体, Marketing")).toBeTruthy();
    rerender(<JourneyEditor defaultValue={doc} locale="en" />);
    expect(screen.getByRole('img', { name: /^Peak: Visits the website/ })).toBeTruthy();
  });

  it('lets the host override any message', () => {
    render(<JourneyEditor defaultValue={shuffledJourney()} messages={{ 'common.peak': 'Most intense' }} />);
    expect(screen.getByRole('img', { name: /^Most intense: Visits the website/ })).toBeTruthy();
  });

  it('shows the errors of an invalid value instead of a map', () => {
    const bad = { ...shuffledJourney(), touchpoints: [{ id: 'x', stageId: 'aware', title: 'Bad', emotion: 9 }] };
    render(<JourneyEditor value={bad as JourneyDocument} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('/touchpoints/0/emotion');
    expect(screen.queryAllByRole('slider')).toHaveLength(0);
  });
});

describe('JourneyEditor: keyboard', () => {
  it('moves the selection in journey order with Left/Right, and changes emotion with Up/Down', async () => {
    const onChange = vi.fn();
    render(<JourneyEditor defaultValue={shuffledJourney()} onChange={onChange} />);
    const first = card(/^Sees a friend's post/);
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    await nextFrame();
    // Journey order: post, site (Awareness), then fail, call (Use) …
    expect(document.activeElement).toBe(card(/^Visits the website/));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    await nextFrame();
    expect(document.activeElement).toBe(card(/^Installation failed/));

    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(emotionOf(onChange.mock.calls[0]?.[0] as JourneyDocument, 'fail')).toBe(-4);
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown', shiftKey: true });
    expect(emotionOf(onChange.mock.calls[1]?.[0] as JourneyDocument, 'fail')).toBe(-5);
    expect((onChange.mock.calls[1]?.[1] as JourneyEditorChange).operation).toBe('setEmotion');
  });

  it('moves a touchpoint across a stage boundary with Alt+Left, and undoes with Ctrl+Z', () => {
    const ref = createRef<JourneyEditorHandle>();
    const onChange = vi.fn();
    render(<JourneyEditor ref={ref} defaultValue={shuffledJourney()} onChange={onChange} />);
    const fail = card(/^Installation failed/);
    act(() => fail.focus());
    fireEvent.keyDown(fail, { key: 'ArrowLeft', altKey: true });
    const moved = ref.current?.getDocument();
    const failed = moved?.touchpoints.find((touchpoint) => touchpoint.id === 'fail');
    expect(failed?.stageId).toBe('aware');
    // The last place of Awareness: after "Visits the website".
    const awareness = moved?.touchpoints.filter((touchpoint) => touchpoint.stageId === 'aware').map((touchpoint) => touchpoint.id);
    expect(awareness).toEqual(['post', 'site', 'fail']);
    expect(onChange).toHaveBeenCalledTimes(1);

    fireEvent.keyDown(document.activeElement ?? fail, { key: 'z', ctrlKey: true });
    expect(ref.current?.getDocument()).toEqual(shuffledJourney());
    fireEvent.keyDown(document.activeElement ?? fail, { key: 'y', ctrlKey: true });
    expect(ref.current?.getDocument().touchpoints.find((touchpoint) => touchpoint.id === 'fail')?.stageId).toBe('aware');
  });

  it('edits a title in place with Enter (Enter commits, Escape cancels)', () => {
    const onChange = vi.fn();
    render(<JourneyEditor defaultValue={shuffledJourney()} onChange={onChange} />);
    const post = card(/^Sees a friend's post/);
    act(() => post.focus());
    fireEvent.keyDown(post, { key: 'Enter' });
    const input = screen.getByRole('textbox', { name: 'Touchpoint title' });
    fireEvent.change(input, { target: { value: 'Sees a reel' } });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(onChange).not.toHaveBeenCalled();
    expect(card(/^Sees a friend's post/)).toBeTruthy();

    fireEvent.doubleClick(card(/^Sees a friend's post/));
    const again = screen.getByRole('textbox', { name: 'Touchpoint title' });
    fireEvent.change(again, { target: { value: 'Sees a reel' } });
    fireEvent.keyDown(again, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(card(/^Sees a reel, emotion \+2\.5/)).toBeTruthy();
  });

  it('deletes with Delete and adds after the selection with N', () => {
    const ref = createRef<JourneyEditorHandle>();
    render(<JourneyEditor ref={ref} defaultValue={shuffledJourney()} />);
    const call = card(/^Calls the hotline/);
    act(() => call.focus());
    fireEvent.keyDown(call, { key: 'Delete' });
    expect(ref.current?.getDocument().touchpoints.some((touchpoint) => touchpoint.id === 'call')).toBe(false);
    const fail = card(/^Installation failed/);
    act(() => fail.focus());
    fireEvent.keyDown(fail, { key: 'n' });
    const use = ref.current?.getDocument().touchpoints.filter((touchpoint) => touchpoint.stageId === 'use') ?? [];
    expect(use).toHaveLength(2);
    expect(use[0]?.id).toBe('fail');
    expect(use[1]?.title).toBe('');
    // The new card opens for typing its title.
    expect(screen.getByRole('textbox', { name: 'Touchpoint title' })).toBeTruthy();
  });

  it('adds a pain point in its lane', () => {
    const ref = createRef<JourneyEditorHandle>();
    render(<JourneyEditor ref={ref} defaultValue={shuffledJourney()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add a pain point to Calls the hotline' }));
    const input = screen.getByRole('textbox', { name: /Item text/ });
    fireEvent.change(input, { target: { value: 'Long queue' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(ref.current?.getDocument().touchpoints.find((touchpoint) => touchpoint.id === 'call')?.painPoints).toEqual(['Long queue']);
    expect(screen.getByText('Long queue')).toBeTruthy();
  });
});

describe('JourneyEditor: onChange and the host', () => {
  it('fires onChange once per edit, never on load, focus or selection', async () => {
    const onChange = vi.fn();
    const onSelectionChange = vi.fn();
    render(<JourneyEditor defaultValue={shuffledJourney()} onChange={onChange} onSelectionChange={onSelectionChange} />);
    const post = card(/^Sees a friend's post/);
    act(() => post.focus());
    fireEvent.pointerDown(post, { button: 0, isPrimary: true, pointerId: 1 });
    fireEvent.pointerUp(post, { pointerId: 1 });
    fireEvent.keyDown(post, { key: 'ArrowRight' });
    await nextFrame();
    expect(onChange).not.toHaveBeenCalled();
    expect(onSelectionChange).toHaveBeenCalledWith({ kind: 'touchpoint', id: 'post' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('controlled: follows a new value without firing onChange, and keeps history when the host echoes onChange', () => {
    const seen: JourneyDocument[] = [];
    const ref = createRef<JourneyEditorHandle>();
    let setOutside: (doc: JourneyDocument) => void = () => {};
    function Host() {
      const [doc, setDoc] = useState(shuffledJourney());
      setOutside = setDoc;
      return (
        <JourneyEditor
          ref={ref}
          value={doc}
          onChange={(next) => {
            seen.push(next);
            setDoc(next);
          }}
        />
      );
    }
    render(<Host />);
    const post = card(/^Sees a friend's post/);
    act(() => post.focus());
    fireEvent.keyDown(post, { key: 'ArrowUp' });
    expect(seen).toHaveLength(1);
    // The host passed the document back: still one undo step available.
    expect(ref.current?.canUndo()).toBe(true);
    expect(card(/^Sees a friend's post, emotion \+3/)).toBeTruthy();

    const other = { ...shuffledJourney(), title: 'Other' };
    other.touchpoints = other.touchpoints.map((touchpoint) => (touchpoint.id === 'post' ? { ...touchpoint, title: 'Loaded from outside' } : touchpoint));
    act(() => setOutside(other));
    expect(card(/^Loaded from outside/)).toBeTruthy();
    expect(seen).toHaveLength(1);
    expect(ref.current?.canUndo()).toBe(false);
  });

  it('uncontrolled: keeps its own document and ignores later defaultValue changes', () => {
    const ref = createRef<JourneyEditorHandle>();
    const { rerender } = render(<JourneyEditor ref={ref} defaultValue={shuffledJourney()} />);
    const post = card(/^Sees a friend's post/);
    act(() => post.focus());
    fireEvent.keyDown(post, { key: 'ArrowUp' });
    rerender(<JourneyEditor ref={ref} defaultValue={{ ...shuffledJourney(), title: 'Changed' }} />);
    expect(ref.current?.getDocument().title).toBe('Home router');
    expect(emotionOf(ref.current?.getDocument() as JourneyDocument, 'post')).toBe(3);
  });

  it('setDocument validates, loads without onChange, and leaves the map alone on error', () => {
    const ref = createRef<JourneyEditorHandle>();
    const onChange = vi.fn();
    render(<JourneyEditor ref={ref} defaultValue={shuffledJourney()} onChange={onChange} />);
    let result = ref.current?.setDocument('{"format":"journey-canvas"}');
    expect(result?.ok).toBe(false);
    expect(card(/^Sees a friend's post/)).toBeTruthy();
    const next = { ...shuffledJourney(), touchpoints: [{ id: 'only', stageId: 'use', title: 'Only one', emotion: 1 }] };
    act(() => {
      result = ref.current?.setDocument(JSON.stringify(next));
    });
    expect(result?.ok).toBe(true);
    expect(card('Only one, emotion +1')).toBeTruthy();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('apply on the handle is a user edit: one onChange, undoable; bad arguments change nothing', () => {
    const ref = createRef<JourneyEditorHandle>();
    const onChange = vi.fn();
    render(<JourneyEditor ref={ref} defaultValue={shuffledJourney()} onChange={onChange} />);
    let result = ref.current?.apply({ operation: 'setEmotion', args: { id: 'call', emotion: 9 } });
    expect(result?.ok).toBe(false);
    if (result && !result.ok) expect(result.errors[0]?.path).toMatch(/\/emotion$/);
    expect(onChange).not.toHaveBeenCalled();
    act(() => {
      result = ref.current?.apply({ operation: 'setEmotion', args: { id: 'call', emotion: -3 } });
    });
    expect(result?.ok).toBe(true);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(card('Calls the hotline, emotion \u22123')).toBeTruthy();
    act(() => {
      ref.current?.undo();
    });
    expect(emotionOf(ref.current?.getDocument() as JourneyDocument, 'call')).toBe(-1);
  });

  it('pastes touchpoints after the selection and refuses a bad paste without changes', () => {
    const ref = createRef<JourneyEditorHandle>();
    const onChange = vi.fn();
    render(<JourneyEditor ref={ref} defaultValue={shuffledJourney()} onChange={onChange} />);
    const fail = card(/^Installation failed/);
    act(() => fail.focus());
    const paste = (text: string) =>
      fireEvent.paste(document.activeElement ?? fail, { clipboardData: { getData: (type: string) => (type === 'text/plain' ? text : '') } });
    paste(JSON.stringify([{ id: 'pasted', title: 'Pasted step', emotion: 2 }]));
    const use = ref.current?.getDocument().touchpoints.filter((touchpoint) => touchpoint.stageId === 'use').map((touchpoint) => touchpoint.id);
    expect(use).toEqual(['fail', 'pasted', 'call']);
    expect(onChange).toHaveBeenCalledTimes(1);

    const before = ref.current?.getDocument();
    paste(JSON.stringify([{ title: 'No emotion' }]));
    expect(ref.current?.getDocument()).toBe(before);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('two editors on one page are independent', () => {
    const a = createRef<JourneyEditorHandle>();
    const b = createRef<JourneyEditorHandle>();
    render(
      <>
        <JourneyEditor ref={a} defaultValue={shuffledJourney()} />
        <JourneyEditor ref={b} defaultValue={shuffledJourney()} />
      </>,
    );
    const [first] = screen.getAllByRole('button', { name: /^Sees a friend's post/ });
    act(() => first?.focus());
    fireEvent.keyDown(first as HTMLElement, { key: 'ArrowUp' });
    expect(emotionOf(a.current?.getDocument() as JourneyDocument, 'post')).toBe(3);
    expect(emotionOf(b.current?.getDocument() as JourneyDocument, 'post')).toBe(2.5);
    expect(b.current?.canUndo()).toBe(false);
  });

  it('read-only: no add buttons, keys change nothing', () => {
    const onChange = vi.fn();
    render(<JourneyEditor defaultValue={shuffledJourney()} readOnly onChange={onChange} />);
    expect(screen.queryByRole('button', { name: /^Add a touchpoint/ })).toBeNull();
    const post = card(/^Sees a friend's post/);
    act(() => post.focus());
    fireEvent.keyDown(post, { key: 'ArrowUp' });
    fireEvent.keyDown(post, { key: 'Delete' });
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('JourneyViewer', () => {
  it('draws the same map, read-only, without editing chrome', () => {
    render(<JourneyViewer value={shuffledJourney()} />);
    expect(screen.getByRole('img', { name: /^Peak: Visits the website/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Add/ })).toBeNull();
    expect(screen.getByRole('slider', { name: 'Emotion at Calls the hotline' }).getAttribute('aria-readonly')).toBe('true');
  });
});
