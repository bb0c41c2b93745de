/**
 * The inspector at 1280 px (issue 16, item 8): its fields line up — every field starts at the
 * same left edge and the three metrics share one column — and a metric's range error reads as a
 * line under its field, not a four-line column. Delete comes after every field.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { JourneyEditor } from 'journey-canvas';
import type { JourneyEditorHandle } from 'journey-canvas';
import { shuffledJourney } from '../../editor/canvas/fixtures';

afterEach(() => {
  document.body.replaceChildren();
});

for (const locale of ['en', 'zh-CN'] as const) {
  it(`lines up the touchpoint's fields and keeps a range error to a line or two (${locale})`, async () => {
    const ref = createRef<JourneyEditorHandle>();
    const doc = shuffledJourney();
    render(<JourneyEditor ref={ref} defaultValue={doc} locale={locale} style={{ width: 1280, height: 720 }} />);
    const inspector = await screen.findByRole('complementary');
    ref.current?.select(doc.touchpoints[0]!.id);
    await expect.poll(() => inspector.querySelectorAll('.jc-metrics__field input').length).toBe(3);

    const boxOf = (element: Element) => element.getBoundingClientRect();
    const metrics = [...inspector.querySelectorAll('.jc-metrics__field input')].map(boxOf);
    for (const box of metrics) {
      expect(box.left).toBeCloseTo(metrics[0]!.left, 0);
      expect(box.width).toBeCloseTo(metrics[0]!.width, 0);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    // Every full-width field starts where the title field starts, and the metrics end where it ends.
    const title = boxOf(within(inspector).getAllByRole('textbox')[0]!);
    for (const field of inspector.querySelectorAll('.jc-field:not(.jc-metrics__field):not(.jc-emotion-field) > .jc-field__control')) {
      expect(boxOf(field).left).toBeCloseTo(title.left, 0);
    }
    for (const box of metrics) expect(box.right).toBeCloseTo(title.right, 0);

    const nps = inspector.querySelectorAll<HTMLInputElement>('.jc-metrics__field input')[1]!;
    await userEvent.clear(nps);
    await userEvent.type(nps, '500{Enter}');
    await expect.poll(() => nps.getAttribute('aria-invalid')).toBe('true');
    const message = nps.parentElement!.querySelector('.jc-field__message')!;
    const lineHeight = parseFloat(getComputedStyle(message).lineHeight) || 18;
    expect(boxOf(message).height).toBeLessThanOrEqual(2 * lineHeight + 1);
    expect(boxOf(message).width).toBeGreaterThan(title.width * 0.9);
    // The field stays where it was: the message goes under it, not beside it.
    expect(boxOf(nps).left).toBeCloseTo(metrics[1]!.left, 0);

    const buttons = within(inspector).getAllByRole('button');
    const last = [...inspector.querySelectorAll('.jc-inspector__section button, .jc-inspector__section input, .jc-inspector__section select, .jc-inspector__section textarea')].at(-1);
    expect(last?.textContent).toBe(locale === 'en' ? 'Delete touchpoint' : '删除触点');
    expect(buttons.length).toBeGreaterThan(2);
  });
}
