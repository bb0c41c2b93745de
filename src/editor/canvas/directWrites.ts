/**
 * Attribute and text writes made straight to elements React rendered, that can be taken back.
 * An emotion drag draws its frames this way (see emotionDragPaint.ts); at the drop or on Escape
 * every write is undone before React draws the settled map, so React's idea of the DOM and the
 * DOM agree again. A value React itself wrote over ours in the meantime (a render during the
 * drag) becomes the value to restore, and is never overwritten by the undo.
 */
interface Written {
  original: string | null;
  written: string;
}

export class DirectWrites {
  private readonly attributes = new Map<Element, Map<string, Written>>();
  private readonly texts = new Map<Text, Written>();

  attribute(element: Element, name: string, value: string): void {
    const current = element.getAttribute(name);
    let byName = this.attributes.get(element);
    const entry = byName?.get(name);
    if (!entry) {
      if (current === value) return;
      if (!byName) {
        byName = new Map();
        this.attributes.set(element, byName);
      }
      byName.set(name, { original: current, written: value });
    } else {
      if (current !== entry.written) entry.original = current;
      entry.written = value;
    }
    if (current !== value) element.setAttribute(name, value);
  }

  /** The text of an element holding one text node (as React renders `<text>{value}</text>`). */
  text(element: Element, value: string): void {
    const node = element.firstChild;
    if (!(node instanceof Text)) return;
    const current = node.nodeValue ?? '';
    const entry = this.texts.get(node);
    if (!entry) {
      if (current === value) return;
      this.texts.set(node, { original: current, written: value });
    } else {
      if (current !== entry.written) entry.original = current;
      entry.written = value;
    }
    if (current !== value) node.nodeValue = value;
  }

  get empty(): boolean {
    return this.attributes.size === 0 && this.texts.size === 0;
  }

  /** Puts back every value still as written here. */
  undo(): void {
    for (const [element, byName] of this.attributes) {
      for (const [name, { original, written }] of byName) {
        if (element.getAttribute(name) !== written) continue;
        if (original === null) element.removeAttribute(name);
        else element.setAttribute(name, original);
      }
    }
    for (const [node, { original, written }] of this.texts) {
      if (node.nodeValue === written) node.nodeValue = original ?? '';
    }
    this.attributes.clear();
    this.texts.clear();
  }
}
