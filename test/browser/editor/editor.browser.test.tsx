/**
 * The editor in real Chromium: real layout, real fonts, a real mouse (test/browser/harness).
 * Geometry promises of issue 3: points under their cards, the curve through every point,
 * markers on the right cards, drags that edit the document as one undo step, axe-core clean.
 */
import { render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import axe from 'axe-core';
import { JourneyEditor, serializeJourney } from 'journey-canvas';
import type { JourneyDocument, JourneyEditorHandle } from 'journey-canvas';
import { centerOf, drag, dragBy, moveTo, pressAt, release } from '../harness/mouse';
import { shuffledJourney } from '../../editor/canvas/fixtures';

function mount(doc: JourneyDocument = shuffledJourney(), props: { locale?: 'en' | 'zh-CN'; colorMode?: 'light' | 'dark' } = {}) {
  const ref = createRef<JourneyEditorHandle>();
  const onChange = vi.fn();
  // Opened whole: these tests read every card, point and marker on screen at once.
  const view = render(<JourneyEditor ref={ref} defaultValue={doc} onChange={onChange} initialView="fit" style={{ width: 1200, height: 760 }} {...props} />);
  return { ref, onChange, ...view };
}

/** A touchpoint card on the map (the summary panel names the same touchpoints in its own buttons). */
function card(name: RegExp): HTMLElement {
  const [map] = screen.getAllByRole('region', { name: /^Journey map|^旅程地图/ });
  if (!map) throw new Error('no map on screen');
  return within(map).getByRole('button', { name });
}

function box(element: Element) {
  const rect = element.getBoundingClientRect();
  return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom, cx: rect.left + rect.width / 2, cy: rect.top + rect.height / 2 };
}

function emotion(ref: { current: JourneyEditorHandle | null }, id: string): number | undefined {
  return ref.current?.getDocument().touchpoints.find((touchpoint) => touchpoint.id === id)?.emotion;
}

/** The drawn dot of a point (its hit circle is bigger). */
function dotOf(slider: Element): Element {
  const dot = slider.querySelector('.jc-point__dot');
  if (!dot) throw new Error('point without a dot');
  return dot;
}

