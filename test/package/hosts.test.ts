/**
 * The packed tarball in the other hosts a frontend team has, from one scratch install:
 *
 *   - a CommonJS Node server (`require('journey-canvas/model')`, plain and compiled TypeScript),
 *   - TypeScript at its strictest (`strict`, `exactOptionalPropertyTypes`, `skipLibCheck: false`,
 *     `noUncheckedSideEffectImports` as TypeScript 6 has it), with bundler and NodeNext resolution,
 *   - TypeScript with the old `moduleResolution: node` (node10), which reads no exports map.
 *
 * And what the published files promise those hosts: no declaration that a host checks imports
 * React Flow's types, and `<JourneyViewer>` reaches none of the editor's chrome.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { modulesReachableFrom } from './imports';
import { repositoryUrl } from '../../scripts/readme-urls';
import { atRepoVersion, dist, makeProjectDir, npmInstall, repo, repoTsc, run, runNodeScript, writeFiles } from './scratch';

const packed = inject('packedLibrary');
let host = '';

/** A host module using every entry: components, the model, live collaboration and the stylesheet. */
const hostSource = `import { JourneyCompare, JourneyEditor, JourneyViewer } from 'journey-canvas';
import type { JourneyColorMode, JourneyEditorHandle, JourneyEditorProps } from 'journey-canvas';
import { analyzeJourney, createJourney, parseJourney } from 'journey-canvas/model';
import type { JourneyDocument } from 'journey-canvas/model';
import { createJourneyCollab, journeyToYDoc } from 'journey-canvas/collab';
import 'journey-canvas/style.css';

const journey: JourneyDocument = createJourney({ locale: 'en' });
const parsed = parseJourney(JSON.stringify(journey));
export const peak = parsed.ok ? analyzeJourney(parsed.document).peak?.touchpointId : undefined;
export const collab = createJourneyCollab({ doc: journeyToYDoc(journey) });
const mode: JourneyColorMode = 'system';
const props: JourneyEditorProps = { defaultValue: journey, colorMode: mode, onChange: (next) => void next.title };
export const handle: { current: JourneyEditorHandle | null } = { current: null };

export const views = [
  <JourneyEditor {...props} collab={collab} ref={handle} />,
  <JourneyViewer value={journey} colorMode="dark" initialView="readable" />,
  <JourneyCompare before={journey} after={journey} />,
];

// Real types, not \`any\`: each line below must be an error, or tsc fails ("unused @ts-expect-error").
// @ts-expect-error the viewer needs a document
export const noDocument = <JourneyViewer value={null} />;
// @ts-expect-error colorMode is 'light' | 'dark' | 'system'
export const wrongMode = <JourneyViewer value={journey} colorMode="sepia" />;
`;

const strictOptions = {
  target: 'ES2022',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  jsx: 'react-jsx',
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  // TypeScript 6's default: an import of a file TypeScript cannot resolve is an error (TS2882).
  noUncheckedSideEffectImports: true,
  skipLibCheck: false,
  noEmit: true,
  types: [],
};

