/**
 * A rated journey in the editor (jsdom: DOM structure and semantics): the band and the
 * disagreement marks on the curve, `n` beside each rated card's badge and the evidence count,
 * and a rated point that offers no emotion drag and no Up/Down (its emotion is the mean of its
 * ratings), saying why.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { JourneyEditor } from 'journey-canvas';
import type { JourneyEditorHandle } from 'journey-canvas';
import { ratedJourney } from '../../picture/ratedJourney';

function map(): HTMLElement {
  const [region] = screen.getAllByRole('region', { name: /^Journey map|^旅程地图/ });
  if (!region) throw new Error('no map on screen');
  return region;
}

function card(name: RegExp | string): HTMLElement {
  return within(map()).getByRole('button', { name });
}

function cardRoot(id: string): HTMLElement {
  return map().querySelector(`[data-jc-touchpoint="${id}"]`) as HTMLElement;
}

describe('a rated journey in the editor', () => {
  it('draws a band under the curve at each rated touchpoint and marks where the room disagrees, by name', () => {
    const { container } = render(<JourneyEditor defaultValue={ratedJourney()} style={{ width: 1400, height: 900 }} />);
    const bands = [...container.querySelectorAll('.jc-emotion [data-jc-band]')];
    expect(bands.map((band) => band.getAttribute('data-jc-band'))).toEqual(['t1', 't2', 't3', 't5']);
    const curve = container.querySelector('.jc-emotion .jc-emotion__curve')!;
    expect(bands[0]!.compareDocumentPosition(curve) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const marks = screen.getAllByRole('img', { name: /^The room disagrees on/ });
    expect(marks.map((mark) => mark.closest('[data-jc-band]')?.getAttribute('data-jc-band'))).toEqual(['t2', 't3']);
    expect(marks[0]!.getAttribute('aria-label')).toBe('The room disagrees on Installation fails: 6 ratings from \u22125 to +3 (sd 3.3)');
    // Painted from the theme's custom property, so a host's theme and dark mode reach it.
    expect(marks[0]!.querySelector('path')!.getAttribute('fill')).toBe('var(--jc-disagree)');
  });

  it('shows n beside the emotion badge of each rated card, in the disagreement style where the room disagrees, and the evidence count', () => {
    render(<JourneyEditor defaultValue={ratedJourney()} style={{ width: 1400, height: 900 }} />);
    const calm = cardRoot('t1').querySelector('.jc-card__ratings')!;
    expect(calm.textContent).toBe('n 6');
    expect(calm.classList.contains('jc-card__ratings--disagree')).toBe(false);
    const split = cardRoot('t2').querySelector('.jc-card__ratings')!;
    expect(split.textContent).toBe('n 6');
    expect(split.classList.contains('jc-card__ratings--disagree')).toBe(true);
    expect(cardRoot('t4').querySelector('.jc-card__ratings')).toBeNull();
    expect(cardRoot('t2').querySelector('.jc-card__evidence')!.textContent).toBe('3');
    expect(cardRoot('t4').querySelector('.jc-card__evidence')!.textContent).toBe('1');
    // The card's name says it too (the drawn count is hidden from assistive technology).
    expect(card(/^Installation fails, emotion −2\.2, rated by 6, the room disagrees, 3 pieces of evidence/)).toBeTruthy();
    expect(card(/^Reads the docs, emotion \+1\.5, 1 piece of evidence/)).toBeTruthy();
  });

  it('says n in Chinese in a zh-CN editor', () => {
    render(<JourneyEditor defaultValue={ratedJourney('zh-CN')} locale="zh-CN" style={{ width: 1400, height: 900 }} />);
    expect(cardRoot('t2').querySelector('.jc-card__ratings')!.textContent).toBe('6 人');
    expect(screen.getAllByRole('img', { name: /^大家对 安装失败 意见分歧/ })).toHaveLength(1);
  });

  it('a rated point is read-only and says why; Up/Down and the toolbar leave a rated emotion as it is, with no change and no problem', () => {
    const ref = createRef<JourneyEditorHandle>();
    const onChange = vi.fn();
    render(<JourneyEditor ref={ref} defaultValue={ratedJourney()} onChange={onChange} style={{ width: 1400, height: 900 }} />);
    const point = screen.getByRole('slider', { name: 'Emotion at Installation fails' });
    expect(point.getAttribute('aria-readonly')).toBe('true');
    expect(point.getAttribute('aria-description')).toBe('Emotion −2.2 is the mean of 6 ratings: change the ratings to move it.');
    expect(point.querySelector('title')?.textContent).toBe(point.getAttribute('aria-description'));
    expect(point.classList.contains('jc-point--editable')).toBe(false);
    // An unrated point still drags.
    expect(screen.getByRole('slider', { name: 'Emotion at Reads the docs' }).classList.contains('jc-point--editable')).toBe(true);

    const before = ref.current!.getDocument();
    const fails = card(/^Installation fails/);
    act(() => fails.focus());
    expect(fails.getAttribute('aria-description')).toContain('mean of 6 ratings');
    fireEvent.keyDown(fails, { key: 'ArrowUp' });
    fireEvent.keyDown(fails, { key: 'ArrowDown', shiftKey: true });
    expect(onChange).not.toHaveBeenCalled();
    expect(ref.current!.getDocument()).toBe(before);
    expect(screen.queryByRole('alert')).toBeNull();
    const raise = screen.getByRole('button', { name: 'Raise emotion by 0.5' });
    expect(raise.getAttribute('aria-disabled')).toBe('true');
    expect(raise.getAttribute('title')).toContain('mean of 6 ratings');
    fireEvent.click(raise);
    expect(onChange).not.toHaveBeenCalled();

    // Pressing the rated point selects its touchpoint and starts no drag.
    fireEvent.pointerDown(point, { button: 0, isPrimary: true, pointerId: 1, clientY: 100 });
    fireEvent.pointerMove(point, { pointerId: 1, clientY: 40 });
    fireEvent.pointerUp(point, { pointerId: 1, clientY: 40 });
    expect(onChange).not.toHaveBeenCalled();
    expect(ref.current!.getDocument()).toBe(before);

    // Up on an unrated card still changes its emotion.
    const docs = card(/^Reads the docs/);
    act(() => docs.focus());
    fireEvent.keyDown(docs, { key: 'ArrowUp' });
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
