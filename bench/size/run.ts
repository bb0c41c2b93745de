/**
 * `npm run bench:size`: what a host's users download. The library is built as `npm run build`
 * builds it (ES modules, one file per source module, every dependency external) into a scratch
 * package, then four small apps are built against it with Vite in production mode, the way a
 * host builds its own app:
 *
 *   bare React Flow  an app that shows `<ReactFlow>` and nothing of ours: the floor
 *   Viewer only      a read-only page: `<JourneyViewer>` on a document the page already has
 *   Editor           `<JourneyEditor>` with its toolbar, panels, table view and export menu
 *   /model only      `parseJourney` + `analyzeJourney` from `journey-canvas/model`, no React
 *
 * Each app's JavaScript is counted as the browser loads it at first (the entry and its static
 * imports, minified, raw and gzipped); what it loads later on demand (html-to-image, on the first
 * PNG or JPEG export) is shown apart. The budgets below fail the run (exit code 1). The section
 * "Size of the library" of BENCHMARKS.md is rewritten with the table.
 *
 * The scratch folder lives in node_modules/.cache (so the apps resolve React and React Flow from
 * this repository's install) and is removed at the end.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { libraryBuild } from '../../vite.config.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const KB = 1024;

/**
 * A read-only page pays for a viewer, not an editor (issue 13): at most bare React Flow + this,
 * gzipped. 45 kB until format v2 (issue 15): the rating bands, counts and the room's strings in
 * en and zh-CN brought the viewer from +38.7 to +45.7 kB.
 */
export const VIEWER_OVER_BARE_GZIP_BYTES = 50 * KB;
/**
 * The editor app, gzipped: about 20% above its size when the budget was set (issue 13: 179.9 kB,
 * of which bare React Flow 123.4 kB), so a feature fits and a second copy of a dependency does not.
 */
export const EDITOR_GZIP_BYTES = 215 * KB;
/**
 * A page or server that only validates and analyses documents: no React, no React Flow (issue 13:
 * 4.6 kB; format v2 with participants, ratings, evidence, its migration step and the ratings
 * analysis: 7.2 kB, so 6 kB became 8 kB).
 */
export const MODEL_GZIP_BYTES = 8 * KB;

type AppName = 'bare' | 'viewer' | 'editor' | 'model';

interface Bytes {
  raw: number;
  gzip: number;
}

export interface AppSize {
  name: AppName;
  label: string;
  /** JavaScript the page loads at first: the entry and its static imports. */
  initial: Bytes;
  /** JavaScript loaded only on demand (dynamic imports), e.g. html-to-image on the first export. */
  lazy: Bytes;
  css: Bytes;
}

export interface Budget {
  label: string;
  limit: number;
  actual: number;
  met: boolean;
}

export interface SizeResult {
  apps: AppSize[];
  /** The library's own ES modules as published, every entry (for information: the apps are what users download). */
  published: Bytes & { files: number };
  budgets: Budget[];
  withinBudget: boolean;
}

/** Each app's source: one module and the document it shows, as a host page has it. */
const apps: Record<AppName, { label: string; main: string }> = {
  bare: {
    label: 'bare React Flow',
    main: `import { createRoot } from 'react-dom/client';
import { ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';

const nodes = [{ id: 'a', position: { x: 0, y: 0 }, data: { label: 'A' } }, { id: 'b', position: { x: 200, y: 80 }, data: { label: 'B' } }];
createRoot(document.getElementById('root')!).render(
  <div style={{ height: 600 }}>
    <ReactFlow nodes={nodes} edges={[{ id: 'ab', source: 'a', target: 'b' }]} fitView />
  </div>,
);
`,
  },
  viewer: {
    label: 'Viewer only',
    main: `import { createRoot } from 'react-dom/client';
import { JourneyViewer } from 'journey-canvas';
import 'journey-canvas/style.css';

// The page already has the document (server-rendered JSON, a fetch): a read-only report.
const value = JSON.parse(document.getElementById('journey')!.textContent!);
createRoot(document.getElementById('root')!).render(<JourneyViewer value={value} style={{ height: 600 }} />);
`,
  },
  editor: {
    label: 'Editor',
    main: `import { createRoot } from 'react-dom/client';
import { JourneyEditor } from 'journey-canvas';
import 'journey-canvas/style.css';

const value = JSON.parse(document.getElementById('journey')!.textContent!);
createRoot(document.getElementById('root')!).render(<JourneyEditor defaultValue={value} style={{ height: 700 }} />);
`,
  },
  model: {
    label: '/model only',
    main: `import { analyzeJourney, parseJourney } from 'journey-canvas/model';

const parsed = parseJourney(document.getElementById('journey')!.textContent!);
document.getElementById('root')!.textContent = JSON.stringify(parsed.ok ? analyzeJourney(parsed.document) : parsed.errors);
`,
  },
};

