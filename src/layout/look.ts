/**
 * The one look of the map: sizes and spacing, the type scale, the font stack and the palette
 * (light and dark). The editor's stylesheet carries the same values as `--jc-*` custom
 * properties (test/picture/look.test.ts checks theme.css and canvas.css against this module),
 * and every export resolves its colours from here. It lives at the layout floor because layout
 * measures text in these sizes; the picture, the editor and the exports read it from there.
 */

/** The fixed sizes of the map, in map pixels. */
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
  /** A key moment's card has a bar on its left edge (4 px, where other cards have a 1 px border): its title starts this much further in. */
  cardKeyInset: 3,
  titleFontSize: 14,
  titleLineHeight: 20,
  maxTitleLines: 4,
  cardMetaHeight: 24,
  cardMetaGap: 6,
  /** A rated card's count of ratings ("n 6"), under its emotion badge: its top (from the badge's top) and height. */
  cardCountTop: 22,
  cardCountHeight: 18,
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
  /** 13 px (not 12): at the readable zoom (about 0.86) a chip stays at 11 px on screen or more. */
  chipFontSize: 13,
  chipLineHeight: 18,
  /** A one-line chip is 28 px high: a 24 px target on screen at the readable zoom. */
  chipPaddingY: 5,
  chipPaddingX: 8,
  chipGap: 4,
  maxChipLines: 3,
  /** 28 px: a 24 px target on screen at the readable zoom. */
  addButtonHeight: 28,
  minChipLaneHeight: 40,
  metricsHeight: 48,
} as const;

/**
 * Type scale of the map's texts, in map pixels (font size, line height, weight). Nothing is
 * under 13 px: the editor opens at the zoom that puts card titles at 12 px on screen (about
 * 0.86, editor/canvas/fitMap.ts), where 13 px texts are still 11 px.
 */
export const TYPE = {
  cardTitle: { size: MAP.titleFontSize, lineHeight: MAP.titleLineHeight, weight: 600 },
  stageName: { size: MAP.headerNameFontSize, lineHeight: MAP.headerNameLineHeight, weight: 700 },
  stageStats: { size: 13, lineHeight: 20, weight: 500 },
  chip: { size: MAP.chipFontSize, lineHeight: MAP.chipLineHeight, weight: 400 },
  meta: { size: 13, lineHeight: 18, weight: 500 },
  badge: { size: 13, lineHeight: 20, weight: 700 },
  /** The count of ratings on a card: 14 px, so it stays at 12 px on screen at the readable zoom. */
  ratingCount: { size: 14, lineHeight: 18, weight: 600 },
  laneName: { size: 14, lineHeight: 18, weight: 600 },
  scaleTick: { size: 13, lineHeight: 16, weight: 400 },
  loudMarker: { size: 13, lineHeight: 22, weight: 700 },
  quietMarker: { size: 13, lineHeight: 20, weight: 600 },
} as const;

export type TypeStyle = (typeof TYPE)[keyof typeof TYPE];

/** Every text, on screen and in images, with CJK fonts so Chinese renders in every image viewer. */
export const FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

/**
 * Each colour of the palette and the custom property that carries it on the editor root
 * (`.jc-editor`, `.jc-viewer`). A host overrides the property; an export from that editor reads
 * it back (picture/paint.ts), so the host's theme reaches the image.
 */
export const COLOR_VARIABLES = {
  bg: '--jc-bg',
  surface: '--jc-surface',
  surfaceMuted: '--jc-surface-muted',
  border: '--jc-border',
  borderStrong: '--jc-border-strong',
  text: '--jc-text',
  textMuted: '--jc-text-muted',
  accent: '--jc-accent',
  focus: '--jc-focus',
  lane: '--jc-lane',
  laneName: '--jc-lane-name',
  column: '--jc-column',
  columnAlt: '--jc-column-alt',
  grid: '--jc-grid',
  zero: '--jc-zero',
  curve: '--jc-curve',
  positive: '--jc-positive',
  negative: '--jc-negative',
  neutral: '--jc-neutral',
  positiveArea: '--jc-positive-area',
  negativeArea: '--jc-negative-area',
  pointRing: '--jc-point-ring',
  peak: '--jc-peak',
  end: '--jc-end',
  quiet: '--jc-quiet',
  key: '--jc-key',
  onLoud: '--jc-on-loud',
  painPointsBg: '--jc-chip-pain-bg',
  painPointsText: '--jc-chip-pain-text',
  delightsBg: '--jc-chip-delight-bg',
  delightsText: '--jc-chip-delight-text',
  opportunitiesBg: '--jc-chip-opportunity-bg',
  opportunitiesText: '--jc-chip-opportunity-text',
  before: '--jc-before',
  added: '--jc-added',
  removed: '--jc-removed',
  band: '--jc-band',
  disagree: '--jc-disagree',
  disagreeArea: '--jc-disagree-area',
} as const;

export type ColorName = keyof typeof COLOR_VARIABLES;

