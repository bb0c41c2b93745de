/**
 * A real mouse for browser tests: Playwright moves the operating-system-level pointer, so the
 * page receives the same pointerdown / pointermove / pointerup (and mouse*) events a person's
 * drag produces — what React Flow and d3-drag listen to. Synthetic `dispatchEvent` drags skip
 * hit-testing, pointer capture and the drag threshold, and prove much less.
 *
 * All points are in the test page's CSS pixels, as `getBoundingClientRect()` reports them.
 *
 * @example
 *   const point = screen.getByRole('slider', { name: /Checkout/ });
 *   await dragBy(point, { dx: 0, dy: -40 });              // one whole drag
 *
 *   await pressAt(centerOf(card));                         // or step by step, to look mid-drag
 *   await moveTo({ x: 400, y: 120 }, { steps: 8 });
 *   expect(...).toBe(...);                                 // the curve follows live
 *   await release();
 */
import { commands } from 'vitest/browser';
import type { FramePoint, MouseButtonName, MouseDragOptions, MouseMoveOptions } from './mouse-commands';

declare module 'vitest/browser' {
  interface BrowserCommands {
    mouseMove: (point: FramePoint, options?: MouseMoveOptions) => Promise<void>;
    mouseDown: (button?: MouseButtonName) => Promise<void>;
    mouseUp: (button?: MouseButtonName) => Promise<void>;
    mouseDrag: (from: FramePoint, to: FramePoint, options?: MouseDragOptions) => Promise<void>;
    mouseWheel: (point: FramePoint, deltaY: number) => Promise<void>;
  }
}

export type { FramePoint, MouseButtonName, MouseDragOptions, MouseMoveOptions };

/** A point inside an element; fractions of its box, the centre by default. */
export function pointIn(element: Element, at: { x?: number; y?: number } = {}): FramePoint {
  const box = element.getBoundingClientRect();
  return { x: box.left + box.width * (at.x ?? 0.5), y: box.top + box.height * (at.y ?? 0.5) };
}

/** The centre of an element's box. */
export function centerOf(element: Element): FramePoint {
  return pointIn(element);
}

/** Drags from one point to another in one gesture (press, move in steps, release). */
export async function drag(from: FramePoint, to: FramePoint, options?: MouseDragOptions): Promise<void> {
  await commands.mouseDrag(from, to, options);
}

/** Grabs an element at its centre and drags it by an offset. */
export async function dragBy(
  element: Element,
  offset: { dx: number; dy: number },
  options?: MouseDragOptions,
): Promise<void> {
  const from = centerOf(element);
  await drag(from, { x: from.x + offset.dx, y: from.y + offset.dy }, options);
}

/** Moves the mouse to a point and presses; follow with `moveTo` and `release`. */
export async function pressAt(point: FramePoint, button?: MouseButtonName): Promise<void> {
  await commands.mouseMove(point, { steps: 1 });
  await commands.mouseDown(button);
}

/** Moves the mouse (pressed or not) to a point in `steps` pointermove events. */
export async function moveTo(point: FramePoint, options?: MouseMoveOptions): Promise<void> {
  await commands.mouseMove(point, options);
}

/** Releases the button where the mouse is. */
export async function release(button?: MouseButtonName): Promise<void> {
  await commands.mouseUp(button);
}

/** Turns the mouse wheel over a point (deltaY > 0 scrolls down), as a person's wheel does. */
export async function wheelAt(point: FramePoint, deltaY: number): Promise<void> {
  await commands.mouseWheel(point, deltaY);
}
