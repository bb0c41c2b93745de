/**
 * Touchpoint cards: title (the lines layout fitted, as the editor draws them), emotion badge and, on a rated
 * touchpoint, the count of ratings under it; channel, owner, key moment, and the evidence count.
 */
import type { ReactElement } from 'react';
import { channelLabel, formatEmotion } from '../../i18n';
import { atLeast, emotionTone, fitLegible, MAP, measureText, truncateText, TYPE } from '../../layout';
import type { CardLayout } from '../../layout';
import { Shortened } from './Shortened';
import { displayTitle } from './context';
import type { MapRenderContext } from './context';
import { leftRoundedRect, px, QUOTE_ICON_PATH } from '../../picture/shapes';
import { cardCounts } from '../../picture/cardCounts';
import { baselineOf, TextLines } from '../../picture/TextLines';

const TITLE_FONT = { size: TYPE.cardTitle.size, weight: TYPE.cardTitle.weight };
const BASE_BADGE_FONT = { size: 12, weight: 700 };
const BASE_META_FONT = { size: 12 };
const BASE_COUNT_FONT = { size: TYPE.ratingCount.size, weight: TYPE.ratingCount.weight };

/** How the compare view marks a card (added, removed, emotion changed). */
export interface CardDecoration {
  /** A sticker on the card's top edge, e.g. "↑1.5" or "Added". */
  tag?: { text: string; color: string; background: string };
  /** Drawn faded with a dashed outline (a removed touchpoint). */
  ghost?: boolean;
  /** Outline colour (an added touchpoint). */
  outline?: string;
}

interface CardProps {
  context: MapRenderContext;
  card: CardLayout;
  decoration?: CardDecoration;
  /** The room disagrees on this touchpoint (the analysis's `ratings.disagreements`). */
  disagreement: boolean;
}

