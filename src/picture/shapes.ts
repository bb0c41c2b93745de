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
