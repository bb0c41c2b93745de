/** `exportCompareImage`: the compare view as an image, with the same options and guarantees as `exportJourneyImage`. */
import { formatMessage } from '../../i18n';
import type { JourneyMessages } from '../../i18n';
import type { JourneyDocument } from '../../model';
import { parseForExport, prepareImage, writeImage } from '../exportJourneyImage';
import type { PreparedImage } from '../exportJourneyImage';
import { lanesWithContent, resolveImageOptions } from '../options';
import type { ExportImageOptions, ResolvedImageOptions } from '../options';
import { displayTitle } from '../svg/context';
import { resolvePalette } from '../../picture/paint';
import { measureWithBrowserFonts } from '../../picture/browserText';
import { comparePage } from './CompareImage';
import type { CompareLabels } from './CompareImage';
import { buildCompareModel } from './compareModel';

export interface ExportCompareOptions extends ExportImageOptions {
  /** Name of the first journey ("As-is", "v1", a persona). @default the catalog's "Before" */
  beforeLabel?: string;
  /** Name of the second journey ("To-be", "v2"). @default the catalog's "After" */
  afterLabel?: string;
}

/** The compare view's default lanes: cards and curves, the lanes a comparison is read from. */
export const COMPARE_DEFAULT_LANES = ['touchpoints', 'emotion'] as const;

export function compareLabels(messages: JourneyMessages, beforeLabel: string | undefined, afterLabel: string | undefined): CompareLabels {
  return { before: beforeLabel?.trim() || messages['export.compare.before'], after: afterLabel?.trim() || messages['export.compare.after'] };
}

export function prepareCompare(before: JourneyDocument, after: JourneyDocument, resolved: ResolvedImageOptions, labels: CompareLabels, idPrefix: string): PreparedImage {
  measureWithBrowserFonts();
  const model = buildCompareModel(before, after);
  const lanes = resolved.lanes ?? lanesWithContent([before, after]).filter((lane) => (COMPARE_DEFAULT_LANES as readonly string[]).includes(lane));
  const page = comparePage(
    model,
    {
      theme: resolvePalette(resolved.colorMode, resolved.theme),
      messages: resolved.messages,
      lanes,
      labels,
      title: resolved.title,
      legend: resolved.legend,
      summary: resolved.summary,
      idPrefix,
    },
    resolved.preset,
  );
  const label = formatMessage(resolved.messages['export.compare.label'], {
    before: `${labels.before} (${displayTitle(before.title, resolved.messages)})`,
    after: `${labels.after} (${displayTitle(after.title, resolved.messages)})`,
  });
  return prepareImage(page, resolved, label);
}

/**
 * Renders the comparison of two journeys (as `<JourneyCompare>` draws it) and resolves to an
 * image Blob. Both inputs go through `parseJourney`; an invalid one rejects with a
 * `JourneyExportError` listing its errors. Lanes default to touchpoints and emotion.
 *
 * @example
 * const png = await exportCompareImage(asIs, toBe, { beforeLabel: 'As-is', afterLabel: 'To-be' });
 */
export async function exportCompareImage(before: unknown, after: unknown, options: ExportCompareOptions = {}): Promise<Blob> {
  const first = parseForExport(before, 'before document');
  const second = parseForExport(after, 'after document');
  const resolved = resolveImageOptions(options, second.locale ?? first.locale);
  const labels = compareLabels(resolved.messages, options.beforeLabel, options.afterLabel);
  return writeImage(prepareCompare(first, second, resolved, labels, 'jc-compare'), resolved);
}
