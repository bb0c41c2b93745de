/**
 * PNG and JPEG through html-to-image (pinned to 1.11.11: later versions drop SVG strokes).
 *
 * The native SVG file is mounted as an <img> in an off-screen container, decoded with the page's
 * installed fonts, and drawn at exactly the requested pixel size; the container is removed
 * afterwards, also when drawing fails. Why an <img> and not the live <svg> tree: html-to-image
 * copies every computed style property of every element it clones (~350 per element), which
 * took 8–15 s for a 100-touchpoint map; an image is one element, and host-page CSS (`svg text
 * { … }`) cannot leak into the export, so the image is exactly the SVG export.
 *
 * html-to-image is loaded on the first PNG or JPEG export, not with the editor: a host's bundler
 * puts it in a chunk of its own, which pages that never export an image do not download.
 */
import { assertRasterSize } from './presets';
import { serializeSvg } from './render';

export interface RasterRequest {
  svg: SVGSVGElement;
  /** Page size in CSS px. */
  width: number;
  height: number;
  /** Output size in device pixels. */
  pixelWidth: number;
  pixelHeight: number;
  type: 'image/png' | 'image/jpeg';
  /** Painted under the image (JPEG has no transparency). */
  background: string | null;
  quality: number;
}

/**
 * `text` with each lone surrogate replaced by U+FFFD, as a UTF-8 encoder would: `parseJourney`
 * refuses them, but a host can hand the export a document it built itself, and
 * `encodeURIComponent` throws `URIError` on one.
 */
export function wellFormed(text: string): string {
  const native = (text as { toWellFormed?: () => string }).toWellFormed;
  if (typeof native === 'function') return native.call(text);
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** Waits for the page's fonts, so CJK and any loading face are ready before the text is drawn. */
async function fontsReady(): Promise<void> {
  const fonts = (document as Document & { fonts?: FontFaceSet }).fonts;
  if (fonts) await fonts.ready;
}

function canvasToBlob(canvas: HTMLCanvasElement, type: string, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error(`journey-canvas: the browser could not encode a ${canvas.width}×${canvas.height} ${type} image.`))),
      type,
      quality,
    );
  });
}

export async function rasterizeSvg(request: RasterRequest): Promise<Blob> {
  assertRasterSize({ width: request.pixelWidth, height: request.pixelHeight }, 'Use a smaller pixelRatio or a slide preset.');
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.setAttribute('data-jc-export', '');
  // Off-screen but laid out (display:none would give no layout and no fonts).
  container.style.cssText = `position:fixed;left:-${request.width + 1000}px;top:0;width:${request.width}px;height:${request.height}px;overflow:hidden;pointer-events:none;z-index:-1;`;
  const image = document.createElement('img');
  image.width = request.width;
  image.height = request.height;
  image.alt = request.svg.getAttribute('aria-label') ?? '';
  image.style.display = 'block';
  container.appendChild(image);
  document.body.appendChild(container);
  try {
    await fontsReady();
    // A data: URL (not blob:), which html-to-image keeps as it is instead of fetching it again.
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(wellFormed(serializeSvg(request.svg)))}`;
    await image.decode();
    const { toCanvas } = await import('html-to-image');
    const canvas = await toCanvas(image, {
      width: request.width,
      height: request.height,
      // Drawn straight at the output size (the SVG is vector, so it stays sharp): exact whole pixels,
      // which `pixelRatio` in html-to-image would round down.
      canvasWidth: request.pixelWidth,
      canvasHeight: request.pixelHeight,
      pixelRatio: 1,
      // We checked the size ourselves; html-to-image would otherwise shrink it silently.
      skipAutoScale: true,
      // The drawing uses installed fonts only; embedding the host page's web fonts is slow and useless here.
      skipFonts: true,
      ...(request.background ? { backgroundColor: request.background } : {}),
    });
    if (canvas.width !== request.pixelWidth || canvas.height !== request.pixelHeight) {
      throw new Error(`journey-canvas: the browser drew ${canvas.width}×${canvas.height} px instead of ${request.pixelWidth}×${request.pixelHeight}.`);
    }
    return await canvasToBlob(canvas, request.type, request.quality);
  } finally {
    container.remove();
  }
}
