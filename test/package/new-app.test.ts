/**
 * The library tried as a new user would: a fresh Vite + React + TypeScript app outside the
 * repository (the files `npm create vite` would give, trimmed), the packed tarball installed with
 * `npm install`, then `tsc`, `vite build`, the built app opened in Chromium, and
 * `journey-canvas/model` imported from plain Node inside the app.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { installedVersion, makeProjectDir, nodeEval, npmInstall, run, runNodeScript, writeFiles } from './scratch';
import { serveFolder } from '../../scripts/static-server';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium';


const caret = (name: string): string => `^${installedVersion(name)}`;

/** The app a new user writes: the library's editor opened on a template, and its stylesheet. */
function appFiles(): Record<string, string> {
  return {
    'package.json': JSON.stringify(
      {
        name: 'my-journey-app',
        private: true,
        version: '0.0.0',
        type: 'module',
        scripts: { build: 'tsc --noEmit && vite build' },
        dependencies: { react: caret('react'), 'react-dom': caret('react-dom') },
        devDependencies: {
          '@types/react': caret('@types/react'),
          '@types/react-dom': caret('@types/react-dom'),
          '@vitejs/plugin-react': caret('@vitejs/plugin-react'),
          typescript: caret('typescript'),
          vite: caret('vite'),
        },
      },
      null,
      2,
    ),
    'tsconfig.json': JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          module: 'ESNext',
          moduleResolution: 'bundler',
          moduleDetection: 'force',
          jsx: 'react-jsx',
          strict: true,
          noUnusedLocals: true,
          noUnusedParameters: true,
          noFallthroughCasesInSwitch: true,
          verbatimModuleSyntax: true,
          isolatedModules: true,
          noEmit: true,
          skipLibCheck: true,
          types: ['vite/client'],
        },
        include: ['src', 'vite.config.ts'],
      },
      null,
      2,
    ),
    'vite.config.ts': `import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({ plugins: [react()] });
`,
    'index.html': `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>My journey app</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/src/main.tsx"></script>
  </body>
</html>
`,
    // An icon of its own, so Chromium's request for one is not a 404.
    'public/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="#4f46e5"/></svg>\n',
    'src/main.tsx': `import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { JourneyEditor } from 'journey-canvas';
import { getJourneyTemplate } from 'journey-canvas/model';
import 'journey-canvas/style.css';

const start = getJourneyTemplate('online-checkout', 'en')?.document;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <JourneyEditor defaultValue={start} style={{ height: 700 }} />
  </StrictMode>,
);
`,
  };
}

let app = '';

beforeAll(() => {
  const packed = inject('packedLibrary');
  app = makeProjectDir(packed, 'my-journey-app');
  writeFiles(app, appFiles());
  // The template's dependencies, and the library added to them, in one install.
  npmInstall(app, [packed.tarball]);
});

describe('a new Vite + React + TypeScript app using the packed library', () => {
  it('lists journey-canvas as a dependency after `npm install <tarball>`', () => {
    const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies)).toContain('journey-canvas');
  });

  it('type-checks with its own TypeScript (strict, bundler resolution, vite/client types)', () => {
    runNodeScript(join(app, 'node_modules/typescript/bin/tsc'), ['-p', 'tsconfig.json'], app);
  });

  it('builds with vite build', () => {
    runNodeScript(join(app, 'node_modules/vite/bin/vite.js'), ['build', '--logLevel', 'warn'], app);
    expect(existsSync(join(app, 'dist/index.html'))).toBe(true);
    const assets = readdirSync(join(app, 'dist/assets'));
    const sizeOf = (ext: string): string => {
      const files = assets.filter((file) => file.endsWith(ext)).map((file) => readFileSync(join(app, 'dist/assets', file)));
      const raw = files.reduce((sum, file) => sum + file.length, 0);
      const gzipped = files.reduce((sum, file) => sum + gzipSync(file).length, 0);
      return `${(raw / 1024).toFixed(1)} kB (${(gzipped / 1024).toFixed(1)} kB gzipped)`;
    };
    expect(assets.some((file) => file.endsWith('.css'))).toBe(true);
    console.log(`new app build, everything with React and React Flow: JS ${sizeOf('.js')}, CSS ${sizeOf('.css')}`);
  });

  it('imports journey-canvas/model from plain Node in the app folder', () => {
    const output = run(
      process.execPath,
      [
        '-e',
        `import('journey-canvas/model').then((model) => {
           const template = model.getJourneyTemplate('online-checkout', 'en');
           const parsed = model.parseJourney(model.serializeJourney(template.document));
           console.log(JSON.stringify({ ok: parsed.ok, window: typeof window, title: template.document.title }));
         })`,
      ],
      app,
    );
    expect(JSON.parse(output)).toMatchObject({ ok: true, window: 'undefined', title: expect.any(String) });
  });

  it('shows the map in Chromium: every touchpoint card, the emotion curve, the stylesheet, no error', async () => {
    expect(existsSync(join(app, 'dist/index.html')), 'the app was not built').toBe(true);
    const template = nodeEval(
      app,
      `import { getJourneyTemplate } from 'journey-canvas/model';
       const { document } = getJourneyTemplate('online-checkout', 'en');
       console.log(JSON.stringify({ titles: document.touchpoints.map((touchpoint) => touchpoint.title) }));`,
    ) as { titles: string[] };
    expect(template.titles.length).toBeGreaterThan(3);

    const server = await serveFolder(join(app, 'dist'));
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    const problems: string[] = [];
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await page.goto(server.url, { waitUntil: 'load' });

      const firstCard = page.locator('[data-jc-card]', { hasText: template.titles[0] });
      await firstCard.first().waitFor({ state: 'visible', timeout: 15_000 });
      await expect.poll(() => page.locator('[data-jc-card]').count()).toBe(template.titles.length);
      const curve = page.locator('.jc-emotion__curve');
      await curve.waitFor({ state: 'visible' });
      expect(await curve.getAttribute('d')).toMatch(/^M[\d.\s,-]+[LC]/);
      // Vite bundled journey-canvas/style.css: the editor's custom properties are set.
      const accent = await page.locator('.jc-editor').first().evaluate((root) => getComputedStyle(root).getPropertyValue('--jc-curve'));
      expect(accent.trim()).not.toBe('');
      // Late errors (an effect that throws after the first paint) count too.
      await page.waitForTimeout(300);
    } finally {
      await browser.close();
      await server.close();
    }
    expect(problems).toEqual([]);
  });
});
