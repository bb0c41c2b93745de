/**
 * Proves the browser harness itself: a real Chromium, real layout, a real mouse at the right
 * coordinates, and fonts that draw Chinese. If one of these fails, the editor's browser tests
 * would fail (or pass) for the wrong reason.
 */
import { centerOf, dragBy, moveTo, pressAt, release } from './mouse';

/** A square that follows the pointer while pressed, the way a draggable card does. */
function mountDraggable(): { element: HTMLDivElement; moves: () => number; cleanup: () => void } {
  const element = document.createElement('div');
  Object.assign(element.style, {
    position: 'fixed',
    left: '200px',
    top: '300px',
    width: '80px',
    height: '80px',
    background: 'teal',
    touchAction: 'none',
  });
  let grab: { x: number; y: number; left: number; top: number } | null = null;
  let moves = 0;
  element.addEventListener('pointerdown', (event) => {
    element.setPointerCapture(event.pointerId);
    grab = { x: event.clientX, y: event.clientY, left: element.offsetLeft, top: element.offsetTop };
  });
  element.addEventListener('pointermove', (event) => {
    if (!grab) return;
    moves += 1;
    element.style.left = `${grab.left + event.clientX - grab.x}px`;
    element.style.top = `${grab.top + event.clientY - grab.y}px`;
  });
  element.addEventListener('pointerup', () => {
    grab = null;
  });
  document.body.append(element);
  return { element, moves: () => moves, cleanup: () => element.remove() };
}

describe('browser harness', () => {
  it('runs in a real browser with real layout', () => {
    const box = document.createElement('div');
    box.style.width = '123px';
    document.body.append(box);
    expect(box.getBoundingClientRect().width).toBe(123);
    expect(navigator.userAgent).toMatch(/Chrome/);
    box.remove();
  });

  it('drags an element by an offset with a real mouse', async () => {
    const { element, moves, cleanup } = mountDraggable();
    const before = element.getBoundingClientRect();

    await dragBy(element, { dx: 120, dy: -40 }, { steps: 6 });

    const after = element.getBoundingClientRect();
    expect(after.left - before.left).toBeCloseTo(120, 0);
    expect(after.top - before.top).toBeCloseTo(-40, 0);
    // Moved in steps, as a hand does, not in one jump.
    expect(moves()).toBeGreaterThanOrEqual(6);
    cleanup();
  });

  it('lets a test look at the page in the middle of a drag', async () => {
    const { element, cleanup } = mountDraggable();
    const start = centerOf(element);

    await pressAt(start);
    await moveTo({ x: start.x + 50, y: start.y + 25 }, { steps: 4 });
    expect(centerOf(element).x).toBeCloseTo(start.x + 50, 0);
    expect(centerOf(element).y).toBeCloseTo(start.y + 25, 0);
    await release();

    // Released: further mouse moves leave it where it was dropped.
    await moveTo({ x: start.x + 200, y: start.y }, { steps: 2 });
    expect(centerOf(element).x).toBeCloseTo(start.x + 50, 0);
    cleanup();
  });

  it('has a font that draws Chinese characters, not empty boxes', () => {
    // A missing CJK font draws every character as the same "tofu" box; real glyphs differ.
    const draw = (text: string): string => {
      const canvas = document.createElement('canvas');
      canvas.width = 40;
      canvas.height = 40;
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2D canvas');
      context.font = '32px sans-serif';
      context.fillText(text, 2, 32);
      return canvas.toDataURL();
    };
    expect(draw('认')).not.toBe(draw('考'));
    expect(draw('购')).not.toBe(draw('馈'));
  });
});
