/**
 * Turns the React drawing into a real SVG element and into SVG text. React builds the elements
 * (text is set as text nodes, never parsed), XMLSerializer writes them out (escaping `<`, `&`,
 * quotes): no markup is ever assembled from strings.
 */
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

/** Renders `element` (an <svg>) into a detached container and returns the SVG element it made. */
export function renderToSvgElement(element: ReactElement): SVGSVGElement {
  const host = document.createElement('div');
  const root = createRoot(host);
  try {
    flushSync(() => root.render(element));
    const svg = host.querySelector('svg');
    if (!svg) throw new Error('journey-canvas: the export drawing produced no <svg> element.');
    return svg.cloneNode(true) as SVGSVGElement;
  } finally {
    root.unmount();
  }
}

/** A standalone SVG file's text: XML declaration, then the element with its namespace. */
export function serializeSvg(svg: SVGSVGElement): string {
  const xml = new XMLSerializer().serializeToString(svg);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}
