/**
 * The packed tarball in a Next.js App Router app (Next.js 16): a server page that renders
 * `<JourneyViewer>` and calls the pure functions (from `journey-canvas/model` and from the root
 * entry), and a client page with the editor. `next build`, then `next start` on a local port,
 * both pages opened in Chromium.
 *
 * Without `'use client'` in the published modules the build fails ("createContext is not a
 * function"); without pure modules free of it, a server component could not call `analyzeJourney`.
 *
 * The port: PACKAGE_TEST_PORTS ("4100-4199") when set, else one the OS says is free.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium';
import { collectProblems } from './browser-page';
import { atRepoVersion, hostEnvironment, makeProjectDir, npmInstall, runNodeScript, writeFiles } from './scratch';

const packed = inject('packedLibrary');

/** Pinned, so the npm cache serves it after the first run; raise it with each Next.js release tested. */
const NEXT_VERSION = '16.4.6';

/** `next build` takes 20–30 s on two idle cores, minutes on loaded ones. */
const BUILD_TIMEOUT = 600_000;

const files: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'next-host', private: true }, null, 2),
  'next.config.mjs': 'export default {};\n',
  // An icon of its own, so the browser's request for one is not a 404.
  'app/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="#4f46e5"/></svg>\n',
  'app/layout.jsx': `import 'journey-canvas/style.css';

export const metadata = { title: 'Journeys' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  // A server component: no 'use client'. The viewer is a client component inside it.
  'app/page.jsx': `import { JourneyViewer, analyzeJourney } from 'journey-canvas';
import { getJourneyTemplate, parseJourney } from 'journey-canvas/model';

export default function Page() {
  const parsed = parseJourney(JSON.stringify(getJourneyTemplate('online-checkout', 'en').document));
  if (!parsed.ok) throw new Error('template did not parse');
  const analysis = analyzeJourney(parsed.document);
  return (
    <main>
      <h1>Report</h1>
      <p id="peak" data-peak={analysis.peak.touchpointId}>Peak-end score {analysis.peakEndScore}</p>
      <JourneyViewer value={parsed.document} style={{ height: 600 }} />
    </main>
  );
}
`,
  'app/editor/page.jsx': `'use client';
import { useState } from 'react';
import { JourneyEditor } from 'journey-canvas';
import { getJourneyTemplate } from 'journey-canvas/model';

const start = getJourneyTemplate('online-checkout', 'en').document;

export default function EditorPage() {
  const [changes, setChanges] = useState(0);
  return (
    <main>
      <output id="changes">{changes}</output>
      <JourneyEditor defaultValue={start} onChange={() => setChanges((count) => count + 1)} style={{ height: 700 }} />
    </main>
  );
}
`,
};

/** A port to listen on: the first free one of PACKAGE_TEST_PORTS ("from-to"), else any free one. */
async function freePort(): Promise<number> {
  const [from, to] = (process.env.PACKAGE_TEST_PORTS ?? '0-0').split('-').map(Number);
  for (let port = from ?? 0; port <= (to ?? 0); port += 1) {
    const found = await new Promise<number | null>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(null));
      probe.listen(port, '127.0.0.1', () => {
        const address = probe.address();
        probe.close(() => resolve(typeof address === 'object' && address ? address.port : null));
      });
    });
    if (found) return found;
  }
  throw new Error(`no free port in ${process.env.PACKAGE_TEST_PORTS}`);
}

let app = '';
let server: ChildProcess | null = null;
let origin = '';

beforeAll(async () => {
  app = makeProjectDir(packed, 'next-app');
  writeFiles(app, files);
  npmInstall(app, [packed.tarball, `next@${NEXT_VERSION}`, atRepoVersion('react'), atRepoVersion('react-dom')]);
  const next = join(app, 'node_modules/next/dist/bin/next');
  runNodeScript(next, ['build'], app);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [next, 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: app,
    env: { ...hostEnvironment(), NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const started = Date.now();
  for (;;) {
    if (server.exitCode !== null) throw new Error(`next start exited:\n${output}`);
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 60_000) throw new Error(`next start did not answer in 60 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}, BUILD_TIMEOUT);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
});

describe('a Next.js App Router app', () => {
  it('renders the server page on the server: the pure functions ran there, the viewer is in the HTML', async () => {
    const html = await (await fetch(`${origin}/`)).text();
    expect(html).toMatch(/id="peak" data-peak="[^"]+"/);
    expect(html).toContain('class="jc-viewer"');
  });

  it('shows the viewer of the server page in Chromium, and the editor of the client page edits, with no error', async () => {
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems = collectProblems(page);
      await page.goto(`${origin}/`, { waitUntil: 'load' });
      await page.locator('.jc-viewer [data-jc-card]').first().waitFor({ state: 'visible', timeout: 20_000 });
      expect(await page.locator('.jc-viewer [data-jc-card]').count()).toBeGreaterThan(3);
      // The stylesheet the layout imported is applied.
      expect((await page.locator('.jc-viewer').evaluate((root) => getComputedStyle(root).getPropertyValue('--jc-curve'))).trim()).not.toBe('');

      await page.goto(`${origin}/editor`, { waitUntil: 'load' });
      const card = page.locator('[data-jc-card]').first();
      await card.waitFor({ state: 'visible', timeout: 20_000 });
      await card.click();
      await expect.poll(() => card.getAttribute('aria-pressed')).toBe('true');
      const slider = page.getByLabel('Emotion slider');
      await slider.focus();
      await page.keyboard.press(Number(await slider.inputValue()) < 5 ? 'ArrowRight' : 'ArrowLeft');
      await expect.poll(() => page.locator('#changes').textContent()).toBe('1');
      await page.waitForTimeout(200);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
