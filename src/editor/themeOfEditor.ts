/**
 * The colours an export made from an editor draws with: the editor's own `--jc-*` custom
 * properties as the host page resolves them (a host's brand theme included), so the image looks
 * like the editor it came from. Only when the export's colour mode is the editor's own: a dark
 * export of a light editor takes the dark palette. The caller's `theme` option wins over both.
 */
import type { ExportImageOptions } from '../export/options';
import { readThemeOverrides } from '../picture/paint';
import type { ThemeOverrides } from '../picture/paint';

export function themeOfEditor(inside: Element | null, editorMode: 'light' | 'dark', options: ExportImageOptions): ThemeOverrides | undefined {
  const root = inside?.closest('.jc-editor, .jc-viewer') ?? null;
  const sameMode = options.colorMode === undefined || options.colorMode === editorMode;
  if (!root || !sameMode) return options.theme;
  return { ...readThemeOverrides(root), ...options.theme };
}
