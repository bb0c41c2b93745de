/**
 * Issue 16, "readable on screen from the first frame": at the opening view and after loading a
 * template, every card title is at least 12 CSS px on screen (computed font size × the scale it
 * is drawn at), and every stage name, lane name, chip and marker label at least 11 px. Maps of
 * 9, 14, 25 and 100 touchpoints in 1280×800 and 1440×900 editors, in English and Chinese.
 */
import { render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { page } from 'vitest/browser';
import { JourneyEditor } from 'journey-canvas';
import type { JourneyEditorHandle } from 'journey-canvas';
import { getJourneyTemplate } from 'journey-canvas/model';
import { largeJourney } from '../../editor/canvas/fixtures';
import { fullJourney } from './fullJourney';

function mapRegion(): HTMLElement {
  const [map] = screen.getAllByRole('region', { name: /^Journey map|^旅程地图/ });
  if (!map) throw new Error('no map on screen');
  return map;
}

/** How many screen pixels one of the element's own pixels takes (the zoom it is drawn at). */
function scaleOf(element: Element): number {
  if (element instanceof SVGGraphicsElement) {
    const local = element.getBBox().height;
    return local > 0 ? element.getBoundingClientRect().height / local : 0;
  }
  const html = element as HTMLElement;
  return html.offsetWidth > 0 ? element.getBoundingClientRect().width / html.offsetWidth : 0;
}

interface Measured {
  kind: string;
  text: string;
  px: number;
}

/** Every text of a kind on the map, with its size on screen; elements not laid out (size 0) are left out. */
function measure(pane: HTMLElement): Measured[] {
  const kinds: Array<[string, string]> = [
    ['card title', '.jc-card__title'],
    ['stage name', '.jc-stage__name'],
    ['stage stats', '.jc-stage__stats'],
    ['lane name', '.jc-lane-name text'],
    ['scale tick', '.jc-scale text'],
    ['chip', '.jc-chip'],
    ['channel', '.jc-card__channel'],
    ['owner', '.jc-card__owner'],
    ['emotion badge', '.jc-card__emotion'],
    ['marker label', '.jc-marker text'],
    ['metric', '.jc-metrics__item dt'],
  ];
  const measured: Measured[] = [];
  for (const [kind, selector] of kinds) {
    for (const element of pane.querySelectorAll(selector)) {
      const scale = scaleOf(element);
      if (scale === 0) continue;
      const px = parseFloat(getComputedStyle(element).fontSize) * scale;
      measured.push({ kind, text: element.textContent ?? '', px: Math.round(px * 100) / 100 });
    }
  }
  return measured;
}

/** The texts under their floor: 12 px for card titles, 11 px for every other text. */
function tooSmall(measured: Measured[]): Measured[] {
  return measured.filter((item) => item.px < (item.kind === 'card title' ? 12 : 11));
}

/** Waits for the opening viewport to settle (the same zoom twice, a few frames apart), then measures. */
async function settledMeasure(pane: HTMLElement, expectKinds: string[]): Promise<Measured[]> {
  let last = '';
  let measured: Measured[] = [];
  await expect
    .poll(
      () => {
        const transform = pane.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
        measured = measure(pane);
        const kinds = new Set(measured.map((item) => item.kind));
        const ready = transform !== '' && transform === last && expectKinds.every((kind) => kinds.has(kind));
        last = transform;
        return ready;
      },
      { interval: 100, timeout: 15_000 },
    )
    .toBe(true);
  return measured;
}

const EVERY_KIND = ['card title', 'stage name', 'stage stats', 'lane name', 'scale tick', 'chip', 'channel', 'emotion badge', 'marker label', 'metric'];

describe('legible from the first frame', () => {
  for (const [width, height] of [
    [1280, 800],
    [1440, 900],
  ] as const) {
    for (const locale of ['en', 'zh-CN'] as const) {
      for (const count of [9, 14, 25, 100]) {
        it(`${count} touchpoints, ${locale}, ${width}×${height}: no title under 12 px, no other text under 11 px`, async () => {
          await page.viewport(width, height);
          render(<JourneyEditor defaultValue={fullJourney(count, locale)} locale={locale} style={{ width, height }} />);
          const pane = mapRegion();
          const measured = await settledMeasure(pane, EVERY_KIND);
          expect(tooSmall(measured)).toEqual([]);
          // The start of the journey is on screen: its first card, inside the pane.
          const first = within(pane).getByRole('button', { name: new RegExp(`^${fullJourney(count, locale).touchpoints[0]?.title}[,，]`) });
          const bounds = pane.getBoundingClientRect();
          expect(first.getBoundingClientRect().left).toBeGreaterThanOrEqual(bounds.left);
          expect(first.getBoundingClientRect().right).toBeLessThanOrEqual(bounds.right);
        });
      }
    }
  }

  for (const locale of ['en', 'zh-CN'] as const) {
    it(`stays legible after loading a template (${locale}), even when the user had zoomed out`, async () => {
      await page.viewport(1280, 800);
      const ref = createRef<JourneyEditorHandle>();
      render(<JourneyEditor ref={ref} defaultValue={largeJourney(9, locale)} locale={locale} style={{ width: 1280, height: 800 }} />);
      const pane = mapRegion();
      await settledMeasure(pane, ['card title']);
      // The user fits a small map to the view, then loads a template.
      ref.current?.fitView();
      const template = getJourneyTemplate('b2b-equipment-sale', locale);
      if (!template) throw new Error('no template');
      ref.current?.setDocument(template.document);
      const measured = await settledMeasure(pane, ['card title', 'stage name', 'chip', 'marker label']);
      expect(measured.filter((item) => item.kind === 'card title').map((item) => item.text)).toContain(template.document.touchpoints[0]?.title);
      expect(tooSmall(measured)).toEqual([]);
    });
  }
});
