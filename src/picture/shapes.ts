/** Path data for boxes with only some corners rounded (the stage colour strip, the key-moment edge). */

/** A box with its two top corners rounded by `r`. */
export function topRoundedRect(x: number, y: number, width: number, height: number, r: number): string {
  const radius = Math.min(r, width / 2, height);
  return `M${x},${y + height}V${y + radius}A${radius},${radius} 0 0 1 ${x + radius},${y}H${x + width - radius}A${radius},${radius} 0 0 1 ${x + width},${y + radius}V${y + height}Z`;
}

/** A box with its two left corners rounded by `r`. */
export function leftRoundedRect(x: number, y: number, width: number, height: number, r: number): string {
  const radius = Math.min(r, height / 2, width);
  return `M${x + width},${y}H${x + radius}A${radius},${radius} 0 0 0 ${x},${y + radius}V${y + height - radius}A${radius},${radius} 0 0 0 ${x + radius},${y + height}H${x + width}Z`;
}

/** Rounds to 0.01 px: plenty for any screen or print, and keeps the SVG small. */
export function px(value: number): number {
  return Math.round(value * 100) / 100;
}

/** An opening quotation mark in a 16×16 box: the evidence count's icon on a card (no font needed). */
export const QUOTE_ICON_PATH =
  'M1.5,13.5V9.2C1.5,5.9 3.1,3.6 6.4,2.4L7.1,3.9C5.3,4.7 4.4,5.9 4.3,7.5H7V13.5ZM9,13.5V9.2C9,5.9 10.6,3.6 13.9,2.4L14.6,3.9C12.8,4.7 11.9,5.9 11.8,7.5H14.5V13.5Z';