beforeAll(() => {
  host = makeProjectDir(packed, 'hosts');
  writeFiles(host, {
    'package.json': JSON.stringify({ name: 'hosts', private: true, type: 'commonjs' }, null, 2),
    'strict/host.tsx': hostSource,
    'strict/tsconfig.bundler.json': JSON.stringify({
      compilerOptions: { ...strictOptions, module: 'ESNext', moduleResolution: 'bundler' },
      files: ['host.tsx'],
    }),
    // In a "type": "module" folder, so NodeNext reads host.tsx as an ES module.
    'strict-nodenext/package.json': JSON.stringify({ type: 'module' }),
    'strict-nodenext/host.tsx': hostSource,
    'strict-nodenext/tsconfig.json': JSON.stringify({
      compilerOptions: { ...strictOptions, module: 'NodeNext', moduleResolution: 'NodeNext' },
      files: ['host.tsx'],
    }),
    'node10/host.tsx': hostSource,
    'node10/tsconfig.json': JSON.stringify({
      compilerOptions: { ...strictOptions, module: 'CommonJS', moduleResolution: 'node10', noUncheckedSideEffectImports: false },
      files: ['host.tsx'],
    }),
    // A validation service as many servers still are: CommonJS, require().
    'server/validate.cjs': `const { parseJourney, analyzeJourney, getJourneyTemplate } = require('journey-canvas/model');
const text = JSON.stringify(getJourneyTemplate('online-checkout', 'en').document);
const parsed = parseJourney(text);
const broken = parseJourney('{"format": "journey-canvas", "version": 1}');
console.log(JSON.stringify({
  ok: parsed.ok,
  end: parsed.ok ? analyzeJourney(parsed.document).end.touchpointId : null,
  brokenPaths: broken.ok ? [] : broken.errors.map((error) => error.path).slice(0, 2),
  file: require.resolve('journey-canvas/model').split(/[\\\\/]/).slice(-2).join('/'),
}));
`,
    // The same server in TypeScript, compiled to CommonJS and run (it once compiled, then crashed).
    'server-ts/validate.ts': `import { parseJourney, createJourney } from 'journey-canvas/model';
import type { ParseResult } from 'journey-canvas/model';
const result: ParseResult = parseJourney(JSON.stringify(createJourney({ title: 'Server' })));
console.log(JSON.stringify({ ok: result.ok, title: result.ok ? result.document.title : null }));
`,
    'server-ts/tsconfig.json': JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'Node16',
        moduleResolution: 'Node16',
        strict: true,
        exactOptionalPropertyTypes: true,
        skipLibCheck: false,
        outDir: 'out',
        types: [],
      },
      files: ['validate.ts'],
    }),
  });
  npmInstall(host, [packed.tarball, atRepoVersion('react'), atRepoVersion('react-dom'), atRepoVersion('yjs')]);
  npmInstall(host, [atRepoVersion('@types/react')], true);
});

/** tsc's errors, one per line (empty when it type-checks). */
function typeErrors(project: string): string[] {
  try {
    runNodeScript(repoTsc, ['-p', project, '--pretty', 'false'], host);
    return [];
  } catch (error) {
    return String(error instanceof Error ? error.message : error)
      .split('\n')
      .filter((line) => /error TS\d+/.test(line));
  }
}

describe('a CommonJS Node server', () => {
  it("require('journey-canvas/model') validates and analyses documents, from the CommonJS twin", () => {
    const output = JSON.parse(run(process.execPath, ['server/validate.cjs'], host)) as unknown;
    expect(output).toEqual({ ok: true, end: expect.any(String), brokenPaths: ['/id', '/title'], file: 'dist/model.cjs' });
  });

  it('compiled from TypeScript (module Node16, strict) runs', () => {
    // Type-checks and emits in one run; an error fails it.
    runNodeScript(repoTsc, ['-p', 'server-ts/tsconfig.json'], host);
    expect(readFileSync(join(host, 'server-ts/out/validate.js'), 'utf8')).toContain("require(\"journey-canvas/model\")");
    expect(JSON.parse(run(process.execPath, ['server-ts/out/validate.js'], host))).toEqual({ ok: true, title: 'Server' });
  });

  it("require('journey-canvas') and require('journey-canvas/collab') load too (Node 20.19+, for their ESM-only dependencies)", () => {
    const output = run(
      process.execPath,
      ['-e', `const lib = require('journey-canvas'); const collab = require('journey-canvas/collab'); console.log(JSON.stringify([typeof lib.parseJourney, typeof collab.journeyToYDoc, typeof lib.JourneyViewer]));`],
      host,
    );
    expect(JSON.parse(output)).toEqual(['function', 'function', 'function']);
  });
});

describe('strict TypeScript hosts', () => {
  it('type-check with exactOptionalPropertyTypes and skipLibCheck: false, bundler resolution, no CSS declaration of their own', () => {
    expect(typeErrors('strict/tsconfig.bundler.json')).toEqual([]);
  });

  it('type-check the same way with NodeNext resolution', () => {
    expect(typeErrors('strict-nodenext/tsconfig.json')).toEqual([]);
  });

  it('type-check with moduleResolution node10 (typesVersions), every entry', () => {
    expect(typeErrors('node10/tsconfig.json')).toEqual([]);
  });
});

