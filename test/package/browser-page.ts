/**
 * Opening a built scratch app in Chromium for the package tests, and collecting everything that
 * went wrong on the page: uncaught errors, console errors, failed or 4xx/5xx requests.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Page } from 'playwright-core';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** The origin a built app is served on by `serveFromFolder`: no port, no server. */
export const appOrigin = 'http://journey-canvas.test';

/**
 * Answers the page's requests to `appOrigin` from a built app's folder (Playwright's request
 * routing), so the test starts no server and takes no port. Anything else is refused.
 */
export async function serveFromFolder(page: Page, folder: string): Promise<void> {
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== appOrigin) return route.abort();
    const path = normalize(join(folder, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)));
    if (!path.startsWith(folder + sep) || !existsSync(path) || !statSync(path).isFile()) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({ status: 200, body: readFileSync(path), contentType: types[extname(path)] ?? 'application/octet-stream' });
  });
}

/** Starts collecting the page's problems; read the array at the end of the test. */
export function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}
