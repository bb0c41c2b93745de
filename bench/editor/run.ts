/**
 * `npm run bench:editor`: the editor in this machine's Chromium against bare React Flow.
 *
 * Builds bench/editor/page for production (bench/editor/vite.config.ts), serves it on 127.0.0.1
 * with scripts/static-server.ts, and drives Debian's Chromium with playwright-core, a fresh profile
 * per run. Per size and per run, one page load of each kind (ours, then bare React Flow, the
 * order alternating between runs) measures:
 *   - mount: from `root.render` to the first frame with every on-screen node measured and drawn
 *     (ours opening at a readable zoom, and again, in a page load of its own, on the whole map);
 *   - drags: a 60-step `page.mouse` drag of 300 px (wall time), and in the page one 5-px pointer
 *     event per animation frame (rAF interval p50/p95/max, count over 25 ms); for ours an emotion
 *     point across the emotion lane and a card into the next stage, for bare React Flow a node;
 *   - keyboard: Up on a selected card (a selected node for bare React Flow) to the next painted
 *     frame showing the change;
 *   - re-renders of cards other than the dragged one (counted in the bench build only);
 *   - at the largest size: JS heap after mount (CDP, after a forced GC) and its growth after 100
 *     short drags.
 *
 *   --quick          1 run at 1,000 touchpoints (for iteration)
 *   --runs <n>       runs (default 5)
 *   --sizes a,b,c    sizes (default 40,100,1000,2500: a workshop-size map and the three)
 *   --modes editor   only ours (or only bare), for iteration
 *   --json <file>    also write every figure as JSON (npm run bench reads it)
 *   --port <n>       serve the page on this port (default: any free one), for a shared machine
 *
 * The library's hooks into this page live in the page itself; see vite.config.ts for the one
 * bench-only build change (a render counter in the card).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import type { DragTarget } from './page/harness.ts';
import { BENCH_PAGE_DIR } from './vite.config.ts';
import { serveFolder } from '../../scripts/static-server.ts';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.ts';
import type { DragName, EditorBenchResult, Mode, Sample } from './results.ts';

const VIEWPORT = { width: 1280, height: 800 };
const KEY_PRESSES = 5;
const HEAP_DRAGS = 100;

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

/** A 60-step page.mouse drag: Playwright waits until Chromium has handled each step. */
async function mouseDrag(page: Page, target: DragTarget, draggedId: string | null): Promise<number> {
  await page.mouse.move(target.x, target.y);
  await page.mouse.down();
  // Renders caused by the press itself (the selection moving) are not the drag's.
  await page.evaluate((id) => window.jcBench.resetRenders(id), draggedId);
  const start = performance.now();
  for (const point of target.path) await page.mouse.move(point.x, point.y);
  await page.mouse.up();
  return performance.now() - start;
}

async function undoLastEdit(page: Page): Promise<void> {
  await page.keyboard.press('Control+z');
  await page.evaluate(() => window.jcBench.idle(10));
}

async function measureDrag(page: Page, mode: Mode, name: DragName, ids: { point: string; card: string } | null): Promise<NonNullable<Sample['drags'][DragName]>> {
  const draggedId = name === 'emotion' ? (ids?.point ?? null) : name === 'card' ? (ids?.card ?? null) : null;
  const probe = () => page.evaluate(() => window.jcBench.probe());
  const changed = (before: Awaited<ReturnType<typeof probe>>, after: Awaited<ReturnType<typeof probe>>) =>
    name === 'emotion' ? before.emotion !== after.emotion : name === 'card' ? before.stageId !== after.stageId : before.nodeX !== after.nodeX;

  // page.mouse
  let target = await page.evaluate((kind) => window.jcBench.target(kind), name);
  await page.evaluate((id) => window.jcBench.resetRenders(id), draggedId);
  let before = await probe();
  const mouseMs = await mouseDrag(page, target, draggedId);
  await page.evaluate(() => window.jcBench.idle(10));
  let edited = changed(before, await probe());
  const afterMouse = await page.evaluate(() => window.jcBench.renders());
  if (name === 'card') await undoLastEdit(page);

  // one pointer event per animation frame, in the page
  target = await page.evaluate((kind) => window.jcBench.target(kind), name);
  await page.evaluate((id) => window.jcBench.resetRenders(id), draggedId);
  before = await probe();
  const frames = await page.evaluate((t) => window.jcBench.rafDrag(t), target);
  await page.evaluate(() => window.jcBench.idle(10));
  edited &&= changed(before, await probe());
  const afterFrames = await page.evaluate(() => window.jcBench.renders());
  if (name === 'card') await undoLastEdit(page);

  void mode;
  return {
    mouseMs,
    frames,
    otherCardRenders: afterMouse.others + afterFrames.others,
    otherCardMounts: afterMouse.othersMounted + afterFrames.othersMounted,
    edited,
  };
}

