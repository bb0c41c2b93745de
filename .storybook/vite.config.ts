/**
 * Storybook's own Vite config (see main.ts): stories import the library by its published names,
 * served from src like the examples. Kept apart from the root vite.config.ts so the library's
 * declaration plugin never runs inside a Storybook build.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sourceAliases } from '../scripts/source-aliases.ts';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: sourceAliases() },
  // A catalogue bundles React, React Flow and every story; large chunks are expected here.
  // No plugin-timing report on every build (the docs pages' prop tables take most of the time, by design).
  build: { chunkSizeWarningLimit: 2000, rolldownOptions: { checks: { bundlerTimings: false } } },
});
