/**
 * `npx tsx bench/editor/profile.ts [editor|bare] [size] [emotion|card|node|mount]`: a CPU profile
 * of one measure of the editor benchmark, summed by function (self time), to see where a drag or
 * a mount spends its time. Builds the page with readable names (JC_BENCH_READABLE=1).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { serve } from './serve.ts';
import { BENCH_PAGE_DIR } from './vite.config.ts';

const [mode = 'editor', sizeText = '1000', measure = 'emotion'] = process.argv.slice(2);
process.env.JC_BENCH_READABLE = '1';
await build({ configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)), logLevel: 'warn' });
const server = await serve(BENCH_PAGE_DIR);
const profileDir = mkdtempSync(join(tmpdir(), 'jc-bench-profile-'));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  headless: true,
  viewport: { width: 1280, height: 800 },
});
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
try {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  if (measure === 'mount') await cdp.send('Profiler.start');
  await page.goto(`${server.url}?mode=${mode}&n=${sizeText}`);
  const mount = await page.evaluate(() => window.jcBench.mounted);
  await page.evaluate(() => window.jcBench.idle(30));
  let label = `mount ${mount.ms.toFixed(0)} ms`;
  if (measure !== 'mount') {
    const target = await page.evaluate((kind) => window.jcBench.target(kind as 'emotion'), measure);
    await cdp.send('Profiler.start');
    await page.mouse.move(target.x, target.y);
    await page.mouse.down();
    const start = performance.now();
    for (const point of target.path) await page.mouse.move(point.x, point.y);
    await page.mouse.up();
    label = `${measure} drag ${(performance.now() - start).toFixed(0)} ms`;
  }
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  writeFileSync(join(tmpdir(), `jc-${mode}-${sizeText}-${measure}.cpuprofile`), JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const frame = node.callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() ?? ''}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`${label}; profile ${total.toFixed(0)} ms`);
  for (const [key, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`);
} finally {
  await context.close();
  rmSync(profileDir, { recursive: true, force: true });
  await server.close();
}
