/**
 * Issue 11, item 2: layout hands out the lines of each card title, and the editor and the SVG
 * export both draw exactly those. For the en and zh-CN templates, every card title on screen
 * breaks where layout says (lines read from the browser's own layout of the title), every line
 * fits the width layout fitted it in (no line cut by the browser), and an SVG export of the same
 * journey draws its layout's lines, the same as the editor's. Where a title does not fit its
 * lines at its own size, the two differ on purpose: on screen it is shortened with "…" (titles
 * stay 12 px on screen at the opening zoom), in a file it is set up to 3 px smaller and shows
 * whole (an image cannot be hovered). The DOM keeps the whole title, even shortened.
 */
import { render, screen } from '@testing-library/react';
import { page } from 'vitest/browser';
import { exportJourneyImage, JourneyEditor, journeyTemplates } from 'journey-canvas';
import type { JourneyDocument } from 'journey-canvas/model';
import { layoutJourney, TYPE } from '../../../src/layout';
import type { FittedLines } from '../../../src/layout';
import { measureWithBrowserFonts } from '../../../src/picture/browserText';
import { renderedLines } from './renderedLines';

// Layout measures with the browser's fonts here, as the editor and the export do.
beforeAll(() => measureWithBrowserFonts());

/** The editor's floors (canvasDerivation.ts): titles and chips keep their own size on screen. */
const SCREEN_FLOORS = { title: TYPE.cardTitle.size, text: TYPE.chip.size };

/** How many screen px one map px is, read on a card (184 map px wide). */
function zoomOf(card: HTMLElement): number {
  return card.getBoundingClientRect().width / card.offsetWidth;
}

/** The card titles of an SVG export, in journey order: each title's lines (its <tspan>s, or its one <text>). */
function exportedTitles(svg: string): string[][] {
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return [...parsed.querySelectorAll('[data-part="card-title"] text')].map((text) => {
    const spans = [...text.querySelectorAll('tspan')];
    return spans.length > 0 ? spans.map((span) => span.textContent ?? '') : [text.textContent ?? ''];
  });
}

/** The lines the editor draws for a card: layout's, with the last of a shortened title as far as it shows. */
function expectedOnScreen(fitted: FittedLines): string[] {
  return fitted.shortened ? fitted.lines.slice(0, -1) : fitted.lines;
}

const templates = journeyTemplates.filter((template) => template.locale === 'en' || template.locale === 'zh-CN');

