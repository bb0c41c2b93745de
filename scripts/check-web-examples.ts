// Opens every built web example (examples/<name>/dist, from `npm run build:examples`) in
// Chromium, as a visitor would, and fails unless each one shows a map (a touchpoint card, or an
// exported map image) and logs no page error, console error or failed request.
//
//   npx tsx scripts/check-web-examples.ts [name …] [--screenshots <dir>]
//
// --screenshots writes <dir>/<name>.png of each page, to look at.
import { existsSync, readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveFolder } from './static-server.ts';
import { chromiumArgs, chromiumPath } from './chromium.ts';

const examplesDir = fileURLToPath(new URL('../examples/', import.meta.url));
const args = process.argv.slice(2);
const shotsAt = args.indexOf('--screenshots');
const screenshotDir = shotsAt >= 0 ? resolve(args[shotsAt + 1] ?? 'example-screenshots') : null;
const only = args.filter((arg, index) => !arg.startsWith('--') && (shotsAt < 0 || index !== shotsAt + 1));

/** What proves a page shows a map: a card of the editor or viewer, the compare drawing, or an exported image. */
const MAP_SELECTOR = '[data-jc-card], .jc-compare__viewport svg, img[data-journey-image]';

const names = readdirSync(examplesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(examplesDir, entry.name, 'vite.config.ts')))
  .map((entry) => entry.name)
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

const missing = names.filter((name) => !existsSync(join(examplesDir, name, 'dist', 'index.html')));
if (names.length === 0 || missing.length > 0) {
  console.error(`check-web-examples: ${names.length === 0 ? 'no web example found' : `not built: ${missing.join(', ')} (run npm run build:examples)`}`);
  process.exit(1);
}
if (screenshotDir) await mkdir(screenshotDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
});
const failures: string[] = [];
try {
  for (const name of names) {
    const started = performance.now();
    const server = await serveFolder(join(examplesDir, name, 'dist'));
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? ''})`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    try {
      await page.goto(server.url, { waitUntil: 'load' });
      await page.locator(MAP_SELECTOR).first().waitFor({ state: 'visible', timeout: 15_000 });
      // Late errors (an effect that throws after the first paint) count too.
      await page.waitForTimeout(500);
    } catch (error) {
      problems.push(`no map on the page: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    if (screenshotDir) await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
    await page.close();
    await server.close();
    const took = Math.round(performance.now() - started);
    if (problems.length > 0) {
      failures.push(name);
      console.error(`check-web-examples: ${name} FAILED (${took} ms)\n  ${problems.join('\n  ')}`);
    } else {
      console.log(`check-web-examples: ${name} shows a map, no errors (${took} ms)`);
    }
  }
} finally {
  await browser.close();
}
if (failures.length > 0) process.exit(1);
