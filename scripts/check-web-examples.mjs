// Opens every built web example (examples/<name>/dist, from `npm run build:examples`) in
// Chromium, as a visitor would, and fails unless each one shows a map (a touchpoint card, or an
// exported map image) and logs no page error, console error or failed request.
//
//   node scripts/check-web-examples.mjs [name …] [--screenshots <dir>]
//
// --screenshots writes <dir>/<name>.png of each page, to look at.
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const examplesDir = fileURLToPath(new URL('../examples/', import.meta.url));
const args = process.argv.slice(2);
const shotsAt = args.indexOf('--screenshots');
const screenshotDir = shotsAt >= 0 ? resolve(args[shotsAt + 1] ?? 'example-screenshots') : null;
const only = args.filter((arg, index) => !arg.startsWith('--') && (shotsAt < 0 || index !== shotsAt + 1));

/** What proves a page shows a map: a card of the editor or viewer, the compare drawing, or an exported image. */
const MAP_SELECTOR = '[data-jc-card], .jc-compare__viewport svg, img[data-journey-image]';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** A static file server for one folder, on 127.0.0.1 and a free port. */
async function serve(root) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root + sep) && file !== root) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return { server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` };
}

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
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const failures = [];
try {
  for (const name of names) {
    const started = performance.now();
    const { server, url } = await serve(join(examplesDir, name, 'dist'));
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    const problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? ''})`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    try {
      await page.goto(url, { waitUntil: 'load' });
      await page.locator(MAP_SELECTOR).first().waitFor({ state: 'visible', timeout: 15_000 });
      // Late errors (an effect that throws after the first paint) count too.
      await page.waitForTimeout(500);
    } catch (error) {
      problems.push(`no map on the page: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    if (screenshotDir) await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
    await page.close();
    server.close();
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
