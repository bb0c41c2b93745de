/**
 * What the benchmark runner calls inside the page (`window.jcBench`): mount detection, the
 * in-page drag (one 5-px pointer event per animation frame, as a real mouse sends them), the
 * keyboard-to-paint latency, card render counts, and the targets each drag uses.
 */
import type { RefObject } from 'react';
import type { JourneyDocument, JourneyEditorHandle } from 'journey-canvas';
import { MAP } from '../../../src/layout';
import { FIRST_STAGE_SIZE } from './journey';

export interface FrameStats {
  /** Intervals between animation frames while the drag ran, in ms. */
  p50: number;
  p95: number;
  max: number;
  /** Intervals over 25 ms: frames that missed the 60 Hz beat. */
  over25: number;
  frames: number;
}

export interface MountResult {
  ms: number;
  /** Nodes on screen in that frame. */
  visibleNodes: number;
}

export interface DragTarget {
  selector: string;
  x: number;
  y: number;
  /** 60 pointer positions after the press, 5 px apart, 300 px of travel. */
  path: Array<{ x: number; y: number }>;
}

export type DragKind = 'emotion' | 'card' | 'node';

export interface BenchApi {
  mode: 'editor' | 'bare';
  watchMount(start: number): void;
  mounted: Promise<MountResult>;
  target(kind: DragKind): DragTarget;
  rafDrag(target: DragTarget): Promise<FrameStats>;
  /** Starts counting card renders; the card with `exceptId` is the dragged one. */
  resetRenders(exceptId: string | null): void;
  renders(): { others: number; othersMounted: number; own: number };
  /** Ids of the dragged point's and card's touchpoints (editor only). */
  ids(): { point: string; card: string };
  keyboardToPaint(): Promise<number>;
  shortDrags(count: number): Promise<void>;
  /** What the drags changed, to check that they really edited the document. */
  probe(): { emotion: number | null; stageId: string | null; nodeX: number | null };
  idle(frames: number): Promise<void>;
}

declare global {
  interface Window {
    jcBench: BenchApi;
  }
}

const STEP = 5;
const STEPS = 60;

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** Resolves just after the browser painted the current frame (a task queued from rAF runs after paint). */
function afterPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

function frameStats(stamps: number[]): FrameStats {
  const intervals: number[] = [];
  for (let i = 1; i < stamps.length; i++) intervals.push((stamps[i] as number) - (stamps[i - 1] as number));
  const sorted = [...intervals].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1] ?? 0,
    over25: intervals.filter((interval) => interval > 25).length,
    frames: intervals.length,
  };
}

function centre(element: Element): { x: number; y: number } {
  const rect = element.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}

function intersects(rect: DOMRect, pane: DOMRect): boolean {
  return rect.right > pane.left && rect.left < pane.right && rect.bottom > pane.top && rect.top < pane.bottom;
}

function zoomOf(): number {
  const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
  const match = /scale\(([-\d.e]+)\)/.exec(viewport?.style.transform ?? '');
  return match ? Number(match[1]) : 1;
}

/** Every node on screen has its size and is shown; the map's own parts are drawn too. */
function mapDrawn(mode: 'editor' | 'bare'): number {
  const pane = document.querySelector('.react-flow');
  if (!pane) return 0;
  const paneRect = pane.getBoundingClientRect();
  let visible = 0;
  for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
    const rect = node.getBoundingClientRect();
    if (!intersects(rect, paneRect)) continue;
    if (node.style.visibility === 'hidden' || rect.width === 0 || rect.height === 0) return 0;
    visible += 1;
  }
  if (visible === 0) return 0;
  if (mode === 'editor') {
    // The opening viewport is in place (not React Flow's default) and the curve is drawn.
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    if (!viewport || /translate\(0px, 0px\) scale\(1\)/.test(viewport.style.transform)) return 0;
    if (!document.querySelector('.jc-emotion__curve')?.getAttribute('d')) return 0;
    // The cards, or (a large map zoomed far out) their outline.
    if (document.querySelectorAll('.jc-card').length === 0 && !document.querySelector('.jc-outline__cards')?.getAttribute('d')) return 0;
  }
  return visible;
}

