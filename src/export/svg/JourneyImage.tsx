/** The static picture of a whole journey map: heading, map (every stage and touchpoint), legend, summary. */
import type { ReactElement } from 'react';
import { formatMessage } from '../../i18n';
import type { JourneyMessages } from '../../i18n';
import { layoutJourney, MAP, NO_FLOORS } from '../../layout';
import type { JourneyLayout } from '../../layout';
import type { JourneyDocument } from '../../model';
import type { Palette as ExportTheme } from '../../layout';
import { Backdrop, backdropGeometry } from '../../picture/Backdrop';
import { Cards } from './Cards';
import { Chips } from './Chips';
import { createMapRenderContext, displayTitle } from './context';
import type { MapRenderContext } from './context';
import { EmotionLane } from './EmotionLane';
import { journeyLegendItems, legendBlock } from './Legend';
import { Metrics } from './Metrics';
import { composePage } from './Sheet';
import type { Block, Page, PageParts } from './Sheet';
import { composeLegiblePage } from './legiblePage';
import type { LegiblePage, MapShape } from './legiblePage';
import type { TextFloors } from '../../layout';
import type { ExportPreset } from '../presets';
import { StageHeaders } from './StageHeaders';
import { journeySummaryBlock } from './Summary';
import type { JourneyLane } from '../../layout';

/** The map itself, in map coordinates (layout bounds). */
export function MapDrawing({ context }: { context: MapRenderContext }): ReactElement {
  return (
    <g>
      <Backdrop geometry={backdropGeometry(context.layout)} paint={context.theme} messages={context.messages} minFontSize={context.floors.text} />
      <StageHeaders context={context} />
      <Cards context={context} />
      <Chips context={context} />
      <Metrics context={context} />
      <EmotionLane context={context} />
    </g>
  );
}

export interface JourneySheetOptions {
  theme: ExportTheme;
  messages: JourneyMessages;
  lanes: readonly JourneyLane[];
  title: boolean;
  legend: boolean;
  summary: boolean;
  idPrefix: string;
}

/** A line of facts under the title: how many stages and touchpoints, and the persona. */
export function journeyFacts(document: JourneyDocument, messages: JourneyMessages): string {
  const facts = formatMessage(messages['export.title.stats'], { stages: document.stages.length, touchpoints: document.touchpoints.length });
  const persona = document.persona?.name?.trim();
  return persona ? `${facts} \u00b7 ${formatMessage(messages['export.title.persona'], { name: persona })}` : facts;
}

/** How much taller than the editor's the emotion lane may grow to fill a slide. */
const MAX_EMOTION_STRETCH = 3.5;

/**
 * The map's layout for the box it will be fitted into: with room to spare in height (a map
 * wider than the slide), the emotion lane grows, up to MAX_EMOTION_STRETCH.
 */
export function layoutForBox(
  document: JourneyDocument,
  lanes: readonly JourneyLane[],
  box: { width: number; height: number } | null,
  textFloors?: TextFloors,
): JourneyLayout {
  const layout = layoutJourney(document, { lanes, editable: false, textFloors });
  if (!box || !layout.emotion) return layout;
  const wanted = (box.height / box.width) * layout.bounds.width - layout.bounds.height;
  if (wanted <= 0) return layout;
  const height = Math.min(MAP.emotionLaneHeight * MAX_EMOTION_STRETCH, MAP.emotionLaneHeight + wanted);
  return layoutJourney(document, { lanes, editable: false, emotionLaneHeight: Math.round(height), textFloors });
}

/**
 * How much to enlarge the moment markers of a map shrunk by a slide, so their labels stay
 * about 11 px on the page (the editor's are 12 px at zoom 1), at most 3×.
 */
export function markerScaleFor(layout: JourneyLayout, box: { width: number; height: number } | null): number {
  if (!box) return 1;
  const scale = Math.min(box.width / layout.bounds.width, box.height / layout.bounds.height);
  return Math.round(Math.min(3, Math.max(1, 11 / (12 * scale))) * 100) / 100;
}

/** The smallest marker label (a quiet one) in map px, at marker scale 1. */
const SMALLEST_MARKER_TEXT = 11;

/** The marker scale of a map drawn at `floors`: big enough that every marker label is over the text floor. */
export function markerScaleForFloors(base: number, floors: TextFloors): number {
  return Math.max(base, Math.ceil((floors.text / SMALLEST_MARKER_TEXT) * 100) / 100);
}

