/**
 * `npm run bench:export`: how long exportJourneyImage takes in this machine's Chromium, for
 * journeys of 25, 100 and 500 touchpoints, as a 16:9 PNG at pixelRatio 1 and 2. Not a test: it
 * prints the median of several runs after a warm-up, next to the target.
 *
 * Target: 100 touchpoints, slide-16:9 PNG, pixelRatio 2 in <= 1 s.
 *
 * `npm run bench:export -- --previews <dir>` also writes the English and Chinese 25-touchpoint
 * slides (and a compare-free dark one) there, to look at.
 *
 * It serves bench/export/page with Vite (the library from src) and drives Debian's Chromium with
 * playwright-core; it never downloads a browser.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { sourceAliases } from '../../scripts/source-aliases.ts';
import { chromiumArgs as args, chromiumPath } from '../../scripts/chromium.ts';
import type { BenchResult } from './page/main.ts';

const root = fileURLToPath(new URL('./page/', import.meta.url));
const COUNTS = [25, 100, 500];
const RATIOS = [1, 2];
const RUNS = 7;
const TARGET_MS = 1000;

interface BenchWindow {
  journeyExportBench: {
    run(count: number, pixelRatio: number, runs: number): Promise<BenchResult>;
    preview(count: number, locale: 'en' | 'zh-CN', options: Record<string, unknown>): Promise<string>;
  };
}

const previewsAt = process.argv.indexOf('--previews');
const previewDir = previewsAt >= 0 ? process.argv[previewsAt + 1] : undefined;

const server = await createServer({
  configFile: false,
  root,
  logLevel: 'warn',
  plugins: [react()],
  resolve: { alias: sourceAliases() },
  server: { host: '127.0.0.1', port: 0, strictPort: false, fs: { allow: [fileURLToPath(new URL('../../', import.meta.url))] } },
  optimizeDeps: { include: ['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client', '@xyflow/react', 'zustand', 'zustand/vanilla', 'zustand/middleware/immer', 'zustand/traditional', 'zustand/shallow', 'immer', 'd3-shape', 'html-to-image'] },
});
await server.listen();
const url = server.resolvedUrls?.local[0];
const browser = await chromium.launch({ executablePath: chromiumPath, args, headless: true });
try {
  if (!url) throw new Error('the Vite server gave no URL');
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });

  console.log(`exportJourneyImage, slide-16:9 PNG, Chromium ${browser.version()}, median of ${RUNS} after a warm-up\n`);
  console.log('touchpoints  pixelRatio  image         median ms   min ms   max ms   PNG KB');
  for (const count of COUNTS) {
    for (const ratio of RATIOS) {
      const result = await page.evaluate(([c, r, n]) => (window as unknown as BenchWindow).journeyExportBench.run(c, r, n), [count, ratio, RUNS] as const);
      const line = [
        String(count).padStart(11),
        String(ratio).padStart(11),
        `${result.width}×${result.height}`.padStart(13),
        result.median.toFixed(0).padStart(11),
        result.min.toFixed(0).padStart(8),
        result.max.toFixed(0).padStart(8),
        (result.bytes / 1024).toFixed(0).padStart(8),
      ].join(' ');
      const target = count === 100 && ratio === 2 ? `   target <= ${TARGET_MS} ms: ${result.median <= TARGET_MS ? 'met' : 'NOT met'}` : '';
      console.log(line + target);
    }
  }

  if (previewDir) {
    const dir = resolve(previewDir);
    mkdirSync(dir, { recursive: true });
    const shots: Array<[string, number, 'en' | 'zh-CN', Record<string, unknown>]> = [
      ['journey-25-en-16x9.png', 25, 'en', { preset: 'slide-16:9', pixelRatio: 2 }],
      ['journey-25-zh-CN-16x9.png', 25, 'zh-CN', { preset: 'slide-16:9', pixelRatio: 2 }],
      ['journey-12-en-4x3-dark.png', 12, 'en', { preset: 'slide-4:3', pixelRatio: 2, colorMode: 'dark' }],
    ];
    for (const [name, count, locale, options] of shots) {
      const base64 = await page.evaluate(([c, l, o]) => (window as unknown as BenchWindow).journeyExportBench.preview(c, l, o), [count, locale, options] as const);
      writeFileSync(join(dir, name), Buffer.from(base64, 'base64'));
    }
    console.log(`\npreviews written to ${dir}`);
  }
} finally {
  await browser.close();
  await server.close();
}