const html = `<!doctype html>
<html lang="en">
  <head><meta charset="UTF-8" /><title>size</title></head>
  <body>
    <div id="root"></div>
    <script type="application/json" id="journey">{}</script>
    <script type="module" src="./main.tsx"></script>
  </body>
</html>
`;

const bytesOf = (contents: Buffer[]): Bytes => ({
  raw: contents.reduce((sum, content) => sum + content.length, 0),
  gzip: contents.reduce((sum, content) => sum + gzipSync(content).length, 0),
});

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

/** The library as published (ES modules only; the CommonJS twins are for Node, not for pages). */
async function buildLibrary(packageDir: string): Promise<void> {
  const options = libraryBuild(join(packageDir, 'dist'), ['es']);
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    plugins: [react()],
    build: { ...options, sourcemap: false, reportCompressedSize: false },
  });
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
  // The fields a bundler reads: the exports map and sideEffects (which lets it drop unused modules).
  const { name, version, type, sideEffects, exports } = manifest;
  writeFileSync(join(packageDir, 'package.json'), JSON.stringify({ name, version, type, sideEffects, exports }, null, 2));
}

async function buildApp(dir: string, name: AppName): Promise<AppSize> {
  const app = apps[name];
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), html);
  writeFileSync(join(dir, 'main.tsx'), app.main);
  const outDir = join(dir, 'dist');
  await build({
    configFile: false,
    root: dir,
    logLevel: 'warn',
    plugins: [react()],
    // The warning about chunks over 500 kB is Vite's advice to apps; this one measures, not ships.
    build: { outDir, emptyOutDir: true, manifest: true, reportCompressedSize: false, chunkSizeWarningLimit: 10_000 },
  });
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const initial = new Set<string>();
  const css = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || initial.has(chunk.file)) return;
    initial.add(chunk.file);
    chunk.css?.forEach((file) => css.add(file));
    chunk.imports?.forEach(visit);
  };
  Object.entries(manifest)
    .filter(([, chunk]) => chunk.isEntry)
    .forEach(([key]) => visit(key));
  const lazy = Object.values(manifest)
    .map((chunk) => chunk.file)
    .filter((file) => file.endsWith('.js') && !initial.has(file));
  const read = (files: Iterable<string>) => [...files].filter((file) => file.endsWith('.js') || file.endsWith('.css')).map((file) => readFileSync(join(outDir, file)));
  return {
    name,
    label: app.label,
    initial: bytesOf(read([...initial].filter((file) => file.endsWith('.js')))),
    lazy: bytesOf(read(new Set(lazy))),
    css: bytesOf(read(css)),
  };
}

function jsFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(entry.parentPath, entry.name);
    if (entry.isDirectory()) return jsFilesUnder(path);
    return entry.name.endsWith('.js') ? [path] : [];
  });
}