/**
 * A map for a box, drawn at any text floors: `layoutAt` lays it out with the floors' texts fitted
 * (its geometry is the same at any floors, so the size is known before the floors are).
 */
export function journeyShape(
  document: JourneyDocument,
  layoutAt: (floors: TextFloors) => JourneyLayout,
  options: Pick<JourneySheetOptions, 'theme' | 'messages' | 'idPrefix'>,
  box: { width: number; height: number } | null,
): MapShape {
  const geometry = layoutAt(NO_FLOORS);
  return {
    width: geometry.bounds.width,
    height: geometry.bounds.height,
    draw: (floors) => {
      const layout = layoutAt(floors);
      const markerScale = markerScaleForFloors(markerScaleFor(layout, box), floors);
      const context = createMapRenderContext(document, layout, options.theme, options.messages, options.idPrefix, markerScale, floors);
      return <MapDrawing context={context} />;
    },
  };
}

/** The heading, legend and summary of a journey's page. */
export function journeyChrome(document: JourneyDocument, options: JourneySheetOptions, probe: JourneyLayout): Omit<PageParts, 'map'> {
  const legendItems = journeyLegendItems(options.theme, options.messages, {
    emotion: probe.emotion !== null,
    keyMoment: probe.lanes.some((lane) => lane.lane === 'touchpoints') && document.touchpoints.some((touchpoint) => touchpoint.keyMoment),
    peakEmotion: probe.analysis.peak?.emotion ?? null,
    rated: (probe.emotion?.bands.length ?? 0) > 0,
    disagreement: probe.analysis.ratings.disagreements.length > 0,
  });
  return {
    heading: options.title ? { title: displayTitle(document.title, options.messages), subtitle: journeyFacts(document, options.messages) } : null,
    footerLeft: options.legend && legendItems.length > 0 ? legendBlock(legendItems, options.theme) : null,
    footerRight: options.summary ? journeySummaryBlock(document, probe.analysis, options.theme, options.messages) : null,
    theme: options.theme,
  };
}

/** The whole map on one 16:9 slide, drawn with the text floors of its scale; `legible` says whether it made it. */
export function wholeMapSlide(document: JourneyDocument, options: JourneySheetOptions): LegiblePage & { layout: JourneyLayout } {
  const probe = layoutJourney(document, { lanes: options.lanes, editable: false });
  let drawn: JourneyLayout | null = null;
  const page = composeLegiblePage(journeyChrome(document, options, probe), (box) =>
    journeyShape(document, (floors) => (drawn = layoutForBox(document, options.lanes, box, floors)), options, box),
  );
  return { ...page, layout: drawn ?? probe };
}

/**
 * The page of a journey on a preset. On a slide, a map much wider than the slide gets a taller
 * emotion lane (up to 3.5× the editor's), so the curve — what the audience reads first — uses
 * the height the slide would otherwise leave empty.
 *
 * On `slide-16:9` no text is drawn under 14 px on the page (card titles under 16 px): a map that
 * fits at that size is drawn whole, with its smallest texts raised; a map that does not is drawn
 * as the overview slide of its deck (stages, the curve with peak and end, remembered vs
 * experienced; the caller draws it, see export/slides) — `exportJourneySlides` gives the whole deck.
 */
export function journeyPage(document: JourneyDocument, options: JourneySheetOptions, preset: ExportPreset): Page & { layout: JourneyLayout; legible?: boolean } {
  if (preset === 'slide-16:9') return wholeMapSlide(document, options);
  const lanes = options.lanes;
  let drawn: JourneyLayout | null = null;
  const mapFor = (box: { width: number; height: number } | null): Block => {
    const layout = layoutForBox(document, lanes, box);
    drawn = layout;
    const context = createMapRenderContext(document, layout, options.theme, options.messages, options.idPrefix, markerScaleFor(layout, box));
    return { width: layout.bounds.width, height: layout.bounds.height, element: <MapDrawing context={context} /> };
  };
  const probe = layoutJourney(document, { lanes, editable: false });
  const page = composePage({ ...journeyChrome(document, options, probe), map: mapFor }, preset);
  return { ...page, layout: drawn ?? probe };
}
