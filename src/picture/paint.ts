/**
 * A paint: the palette a renderer draws the picture with. The editor paints with references to
 * its `--jc-*` custom properties, so a host's theme and dark mode apply as the stylesheet
 * cascades; an image paints with literal colours, resolved from the same palette (and, when the
 * image is exported from an editor, from the custom properties that editor really has).
 */
import { COLOR_VARIABLES, PALETTES } from '../layout';
import type { ColorMode, ColorName, Palette } from '../layout';

const NAMES = Object.keys(COLOR_VARIABLES) as ColorName[];

/** The editor's paint: `var(--jc-…)` for every colour. */
export const CSS_PAINT: Palette = Object.fromEntries(NAMES.map((name) => [name, `var(${COLOR_VARIABLES[name]})`])) as Record<ColorName, string>;

/** Colours a host may give an export (`theme` option): any of the palette's names. */
export type ThemeOverrides = Partial<Record<ColorName, string>>;

/**
 * Only plain colours reach an image: hex, rgb/hsl/hwb/lab/lch/oklab/oklch/color() functions of
 * numbers, and named colours. Anything else (url(), expressions, markup) falls back to the palette.
 */
const COLOR = /^(#[0-9a-f]{3,8}|(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([-+0-9a-z.,%/\s]*\)|[a-z]{3,30})$/i;

export function isPlainColor(value: string): boolean {
  return value.length <= 120 && COLOR.test(value.trim());
}

/** The literal palette of a colour mode with a host's overrides on top (unusable ones ignored). */
export function resolvePalette(mode: ColorMode, overrides: ThemeOverrides = {}): Palette {
  const palette: Record<ColorName, string> = { ...PALETTES[mode] };
  for (const name of NAMES) {
    const value = overrides[name];
    if (typeof value === 'string' && isPlainColor(value)) palette[name] = value.trim();
  }
  return palette;
}

/**
 * The colours an element really paints with: each `--jc-*` custom property as computed on it
 * (a host's overrides included), so an export made from an editor looks like that editor.
 */
export function readThemeOverrides(element: Element): ThemeOverrides {
  const view = element.ownerDocument.defaultView;
  if (!view) return {};
  const style = view.getComputedStyle(element);
  const overrides: ThemeOverrides = {};
  for (const name of NAMES) {
    const value = style.getPropertyValue(COLOR_VARIABLES[name]).trim();
    if (value) overrides[name] = value;
  }
  return overrides;
}
