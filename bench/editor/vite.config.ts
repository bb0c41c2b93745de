/**
 * Production build of the editor benchmark page (bench/editor/page): the library from src, React
 * in production mode, minified, as a host app would ship it. `bench/editor/run.ts` builds it into
 * node_modules/.cache (out of the linted tree) and serves that folder.
 *
 * One bench-only addition: `cardRenderCounter` makes every touchpoint card report its renders to
 * the page, so the benchmark can count re-renders of cards other than the dragged one. It edits
 * the card's code in this build only; the library itself has no hook for it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { Plugin } from 'vite';
import { sourceAliases } from '../../scripts/source-aliases.ts';

const root = fileURLToPath(new URL('./page/', import.meta.url));

/** Where the built page goes. */
export const BENCH_PAGE_DIR = fileURLToPath(new URL('../../node_modules/.cache/journey-canvas-bench/editor/', import.meta.url));
const cardFile = fileURLToPath(new URL('../../src/editor/canvas/TouchpointCard.tsx', import.meta.url));

/** The card's first line of logic; the counter goes right after it. */
const ANCHOR = 'const { id } = touchpoint;';

function cardRenderCounter(): Plugin {
  return {
    name: 'journey-bench-card-render-counter',
    enforce: 'pre',
    load(id) {
      if (id.split('?')[0] !== cardFile) return null;
      const source = readFileSync(cardFile, 'utf8');
      if (!source.includes(ANCHOR)) {
        throw new Error(`bench: TouchpointCard.tsx no longer contains "${ANCHOR}"; update bench/editor/vite.config.ts`);
      }
      // A ref tells a re-render (seen before) from a mount (a card scrolled into view).
      return (
        "import { useRef as __jcBenchUseRef } from 'react';\n" +
        source.replace(
          ANCHOR,
          `${ANCHOR}\n  const __jcBenchSeen = __jcBenchUseRef(false);\n  (globalThis as unknown as { __jcBenchCardRender?: (id: string, again: boolean) => void }).__jcBenchCardRender?.(id, __jcBenchSeen.current);\n  __jcBenchSeen.current = true;`,
        )
      );
    },
  };
}

export default defineConfig({
  root,
  base: './',
  logLevel: 'warn',
  plugins: [cardRenderCounter(), react()],
  resolve: { alias: sourceAliases() },
  build: {
    outDir: BENCH_PAGE_DIR,
    emptyOutDir: true,
    target: 'es2022',
    // JC_BENCH_READABLE=1 keeps names readable for a CPU profile (bench/editor/profile.ts).
    minify: process.env.JC_BENCH_READABLE !== '1',
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 4000,
  },
});
