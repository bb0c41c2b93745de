/**
 * A journey as a deck of 16:9 slides, every text legible (14 px and more on the page, card
 * titles 16 px and more). A map that fits one slide at that size is one slide. A bigger one is an
 * overview slide, then detail slides: each carries a run of stages (a stage too wide for one slide
 * is split into parts, "Use (1/2)"), drawn at full legibility; when the lanes are too tall for one
 * slide they are spread over two or more slides of the same stages, each keeping the cards, so
 * every chip still sits under its touchpoint. On a detail slide the headers keep the whole stage's
 * count and mean, and the peak, end, best and worst are the whole journey's (marked only where they
 * are on the slide): a run of stages never gets a "peak" of its own.
 */
import { formatMessage } from '../../i18n';
import { layoutJourney, MAP } from '../../layout';
import type { JourneyLane, JourneyLayout } from '../../layout';
import type { JourneyAnalysis, JourneyDocument, Stage, Touchpoint } from '../../model';
import { withWholeJourney } from '../svg/wholeJourney';
import { displayTitle } from '../svg/context';
import { journeyShape, layoutForBox, wholeMapSlide } from '../svg/JourneyImage';
import type { JourneySheetOptions } from '../svg/JourneyImage';
import { MIN_LEGIBLE_SCALE } from '../../layout';
import { composeLegiblePage } from '../svg/legiblePage';
import type { LegiblePage } from '../svg/legiblePage';
import { composePage } from '../svg/Sheet';
import type { Page } from '../svg/Sheet';
import { overviewPage } from './Overview';

/** A stage on a detail slide: all its touchpoints, or one part of them. */
interface Unit {
  stage: Stage;
  touchpoints: Touchpoint[];
  part: number;
  parts: number;
}

export interface DeckSlide {
  page: Page;
  kind: 'whole' | 'overview' | 'detail';
  /** For a map slide, the layout it draws (tools and tests locate things with it). */
  layout?: JourneyLayout;
}

function stageName(unit: Unit, options: JourneySheetOptions): string {
  const name = displayTitle(unit.stage.name, options.messages);
  return unit.parts > 1 ? formatMessage(options.messages['export.slides.part'], { name, part: unit.part, parts: unit.parts }) : name;
}

function partOf(document: JourneyDocument, units: readonly Unit[], options: JourneySheetOptions): JourneyDocument {
  return {
    ...document,
    stages: units.map((unit) => (unit.parts > 1 ? { ...unit.stage, name: stageName(unit, options) } : unit.stage)),
    touchpoints: units.flatMap((unit) => unit.touchpoints),
  };
}

function runName(units: readonly Unit[], options: JourneySheetOptions): string {
  const first = units[0];
  const last = units[units.length - 1];
  if (!first || !last) return '';
  return first === last ? stageName(first, options) : `${stageName(first, options)} \u2013 ${stageName(last, options)}`;
}

function detailPage(
  document: JourneyDocument,
  analysis: JourneyAnalysis,
  units: readonly Unit[],
  lanes: readonly JourneyLane[],
  options: JourneySheetOptions,
  subtitle: string,
): LegiblePage & { layout: JourneyLayout | null } {
  const part = partOf(document, units, options);
  let drawn: JourneyLayout | null = null;
  const page = composeLegiblePage(
    {
      heading: options.title ? { title: displayTitle(document.title, options.messages), subtitle } : null,
      footerLeft: null,
      footerRight: null,
      theme: options.theme,
    },
    (box) => journeyShape(part, (floors) => (drawn = withWholeJourney(layoutForBox(part, lanes, box, floors), analysis)), options, box),
  );
  return { ...page, layout: drawn };
}

/**
 * The lanes of each detail slide of a run: all of them when they fit a slide's height at the
 * legible scale, else groups that do, each starting with the cards. Measured on the whole
 * journey's layout, whose lanes are as tall as any run's.
 */
