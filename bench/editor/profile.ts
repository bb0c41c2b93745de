/**
 * `npx tsx bench/editor/profile.ts [editor|bare] [size] [emotion|card|node|mount] [--trace] [--port n]`: a CPU
 * profile of one measure of the editor benchmark, summed by function (self time), to see where a
 * drag or a mount spends its time. With --trace, a Chromium trace instead, summed by what the
 * renderer's main thread did (script, style, layout, paint…). Builds the page with readable names
 * (JC_BENCH_READABLE=1).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { serveFolder } from '../../scripts/static-server.ts';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.ts';
import { BENCH_PAGE_DIR } from './vite.config.ts';

const [mode = 'editor', sizeText = '1000', measure = 'emotion'] = process.argv.slice(2);
process.env.JC_BENCH_READABLE = '1';
await build({ configFile: fileURLToPath(new URL('./vite.config.ts', import.meta.url)), logLevel: 'warn' });
const portAt = process.argv.indexOf('--port');
const server = await serveFolder(BENCH_PAGE_DIR, { cacheControl: 'no-store', port: portAt >= 0 ? Number(process.argv[portAt + 1]) : undefined });
const profileDir = mkdtempSync(join(tmpdir(), 'jc-bench-profile-'));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: chromiumPath,
  args: chromiumArgs,
  headless: true,
  viewport: { width: 1280, height: 800 },
});
interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  /** Thread (CPU) time, when the event has it: unlike `dur`, not inflated when other work takes the core. */
  tdur?: number;
  ts?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

/** Per thread (main, compositor, raster workers, the GPU/viz threads), the time its top-level events took: wall / CPU ms. */
function threadTotals(events: TraceEvent[]): string {
  const names = new Map<string, string>();
  for (const event of events) if (event.name === 'thread_name' && event.args?.name) names.set(`${event.pid}:${event.tid}`, event.args.name);
  const busy = new Map<string, number>();
  const cpu = new Map<string, number>();
  const ends = new Map<string, number>();
  const sorted = events.filter((event) => event.ph === 'X' && event.dur).sort((a, b) => (a.ts ?? 0) - (b.ts ?? 0));
  for (const event of sorted) {
    const key = `${event.pid}:${event.tid}`;
    const start = event.ts ?? 0;
    if (start < (ends.get(key) ?? -Infinity)) continue; // nested in the previous top-level event
    ends.set(key, start + (event.dur ?? 0));
    const name = (names.get(key) ?? 'other').replace(/\d+$/, '');
    busy.set(name, (busy.get(name) ?? 0) + (event.dur ?? 0) / 1000);
    cpu.set(name, (cpu.get(name) ?? 0) + (event.tdur ?? event.dur ?? 0) / 1000);
  }
  return [...busy.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([name, ms]) => `${name} ${ms.toFixed(0)}/${(cpu.get(name) ?? 0).toFixed(0)}`)
    .join(', ');
}

/** Time of each kind of top-level work on the renderer's main thread (nested events counted once, in their parent). */
function summariseTrace(label: string, events: TraceEvent[]): void {
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  if (!main) throw new Error('no renderer main thread in the trace');
  const totals = new Map<string, { ms: number; count: number }>();
  // Self time: an event's duration less that of the events nested in it.
  const own = events
    .filter((event) => event.tid === main.tid && event.pid === main.pid && event.ph === 'X' && event.dur)
    .sort((a, b) => (a.ts ?? 0) - (b.ts ?? 0) || (b.dur ?? 0) - (a.dur ?? 0));
  const stack: Array<{ event: TraceEvent; end: number; self: number }> = [];
  const close = (entry: { event: TraceEvent; self: number }) => {
    const total = totals.get(entry.event.name) ?? { ms: 0, count: 0 };
    total.ms += entry.self / 1000;
    total.count += 1;
    totals.set(entry.event.name, total);
  };
  for (const event of own) {
    const start = event.ts ?? 0;
    while (stack.length > 0 && (stack[stack.length - 1]?.end ?? 0) <= start) close(stack.pop() as (typeof stack)[number]);
    const parent = stack[stack.length - 1];
    if (parent) parent.self -= event.dur ?? 0;
    stack.push({ event, end: start + (event.dur ?? 0), self: event.dur ?? 0 });
  }
  while (stack.length > 0) close(stack.pop() as (typeof stack)[number]);
  const frames = events.filter((event) => event.name === 'ProxyMain::BeginMainFrame::commit').length;
  console.log(`${label}; ${frames} main frames committed; busy ms by thread (top-level events, wall/CPU): ${threadTotals(events)}`);
  console.log(`renderer main thread, self ms by event`);
  for (const [name, { ms, count }] of [...totals.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30)) {
    console.log(`${ms.toFixed(1).padStart(9)} ms ${String(count).padStart(6)}x  ${name}`);
  }
}

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
  const trace = process.argv.includes('--trace');
  const events: TraceEvent[] = [];
  // Tracing events are not in playwright-core's typed CDP event list.
  const untyped = cdp as unknown as { on(event: string, listener: (data: never) => void): void; once(event: string, listener: () => void): void };
  untyped.on('Tracing.dataCollected', (data: { value: TraceEvent[] }) => events.push(...data.value));
  const begin = () =>
    trace
      ? cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'viz', 'gpu'] } })
      : cdp.send('Profiler.start');
  if (measure === 'mount') await begin();
  await page.goto(`${server.url}?mode=${mode}&n=${sizeText}`);
  const mount = await page.evaluate(() => window.jcBench.mounted);
  await page.evaluate(() => window.jcBench.idle(30));
  let label = `mount ${mount.ms.toFixed(0)} ms`;
  if (measure !== 'mount') {
    const target = await page.evaluate((kind) => window.jcBench.target(kind as 'emotion'), measure);
    await begin();
    await page.mouse.move(target.x, target.y);
    await page.mouse.down();
    const start = performance.now();
    for (const point of target.path) await page.mouse.move(point.x, point.y);
    await page.mouse.up();
    label = `${measure} drag ${(performance.now() - start).toFixed(0)} ms`;
  }
  if (trace) {
    const done = new Promise<void>((resolve) => untyped.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    summariseTrace(label, events);
    process.exit(0);
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
