/** What every part of the static map drawing reads: the document, its layout, colours and words. */
import type { JourneyMessages } from '../../i18n';
import type { JourneyLayout } from '../../layout';
import type { JourneyDocument, Stage, Touchpoint } from '../../model';
import type { Palette as ExportTheme } from '../../layout';
import { NO_FLOORS } from '../../layout';
import type { TextFloors } from '../../layout';

export interface MapRenderContext {
  document: JourneyDocument;
  layout: JourneyLayout;
  theme: ExportTheme;
  messages: JourneyMessages;
  touchpointById: ReadonlyMap<string, Touchpoint>;
  stageById: ReadonlyMap<string, Stage>;
  /** Prefix for ids inside the SVG (clip paths), unique per drawing on a page. */
  idPrefix: string;
  /**
   * How much larger than in the editor the peak/end/best/worst markers are drawn: a slide that
   * shrinks a long map keeps its key moments readable. 1 at the editor's size.
   */
  markerScale: number;
  /**
   * Smallest font sizes, in map px, this drawing may use: on a legible 16:9 slide every text is
   * raised so it lands at 14 px or more on the page (card titles 16). None elsewhere.
   */
  floors: TextFloors;
}

export function createMapRenderContext(
  document: JourneyDocument,
  layout: JourneyLayout,
  theme: ExportTheme,
  messages: JourneyMessages,
  idPrefix: string,
  markerScale = 1,
  floors: TextFloors = NO_FLOORS,
): MapRenderContext {
  return {
    document,
    layout,
    theme,
    messages,
    touchpointById: new Map(document.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint])),
    stageById: new Map(document.stages.map((stage) => [stage.id, stage])),
    idPrefix,
    markerScale,
    floors,
  };
}

/** A title to show: the untitled placeholder for an empty one. */
export function displayTitle(title: string | undefined, messages: JourneyMessages): string {
  return title === undefined || title.trim() === '' ? messages['common.untitled'] : title;
}
