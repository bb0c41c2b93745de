/**
 * Slides: `npx vite --config examples/slides/vite.config.ts` serves it from the
 * library's source; `npm run build:examples` builds it into examples/slides/dist.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sourceAliases } from '../../scripts/source-aliases.ts';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative asset URLs, so the built app works from any folder or static host.
  base: './',
  plugins: [react()],
  resolve: { alias: sourceAliases() },
  // An app bundle with React and React Flow inside is ~600 kB before gzip; that is expected here.
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1000 },
  server: { port: 5176 },
});
