/**
 * Turns the drawing (React elements made of function components and SVG tags) into a real SVG
 * element, with `document.createElementNS`, `setAttribute` and text nodes — text is never
 * parsed, so a title like `</text><script>` stays text — and into SVG file text with
 * XMLSerializer, which escapes `<`, `&` and quotes.
 *
 * Why not a React root: rendering into a second root needs flushSync (not allowed while React
 * renders, and noisy under test act() checks), and react-dom/server would add its weight to every
 * host's bundle. The drawing uses only plain elements and pure function components, so this is
 * all it takes. Event handlers are refused: nothing in an exported image may run.
 */
import { Fragment, isValidElement } from 'react';
import type { ReactElement, ReactNode } from 'react';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** SVG attributes React writes in camelCase; every other camelCase prop is written kebab-case (strokeWidth → stroke-width). */
const CAMEL_ATTRIBUTES = new Set(['viewBox', 'preserveAspectRatio', 'clipPathUnits', 'gradientUnits', 'gradientTransform', 'patternUnits', 'textLength', 'lengthAdjust']);

function attributeName(prop: string): string {
  if (prop === 'className') return 'class';
  if (prop.startsWith('aria-') || prop.startsWith('data-') || CAMEL_ATTRIBUTES.has(prop)) return prop;
  return prop.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

function append(parent: Node, node: ReactNode): void {
  if (node === null || node === undefined || typeof node === 'boolean') return;
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') {
    parent.appendChild(parent.ownerDocument!.createTextNode(String(node)));
    return;
  }
  if (Array.isArray(node)) {
    for (const child of node as ReactNode[]) append(parent, child);
    return;
  }
  if (!isValidElement(node)) throw new TypeError('journey-canvas: the export drawing holds something that is not an element.');
  const element = node as ReactElement<Record<string, unknown>>;
  const { type, props } = element;
  if (type === Fragment) {
    append(parent, props.children as ReactNode);
    return;
  }
  if (typeof type === 'function') {
    append(parent, (type as (props: Record<string, unknown>) => ReactNode)(props));
    return;
  }
  if (typeof type !== 'string') throw new TypeError('journey-canvas: the export drawing uses an element type it cannot write.');
  const created = parent.ownerDocument!.createElementNS(SVG_NS, type);
  for (const [prop, value] of Object.entries(props)) {
    if (prop === 'children' || value === undefined || value === null || value === false) continue;
    if (typeof value === 'function' || /^on/i.test(prop)) throw new TypeError(`journey-canvas: the export drawing may not hold "${prop}".`);
    if (prop === 'style' || prop === 'dangerouslySetInnerHTML') throw new TypeError(`journey-canvas: the export drawing may not hold "${prop}".`);
    created.setAttribute(attributeName(prop), String(value));
  }
  append(created, props.children as ReactNode);
  parent.appendChild(created);
}

/** Builds the SVG element `element` (an <svg> drawing) describes, in `ownerDocument`. */
export function renderToSvgElement(element: ReactElement, ownerDocument: Document = document): SVGSVGElement {
  const holder = ownerDocument.createElementNS(SVG_NS, 'g');
  append(holder, element);
  const svg = holder.firstElementChild;
  if (!svg || svg.localName !== 'svg') throw new Error('journey-canvas: the export drawing produced no <svg> element.');
  return svg as SVGSVGElement;
}

/** A standalone SVG file's text: XML declaration, then the element with its namespace. */
export function serializeSvg(svg: SVGSVGElement): string {
  const xml = new XMLSerializer().serializeToString(svg);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;
}