describe('what the published files promise', () => {
  /** Every declaration file a host's TypeScript loads from our entries, and the packages they import. */
  function declarationsReachable(): { files: string[]; packages: Map<string, string[]> } {
    const seen = new Set<string>();
    const packages = new Map<string, string[]>();
    const pending = ['index.d.ts', 'model.d.ts', 'collab.d.ts', 'index.d.cts', 'model.d.cts', 'collab.d.cts'].map((file) => join(dist, file));
    for (let file = pending.shift(); file !== undefined; file = pending.shift()) {
      if (seen.has(file)) continue;
      seen.add(file);
      for (const { fileName } of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
        if (fileName.startsWith('.')) pending.push(join(file, '..', fileName.replace(/\.js$/, '.d.ts').replace(/\.cjs$/, '.d.cts')));
        else packages.set(fileName, [...(packages.get(fileName) ?? []), relative(dist, file)]);
      }
    }
    return { files: [...seen], packages };
  }

  it("no declaration a host loads imports React Flow's types (our own names instead)", () => {
    const { files, packages } = declarationsReachable();
    expect(files.length).toBeGreaterThan(20);
    expect([...packages.keys()].filter((name) => name.startsWith('@xyflow') || name === 'reactflow')).toEqual([]);
  });

  it('<JourneyViewer> reaches none of the editor chrome and not html-to-image', () => {
    const reached = modulesReachableFrom(join(dist, 'editor/JourneyViewer.js'));
    const files = reached.files.map((file) => relative(dist, file));
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((file) => /^editor\/panels\/|^export\/|EditorPanels|JourneyEditor/.test(file))).toEqual([]);
    expect(reached.bare).not.toContain('html-to-image');
  });

  it('the editor loads html-to-image only when an image is exported (a dynamic import)', () => {
    const reached = modulesReachableFrom(join(dist, 'editor/JourneyEditor.js'));
    const importers = reached.files.filter((file) => /from\s*["']html-to-image["']/.test(readFileSync(file, 'utf8')));
    expect(importers).toEqual([]);
    expect(reached.bare).toContain('html-to-image');
  });

  it("marks every module that uses React 'use client', and no pure one (the model stays callable from a server component)", () => {
    const reached = modulesReachableFrom(join(dist, 'index.js'));
    const startsClient = (file: string) => readFileSync(file, 'utf8').startsWith('"use client";');
    const viewer = join(dist, 'editor/JourneyViewer.js');
    expect(startsClient(viewer)).toBe(true);
    expect(startsClient(join(dist, 'editor/JourneyEditor.js'))).toBe(true);
    const pure = reached.files.filter((file) => /[\\/](model|layout|i18n)[\\/]/.test(file) || file.endsWith(`${join('dist', 'index.js')}`));
    expect(pure.length).toBeGreaterThan(10);
    expect(pure.filter(startsClient).map((file) => relative(dist, file))).toEqual([]);
  });

  it("the packed README links and shows images by absolute URLs into package.json's repository; the repository's README keeps relative ones", () => {
    const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { repository: unknown };
    const repository = repositoryUrl(manifest.repository);
    const targets = (markdown: string) =>
      codeBlocksRemoved(markdown)
        .match(/!?\[[^\]]*\]\([^)\s]+/g)
        ?.map((link) => link.slice(link.indexOf('](') + 2)) ?? [];
    const packedTargets = targets(readFileSync(join(host, 'node_modules/journey-canvas/README.md'), 'utf8'));
    expect(packedTargets.length).toBeGreaterThan(3);
    expect(packedTargets.filter((target) => !/^(https?:|mailto:|#)/.test(target))).toEqual([]);
    expect(packedTargets).toContain(`https://raw.githubusercontent.com${new URL(repository).pathname}/HEAD/docs/journey-map.png`);
    expect(packedTargets).toContain(`${repository}/blob/HEAD/examples/embed`);
    // npm pack put the repository's own README back as it was.
    expect(targets(readFileSync(join(repo, 'README.md'), 'utf8'))).toContain('docs/journey-map.png');
  });
});

/** Markdown without its fenced code blocks (code is not links). */
function codeBlocksRemoved(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1\s*$/gm, '');
}