export async function measureSize(): Promise<SizeResult> {
  const scratch = join(root, 'node_modules/.cache/journey-canvas-size');
  rmSync(scratch, { recursive: true, force: true });
  try {
    const packageDir = join(scratch, 'package');
    await buildLibrary(packageDir);
    // Installed as a host has it: node_modules/journey-canvas, found by the apps' bare imports.
    mkdirSync(join(scratch, 'node_modules'), { recursive: true });
    // The apps' own package: without it their nearest package.json is this repository's, named
    // journey-canvas, and the resolver takes the bare import as the repository importing itself
    // (package self-reference, tried before node_modules): its dist/, whatever was built last.
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'journey-canvas-size-apps', private: true, type: 'module' }));
    symlinkSync(packageDir, join(scratch, 'node_modules/journey-canvas'), 'dir');
    const sizes: AppSize[] = [];
    for (const name of Object.keys(apps) as AppName[]) sizes.push(await buildApp(join(scratch, 'apps', name), name));
    const publishedFiles = jsFilesUnder(join(packageDir, 'dist'));
    const published = { ...bytesOf(publishedFiles.map((file) => readFileSync(file))), files: publishedFiles.length };

    const size = (name: AppName) => sizes.find((app) => app.name === name)?.initial.gzip ?? Number.NaN;
    const budget = (label: string, limit: number, actual: number): Budget => ({ label, limit, actual, met: actual <= limit });
    const budgets = [
      budget('Viewer only ≤ bare React Flow + 50 kB', size('bare') + VIEWER_OVER_BARE_GZIP_BYTES, size('viewer')),
      budget('Editor', EDITOR_GZIP_BYTES, size('editor')),
      budget('/model only', MODEL_GZIP_BYTES, size('model')),
    ];
    return { apps: sizes, published, budgets, withinBudget: budgets.every((entry) => entry.met) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const kB = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;

export function sizeMarkdown(result: SizeResult): string {
  const bare = result.apps.find((app) => app.name === 'bare');
  return [
    'What a page downloads, built by Vite in production mode against the library as published (bench/size). JS at first load: the entry and its static imports, minified; later: loaded on demand (html-to-image on the first PNG/JPEG export). gzip at the default level, as a web server sends it.',
    '',
    '| app | JS at first load | gzipped | over bare React Flow (gzipped) | JS later (gzipped) | CSS (gzipped) |',
    '|---|---:|---:|---:|---:|---:|',
    ...result.apps.map(
      (app) =>
        `| ${app.label} | ${kB(app.initial.raw)} | ${kB(app.initial.gzip)} | ${app.name === 'bare' || app.name === 'model' || !bare ? '—' : `+${kB(app.initial.gzip - bare.initial.gzip)}`} | ${app.lazy.raw > 0 ? kB(app.lazy.gzip) : '—'} | ${app.css.raw > 0 ? kB(app.css.gzip) : '—'} |`,
    ),
    '',
    `The library's own published JavaScript (ES modules, ${result.published.files} files, every entry, as published, not minified): ${kB(result.published.raw)}, ${kB(result.published.gzip)} gzipped file by file.`,
    '',
    'Budgets (gzipped; the run fails when one is not met):',
    '',
    ...result.budgets.map((entry) => `- ${entry.met ? 'met' : '**NOT met**'}: ${entry.label}: ${kB(entry.actual)} ≤ ${kB(entry.limit)}`),
  ].join('\n');
}

/** Replaces the "## Size of the library" section of BENCHMARKS.md (up to the next heading). */
function writeBenchmarks(markdown: string): boolean {
  const file = join(root, 'BENCHMARKS.md');
  if (!existsSync(file)) return false;
  const text = readFileSync(file, 'utf8');
  const heading = '## Size of the library';
  const start = text.indexOf(heading);
  if (start < 0) return false;
  const next = text.slice(start + heading.length).search(/\n## |\n<!-- end of npm run bench -->/);
  const end = next < 0 ? text.length : start + heading.length + next;
  writeFileSync(file, `${text.slice(0, start)}${heading}\n\n${markdown}\n${text.slice(end)}`);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = await measureSize();
  const markdown = sizeMarkdown(result);
  console.log(markdown);
  if (!process.argv.includes('--no-write')) {
    console.log(writeBenchmarks(markdown) ? '\nBENCHMARKS.md: "Size of the library" updated.' : '\nBENCHMARKS.md has no "Size of the library" section: not written.');
  }
  if (!result.withinBudget) process.exitCode = 1;
}