async function measurePage(context: BrowserContext, url: string, mode: Mode, size: number, run: number, withHeap: boolean): Promise<Sample> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${url}?mode=${mode}&n=${size}`);
    const mount = await page.evaluate(() => window.jcBench.mounted);
    const sample: Sample = { mode, size, run, mountMs: mount.ms, visibleNodes: mount.visibleNodes, drags: {}, keyboardMs: [] };
    if (withHeap) sample.heapAfterMountMB = await heapMB(page);
    await page.evaluate(() => window.jcBench.idle(30));

    const ids = mode === 'editor' ? await page.evaluate(() => window.jcBench.ids()) : null;
    for (const name of mode === 'editor' ? (['emotion', 'card'] as const) : (['node'] as const)) {
      sample.drags[name] = await measureDrag(page, mode, name, ids);
      await page.evaluate(() => window.jcBench.idle(10));
    }
    for (let i = 0; i < KEY_PRESSES; i++) sample.keyboardMs.push(await page.evaluate(() => window.jcBench.keyboardToPaint()));

    if (withHeap) {
      const before = await heapMB(page);
      await page.evaluate((count) => window.jcBench.shortDrags(count), HEAP_DRAGS);
      sample.heapGrowthMB = (await heapMB(page)) - before;
    }
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    return sample;
  } finally {
    await page.close();
  }
}

/** Ours, opening on the whole map (the editor's default view): mount only, in a page load of its own. */
async function measureFitMount(context: BrowserContext, url: string, size: number): Promise<{ ms: number; visibleNodes: number }> {
  const page = await context.newPage();
  try {
    await page.goto(`${url}?mode=editor&n=${size}&view=fit`);
    return await page.evaluate(() => window.jcBench.mounted);
  } finally {
    await page.close();
  }
}

export async function runEditorBench(options: { runs: number; sizes: number[]; modes?: Mode[]; port?: number; log?: (line: string) => void }): Promise<EditorBenchResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const configFile = fileURLToPath(new URL('./vite.config.ts', import.meta.url));
  log('building the benchmark page (production)…');
  await build({ configFile, logLevel: 'warn' });
  const server = await serveFolder(BENCH_PAGE_DIR, { cacheControl: 'no-store', port: options.port });
  const samples: Sample[] = [];
  let chromiumVersion = '';
  const largest = Math.max(...options.sizes);
  try {
    for (let run = 1; run <= options.runs; run++) {
      const profile = mkdtempSync(join(tmpdir(), 'jc-bench-profile-'));
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: chromiumPath,
        args: chromiumArgs,
        headless: true,
        viewport: VIEWPORT,
      });
      try {
        if (!chromiumVersion) {
          const page = context.pages()[0] ?? (await context.newPage());
          const cdp = await context.newCDPSession(page);
          chromiumVersion = ((await cdp.send('Browser.getVersion')) as { product: string }).product;
          await cdp.detach();
        }
        // A first load compiles the page's code; warm both kinds up so no measure pays for it.
        for (const mode of ['editor', 'bare'] as const) {
          const page = await context.newPage();
          await page.goto(`${server.url}?mode=${mode}&n=50`);
          await page.evaluate(() => window.jcBench.mounted);
          await page.close();
        }
        for (const size of options.sizes) {
          const order: Mode[] = run % 2 === 1 ? ['editor', 'bare'] : ['bare', 'editor'];
          for (const mode of order.filter((m) => (options.modes ?? order).includes(m))) {
            const sample = await measurePage(context, server.url, mode, size, run, size === largest);
            if (mode === 'editor') {
              const fit = await measureFitMount(context, server.url, size);
              sample.fitMountMs = fit.ms;
              sample.fitVisibleNodes = fit.visibleNodes;
            }
            samples.push(sample);
            const drags = Object.entries(sample.drags)
              .map(([name, drag]) => `${name} ${drag.mouseMs.toFixed(0)} ms, p95 ${drag.frames.p95.toFixed(1)}`)
              .join('; ');
            log(`run ${run} ${mode.padEnd(6)} ${String(size).padStart(5)}: mount ${sample.mountMs.toFixed(0)} ms; ${drags}`);
          }
        }
      } finally {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      }
    }
  } finally {
    await server.close();
  }
  return { chromium: chromiumVersion, runs: options.runs, sizes: options.sizes, samples };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const quick = process.argv.includes('--quick');
  const runs = Number(flag('--runs') ?? (quick ? 1 : 5));
  const sizes = (flag('--sizes') ?? (quick ? '1000' : '40,100,1000,2500')).split(',').map(Number);
  const modes = flag('--modes')?.split(',') as Mode[] | undefined;
  const port = flag('--port');
  const result = await runEditorBench({ runs, sizes, modes, port: port === undefined ? undefined : Number(port) });
  const json = flag('--json');
  if (json) writeFileSync(json, JSON.stringify(result, null, 2));
  const { editorMarkdown } = await import('./report.ts');
  console.log(`\n${editorMarkdown(result)}`);
}
