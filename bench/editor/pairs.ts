/**
 * `npx tsx bench/editor/pairs.ts [size] [--repeat n] [--cold] [--port n] [--no-build]`: the emotion
 * drag against bare React Flow's node drag, in pairs. One Chromium, one page of each kind kept
 * open (with --cold, two fresh pages per pair, each drag the first on its page, as in
 * bench:editor); the two drags (bench:editor's 60-step `page.mouse` drag, wall time) alternate
 * `repeat` times, so a load spike from other work on the machine hits both sides of a pair. Prints each pair's
 * ratio and the median: a quicker, steadier read of the one figure than `bench:editor` while
 * iterating on the drag (which remains the measure that counts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { serveFolder } from '../../scripts/static-server.ts';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.ts';
import { BENCH_PAGE_DIR } from './vite.config.ts';
import { median } from './stats.ts';

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const size = Number(process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 100);
const repeat = Number(flag('--repeat') ?? 8);
const port = flag('--port');
const cold = process.argv.includes('--cold');

/** Steps that took more than 25 ms (more than a frame), per kind, over all pairs. */
const slowSteps = { emotion: 0, node: 0 };

async function drag(page: Page, kind: 'emotion' | 'node'): Promise<number> {
  await page.bringToFront();
  await page.evaluate(() => window.jcBench.idle(10));
  const target = await page.evaluate((name) => window.jcBench.target(name), kind);
  await page.mouse.move(target.x, target.y);
  await page.mouse.down();
  const start = performance.now();
  let last = start;
  for (const point of target.path) {
    await page.mouse.move(point.x, point.y);
    const now = performance.now();
    if (now - last > 25) slowSteps[kind] += 1;
    last = now;
  }
  await page.mouse.up();
  const ms = performance.now() - start;
  if (kind === 'node') {
    // Back where it was (untimed), so the node stays on screen for the next pair.
    await page.mouse.down();
    for (const point of [...target.path].reverse()) await page.mouse.move(point.x, point.y);
    await page.mouse.move(target.x, target.y);
    await page.mouse.up();
  }
  await page.evaluate(() => window.jcBench.idle(10));
  return ms;
}

if (!process.argv.includes('--no-build')) await build({ configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)), logLevel: 'warn' });
const server = await serveFolder(BENCH_PAGE_DIR, { cacheControl: 'no-store', port: port === undefined ? undefined : Number(port) });
const profile = mkdtempSync(join(tmpdir(), 'jc-bench-profile-'));
const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, args: chromiumArgs, headless: true, viewport: { width: 1280, height: 800 } });
try {
  const pages: Record<'editor' | 'bare', Page> = { editor: await context.newPage(), bare: await context.newPage() };
  const load = async (mode: 'editor' | 'bare') => {
    await pages[mode].goto(`${server.url}?mode=${mode}&n=${size}`);
    await pages[mode].evaluate(() => window.jcBench.mounted);
    await pages[mode].evaluate(() => window.jcBench.idle(30));
  };
  await load('editor');
  await load('bare');
  // Warm: a first drag of each compiles the code. Cold: every drag is a fresh page's first.
  if (!cold) {
    await drag(pages.editor, 'emotion');
    await drag(pages.bare, 'node');
  }
  slowSteps.emotion = 0;
  slowSteps.node = 0;
  const ratios: number[] = [];
  const editor: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < repeat; i++) {
    if (cold && i > 0) {
      await load('editor');
      await load('bare');
    }
    const first = i % 2 === 0;
    const a = first ? await drag(pages.editor, 'emotion') : 0;
    const b = await drag(pages.bare, 'node');
    const e = first ? a : await drag(pages.editor, 'emotion');
    editor.push(e);
    bare.push(b);
    ratios.push(e / b);
    console.log(`pair ${i + 1}: emotion ${e.toFixed(0)} ms, node ${b.toFixed(0)} ms, ${(e / b).toFixed(3)}×`);
  }
  console.log(`size ${size}: median emotion ${median(editor).toFixed(0)} ms, node ${median(bare).toFixed(0)} ms, median ratio ${median(ratios).toFixed(3)}×; steps over 25 ms: emotion ${slowSteps.emotion}, node ${slowSteps.node} (of ${repeat * 60} each)`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  await server.close();
}
