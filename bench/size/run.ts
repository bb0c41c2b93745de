/**
 * `npm run bench:size`: the gzipped size of the library's own JavaScript, built exactly as
 * `npm run build` builds it (same entries, every dependency and peer external) into a scratch
 * folder, so the figure never depends on a stale dist/. Fails (exit code 1) over the budget.
 *
 * Budget (BUDGET_GZIP_BYTES): the published files, gzipped, as a host downloads them from npm and
 * before its bundler minifies them. Set at about 25% above the size when the budget was set
 * (issue 6: 103.6 KB, 74 KB minified), so a new feature fits and an accidental bundled dependency (React Flow alone
 * is ~55 KB gzipped) does not. The minified + gzipped figure, what a host's users download, is
 * printed beside it for information.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { isExternal } from '../../vite.config.ts';

export const BUDGET_GZIP_BYTES = 130 * 1024;

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface SizeResult {
  files: Array<{ file: string; bytes: number; gzip: number; minGzip: number }>;
  gzip: number;
  minGzip: number;
  budget: number;
  withinBudget: boolean;
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

async function buildInto(outDir: string, minify: boolean): Promise<Map<string, Buffer>> {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      minify,
      cssCodeSplit: false,
      reportCompressedSize: false,
      lib: {
        entry: { index: join(root, 'src/index.ts'), model: join(root, 'src/model/index.ts') },
        formats: ['es'],
        fileName: (_format, entryName) => `${entryName}.js`,
        cssFileName: 'style',
      },
      rolldownOptions: { external: isExternal, output: { chunkFileNames: 'chunks/[name].js' } },
    },
  });
  return new Map(jsFiles(outDir).map((path) => [relative(outDir, path), readFileSync(path)]));
}

export async function measureSize(): Promise<SizeResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'jc-size-'));
  try {
    const published = await buildInto(join(scratch, 'published'), false);
    const minified = await buildInto(join(scratch, 'minified'), true);
    const files = [...published.entries()]
      .map(([file, content]) => ({
        file,
        bytes: content.length,
        gzip: gzipSync(content, { level: 9 }).length,
        minGzip: gzipSync(minified.get(file) ?? Buffer.alloc(0), { level: 9 }).length,
      }))
      .sort((a, b) => a.file.localeCompare(b.file));
    const gzip = files.reduce((sum, file) => sum + file.gzip, 0);
    const minGzip = files.reduce((sum, file) => sum + file.minGzip, 0);
    return { files, gzip, minGzip, budget: BUDGET_GZIP_BYTES, withinBudget: gzip <= BUDGET_GZIP_BYTES };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function sizeMarkdown(result: SizeResult): string {
  const lines = [
    '| file (dist/) | size | gzipped | minified + gzipped |',
    '|---|---:|---:|---:|',
    ...result.files.map((file) => `| ${file.file} | ${kb(file.bytes)} | ${kb(file.gzip)} | ${kb(file.minGzip)} |`),
    `| **all** | ${kb(result.files.reduce((sum, file) => sum + file.bytes, 0))} | **${kb(result.gzip)}** | ${kb(result.minGzip)} |`,
    '',
    `Budget: ${kb(result.budget)} gzipped (the published files) — ${result.withinBudget ? 'within budget' : '**OVER BUDGET**'}. React, React Flow, zustand, immer, d3-shape and html-to-image are peers or dependencies, installed once by the host: not counted.`,
  ];
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await measureSize();
  console.log(sizeMarkdown(result));
  if (!result.withinBudget) process.exitCode = 1;
}