describe('the map in a real browser', () => {
  it('puts every emotion point under its card (within 2 px) and the curve through every point', async () => {
    mount();
    await expect.element(screen.getByRole('slider', { name: 'Emotion at Answers a survey' })).toBeVisible();
    const curve = document.querySelector<SVGPathElement>('.jc-emotion__curve');
    if (!curve) throw new Error('no curve');
    const sliders = screen.getAllByRole('slider');
    expect(sliders).toHaveLength(6);
    for (const slider of sliders) {
      const title = (slider.getAttribute('aria-label') ?? '').replace('Emotion at ', '');
      const body = box(card(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, emotion`)));
      const dot = box(dotOf(slider));
      expect(Math.abs(dot.cx - body.cx), title).toBeLessThanOrEqual(2);
      expect(dot.top, title).toBeGreaterThan(body.bottom);
      // In the curve's own coordinates, the point's centre lies on the stroke.
      const [, x, y] = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(slider.getAttribute('transform') ?? '') ?? [];
      expect(curve.isPointInStroke(new DOMPoint(Number(x), Number(y))), title).toBe(true);
    }
  });

  it('sits the peak and end markers on the right cards when array order is not journey order', async () => {
    mount();
    const peak = await screen.findByRole('img', { name: 'Peak: Visits the website (+5)' });
    const end = screen.getByRole('img', { name: 'End: Answers a survey (+1)' });
    const ringCentre = (marker: Element) => box(marker.querySelector('.jc-marker__ring') as Element);
    expect(Math.abs(ringCentre(peak).cx - box(card(/^Visits the website,/)).cx)).toBeLessThanOrEqual(2);
    expect(Math.abs(ringCentre(end).cx - box(card(/^Answers a survey,/)).cx)).toBeLessThanOrEqual(2);
    // The raw array's first touchpoint ("Festival greeting") is the journey's last but one: not the end.
    expect(Math.abs(ringCentre(end).cx - box(card(/^Festival greeting,/)).cx)).toBeGreaterThan(50);
  });

  it('raises the emotion when its point is dragged up, as one undo step that restores exactly', async () => {
    const original = shuffledJourney();
    const { ref, onChange } = mount(original);
    const slider = await screen.findByRole('slider', { name: 'Emotion at Calls the hotline' });
    await dragBy(slider, { dx: 0, dy: -60 }, { steps: 12 });
    await expect.poll(() => emotion(ref, 'call')).toBeGreaterThan(-1);
    expect(((emotion(ref, 'call') ?? 0) * 2) % 1).toBe(0); // snapped to halves
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(slider.getAttribute('aria-valuenow')).toBe(String(emotion(ref, 'call')));
    ref.current?.undo();
    expect(serializeJourney(ref.current?.getDocument() as JourneyDocument)).toBe(serializeJourney(original));
  });

  it('moves the curve live during a drag, and a click without movement changes nothing', async () => {
    const { ref, onChange } = mount();
    const slider = await screen.findByRole('slider', { name: 'Emotion at Answers a survey' });
    const curve = document.querySelector('.jc-emotion__curve') as SVGPathElement;
    const before = curve.getAttribute('d');
    const start = centerOf(slider);
    await pressAt(start);
    await moveTo({ x: start.x, y: start.y + 50 }, { steps: 6 });
    expect(curve.getAttribute('d')).not.toBe(before);
    expect(onChange).not.toHaveBeenCalled(); // one edit, at the end
    await release();
    expect(onChange).toHaveBeenCalledTimes(1);

    const festival = card(/^Festival greeting,/);
    await drag(centerOf(festival), centerOf(festival), { steps: 2 });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(ref.current?.canUndo()).toBe(true);
  });

  it('moves a card into the next stage when dragged there, and undo puts it back', async () => {
    const original = shuffledJourney();
    const { ref, onChange } = mount(original);
    await screen.findAllByRole('slider');
    const website = card(/^Visits the website,/);
    const target = card(/^Installation failed,/);
    // Drop it just left of the first card of "Use".
    await drag(centerOf(website), { x: box(target).left + 10, y: centerOf(target).y }, { steps: 16 });
    await expect.poll(() => ref.current?.getDocument().touchpoints.find((touchpoint) => touchpoint.id === 'site')?.stageId).toBe('use');
    const use = ref.current?.getDocument().touchpoints.filter((touchpoint) => touchpoint.stageId === 'use').map((touchpoint) => touchpoint.id);
    expect(use).toEqual(['site', 'fail', 'call']);
    expect(onChange).toHaveBeenCalledTimes(1);
    ref.current?.undo();
    expect(serializeJourney(ref.current?.getDocument() as JourneyDocument)).toBe(serializeJourney(original));
  });

  it('changes emotion and order from the keyboard', async () => {
    const { ref } = mount();
    await screen.findAllByRole('slider');
    card(/^Calls the hotline,/).focus();
    const { userEvent } = await import('vitest/browser');
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(emotion(ref, 'call')).toBe(0);
    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(ref.current?.getDocument().touchpoints.find((touchpoint) => touchpoint.id === 'call')?.stageId).toBe('feedback');
  });

  it('shows a title written as HTML as text, and runs nothing', async () => {
    const doc = shuffledJourney();
    const alerts = vi.spyOn(window, 'alert').mockImplementation(() => {});
    doc.touchpoints = doc.touchpoints.map((touchpoint) => (touchpoint.id === 'post' ? { ...touchpoint, title: '<img src=x onerror=alert(1)>' } : touchpoint));
    const { container } = mount(doc);
    await screen.findAllByRole('slider');
    expect(card(/^<img src=x onerror=alert\(1\)>, emotion/)).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(container.querySelector('img')).toBeNull();
    expect(alerts).not.toHaveBeenCalled();
  });

  for (const variant of [{ locale: 'en' as const, colorMode: 'light' as const }, { locale: 'zh-CN' as const, colorMode: 'dark' as const }]) {
    it(`has no serious or critical axe-core violation (${variant.locale}, ${variant.colorMode})`, async () => {
      const { container } = mount(shuffledJourney(), variant);
      await screen.findAllByRole('slider');
      // A selected card shows its toolbar: include it in the check.
      card(/^Calls the hotline/).focus();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const results = await axe.run(container, { resultTypes: ['violations'] });
      const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
      const report = serious.map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(' | ')}`);
      expect(report).toEqual([]);
    });
  }
});