/** A colour per name: literal colours for an image, `var(--jc-…)` references for the editor. */
export type Palette = Readonly<Record<ColorName, string>>;

export type ColorMode = 'light' | 'dark';

export const PALETTES: Readonly<Record<ColorMode, Palette>> = {
  light: {
    bg: '#f6f7fb',
    surface: '#ffffff',
    surfaceMuted: '#f1f3f8',
    border: '#d9dde7',
    borderStrong: '#b8bfcf',
    text: '#1c2233',
    textMuted: '#5b6478',
    accent: '#4f46e5',
    focus: '#2563eb',
    lane: 'rgba(255, 255, 255, 0.72)',
    laneName: '#4a5368',
    column: 'rgba(79, 70, 229, 0.025)',
    columnAlt: 'rgba(79, 70, 229, 0.055)',
    grid: 'rgba(28, 34, 51, 0.08)',
    zero: '#7a8398',
    curve: '#334155',
    positive: '#15803d',
    negative: '#c2410c',
    neutral: '#5b6478',
    positiveArea: 'rgba(34, 197, 94, 0.18)',
    negativeArea: 'rgba(249, 115, 22, 0.2)',
    pointRing: '#ffffff',
    peak: '#b91c1c',
    end: '#1d4ed8',
    quiet: '#6b7280',
    key: '#b45309',
    onLoud: '#ffffff',
    painPointsBg: '#fdecec',
    painPointsText: '#8a1c1c',
    delightsBg: '#e7f6ec',
    delightsText: '#14532d',
    opportunitiesBg: '#eaf0fd',
    opportunitiesText: '#1e3a8a',
    // The compare view's as-is curve: 4.8:1 against the lane, so it stays visible beside the to-be curve.
    before: '#64748b',
    added: '#15803d',
    removed: '#b91c1c',
    // The room's spread at a rated touchpoint: a whisker in the curve's ink, light enough to sit under it.
    band: 'rgba(51, 65, 85, 0.2)',
    // Where the room disagrees: violet, a colour no other mark uses (5.7:1 on white).
    disagree: '#7c3aed',
    disagreeArea: 'rgba(124, 58, 237, 0.2)',
  },
  dark: {
    bg: '#0f141d',
    surface: '#1a2130',
    surfaceMuted: '#222a3b',
    border: '#334055',
    borderStrong: '#4a5870',
    text: '#e7ebf3',
    textMuted: '#a6b0c3',
    accent: '#8b85ff',
    focus: '#7aa7ff',
    lane: 'rgba(255, 255, 255, 0.035)',
    laneName: '#b4bdcf',
    column: 'rgba(139, 133, 255, 0.03)',
    columnAlt: 'rgba(139, 133, 255, 0.07)',
    grid: 'rgba(231, 235, 243, 0.09)',
    zero: '#8793aa',
    curve: '#dbe3f0',
    positive: '#4ade80',
    negative: '#fb923c',
    neutral: '#a6b0c3',
    positiveArea: 'rgba(74, 222, 128, 0.16)',
    negativeArea: 'rgba(251, 146, 60, 0.18)',
    pointRing: '#0f141d',
    peak: '#f87171',
    end: '#7aa7ff',
    quiet: '#9aa3b5',
    key: '#fbbf24',
    onLoud: '#0f141d',
    painPointsBg: '#3b1d22',
    painPointsText: '#fecaca',
    delightsBg: '#173222',
    delightsText: '#bbf7d0',
    opportunitiesBg: '#1c2747',
    opportunitiesText: '#c7d7fe',
    before: '#94a3b8',
    added: '#4ade80',
    removed: '#f87171',
    band: 'rgba(219, 227, 240, 0.22)',
    disagree: '#c4b5fd',
    disagreeArea: 'rgba(196, 181, 253, 0.24)',
  },
};

/** The colours of a chip lane's chips. */
export function chipColors(palette: Palette, lane: 'painPoints' | 'delights' | 'opportunities'): { bg: string; text: string } {
  return { bg: palette[`${lane}Bg`], text: palette[`${lane}Text`] };
}

/** The tone of an emotion value, which picks its colour. */
export function emotionTone(emotion: number): 'positive' | 'negative' | 'neutral' {
  return emotion > 0 ? 'positive' : emotion < 0 ? 'negative' : 'neutral';
}

/** The colour of an emotion value's tone. */
export function toneColor(palette: Palette, emotion: number): string {
  return palette[emotionTone(emotion)];
}

/** Colours for stages that have none in the document, by position: distinct, and readable under white text. */
export const STAGE_COLORS = ['#4f46e5', '#0284c7', '#d97706', '#059669', '#db2777', '#7c3aed', '#0d9488', '#dc2626'] as const;

/** A stage's colour: its own, else one of STAGE_COLORS by its position. */
export function stageColor(color: string | undefined, index: number): string {
  return color ?? STAGE_COLORS[index % STAGE_COLORS.length] ?? STAGE_COLORS[0];
}
