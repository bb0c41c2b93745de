/**
 * The lines of an element's text as Chromium laid them out, read from the boxes of its
 * characters: what a reader sees, whatever the DOM says.
 */
export interface RenderedLine {
  /** The line's characters, whitespace collapsed. */
  text: string;
  /** From the left of its first character to the right of its last, in screen px. */
  width: number;
}

/** The lines of an element's text: characters grouped by the top of their boxes, top to bottom. */
export function renderedLines(element: Element): RenderedLine[] {
  const lines: Array<{ top: number; text: string; left: number; right: number }> = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    let offset = 0;
    for (const char of text) {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + char.length);
      offset += char.length;
      const box = [...range.getClientRects()].find((rect) => rect.width > 0);
      if (!box) continue;
      const line = lines.find((candidate) => Math.abs(candidate.top - box.top) < box.height / 2);
      if (line) {
        line.text += char;
        line.left = Math.min(line.left, box.left);
        line.right = Math.max(line.right, box.right);
      } else lines.push({ top: box.top, text: char, left: box.left, right: box.right });
    }
  }
  return lines.sort((a, b) => a.top - b.top).map((line) => ({ text: line.text.replace(/\s+/g, ' ').trim(), width: line.right - line.left }));
}
