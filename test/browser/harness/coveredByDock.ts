/**
 * What of the map the dock's controls would cover: every card, stage header and emotion point
 * drawn (the part of it inside the map's pane) that a dock control (the zoom controls, the
 * mini-map, its fold button) overlaps. Shared by the editor's and the examples' browser tests.
 */

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The part of `box` inside `clip` (what is drawn of an element inside the pane), or null. */
function clipped(box: Box, clip: Box): Box | null {
  const out = { left: Math.max(box.left, clip.left), top: Math.max(box.top, clip.top), right: Math.min(box.right, clip.right), bottom: Math.min(box.bottom, clip.bottom) };
  return out.right > out.left && out.bottom > out.top ? out : null;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The dock's controls on screen (at least `expectControls` of them) and the map content they overlap, by name. */
export function coveredByDock(map: HTMLElement, expectControls = 2): string[] {
  const pane = map.querySelector('.react-flow')?.getBoundingClientRect();
  if (!pane) throw new Error('no React Flow pane');
  const controls = [...map.querySelectorAll('.react-flow__controls, .jc-minimap')].map((element) => ({
    name: element.className.toString(),
    box: element.getBoundingClientRect(),
  }));
  if (controls.length < expectControls) throw new Error(`expected ${expectControls} dock controls, found ${controls.length}`);
  const content = [...map.querySelectorAll('[data-jc-card], .jc-frozen__header, [data-jc-point]')];
  if (content.length < 5) throw new Error(`only ${content.length} cards, headers and points on the map`);
  const found: string[] = [];
  for (const element of content) {
    const drawn = clipped(element.getBoundingClientRect(), pane);
    if (!drawn) continue;
    for (const control of controls) {
      if (overlaps(drawn, control.box)) found.push(`${element.getAttribute('aria-label') ?? element.textContent} under ${control.name}`);
    }
  }
  return found;
}
