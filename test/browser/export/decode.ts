/** Decoding exported images in the browser: a Blob drawn into a canvas, read back as pixels. */
export interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

export async function decode(blob: Blob): Promise<Pixels> {
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2d context');
  context.drawImage(bitmap, 0, 0);
  return { width: bitmap.width, height: bitmap.height, data: context.getImageData(0, 0, bitmap.width, bitmap.height).data };
}

export function hex(color: string): [number, number, number] {
  const value = Number.parseInt(color.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

export function pixelAt(pixels: Pixels, x: number, y: number): [number, number, number] {
  const i = (Math.round(y) * pixels.width + Math.round(x)) * 4;
  return [pixels.data[i] ?? 0, pixels.data[i + 1] ?? 0, pixels.data[i + 2] ?? 0];
}

function distance(a: readonly number[], b: readonly number[]): number {
  return Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0), (a[2] ?? 0) - (b[2] ?? 0));
}

/** Whether some pixel within `radius` of (x, y) is within `tolerance` of `color`. */
export function colorNear(pixels: Pixels, x: number, y: number, color: [number, number, number], radius = 2, tolerance = 60): boolean {
  for (let dy = -radius; dy <= radius; dy++) {
    for (let dx = -radius; dx <= radius; dx++) {
      const px = Math.round(x + dx);
      const py = Math.round(y + dy);
      if (px < 0 || py < 0 || px >= pixels.width || py >= pixels.height) continue;
      if (distance(pixelAt(pixels, px, py), color) <= tolerance) return true;
    }
  }
  return false;
}

/** How many distinct colours (quantised) the image has: a blank or single-colour image has 1 or 2. */
export function colorCount(pixels: Pixels): number {
  const seen = new Set<number>();
  for (let i = 0; i < pixels.data.length; i += 4 * 7) {
    seen.add(((pixels.data[i] ?? 0) >> 4) * 256 + ((pixels.data[i + 1] ?? 0) >> 4) * 16 + ((pixels.data[i + 2] ?? 0) >> 4));
  }
  return seen.size;
}

/** Pixels in a rectangle darker than `threshold` (luma): ink of text. */
export function inkIn(pixels: Pixels, rect: { x: number; y: number; width: number; height: number }, threshold = 140): { count: number; mask: Uint8Array } {
  const mask = new Uint8Array(Math.max(0, Math.round(rect.width) * Math.round(rect.height)));
  let count = 0;
  for (let y = 0; y < Math.round(rect.height); y++) {
    for (let x = 0; x < Math.round(rect.width); x++) {
      const [r, g, b] = pixelAt(pixels, rect.x + x, rect.y + y);
      if (0.299 * r + 0.587 * g + 0.114 * b < threshold) {
        mask[y * Math.round(rect.width) + x] = 1;
        count++;
      }
    }
  }
  return { count, mask };
}