function fire(element: Element, type: string, x: number, y: number, buttons: number): void {
  const init = { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, button: 0, buttons, view: window };
  const pointer = type.replace('mouse', 'pointer');
  element.dispatchEvent(new PointerEvent(pointer, { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true }));
  element.dispatchEvent(new MouseEvent(type, init));
}

export function installHarness(mode: 'editor' | 'bare', journey: JourneyDocument | null, editor: RefObject<JourneyEditorHandle | null>): void {
  const renderCounts = { others: 0, othersMounted: 0, own: 0, exceptId: null as string | null };
  (globalThis as unknown as { __jcBenchCardRender: (id: string, again: boolean) => void }).__jcBenchCardRender = (id, again) => {
    if (id === renderCounts.exceptId) renderCounts.own += 1;
    else if (again) renderCounts.others += 1;
    else renderCounts.othersMounted += 1;
  };

  let resolveMount: (result: MountResult) => void = () => undefined;
  const mounted = new Promise<MountResult>((resolve) => {
    resolveMount = resolve;
  });

  const touchpointId = (index: number): string => journey?.touchpoints[Math.min(index, journey.touchpoints.length - 1)]?.id ?? '';
  /** The point dragged: the second touchpoint of the second stage, on screen when the map opens. */
  const pointId = () => touchpointId(FIRST_STAGE_SIZE + 1);
  /** The card dragged: the last of the first stage, dragged right into the next one. */
  const cardId = () => touchpointId(FIRST_STAGE_SIZE - 1);
  /** The bare node dragged: n42 (second row, on screen) when there are that many, else n2 (the first row; a 40-node grid is one row). */
  const nodeId = () => (document.querySelector('.react-flow__node[data-id="n42"]') ? 'n42' : 'n2');

  const api: BenchApi = {
    mode,
    mounted,
    watchMount(start) {
      // Checked just after each paint, when layout is clean: reading it then costs the page nothing.
      const check = () => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const now = performance.now();
          const visible = mapDrawn(mode);
          if (visible > 0) resolveMount({ ms: now - start, visibleNodes: visible });
          else requestAnimationFrame(check);
        };
        channel.port2.postMessage(null);
      };
      requestAnimationFrame(check);
    },
    target(kind) {
      if (kind === 'emotion') {
        const id = pointId();
        const selector = `[data-jc-point="${id}"]`;
        const dot = document.querySelector(`${selector} .jc-point__dot`);
        if (!dot) throw new Error(`no emotion point ${id}`);
        const start = centre(dot);
        const emotion = Number(document.querySelector(selector)?.getAttribute('aria-valuenow'));
        const perUnit = ((MAP.emotionLaneHeight - 2 * MAP.emotionPadding) / 10) * zoomOf();
        const top = start.y - (5 - emotion) * perUnit;
        const bottom = start.y + (emotion + 5) * perUnit;
        // Up to +5, down to −5 and back: every step crosses about one half-point snap.
        const path: Array<{ x: number; y: number }> = [];
        let y = start.y;
        let direction = -1;
        for (let i = 0; i < STEPS; i++) {
          if ((direction < 0 && y - STEP < top) || (direction > 0 && y + STEP > bottom)) direction = -direction;
          y += direction * STEP;
          path.push({ x: start.x, y });
        }
        return { selector, ...start, path };
      }
      const selector = kind === 'card' ? `[data-jc-card="${cardId()}"]` : `.react-flow__node[data-id="${nodeId()}"]`;
      const element = document.querySelector(selector);
      if (!element) throw new Error(`no ${kind} to drag (${selector})`);
      const start = centre(element);
      return { selector, ...start, path: Array.from({ length: STEPS }, (_, i) => ({ x: start.x + (i + 1) * STEP, y: start.y })) };
    },
    async rafDrag(target) {
      const element = document.querySelector(target.selector);
      if (!element) throw new Error(`nothing at ${target.selector}`);
      await nextFrame();
      fire(element, 'mousedown', target.x, target.y, 1);
      // Renders caused by the press itself (the selection moving) are not the drag's.
      api.resetRenders(renderCounts.exceptId);
      const stamps: number[] = [];
      await new Promise<void>((resolve) => {
        let i = 0;
        const frame = (time: number) => {
          stamps.push(time);
          const point = target.path[i];
          if (!point) {
            resolve();
            return;
          }
          fire(element, 'mousemove', point.x, point.y, 1);
          i += 1;
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      const last = target.path[target.path.length - 1] ?? target;
      fire(element, 'mouseup', last.x, last.y, 0);
      await afterPaint();
      return frameStats(stamps);
    },
    resetRenders(exceptId) {
      renderCounts.exceptId = exceptId;
      renderCounts.others = 0;
      renderCounts.othersMounted = 0;
      renderCounts.own = 0;
    },
    ids() {
      return { point: pointId(), card: cardId() };
    },
    renders() {
      return { others: renderCounts.others, othersMounted: renderCounts.othersMounted, own: renderCounts.own };
    },
    async keyboardToPaint() {
      // Ours: Up on the selected card, until its emotion badge shows the new value.
      // Bare React Flow: Up on a selected node (its keyboard move), until the node has moved.
      const element =
        mode === 'editor'
          ? document.querySelector<HTMLElement>(`[data-jc-card="${pointId()}"]`)
          : document.querySelector<HTMLElement>(`.react-flow__node[data-id="${nodeId()}"]`);
      if (!element) throw new Error('nothing to press a key on');
      element.focus();
      if (mode === 'bare' && !element.classList.contains('selected')) {
        element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
      }
      await afterPaint();
      const shown = () =>
        mode === 'editor'
          ? (element.closest('.jc-card')?.querySelector('.jc-card__emotion')?.textContent ?? '')
          : element.style.transform;
      const before = shown();
      const start = performance.now();
      element.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', bubbles: true, cancelable: true }));
      element.dispatchEvent(new KeyboardEvent('keyup', { key: 'ArrowUp', bubbles: true, cancelable: true }));
      for (let frame = 0; frame < 600; frame++) {
        await nextFrame();
        if (shown() !== before) {
          const painted = await new Promise<number>((resolve) => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now());
            channel.port2.postMessage(null);
          });
          return painted - start;
        }
      }
      throw new Error('the key press changed nothing on screen');
    },
    async shortDrags(count) {
      for (let i = 0; i < count; i++) {
        const selector = mode === 'editor' ? `[data-jc-point="${pointId()}"]` : `.react-flow__node[data-id="${nodeId()}"]`;
        const element = document.querySelector(selector);
        if (!element) throw new Error(`nothing at ${selector}`);
        const start = centre(mode === 'editor' ? (element.querySelector('.jc-point__dot') ?? element) : element);
        const direction = i % 2 === 0 ? -1 : 1;
        fire(element, 'mousedown', start.x, start.y, 1);
        for (let step = 1; step <= 3; step++) {
          await nextFrame();
          fire(element, 'mousemove', start.x + (mode === 'bare' ? direction * 6 * step : 0), start.y + (mode === 'editor' ? direction * 6 * step : 0), 1);
        }
        await nextFrame();
        fire(element, 'mouseup', start.x, start.y + direction * 18, 0);
        await nextFrame();
      }
      await afterPaint();
    },
    probe() {
      const document = editor.current?.getDocument();
      const point = document?.touchpoints.find((touchpoint) => touchpoint.id === pointId());
      const card = document?.touchpoints.find((touchpoint) => touchpoint.id === cardId());
      const node = window.document.querySelector<HTMLElement>(`.react-flow__node[data-id="${nodeId()}"]`);
      const x = /translate\(([-\d.]+)px/.exec(node?.style.transform ?? '');
      return { emotion: point?.emotion ?? null, stageId: card?.stageId ?? null, nodeX: mode === 'bare' && x ? Number(x[1]) : null };
    },
    async idle(frames) {
      for (let i = 0; i < frames; i++) await nextFrame();
    },
  };
  window.jcBench = api;
}