function laneGroups(document: JourneyDocument, options: JourneySheetOptions): JourneyLane[][] {
  const full = layoutJourney(document, { lanes: options.lanes, editable: false });
  const shown = full.lanes.map((band) => band.lane);
  let box = { width: 1, height: 1 };
  composePage(
    {
      heading: options.title ? { title: displayTitle(document.title, options.messages), subtitle: '\u2013' } : null,
      footerLeft: null,
      footerRight: null,
      theme: options.theme,
      map: (given) => {
        if (given) box = given;
        return { width: 1, height: 1, element: null };
      },
    },
    'slide-16:9',
  );
  const room = box.height / MIN_LEGIBLE_SCALE;
  const heightOf = (lane: JourneyLane) => (full.lanes.find((band) => band.lane === lane)?.height ?? 0) + MAP.laneGap;
  const total = (lanes: readonly JourneyLane[]) => full.headerHeight + lanes.reduce((sum, lane) => sum + heightOf(lane), 0);
  const anchor: JourneyLane[] = shown.includes('touchpoints') ? ['touchpoints'] : [];
  const groups: JourneyLane[][] = [];
  let current = [...anchor];
  for (const lane of shown) {
    if (anchor.includes(lane)) continue;
    if (current.length > anchor.length && total([...current, lane]) > room) {
      groups.push(current);
      current = [...anchor];
    }
    current.push(lane);
  }
  if (current.length > 0) groups.push(current);
  return groups.length > 0 ? groups : [shown];
}

/** Detail slides: runs of stages at full legibility, each with every lane group. */
function detailSlides(document: JourneyDocument, options: JourneySheetOptions): DeckSlide[] {
  const analysis = layoutJourney(document, { lanes: [], editable: false }).analysis;
  const groups = laneGroups(document, options);
  const firstLanes = groups[0] ?? options.lanes;
  const fits = (units: readonly Unit[]) => detailPage(document, analysis, units, firstLanes, options, '\u2013').legible;

  // Stages, each whole if it fits a slide, else in parts that do.
  const stageUnits: Unit[][] = [];
  for (const stage of document.stages) {
    const touchpoints = document.touchpoints.filter((touchpoint) => touchpoint.stageId === stage.id);
    const whole: Unit = { stage, touchpoints, part: 1, parts: 1 };
    if (touchpoints.length <= 1 || fits([whole])) {
      stageUnits.push([whole]);
      continue;
    }
    const chunks: Touchpoint[][] = [];
    let chunk: Touchpoint[] = [];
    for (const touchpoint of touchpoints) {
      const next = [...chunk, touchpoint];
      if (chunk.length > 0 && !fits([{ stage, touchpoints: next, part: 9, parts: 9 }])) {
        chunks.push(chunk);
        chunk = [touchpoint];
      } else chunk = next;
    }
    if (chunk.length > 0) chunks.push(chunk);
    stageUnits.push(chunks.map((members, index) => ({ stage, touchpoints: members, part: index + 1, parts: chunks.length })));
  }

  // Runs: whole stages side by side while they fit; each part of a split stage on its own.
  const runs: Unit[][] = [];
  let run: Unit[] = [];
  for (const units of stageUnits) {
    const single = units.length === 1 ? units[0] : undefined;
    if (!single) {
      if (run.length > 0) runs.push(run);
      run = [];
      for (const unit of units) runs.push([unit]);
      continue;
    }
    if (run.length > 0 && fits([...run, single])) run.push(single);
    else {
      if (run.length > 0) runs.push(run);
      run = [single];
    }
  }
  if (run.length > 0) runs.push(run);

  const plan = runs.flatMap((units) => groups.map((lanes) => ({ units, lanes })));
  // Numbered among all slides of the deck, the overview being the first.
  const count = plan.length + 1;
  return plan.map(({ units, lanes }, index) => {
    const subtitle = formatMessage(options.messages['export.slides.detail'], { stages: runName(units, options), index: index + 2, count });
    const page = detailPage(document, analysis, units, lanes, options, subtitle);
    return { page, kind: 'detail' as const, ...(page.layout ? { layout: page.layout } : {}) };
  });
}

/**
 * The slides of a journey: the whole map when it is legible on one 16:9 slide, else the overview
 * and the detail slides.
 */
export function journeyDeck(document: JourneyDocument, options: JourneySheetOptions): DeckSlide[] {
  const whole = wholeMapSlide(document, options);
  if (whole.legible) return [{ page: whole, kind: 'whole', layout: whole.layout }];
  return [{ page: overviewPage(document, options), kind: 'overview' }, ...detailSlides(document, options)];
}
