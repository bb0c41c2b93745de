/**
 * Issue 12, failure 9: a lone surrogate made PNG and JPEG export throw `URIError: URI malformed`
 * (encodeURIComponent in rasterize.ts). parseJourney refuses such text now, and so does the export
 * (it validates first), with the place named; the rasterizer itself no longer throws on one either.
 */
import { exportJourneyImage } from 'journey-canvas';
import { rasterizeSvg } from '../../../src/export/rasterize';
import { makeJourney } from '../../export/fixtures';
import { decode } from './decode';

describe('raster export of text with a lone surrogate', () => {
  it.each(['png', 'jpeg'] as const)('%s of a document holding one: a clear error naming the place, no URIError', async (format) => {
    const document = makeJourney(4);
    (document.touchpoints[0] as { title: string }).title = 'Card \ude00 alone';
    const error: unknown = await exportJourneyImage(document, { preset: 'slide-16:9', pixelRatio: 1, format }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(URIError);
    expect((error as Error).message).toContain('/touchpoints/0/title');
    expect((error as Error).message).toContain('lone surrogate');
  });

  it('the rasterizer draws an SVG whose text holds one, as U+FFFD', async () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    svg.setAttribute('width', '200');
    svg.setAttribute('height', '100');
    const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    text.setAttribute('x', '10');
    text.setAttribute('y', '50');
    text.textContent = 'Broken \ud83d title';
    svg.appendChild(text);
    const blob = await rasterizeSvg({
      svg,
      width: 200,
      height: 100,
      pixelWidth: 200,
      pixelHeight: 100,
      type: 'image/png',
      background: '#ffffff',
      quality: 1,
    });
    const pixels = await decode(blob);
    expect([pixels.width, pixels.height]).toEqual([200, 100]);
  });
});