describe('card titles: the editor and the SVG export draw the lines layout fitted', () => {
  it('has en and zh-CN templates to look at', () => {
    expect(templates.filter((template) => template.locale === 'en').length).toBeGreaterThanOrEqual(3);
    expect(templates.filter((template) => template.locale === 'zh-CN').length).toBeGreaterThanOrEqual(3);
  });

  it('every title of every en and zh-CN template breaks on screen and in the SVG where layout says', async () => {
    await page.viewport(1440, 900);
    let compared = 0;
    let multiLine = 0;
    let sameInBoth = 0;
    const mismatches: string[] = [];
    for (const template of templates) {
      const journey: JourneyDocument = template.document;
      const layout = layoutJourney(journey, { lanes: ['touchpoints'], textFloors: SCREEN_FLOORS });
      const view = render(<JourneyEditor defaultValue={journey} locale={template.locale} initialView="fit" style={{ width: 1440, height: 900 }} />);
      await screen.findAllByRole('button', { name: new RegExp(`^${journey.touchpoints[0]?.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') ?? ''}`) });
      for (const span of view.container.querySelectorAll<HTMLElement>('.jc-card__title')) {
        const card = span.closest<HTMLElement>('[data-jc-touchpoint]')!;
        const id = card.dataset.jcTouchpoint!;
        const touchpoint = journey.touchpoints.find((candidate) => candidate.id === id)!;
        const fitted = layout.cardById.get(id)!.title;
        const lines = renderedLines(span);
        if (lines.length === 0) continue;
        compared++;
        if (fitted.lines.length > 1) multiLine++;
        // The DOM holds the whole title, spaces and all.
        expect(span.textContent).toBe(touchpoint.title);
        const expected = expectedOnScreen(fitted);
        const drawn = lines.map((line) => line.text).slice(0, expected.length);
        if (JSON.stringify(drawn) !== JSON.stringify(expected)) mismatches.push(`${template.id}/${id}: ${drawn.join(' / ')} ≠ ${expected.join(' / ')}`);
        // Every line layout did not shorten fits its width: the browser cuts nothing (no ellipsis).
        const zoom = zoomOf(card);
        lines.slice(0, expected.length).forEach((line) => expect(line.width / zoom, `${id}: ${line.text}`).toBeLessThanOrEqual(fitted.width + 0.5));
      }
      view.unmount();

      // The SVG export of the same journey: the same lines in its card titles.
      const svg = await (await exportJourneyImage(journey, { format: 'svg', preset: 'fit', lanes: ['touchpoints'] })).text();
      const exported = exportedTitles(svg);
      expect(exported).toHaveLength(journey.touchpoints.length);
      const inFile = layoutJourney(journey, { lanes: ['touchpoints'], editable: false });
      inFile.cards.forEach((card, i) => {
        const fromSvg = exported[i] as string[];
        if (JSON.stringify(fromSvg) !== JSON.stringify(card.title.lines)) mismatches.push(`${template.id}/${card.touchpointId} in the SVG: ${fromSvg.join(' / ')} ≠ ${card.title.lines.join(' / ')}`);
        const onScreen = layout.cards[i]!.title;
        if (card.title.size === onScreen.size) {
          // A title the file draws at its own size, as the screen does: both break it alike.
          sameInBoth++;
          if (JSON.stringify(fromSvg) !== JSON.stringify(onScreen.lines)) mismatches.push(`${template.id}/${card.touchpointId}: SVG ${fromSvg.join(' / ')} ≠ screen ${onScreen.lines.join(' / ')}`);
        } else {
          // One that does not fit its lines at its own size (or only with a word broken): whole
          // and a little smaller in the file, shortened (or with the word broken) on screen.
          const title = journey.touchpoints[i]!.title;
          expect(card.title.shortened, card.touchpointId).toBe(false);
          expect(card.title.size).toBeLessThan(TYPE.cardTitle.size);
          expect(onScreen.shortened || onScreen.starts.slice(1).some((start) => /\w/.test(title[start - 1] ?? ''))).toBe(true);
        }
      });
    }
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(60);
    expect(sameInBoth).toBeGreaterThan(60);
    expect(multiLine).toBeGreaterThan(20);
  });

  it('keeps a shortened title whole in the DOM (getByText finds it), cut on screen after the lines layout drew', async () => {
    await page.viewport(1280, 800);
    const long =
      'Installation fails on commissioning day because the technician brings the wrong adapter, has to come back next week, and the customer takes another day off';
    const journey: JourneyDocument = {
      format: 'journey-canvas',
      version: 2,
      id: 'j-long',
      title: 'Long titles',
      stages: [{ id: 's1', name: 'Use' }],
      touchpoints: [
        { id: 't1', stageId: 's1', title: long, emotion: -3 },
        { id: 't2', stageId: 's1', title: 'Installation  fails', emotion: 1, painPoints: ['Waits  three weeks for a technician who then brings the wrong adapter and leaves'] },
      ],
    };
    render(<JourneyEditor defaultValue={journey} initialView="fit" style={{ width: 1280, height: 800 }} />);
    const title = await screen.findByText(long);
    expect(title.classList.contains('jc-card__title')).toBe(true);
    expect(title.textContent).toBe(long);
    // Two spaces in the source stay in the DOM; getByText (whitespace collapsed) still finds it.
    expect(screen.getByText('Installation fails').textContent).toBe('Installation  fails');

    const fitted = layoutJourney(journey, { lanes: ['touchpoints'], textFloors: SCREEN_FLOORS }).cardById.get('t1')!.title;
    expect(fitted.shortened).toBe(true);
    const lines = renderedLines(title);
    expect(lines.slice(0, fitted.lines.length - 1).map((line) => line.text)).toEqual(fitted.lines.slice(0, -1));
    // The last line runs on in the DOM and is cut by the box: the box is as high as layout's lines.
    expect(lines).toHaveLength(fitted.lines.length);
    expect(title.scrollWidth).toBeGreaterThan(title.clientWidth);
    expect(title.clientHeight).toBe(fitted.lines.length * fitted.lineHeight);
    expect(parseFloat(getComputedStyle(title).fontSize)).toBe(TYPE.cardTitle.size);

    // A chip too: the whole text in the DOM, named as written.
    const chip = screen.getByRole('button', { name: /^Waits\s+three weeks for a technician who then brings the wrong adapter and leaves$/ });
    expect(chip.textContent).toBe('Waits  three weeks for a technician who then brings the wrong adapter and leaves');
    expect(chip.querySelectorAll('br').length).toBeGreaterThan(0);
  });
});
