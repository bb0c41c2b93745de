/**
 * The Vite config every example shares: the app served from the library's source under its
 * published names (see source-aliases.ts), built into the example's own dist/ with relative
 * asset URLs so it works from any folder or static host. Each example passes its folder and
 * its own dev-server port.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { UserConfig } from 'vite';
import { sourceAliases } from './source-aliases.ts';

export function exampleConfig(exampleUrl: string, { port }: { port: number }): UserConfig {
  return defineConfig({
    root: fileURLToPath(new URL('.', exampleUrl)),
    base: './',
    plugins: [react()],
    resolve: { alias: sourceAliases() },
    // An app bundle with React, React Flow (and Yjs, live) inside is 0.6-1 MB before gzip: expected.
    build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1200 },
    server: { port, strictPort: false },
  });
}
