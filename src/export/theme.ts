/**
 * The editor's colours as literal values (from src/editor/theme.css), for images: an exported
 * SVG or PNG cannot read CSS custom properties, and must look the same on any host page.
 * Keep in step with theme.css when the editor's palette changes.
 */

/** The font stack of the editor, with CJK fonts so Chinese renders in every image viewer. */
export const EXPORT_FONT_FAMILY =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

export interface ExportTheme {
  mode: 'light' | 'dark';
  bg: string;
  surface: string;
  surfaceMuted: string;
  border: string;
  borderStrong: string;
  text: string;
  textMuted: string;
  accent: string;
  lane: string;
  laneName: string;
  column: string;
  columnAlt: string;
  grid: string;
  zero: string;
  curve: string;
  positive: string;
  negative: string;
  neutral: string;
  positiveArea: string;
  negativeArea: string;
  pointRing: string;
  peak: string;
  end: string;
  quiet: string;
  key: string;
  /** Text on the loud (peak, end) marker pills. */
  onLoud: string;
  chips: Record<'painPoints' | 'delights' | 'opportunities', { bg: string; text: string }>;
  /** Compare view: the "before" curve and points, muted. */
  before: string;
  added: string;
  removed: string;
}

export const LIGHT_THEME: ExportTheme = {
  mode: 'light',
  bg: '#f6f7fb',
  surface: '#ffffff',
  surfaceMuted: '#f1f3f8',
  border: '#d9dde7',
  borderStrong: '#b8bfcf',
  text: '#1c2233',
  textMuted: '#5b6478',
  accent: '#4f46e5',
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
  chips: {
    painPoints: { bg: '#fdecec', text: '#8a1c1c' },
    delights: { bg: '#e7f6ec', text: '#14532d' },
    opportunities: { bg: '#eaf0fd', text: '#1e3a8a' },
  },
  before: '#94a3b8',
  added: '#15803d',
  removed: '#b91c1c',
};

export const DARK_THEME: ExportTheme = {
  mode: 'dark',
  bg: '#0f141d',
  surface: '#1a2130',
  surfaceMuted: '#222a3b',
  border: '#334055',
  borderStrong: '#4a5870',
  text: '#e7ebf3',
  textMuted: '#a6b0c3',
  accent: '#8b85ff',
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
  chips: {
    painPoints: { bg: '#3b1d22', text: '#fecaca' },
    delights: { bg: '#173222', text: '#bbf7d0' },
    opportunities: { bg: '#1c2747', text: '#c7d7fe' },
  },
  before: '#64748b',
  added: '#4ade80',
  removed: '#f87171',
};

export function exportTheme(mode: 'light' | 'dark'): ExportTheme {
  return mode === 'dark' ? DARK_THEME : LIGHT_THEME;
}

/** Stage colours: the editor's own function, so a stage without a colour gets the same one in images. */
export { stageColor as exportStageColor } from '../editor/canvas/stageColors';

/** The tone of an emotion value, which picks its colour. */
export function emotionTone(emotion: number): 'positive' | 'negative' | 'neutral' {
  return emotion > 0 ? 'positive' : emotion < 0 ? 'negative' : 'neutral';
}
