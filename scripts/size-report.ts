/**
 * How big the published package is, after `npm run build`:
 *
 *   npm run size
 *
 * Prints the tarball `npm pack` would publish, and the library's own JavaScript per entry (the
 * entry file and the chunks it reaches; React, React Flow and the other dependencies and peers
 * are excluded, they are the host's), as published and as a host's minifier would leave it,
 * each raw and gzipped (zlib's default level, as a web server sends it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { minify } from 'vite';
import { modulesReachableFrom } from '../test/package/imports.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

interface Sizes {
  files: number;
  raw: number;
  gzip: number;
  minified: number;
  minifiedGzip: number;
}

const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

async function measure(files: string[]): Promise<Sizes> {
  const sizes: Sizes = { files: files.length, raw: 0, gzip: 0, minified: 0, minifiedGzip: 0 };
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    const minified = file.endsWith('.js') ? (await minify(basename(file), code, { module: true })).code : code;
    sizes.raw += Buffer.byteLength(code);
    sizes.gzip += gzipSync(code).length;
    sizes.minified += Buffer.byteLength(minified);
    sizes.minifiedGzip += gzipSync(minified).length;
  }
  return sizes;
}

function packedTarball(): { size: number; unpackedSize: number; files: number; name: string } {
  const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--loglevel=error'], { cwd: root, encoding: 'utf8' });
  const [result] = JSON.parse(output) as { filename: string; size: number; unpackedSize: number; entryCount: number }[];
  if (!result) throw new Error('npm pack --dry-run reported nothing');
  return { name: result.filename, size: result.size, unpackedSize: result.unpackedSize, files: result.entryCount };
}

for (const file of ['index.js', 'model.js', 'style.css']) {
  if (!existsSync(join(dist, file))) {
    console.error(`size-report: dist/${file} is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
}

const tarball = packedTarball();
console.log(`${tarball.name}: ${kB(tarball.size)} packed, ${kB(tarball.unpackedSize)} unpacked, ${tarball.files} files`);
console.log('');
console.log("The library's own code (dependencies and peers excluded):");
const rows: [string, Sizes][] = [];
const allJs = new Set<string>();
const hostImports = new Set<string>();
for (const [name, entry] of [
  ['journey-canvas', 'index.js'],
  ['journey-canvas/model', 'model.js'],
] as const) {
  const reached = modulesReachableFrom(join(dist, entry));
  reached.files.forEach((file) => allJs.add(file));
  reached.bare.forEach((specifier) => hostImports.add(specifier));
  rows.push([`${name} JS`, await measure(reached.files)]);
}
rows.push(['all dist JS', await measure([...allJs])]);
rows.push(['style.css', await measure([join(dist, 'style.css')])]);

const header = ['', 'files', 'as published', 'gzip', 'minified', 'min+gzip'];
const table = [
  header,
  ...rows.map(([label, sizes]) => [label, String(sizes.files), kB(sizes.raw), kB(sizes.gzip), kB(sizes.minified), kB(sizes.minifiedGzip)]),
];
const widths = header.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length)));
for (const row of table) {
  console.log(`  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ')}`);
}
console.log('');
console.log(`JS files: ${[...allJs].map((file) => relative(root, file)).join(', ')}`);
console.log(`Left to the host's install: ${[...hostImports].sort().join(', ')}`);
