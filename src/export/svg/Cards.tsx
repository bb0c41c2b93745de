/** Touchpoint cards: title (wrapped, clamped like the editor's), emotion badge, channel, owner, key moment. */
import type { ReactElement } from 'react';
import { formatEmotion } from '../../i18n';
import { MAP } from '../../layout';
import type { CardLayout } from '../../layout';
import { fitText, measureText, truncateText } from '../../layout';
import { emotionTone } from '../../layout';
import { displayTitle } from './context';
import type { MapRenderContext } from './context';
import { leftRoundedRect } from '../../picture/shapes';
import { baselineOf, TextLines } from '../../picture/TextLines';

const TITLE_FONT = { size: MAP.titleFontSize, weight: 600 };
const BADGE_FONT = { size: 12, weight: 700 };
const META_FONT = { size: 12 };

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
}

function Card({ context, card, decoration }: CardProps): ReactElement | null {
  const { theme, messages, touchpointById, layout } = context;
  const touchpoint = touchpointById.get(card.touchpointId);
  if (!touchpoint) return null;
  const pad = MAP.cardPadding;
  const tone = emotionTone(touchpoint.emotion);
  const emotionText = formatEmotion(touchpoint.emotion);
  const badgeWidth = Math.max(30, measureText(emotionText, BADGE_FONT) + 10);
  const badgeX = card.x + card.width - pad - badgeWidth;
  const empty = touchpoint.title.trim() === '';
  // The title takes what the badge leaves (as the editor's flex row does); the layout reserved
  // lines for the widest badge, so this never needs more lines than it has room for.
  const titleWidth = card.width - 2 * pad - badgeWidth - 6 - (touchpoint.keyMoment ? 2 : 0);
  const title = fitText(displayTitle(touchpoint.title, messages), titleWidth, layout.titleLines * MAP.titleLineHeight, TITLE_FONT, MAP.titleLineHeight);
  const badgeFill = tone === 'positive' ? theme.positiveArea : tone === 'negative' ? theme.negativeArea : theme.surfaceMuted;
  const badgeText = tone === 'positive' ? theme.positive : tone === 'negative' ? theme.negative : theme.neutral;

  // The meta row at the bottom of the card: ★, the channel pill, the owner; and a compare tag.
  const metaTop = card.y + card.height - pad - MAP.cardMetaHeight;
  const metaBaseline = baselineOf(metaTop, MAP.cardMetaHeight, META_FONT.size);
  const innerRight = card.x + card.width - pad;
  const meta: ReactElement[] = [];
  let cursor = card.x + pad + (touchpoint.keyMoment ? 2 : 0);
  const metaRight = innerRight;
  // A compare tag straddles the card's top edge, like a "new" sticker: it needs no room inside.
  const tag = decoration?.tag;
  const tagWidth = tag ? measureText(tag.text, BADGE_FONT) + 14 : 0;
  const tagElement = tag ? (
    <g>
      <rect x={innerRight - tagWidth} y={card.y - 10} width={tagWidth} height={20} rx={10} fill={tag.background} stroke={theme.surface} strokeWidth={1.5} />
      <text x={innerRight - tagWidth / 2} y={baselineOf(card.y - 10, 20, 12)} fontSize={12} fontWeight={700} fill={tag.color} textAnchor="middle">
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
    const maxWidth = Math.min((card.width - 2 * pad) / 2, metaRight - cursor) - 16;
    const text = truncateText(touchpoint.channel, maxWidth, META_FONT);
    const width = measureText(text, META_FONT) + 16;
    meta.push(
      <g key="channel">
        <rect x={cursor + 0.5} y={metaTop + 2.5} width={width - 1} height={19} rx={9.5} fill={theme.surfaceMuted} stroke={theme.border} />
        <text x={cursor + 8} y={metaBaseline} fontSize={12} fill={theme.textMuted}>
          {text}
        </text>
      </g>,
    );
    cursor += width + 6;
  }
  if (touchpoint.owner && cursor < metaRight - 24) {
    meta.push(
      <text key="owner" x={cursor} y={metaBaseline} fontSize={12} fill={theme.textMuted}>
        {truncateText(touchpoint.owner, metaRight - cursor, META_FONT)}
      </text>,
    );
  }

  const hasMetaRow = card.height >= 2 * pad + layout.titleLines * MAP.titleLineHeight + MAP.cardMetaGap + MAP.cardMetaHeight;
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
      <TextLines
        lines={title.lines}
        x={card.x + pad + (touchpoint.keyMoment ? 2 : 0)}
        top={card.y + pad}
        fontSize={title.size}
        lineHeight={title.lineHeight}
        weight={empty ? 500 : 600}
        italic={empty}
        fill={empty ? theme.textMuted : theme.text}
      />
      <rect x={badgeX} y={card.y + pad} width={badgeWidth} height={20} rx={10} fill={badgeFill} />
      <text x={badgeX + badgeWidth / 2} y={baselineOf(card.y + pad, 20, 12)} fontSize={12} fontWeight={700} fill={badgeText} textAnchor="middle">
        {emotionText}
      </text>
      {hasMetaRow && meta}
    </g>
    {tagElement}
    </g>
  );
}

export function Cards({ context, decorate }: { context: MapRenderContext; decorate?: (touchpointId: string) => CardDecoration | undefined }): ReactElement | null {
  if (!context.layout.lanes.some((lane) => lane.lane === 'touchpoints')) return null;
  return (
    <g>
      {context.layout.cards.map((card) => (
        <Card key={card.touchpointId} context={context} card={card} decoration={decorate?.(card.touchpointId)} />
      ))}
    </g>
  );
}
