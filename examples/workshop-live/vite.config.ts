/**
 * The live-workshop page: `npx vite --config examples/workshop-live/vite.config.ts` serves it
 * from the library's source; `npm run build:examples` builds it into examples/workshop-live/dist.
 * The server it talks to is `npm run workshop-live` (server.ts).
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sourceAliases } from '../../scripts/source-aliases.ts';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  resolve: { alias: sourceAliases() },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  server: { port: 5175 },
});
