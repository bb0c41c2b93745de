/**
 * A rating round in two real Chromium pages of examples/workshop-live, on a real server: the
 * participant rates on the phone view (390×844), the facilitator sees how many rated and not the
 * value, reveals, and both pages then show the room's mean and spread.
 *
 * LIVE_SHOTS_DIR=<folder> also saves screenshots of both pages (en and zh-CN) to look at.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJourneyTemplate } from 'journey-canvas/model';
import { writeJourneyToYDoc } from 'journey-canvas/collab';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium';
import { freePort } from '../../scripts/live-services';
import { serveFolder } from '../../scripts/static-server';
import type { StaticServer } from '../../scripts/static-server';
import { connect, startCluster, token, until } from './cluster';
import type { LiveClient, ServerProcess } from './cluster';

const shots = process.env.LIVE_SHOTS_DIR;
let server: ServerProcess;
let site: StaticServer;
let browser: Browser;
let builtDir: string;
const clients: LiveClient[] = [];

beforeAll(async () => {
  builtDir = mkdtempSync(join(tmpdir(), 'jc-workshop-live-page-'));
  const [started] = await Promise.all([
    startCluster(['rounds-1']),
    build({ configFile: 'examples/workshop-live/vite.config.ts', logLevel: 'warn', build: { outDir: builtDir, emptyOutDir: true } }),
  ]);
  server = started[0]!;
  site = await serveFolder(builtDir, { port: await freePort() });
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  if (shots) mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  clients.forEach((c) => c.destroy());
  await browser?.close();
  await site?.close();
  await server?.kill9();
  rmSync(builtDir, { recursive: true, force: true });
});

/** A room holding the checkout template (language `lang`), seeded by a facilitator's Node client. */
async function seededRoom(room: string, lang: 'en' | 'zh-CN'): Promise<void> {
  const seeder = connect([server.url], room, await token(room, 'facilitator'));
  clients.push(seeder);
  await seeder.synced;
  writeJourneyToYDoc(seeder.ydoc, getJourneyTemplate('online-checkout', lang)!.document);
  await until(() => seeder.provider.unsyncedChanges === 0, 'the seeded journey to be stored');
}

async function openPage(room: string, role: 'facilitator' | 'participant', options: { name: string; lang: string; view?: string; viewport: { width: number; height: number } }): Promise<Page> {
  // Each page its own context: its own localStorage, so its own participant id (its own device).
  const context = await browser.newContext({ viewport: options.viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const query = new URLSearchParams({ server: server.url, room, name: options.name, lang: options.lang, ...(options.view ? { view: options.view } : {}) });
  await page.goto(`${site.url}?${query.toString()}#token=${await token(room, role)}`);
  page.on('close', () => expect(errors).toEqual([]));
  return page;
}

async function shot(page: Page, name: string): Promise<void> {
  if (shots) await page.screenshot({ path: join(shots, `${name}.png`) });
}

describe('a rating round in two Chromium pages', () => {
  for (const lang of ['en', 'zh-CN'] as const) {
    it(`participant rates on the phone, facilitator sees the count not the value, reveals, both see the mean and spread (${lang})`, async () => {
      const room = `round-pages-${lang}`;
      await seededRoom(room, lang);
      const text = lang === 'en'
        ? { start: 'Start round', rate: 'Rate +3', mine: 'Your rating: +3', waiting: 'Waiting for the facilitator to reveal', count: '1 of 2 rated', reveal: 'Reveal ratings', room: 'Room: +3 (from +3 to +3), 1 rating' }
        : { start: '开始评分', rate: '评分 +3', mine: '你的评分：+3', waiting: '等待主持人公布', count: '2 人中已有 1 人评分', reveal: '公布评分', room: '全场：+3（+3 至 +3），共 1 个评分' };
      const facilitator = await openPage(room, 'facilitator', { name: 'Fay', lang, viewport: { width: 1280, height: 800 } });
      const phone = await openPage(room, 'participant', { name: 'Ana', lang, view: 'rate', viewport: { width: 390, height: 844 } });

      await facilitator.getByRole('button', { name: text.start }).click();
      const first = getJourneyTemplate('online-checkout', lang)!.document.touchpoints[0]!;
      await expect.poll(() => phone.getByRole('heading', { level: 2 }).textContent()).toBe(first.title);
      await expect.poll(() => phone.getByText(text.waiting, { exact: false }).count()).toBe(1);
      await shot(phone, `phone-open-${lang}`);

      // Large targets: each at least 44 px both ways, text at least 14 px.
      const target = phone.getByRole('button', { name: text.rate, exact: true });
      const box = (await target.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(44);
      expect(box.height).toBeGreaterThanOrEqual(44);
      const smallest = await phone.evaluate(() => Math.min(...[...document.querySelectorAll('.rate *')].filter((e) => e.textContent?.trim()).map((e) => parseFloat(getComputedStyle(e).fontSize))));
      expect(smallest).toBeGreaterThanOrEqual(14);

      await target.click();
      await expect.poll(() => phone.getByText(text.mine).count()).toBe(1);
      await shot(phone, `phone-rated-${lang}`);

      // The facilitator sees how many rated (Fay and Ana joined: 1 of 2), and not the value.
      const panel = facilitator.getByRole('complementary', { name: lang === 'en' ? 'Rating round' : '评分轮' });
      await expect.poll(() => panel.getByText(text.count).count()).toBeGreaterThanOrEqual(1);
      expect(await panel.textContent()).not.toContain('+3');
      await shot(facilitator, `facilitator-open-${lang}`);

      await facilitator.getByRole('button', { name: text.reveal }).click();
      await expect.poll(() => phone.getByText(text.room).count()).toBe(1);
      await expect.poll(() => panel.getByText(text.room).count()).toBe(1);
      await shot(phone, `phone-revealed-${lang}`);
      await shot(facilitator, `facilitator-revealed-${lang}`);
      await phone.context().close();
      await facilitator.context().close();
    });
  }
});
