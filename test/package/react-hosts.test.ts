/**
 * The packed tarball in the React versions the peer range promises (`^18.3 || ^19`): a fresh app
 * on React 18.3 and one on the newest React 19, each built with Vite and used in Chromium as a
 * person would: the map renders, a click selects (and changes nothing), the emotion slider and
 * the title field edit, a point drags, and the editor exports a PNG. Then the same app
 * type-checks against that React's own types.
 *
 * React 18.3 and 19.0/19.1 once blanked the page on the first selection (a hook only React 19.2
 * has): this is the test that would have seen it.
 */
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium';
import { appOrigin, collectProblems, serveFromFolder } from './browser-page';
import { makeProjectDir, nodeEval, npmInstall, repoTsc, runNodeScript, viteBuild, writeFiles } from './scratch';

const packed = inject('packedLibrary');

/** The hosts: React 18.3, the oldest the range allows, and whatever React 19 is newest today. */
const hosts = [
  { name: 'React 18.3', react: '18.3', types: '18.3' },
  { name: 'the newest React 19', react: '19', types: '19' },
] as const;

const appSource = `import { StrictMode, useRef, useState, version } from 'react';
import { createRoot } from 'react-dom/client';
import { JourneyEditor } from 'journey-canvas';
import type { JourneyEditorChange, JourneyEditorHandle } from 'journey-canvas';
import { getJourneyTemplate } from 'journey-canvas/model';
import 'journey-canvas/style.css';

const start = getJourneyTemplate('online-checkout', 'en')!.document;

function App() {
  const editor = useRef<JourneyEditorHandle>(null);
  const [changes, setChanges] = useState<string[]>([]);
  const [exported, setExported] = useState('');
  const onChange = (_next: unknown, change: JourneyEditorChange) => setChanges((list) => [...list, change.operation]);
  const exportPng = () => {
    editor.current?.exportImage({ format: 'png', pixelRatio: 1 }).then(
      (blob) => setExported(blob.type + ' ' + blob.size),
      (error: Error) => setExported('failed: ' + error.message),
    );
  };
  return (
    <>
      <button type="button" id="export" onClick={exportPng}>Export</button>
      <output id="exported">{exported}</output>
      <output id="changes">{changes.join(',')}</output>
      <output id="react-version">{version}</output>
      <JourneyEditor ref={editor} defaultValue={start} onChange={onChange} style={{ height: 700 }} />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
`;

const files: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'react-host', private: true, type: 'module' }, null, 2),
  'index.html': `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><link rel="icon" href="data:," /><title>host</title></head>
  <body><div id="root"></div><script type="module" src="/src/main.tsx"></script></body>
</html>
`,
  'src/main.tsx': appSource,
  'tsconfig.json': JSON.stringify({
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      module: 'ESNext',
      moduleResolution: 'bundler',
      jsx: 'react-jsx',
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
    files: ['src/main.tsx', 'src/css.d.ts'],
  }),
  // What vite/client would declare for the stylesheet import (the README gives the same line).
  'src/css.d.ts': "declare module '*.css';\n",
};

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
});
afterAll(async () => {
  await browser?.close();
});

describe.each(hosts)('an app on $name', ({ react, types }) => {
  let app = '';
  let dist = '';

  beforeAll(() => {
    app = makeProjectDir(packed, `react-${react}`);
    writeFiles(app, files);
    npmInstall(app, [packed.tarball, `react@${react}`, `react-dom@${react}`]);
    npmInstall(app, [`@types/react@${types}`, `@types/react-dom@${types}`], true);
    dist = viteBuild(app);
  });

  it(`installs React ${react}`, () => {
    const { version } = nodeEval(app, `import { version } from 'react'; console.log(JSON.stringify({ version }));`) as { version: string };
    expect(version.startsWith(`${react}.`)).toBe(true);
  });

  it('renders, selects, edits, drags and exports in Chromium with no error', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = collectProblems(page);
    try {
      await serveFromFolder(page, dist);
      await page.goto(`${appOrigin}/`, { waitUntil: 'load' });
      const cards = page.locator('[data-jc-card]');
      await cards.first().waitFor({ state: 'visible', timeout: 15_000 });
      expect(await cards.count()).toBeGreaterThan(3);
      const changes = page.locator('#changes');

      // Select: a click selects the card and shows the inspector; it changes nothing.
      const first = cards.first();
      const firstId = await first.getAttribute('data-jc-card');
      await first.click();
      await expect.poll(() => first.getAttribute('aria-pressed')).toBe('true');
      expect(await changes.textContent()).toBe('');

      // Edit through the emotion slider's native change event (the hook React 18 lacked).
      const slider = page.getByLabel('Emotion slider');
      await slider.waitFor({ state: 'visible' });
      const before = Number(await slider.inputValue());
      await slider.focus();
      await page.keyboard.press(before < 5 ? 'ArrowRight' : 'ArrowLeft');
      await expect.poll(() => changes.textContent()).toBe('setEmotion');
      const point = page.locator(`[data-jc-point="${firstId}"]`);
      expect(Number(await point.getAttribute('aria-valuenow'))).not.toBe(before);

      // Edit the title in the inspector: the card shows it.
      const title = page.getByLabel('Title', { exact: true });
      await title.fill('Renamed on the host');
      await title.press('Enter');
      await expect.poll(() => changes.textContent()).toBe('setEmotion,updateTouchpoint');
      await expect.poll(() => page.locator('[data-jc-card]', { hasText: 'Renamed on the host' }).count()).toBe(1);

      // Drag the emotion point up: one edit for the whole drag.
      const valueBefore = Number(await point.getAttribute('aria-valuenow'));
      const box = await point.boundingBox();
      if (!box) throw new Error('the emotion point has no box');
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      await page.mouse.move(x, y);
      await page.mouse.down();
      for (let step = 1; step <= 10; step += 1) await page.mouse.move(x, y + (valueBefore > 0 ? 6 : -6) * step);
      await page.mouse.up();
      await expect.poll(() => changes.textContent()).toBe('setEmotion,updateTouchpoint,setEmotion');
      expect(Number(await point.getAttribute('aria-valuenow'))).not.toBe(valueBefore);

      // Export: the PNG comes through html-to-image, loaded on demand.
      await page.locator('#export').click();
      await expect.poll(() => page.locator('#exported').textContent(), { timeout: 20_000 }).toMatch(/^image\/png [1-9]\d+$/);

      await page.waitForTimeout(200);
    } finally {
      await page.close();
    }
    expect(problems).toEqual([]);
  });

  it(`type-checks against @types/react ${types} (strict)`, () => {
    runNodeScript(repoTsc, ['-p', 'tsconfig.json'], app);
  });
});
