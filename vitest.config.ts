/**
 * Tests, in four Vitest projects (`npx vitest run --project <name>`):
 *
 *   model    plain Node, no DOM: src/model and src/layout must run on a host's server
 *   unit     jsdom: store, components and DOM structure (Testing Library)
 *   browser  real Chromium through Playwright: drag, zoom, geometry, axe-core
 *   package  the packed tarball installed into a scratch project; needs `npm run build` first
 *   storybook  every story in stories/ rendered in real Chromium, play functions run, no console error
 *
 * `npm test` runs them all in the right order (package last, after the build).
 */
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { sourceAliases } from './scripts/source-aliases.ts';
import { chromiumArgs, chromiumPath } from './scripts/chromium.ts';
import { mouseCommands } from './test/browser/harness/mouse-commands.ts';


/** Pure code is tested where it must run: Node, no DOM globals. */
const pureTests = [
  'test/lint/**/*.test.ts',
  'test/picture/look.test.ts',
  'test/model/**/*.test.ts',
  'test/layout/**/*.test.ts',
  'src/model/**/*.test.ts',
  'src/layout/**/*.test.ts',
  // Yjs mapping, binding and the live-workshop server with Node clients (real sockets on 127.0.0.1).
  'test/collab/**/*.test.ts',
];

/**
 * Generous per-test limits: CI and this project's machines have 2 shared cores, where a jsdom
 * editor test that takes 2 s alone can take 8 s under load. Speed targets live in benchmarks
 * (npm run bench:*), never in timeouts.
 */
const timeouts = { testTimeout: 30_000, hookTimeout: 30_000 };

export default defineConfig({
  plugins: [react()],
  // Tests import the public names (`journey-canvas`, `journey-canvas/model`), served from src.
  resolve: { alias: sourceAliases() },
  // Pre-bundled for the browser project up front: a dependency discovered mid-run makes Vite
  // reload the page, which fails whichever test file happens to be loading.
  optimizeDeps: {
    include: [
      'react',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'react-dom',
      'react-dom/client',
      '@xyflow/react',
      'zustand',
      'zustand/shallow',
      'zustand/traditional',
      'zustand/vanilla',
      'zustand/middleware/immer',
      'immer',
      'd3-shape',
      'html-to-image',
      '@testing-library/react',
      '@testing-library/user-event',
      'axe-core',
      'yjs',
      'y-protocols/awareness',
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'model',
          environment: 'node',
          ...timeouts,
          globals: true,
          include: pureTests,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          ...timeouts,
          globals: true,
          setupFiles: ['test/setup/jsdom.ts'],
          include: ['test/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
          exclude: [...pureTests, 'test/browser/**', 'test/package/**', 'test/live/**', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          globals: true,
          ...timeouts,
          include: ['test/browser/**/*.browser.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium' }],
            viewport: { width: 1280, height: 800 },
            commands: mouseCommands,
          },
        },
      },
      {
        extends: true,
        // Turns each story of .storybook/main.ts into a test; same Chromium as the browser project.
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          ...timeouts,
          setupFiles: ['.storybook/vitest.setup.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium' }],
            viewport: { width: 1280, height: 800 },
          },
        },
      },
      {
        extends: true,
        test: {
          // Issue 14's scale-out tests: server processes on a real Redis and PostgreSQL, which
          // global-setup.ts starts and stops (npm run test:live installs them when missing).
          name: 'live',
          environment: 'node',
          globals: true,
          include: ['test/live/**/*.live.test.ts'],
          globalSetup: ['test/live/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'package',
          environment: 'node',
          globals: true,
          include: ['test/package/**/*.test.ts'],
          // Packs the tarball once for every file; each installs it into its own scratch project.
          globalSetup: ['test/package/global-setup.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
