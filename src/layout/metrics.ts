/** The fixed sizes of the map, in map pixels; one place so the editor's CSS and the export agree. */
export const MAP = {
  gutterWidth: 128,
  columnGap: 8,
  columnPadding: 12,
  cardWidth: 184,
  cardGap: 12,
  lanePadding: 12,
  laneGap: 8,
  /** Card: padding, title line height and font size, the meta row under the title. */
  cardPadding: 10,
  /** Room beside the title for the emotion badge (+2.5). */
  cardBadgeWidth: 46,
  titleFontSize: 14,
  titleLineHeight: 20,
  maxTitleLines: 4,
  cardMetaHeight: 24,
  cardMetaGap: 6,
  /** Header: colour strip, name lines, and the count/mean row. */
  headerPadding: 12,
  headerNameLineHeight: 20,
  headerNameFontSize: 15,
  maxHeaderNameLines: 2,
  headerStatsHeight: 20,
  headerGap: 4,
  emotionLaneHeight: 240,
  /** Room above +5 and below −5 for points and marker labels. */
  emotionPadding: 28,
  chipFontSize: 12,
  chipLineHeight: 16,
  chipPaddingY: 4,
  chipPaddingX: 8,
  chipGap: 4,
  maxChipLines: 3,
  addButtonHeight: 24,
  minChipLaneHeight: 40,
  metricsHeight: 48,
} as const;
