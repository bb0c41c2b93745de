/**
 * jsdom has no layout engine. React Flow measures every node before it draws nodes and edges,
 * so without these stand-ins a component test silently renders an empty canvas. They follow
 * React Flow's testing guide: just enough geometry for the DOM structure to appear.
 * Real geometry (drag, zoom, positions) is tested in Chromium: test/browser.
 */

/** Calls back at once with the observed element, as if it had just been measured. */
class ImmediateResizeObserver implements ResizeObserver {
  readonly #callback: ResizeObserverCallback;

  constructor(callback: ResizeObserverCallback) {
    this.#callback = callback;
  }

  observe(target: Element): void {
    this.#callback([{ target } as ResizeObserverEntry], this);
  }

  unobserve(): void {}

  disconnect(): void {}
}

/** React Flow reads the zoom from `m22` of the viewport's `transform: scale(...)`. */
class ScaleOnlyDOMMatrixReadOnly {
  readonly m22: number;

  constructor(transform?: string) {
    const scale = transform?.match(/scale\(([\d.]+)\)/)?.[1];
    this.m22 = scale === undefined ? 1 : Number(scale);
  }
}

globalThis.ResizeObserver ??= ImmediateResizeObserver;
globalThis.DOMMatrixReadOnly ??= ScaleOnlyDOMMatrixReadOnly as unknown as typeof DOMMatrixReadOnly;

/** An element's size is its inline style size, or 1px so React Flow counts it as measured. */
Object.defineProperties(HTMLElement.prototype, {
  offsetHeight: {
    configurable: true,
    get(this: HTMLElement) {
      return Number.parseFloat(this.style.height) || 1;
    },
  },
  offsetWidth: {
    configurable: true,
    get(this: HTMLElement) {
      return Number.parseFloat(this.style.width) || 1;
    },
  },
});

// SVG text and paths have no box in jsdom; React Flow's edge labels ask for one.
if (typeof SVGElement !== 'undefined' && !('getBBox' in SVGElement.prototype)) {
  Object.defineProperty(SVGElement.prototype, 'getBBox', {
    configurable: true,
    value: () => ({ x: 0, y: 0, width: 0, height: 0 }),
  });
}
