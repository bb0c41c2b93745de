/**
 * Server side of the real-mouse commands (runs in Node, inside Vitest, next to Playwright).
 *
 * Browser tests run inside an iframe of Vitest's orchestrator page, while Playwright's mouse
 * works in page coordinates. Each command takes points in the test frame's own CSS pixels
 * (what `getBoundingClientRect()` returns inside the test) and maps them onto the page,
 * allowing for where the iframe sits and how much it is scaled.
 *
 * Tests call these through test/browser/harness/mouse.ts, not directly.
 */
import type {} from '@vitest/browser-playwright';
import type { BrowserCommand, BrowserCommandContext } from 'vitest/node';

export interface FramePoint {
  x: number;
  y: number;
}

export type MouseButtonName = 'left' | 'right' | 'middle';

export interface MouseMoveOptions {
  /** Intermediate pointermove events between the current position and the target. */
  steps?: number;
}

export interface MouseDragOptions extends MouseMoveOptions {
  button?: MouseButtonName;
}

interface FrameOrigin {
  left: number;
  top: number;
  scale: number;
}

async function frameOrigin(context: BrowserCommandContext): Promise<FrameOrigin> {
  if (context.provider.name !== 'playwright') {
    throw new Error(`The mouse commands need the playwright provider, not "${context.provider.name}".`);
  }
  const frame = await context.frame();
  const iframe = await frame.frameElement();
  return iframe.evaluate((element) => {
    const html = element as HTMLElement;
    const rect = html.getBoundingClientRect();
    // A CSS transform on the iframe scales its content: the ratio of the drawn box to its layout box.
    const scale = html.offsetWidth > 0 ? rect.width / html.offsetWidth : 1;
    return { left: rect.left + html.clientLeft * scale, top: rect.top + html.clientTop * scale, scale };
  });
}

function toPage(origin: FrameOrigin, point: FramePoint): FramePoint {
  assertFinitePoint(point);
  return { x: origin.left + point.x * origin.scale, y: origin.top + point.y * origin.scale };
}

function assertFinitePoint(point: FramePoint): void {
  if (!Number.isFinite(point.x) || !Number.isFinite(point.y)) {
    throw new Error(`A mouse point needs finite x and y, got ${JSON.stringify(point)}.`);
  }
}

function stepsOf(options: MouseMoveOptions | undefined): number {
  const steps = options?.steps ?? 10;
  if (!Number.isInteger(steps) || steps < 1) throw new Error(`steps must be a positive integer, got ${steps}.`);
  return steps;
}

/** Moves the mouse to a point of the test frame, in `steps` pointermove events. */
export const mouseMove: BrowserCommand<[point: FramePoint, options?: MouseMoveOptions]> = async (
  context,
  point,
  options,
) => {
  const target = toPage(await frameOrigin(context), point);
  await context.page.mouse.move(target.x, target.y, { steps: stepsOf(options) });
};

/** Presses a button where the mouse is. */
export const mouseDown: BrowserCommand<[button?: MouseButtonName]> = async (context, button) => {
  await context.page.mouse.down({ button: button ?? 'left' });
};

/** Releases a button where the mouse is. */
export const mouseUp: BrowserCommand<[button?: MouseButtonName]> = async (context, button) => {
  await context.page.mouse.up({ button: button ?? 'left' });
};

/** A whole drag: move to `from`, press, move to `to` in `steps` events, release. */
export const mouseDrag: BrowserCommand<[from: FramePoint, to: FramePoint, options?: MouseDragOptions]> = async (
  context,
  from,
  to,
  options,
) => {
  const origin = await frameOrigin(context);
  const start = toPage(origin, from);
  const end = toPage(origin, to);
  const button = options?.button ?? 'left';
  const { mouse } = context.page;
  await mouse.move(start.x, start.y);
  await mouse.down({ button });
  await mouse.move(end.x, end.y, { steps: stepsOf(options) });
  await mouse.up({ button });
};

/** Moves the mouse to a point and turns the wheel there (deltaY > 0 scrolls down). */
export const mouseWheel: BrowserCommand<[point: FramePoint, deltaY: number]> = async (context, point, deltaY) => {
  const target = toPage(await frameOrigin(context), point);
  await context.page.mouse.move(target.x, target.y);
  await context.page.mouse.wheel(0, deltaY);
};

/** Registered in vitest.config.ts as `browser.commands`. */
export const mouseCommands = { mouseMove, mouseDown, mouseUp, mouseDrag, mouseWheel };
