/**
 * Regenerates the map images the README shows, exported by the library itself from its templates
 * in Debian's Chromium: `npm run readme-image` writes docs/journey-map.png (English) and
 * docs/journey-map.zh-CN.png (Chinese): the whole map at its own size (preset `fit`), every card
 * legible. A 16:9 slide of these 14-touchpoint maps is their overview (no cards): the README
 * shows the map itself; the slides example shows the deck (`exportJourneySlides`).
 * README_IMAGE_PORT picks the port of its page server (any free port by default).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { sourceAliases } from './source-aliases.ts';
import { chromiumArgs, chromiumPath } from './chromium.ts';

interface ReadmeImageWindow {
  readmeImage: { exportTemplate(id: string, locale: 'en' | 'zh-CN', options: Record<string, unknown>): Promise<string> };
}

const IMAGES = [
  { file: 'docs/journey-map.png', template: 'b2b-equipment-sale', locale: 'en' },
  { file: 'docs/journey-map.zh-CN.png', template: 'public-service-hall', locale: 'zh-CN' },
] as const;

const repo = fileURLToPath(new URL('../', import.meta.url));
const server = await createServer({
  configFile: false,
  root: fileURLToPath(new URL('./readme-image/', import.meta.url)),
  logLevel: 'warn',
  plugins: [react()],
  resolve: { alias: sourceAliases() },
  server: { host: '127.0.0.1', port: Number(process.env.README_IMAGE_PORT ?? 0), strictPort: false, fs: { allow: [repo] } },
});
await server.listen();
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: chromiumArgs,
});
try {
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the Vite server gave no URL');
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached', timeout: 60_000 });
  for (const image of IMAGES) {
    const base64 = await page.evaluate(
      ([id, locale]) => (window as unknown as ReadmeImageWindow).readmeImage.exportTemplate(id, locale, { preset: 'fit', pixelRatio: 1 }),
      [image.template, image.locale] as const,
    );
    writeFileSync(new URL(`../${image.file}`, import.meta.url), Buffer.from(base64, 'base64'));
    console.log(`readme-image: wrote ${image.file} (${image.template}, ${image.locale})`);
  }
} finally {
  await browser.close();
  await server.close();
}
