/**
 * What a card says about the room and the research behind it: how many participants rated the
 * touchpoint ("n 6", beside the emotion badge) and how many pieces of evidence it has (a quote
 * icon and the count). The editor's card (HTML) and the exported card (SVG) both show these
 * words, so they are worded once, here.
 */
import { formatMessage } from '../i18n';
import type { JourneyMessages } from '../i18n';
import { touchpointRatingStats } from '../model';
import type { Touchpoint } from '../model';

export interface CardCounts {
  /** null for an unrated touchpoint. */
  ratings: {
    n: number;
    /** What the card shows: "n 6" (zh-CN "6 人"). */
    label: string;
    /** What a screen reader hears: "rated by 6" (and ", the room disagrees"). */
    name: string;
    disagreement: boolean;
  } | null;
  /** null without evidence. */
  evidence: { count: number; label: string; name: string } | null;
}

/** The counts of a card; `disagreement` says whether the room disagrees on it (the model's analysis decides). */
export function cardCounts(touchpoint: Touchpoint, messages: JourneyMessages, disagreement: boolean): CardCounts {
  const stats = touchpointRatingStats(touchpoint);
  const evidence = touchpoint.evidence?.length ?? 0;
  return {
    ratings: stats
      ? {
          n: stats.n,
          label: formatMessage(messages['canvas.card.ratings'], { n: stats.n }),
          name: formatMessage(messages['canvas.card.ratingsName'], { n: stats.n }) + (disagreement ? `, ${messages['canvas.card.disagreement']}` : ''),
          disagreement,
        }
      : null,
    evidence:
      evidence > 0
        ? {
            count: evidence,
            label: String(evidence),
            name: evidence === 1 ? messages['canvas.card.evidenceOne'] : formatMessage(messages['canvas.card.evidence'], { count: evidence }),
          }
        : null,
  };
}
