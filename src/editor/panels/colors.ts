/** Stage colours: the format takes `#rgb` or `#rrggbb`; a colour picker only speaks `#rrggbb`. */
const COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

export function isStageColor(text: string): boolean {
  return COLOR.test(text);
}

/** `#rgb` -> `#rrggbb`, lower case, for `<input type="color">`; a neutral grey when there is none. */
export function pickerColor(color: string | undefined): string {
  if (!color || !isStageColor(color)) return '#94a3b8';
  const hex = color.slice(1).toLowerCase();
  return hex.length === 3 ? `#${[...hex].map((c) => c + c).join('')}` : `#${hex}`;
}

/** The localized message for colour text that is not `#rgb` or `#rrggbb`, or null. */
export function colorTextMessage(messages: { 'panel.stage.colorInvalid': string }, text: string): string | null {
  return isStageColor(text) ? null : messages['panel.stage.colorInvalid'];
}
