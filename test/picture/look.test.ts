/**
 * One look: the stylesheet's custom properties carry exactly the palette, font stack and sizes of
 * src/layout/look.ts, so the editor (CSS) and every export (resolved colours) paint the same map.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLOR_VARIABLES, FONT_FAMILY, MAP, PALETTES, TYPE } from '../../src/layout';

const themeCss = readFileSync(resolve('src/editor/theme.css'), 'utf8');
const canvasCss = readFileSync(resolve('src/editor/canvas/canvas.css'), 'utf8');

/** The declarations of the first rule whose selector list starts with `selector`. */
function block(css: string, selector: string): Map<string, string> {
  const at = css.indexOf(`${selector}`);
  expect(at, `rule ${selector}`).toBeGreaterThanOrEqual(0);
  const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
  const declarations = new Map<string, string>();
  for (const part of body.split(';')) {
    const colon = part.indexOf(':');
    if (colon > 0) declarations.set(part.slice(0, colon).trim(), part.slice(colon + 1).trim());
  }
  return declarations;
}

describe('theme.css and the palette', () => {
  const light = block(themeCss, '.jc-editor,\n.jc-viewer {');
  const dark = block(themeCss, ".jc-editor[data-color-mode='dark'],");

  it.each(Object.entries(COLOR_VARIABLES))('%s is %s, equal to the palette in light and dark', (name, variable) => {
    expect(light.get(variable)).toBe(PALETTES.light[name as keyof typeof COLOR_VARIABLES]);
    expect(dark.get(variable)).toBe(PALETTES.dark[name as keyof typeof COLOR_VARIABLES]);
  });

  it('declares no colour the palette does not have', () => {
    const known = new Set<string>(Object.values(COLOR_VARIABLES));
    const colours = [...light.keys(), ...dark.keys()].filter((name) => name.startsWith('--jc-') && !/^--jc-(font|shadow|shadow-raised|radius)$/.test(name));
    expect(colours.filter((name) => !known.has(name))).toEqual([]);
  });

  it('uses the font stack of the exports', () => {
    expect(light.get('--jc-font')).toBe(FONT_FAMILY);
  });
});

describe('canvas.css and the sizes layout reserves', () => {
  it('card titles are set in the type scale layout measures with', () => {
    const title = block(canvasCss, '.jc-canvas .jc-card__title {');
    expect(title.get('font-size')).toBe(`${TYPE.cardTitle.size}px`);
    expect(title.get('line-height')).toBe(`${TYPE.cardTitle.lineHeight}px`);
    expect(title.get('font-weight')).toBe(String(TYPE.cardTitle.weight));
  });

  it('stage names are set in the type scale layout measures with', () => {
    const name = block(canvasCss, '.jc-canvas .jc-stage__name {');
    expect(name.get('font-size')).toBe(`${TYPE.stageName.size}px`);
    expect(name.get('line-height')).toBe(`${TYPE.stageName.lineHeight}px`);
    expect(name.get('-webkit-line-clamp')).toBe(String(MAP.maxHeaderNameLines));
  });

  it('chips are set in the type scale and padding layout measures with', () => {
    const chip = block(canvasCss, '.jc-canvas .jc-chip {');
    expect(chip.get('font')).toBe(`${TYPE.chip.size}px/${TYPE.chip.lineHeight}px var(--jc-font)`);
    expect(chip.get('padding')).toBe(`${MAP.chipPaddingY}px ${MAP.chipPaddingX}px`);
    // The lines (at most MAP.maxChipLines) come from layout; the browser draws them, never wraps them.
    expect(chip.get('white-space')).toBe('nowrap');
    expect(chip.get('text-overflow')).toBe('ellipsis');
  });

  it('card titles draw the lines layout fitted, without wrapping them', () => {
    const title = block(canvasCss, '.jc-canvas .jc-card__title {');
    expect(title.get('white-space')).toBe('nowrap');
    expect(title.get('text-overflow')).toBe('ellipsis');
  });
});