function Card({ context, card, decoration, disagreement }: CardProps): ReactElement | null {
  const { theme, messages, touchpointById, layout, floors } = context;
  const BADGE_FONT = { size: atLeast(BASE_BADGE_FONT.size, floors.text), weight: BASE_BADGE_FONT.weight };
  const META_FONT = { size: atLeast(BASE_META_FONT.size, floors.text) };
  const touchpoint = touchpointById.get(card.touchpointId);
  if (!touchpoint) return null;
  const pad = MAP.cardPadding;
  const tone = emotionTone(touchpoint.emotion);
  const emotionText = formatEmotion(touchpoint.emotion);
  const badgeWidth = Math.max(30, measureText(emotionText, BADGE_FONT) + 10);
  const badgeX = card.x + card.width - pad - badgeWidth;
  const empty = touchpoint.title.trim() === '';
  // The title's lines come from layout (the editor draws the same ones), fitted in the room the
  // widest badge leaves; only the untitled placeholder, in the image's language, is fitted here.
  const fullTitle = displayTitle(touchpoint.title, messages);
  const title = empty ? fitLegible(fullTitle, card.title.lineWidths, layout.titleLines * MAP.titleLineHeight, TITLE_FONT, MAP.titleLineHeight, floors.title) : card.title;
  const badgeFill = tone === 'positive' ? theme.positiveArea : tone === 'negative' ? theme.negativeArea : theme.surfaceMuted;
  const badgeText = tone === 'positive' ? theme.positive : tone === 'negative' ? theme.negative : theme.neutral;

  // The meta row at the bottom of the card: ★, the channel pill, the owner, the evidence count
  // at the right; and a compare tag.
  const metaTop = card.y + card.height - pad - MAP.cardMetaHeight;
  const metaBaseline = baselineOf(metaTop, MAP.cardMetaHeight, META_FONT.size);
  const innerRight = card.x + card.width - pad;
  const meta: ReactElement[] = [];
  let cursor = card.x + pad + (touchpoint.keyMoment ? MAP.cardKeyInset : 0);
  const counts = cardCounts(touchpoint, messages, disagreement);
  const evidence = counts.evidence;
  const iconSize = META_FONT.size;
  const evidenceWidth = evidence ? iconSize + 3 + measureText(evidence.label, META_FONT) : 0;
  const metaRight = innerRight - (evidence ? evidenceWidth + 8 : 0);
  if (evidence) {
    const left = innerRight - evidenceWidth;
    meta.push(
      <g key="evidence" data-part="card-evidence">
        <title>{evidence.name}</title>
        <path d={QUOTE_ICON_PATH} transform={`translate(${px(left)} ${px(metaTop + (MAP.cardMetaHeight - iconSize) / 2)}) scale(${px(iconSize / 16)})`} fill={theme.textMuted} />
        <text x={px(innerRight)} y={metaBaseline} fontSize={META_FONT.size} fontWeight={600} fill={theme.textMuted} textAnchor="end">
          {evidence.label}
        </text>
      </g>,
    );
  }
  // The count of ratings, under the emotion badge: in the disagreement colour where the room disagrees.
  const ratings = counts.ratings;
  const COUNT_FONT = { size: atLeast(BASE_COUNT_FONT.size, floors.text), weight: BASE_COUNT_FONT.weight };
  const countWidth = ratings ? measureText(ratings.label, COUNT_FONT) + 12 : 0;
  const countTop = card.y + pad + MAP.cardCountTop;
  const countElement =
    ratings && layout.cardCounts ? (
      <g data-part="card-ratings" data-n={ratings.n}>
        <title>{ratings.name}</title>
        <rect
          x={px(innerRight - countWidth + 0.5)}
          y={countTop + 0.5}
          width={px(countWidth - 1)}
          height={MAP.cardCountHeight - 1}
          rx={(MAP.cardCountHeight - 1) / 2}
          fill={ratings.disagreement ? theme.disagreeArea : theme.surface}
          stroke={ratings.disagreement ? theme.disagree : theme.border}
        />
        <text
          x={px(innerRight - countWidth / 2)}
          y={baselineOf(countTop, MAP.cardCountHeight, COUNT_FONT.size)}
          fontSize={COUNT_FONT.size}
          fontWeight={COUNT_FONT.weight}
          fill={ratings.disagreement ? theme.disagree : theme.textMuted}
          textAnchor="middle"
        >
          {ratings.label}
        </text>
      </g>
    ) : null;
  // A compare tag straddles the card's top edge, like a "new" sticker: it needs no room inside.
  const tag = decoration?.tag;
  const tagWidth = tag ? measureText(tag.text, BADGE_FONT) + 14 : 0;
  const tagElement = tag ? (
    <g>
      <rect x={innerRight - tagWidth} y={card.y - 10} width={tagWidth} height={20} rx={10} fill={tag.background} stroke={theme.surface} strokeWidth={1.5} />
      <text x={innerRight - tagWidth / 2} y={baselineOf(card.y - 10, 20, BADGE_FONT.size)} fontSize={BADGE_FONT.size} fontWeight={700} fill={tag.color} textAnchor="middle">
        {tag.text}
      </text>
    </g>
  ) : null;
  if (touchpoint.keyMoment) {
    meta.push(
      <text key="key" x={cursor} y={baselineOf(metaTop, MAP.cardMetaHeight, 14)} fontSize={14} fill={theme.key}>
        {'\u2605'}
      </text>,
    );
    cursor += 20;
  }
  if (touchpoint.channel && cursor < metaRight - 24) {
    // The channel in the image's language ("面对面"), as on the card.
    const channel = channelLabel(touchpoint.channel, messages);
    const maxWidth = Math.min((card.width - 2 * pad) / 2, metaRight - cursor) - 16;
    const text = truncateText(channel, maxWidth, META_FONT);
    const width = measureText(text, META_FONT) + 16;
    meta.push(
      <Shortened key="channel" full={channel} shortened={text !== channel}>
        <rect x={cursor + 0.5} y={metaTop + 2.5} width={width - 1} height={19} rx={9.5} fill={theme.surfaceMuted} stroke={theme.border} />
        <text x={cursor + 8} y={metaBaseline} fontSize={META_FONT.size} fill={theme.textMuted}>
          {text}
        </text>
      </Shortened>,
    );
    cursor += width + 6;
  }
  if (touchpoint.owner && cursor < metaRight - 24) {
    const owner = truncateText(touchpoint.owner, metaRight - cursor, META_FONT);
    meta.push(
      <Shortened key="owner" full={touchpoint.owner} shortened={owner !== touchpoint.owner}>
        <text x={cursor} y={metaBaseline} fontSize={META_FONT.size} fill={theme.textMuted}>
          {owner}
        </text>
      </Shortened>,
    );
  }

  const hasMetaRow = layout.cardMeta;
  return (
    <g>
    <g opacity={decoration?.ghost ? 0.62 : undefined}>
      <rect
        x={card.x + 0.5}
        y={card.y + 0.5}
        width={card.width - 1}
        height={card.height - 1}
        rx={10}
        fill={theme.surface}
        stroke={decoration?.outline ?? theme.border}
        strokeWidth={decoration?.outline ? 2 : 1}
        strokeDasharray={decoration?.ghost ? '6 4' : undefined}
      />
      {touchpoint.keyMoment && <path d={leftRoundedRect(card.x, card.y, 4, card.height, 10)} fill={theme.key} />}
      <Shortened full={fullTitle} shortened={title.shortened}>
      <g data-part="card-title">
      <TextLines
        lines={title.lines}
        x={card.x + pad + (touchpoint.keyMoment ? MAP.cardKeyInset : 0)}
        top={card.y + pad}
        fontSize={title.size}
        lineHeight={title.lineHeight}
        weight={empty ? 500 : 600}
        italic={empty}
        fill={empty ? theme.textMuted : theme.text}
      />
      </g>
      </Shortened>
      <rect x={badgeX} y={card.y + pad} width={badgeWidth} height={20} rx={10} fill={badgeFill} />
      <text x={badgeX + badgeWidth / 2} y={baselineOf(card.y + pad, 20, BADGE_FONT.size)} fontSize={BADGE_FONT.size} fontWeight={700} fill={badgeText} textAnchor="middle">
        {emotionText}
      </text>
      {countElement}
      {hasMetaRow && meta}
    </g>
    {tagElement}
    </g>
  );
}

export function Cards({ context, decorate }: { context: MapRenderContext; decorate?: (touchpointId: string) => CardDecoration | undefined }): ReactElement | null {
  if (!context.layout.lanes.some((lane) => lane.lane === 'touchpoints')) return null;
  const disagreements = new Set(context.layout.analysis.ratings.disagreements);
  return (
    <g>
      {context.layout.cards.map((card) => (
        <Card key={card.touchpointId} context={context} card={card} decoration={decorate?.(card.touchpointId)} disagreement={disagreements.has(card.touchpointId)} />
      ))}
    </g>
  );
}
