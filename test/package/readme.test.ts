/**
 * The README's code is checked against the package as published: every ```ts and ```tsx block
 * becomes a module of a scratch project that has the packed tarball installed, and TypeScript
 * checks them all, as a Vite app would (bundler resolution) and as a Node ESM project would
 * (NodeNext). The other blocks are checked for what they claim: the jsonc document parses, the
 * CSS custom properties exist in style.css, the commands name real scripts and packages.
 * A failure names the README line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { importSpecifiers } from './imports';
import { codeBlocks, stripJsonComments, type CodeBlock } from './readme-blocks';
import { atRepoVersion, dist, makeProjectDir, nodeEval, npmInstall, repo, repoTsc, runNodeScript, writeFiles } from './scratch';

const readme = readFileSync(join(repo, 'README.md'), 'utf8');
const blocks = codeBlocks(readme);
const typescriptBlocks = blocks.filter((block) => block.lang === 'ts' || block.lang === 'tsx');

/** Each block is its own module, named after the README line its code starts on. */
const moduleFile = (block: CodeBlock): string => `readme/line-${block.line}.${block.lang}`;

/** Compiler options of a new Vite + React + TypeScript app (its template's tsconfig.app.json). */
const viteAppOptions = {
  target: 'ES2022',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  module: 'ESNext',
  moduleResolution: 'bundler',
  moduleDetection: 'force',
  jsx: 'react-jsx',
  strict: true,
  // The template's noUnusedLocals is left out: the install snippet imports a name to show it.
  noFallthroughCasesInSwitch: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  noEmit: true,
  // Stricter than the template: the package's own declarations are checked too.
  skipLibCheck: false,
  types: [],
};

/** A Node ESM project: the resolution that is strictest about the package's exports map. */
const nodeNextOptions = {
  target: 'ES2022',
  lib: ['ES2022', 'DOM'],
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  jsx: 'react-jsx',
  strict: true,
  verbatimModuleSyntax: true,
  noEmit: true,
  // The declarations themselves are checked under NodeNext by package.test.ts; here only the snippets.
  skipLibCheck: true,
  types: [],
};

let project = '';

beforeAll(() => {
  const packed = inject('packedLibrary');
  project = makeProjectDir(packed, 'readme');
  const files: Record<string, string> = {
    'package.json': JSON.stringify({ name: 'readme-snippets', private: true, type: 'module' }, null, 2),
    // What vite/client gives a Vite app, so `import 'journey-canvas/style.css'` is a module.
    'css.d.ts': "declare module '*.css' {}\n",
    'tsconfig.bundler.json': JSON.stringify({ compilerOptions: viteAppOptions, include: ['readme', 'css.d.ts'] }),
    'tsconfig.nodenext.json': JSON.stringify({ compilerOptions: nodeNextOptions, include: ['readme', 'css.d.ts'] }),
  };
  for (const block of typescriptBlocks) files[moduleFile(block)] = block.code;
  writeFiles(project, files);
  // yjs: the optional peer of journey-canvas/collab, which the README's live-collaboration block uses.
  npmInstall(project, [packed.tarball, atRepoVersion('react'), atRepoVersion('react-dom'), atRepoVersion('@types/react'), atRepoVersion('yjs')]);
});

/**
 * Runs tsc and returns its errors with each snippet position turned into a README line:
 * `README.md:68:5 error TS2322: …`. An error outside the snippets (in the package's own
 * declarations) is returned as tsc printed it.
 */
function typeErrors(tsconfig: string): string[] {
  let output = '';
  try {
    runNodeScript(repoTsc, ['-p', tsconfig, '--pretty', 'false'], project);
  } catch (error) {
    output = error instanceof Error ? error.message : String(error);
  }
  const errors: string[] = [];
  for (const line of output.split('\n')) {
    const position = /^readme\/line-(\d+)\.tsx?\((\d+),(\d+)\): (error .*)$/.exec(line);
    if (position) {
      const [, start, row, column, message] = position;
      errors.push(`README.md:${Number(start) + Number(row) - 1}:${column} ${message}`);
    } else if (/error TS\d+/.test(line)) {
      errors.push(line.trim());
    }
  }
  if (output && errors.length === 0) errors.push(output);
  return errors;
}

describe('README code blocks', () => {
  it('has TypeScript examples to check', () => {
    expect(typescriptBlocks.length).toBeGreaterThanOrEqual(3);
    expect(blocks.filter((block) => !['ts', 'tsx', 'jsonc', 'json', 'css', 'sh'].includes(block.lang))).toEqual([]);
  });

  it('type-check against the packed package as modules of a Vite + React app', () => {
    expect(typeErrors('tsconfig.bundler.json')).toEqual([]);
  });

  it('type-check against the packed package with NodeNext resolution', () => {
    expect(typeErrors('tsconfig.nodenext.json')).toEqual([]);
  });

  it('import only what the installed package exports', () => {
    const specifiers = [...new Set(typescriptBlocks.flatMap((block) => importSpecifiers(block.code)))];
    expect(specifiers).toContain('journey-canvas/style.css');
    const unresolved = nodeEval(
      project,
      `const unresolved = [];
       for (const specifier of ${JSON.stringify(specifiers)}) {
         try { import.meta.resolve(specifier); } catch { unresolved.push(specifier); }
       }
       console.log(JSON.stringify(unresolved));`,
    );
    expect(unresolved).toEqual([]);
  });

  it('show journey documents that parseJourney accepts', () => {
    const documents = blocks.filter((block) => /^jsonc?$/.test(block.lang) && block.code.includes('"journey-canvas"'));
    expect(documents.length).toBeGreaterThan(0);
    for (const block of documents) {
      const result = nodeEval(
        project,
        `import { parseJourney } from 'journey-canvas/model';
         const result = parseJourney(${JSON.stringify(stripJsonComments(block.code))});
         console.log(JSON.stringify(result.ok ? { ok: true } : { ok: false, errors: result.errors }));`,
      );
      expect(result, `the ${block.lang} document at README.md:${block.line}`).toEqual({ ok: true });
    }
  });

  it('name only CSS custom properties and classes that style.css has', () => {
    const stylesheet = readFileSync(join(dist, 'style.css'), 'utf8');
    const properties = new Set(stylesheet.match(/--jc-[\w-]+/g) ?? []);
    // Anywhere in the README, not only in the css block: the theming table is a promise too.
    const named = [...new Set(readme.match(/--jc-[\w-]+\*?/g) ?? [])];
    expect(named.length).toBeGreaterThan(10);
    const missing = named.filter((name) =>
      name.endsWith('*') ? ![...properties].some((property) => property.startsWith(name.slice(0, -1))) : !properties.has(name),
    );
    expect(missing, 'README names custom properties that dist/style.css does not define').toEqual([]);
    for (const block of blocks.filter((candidate) => candidate.lang === 'css')) {
      for (const className of block.code.match(/\.jc-[\w-]+/g) ?? []) {
        expect(stylesheet, `README.md:${block.line} uses ${className}`).toContain(className);
      }
    }
  });

  it('give commands that exist: npm scripts of this repository, the package and its required peers', () => {
    const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
      name: string;
      scripts: Record<string, string>;
      peerDependencies: Record<string, string>;
      peerDependenciesMeta?: Record<string, { optional?: boolean }>;
    };
    // What a host must install with the package: the peers that are not optional.
    const requiredPeers = Object.keys(manifest.peerDependencies).filter(
      (name) => manifest.peerDependenciesMeta?.[name]?.optional !== true,
    );
    const commands = blocks.filter((block) => block.lang === 'sh').flatMap((block) =>
      block.code
        .split(/&&|\n/)
        .map((command) => command.trim())
        .filter(Boolean)
        .map((command) => ({ command, line: block.line })),
    );
    expect(commands.length).toBeGreaterThan(0);
    for (const { command, line } of commands) {
      const where = `README.md:${line}: ${command}`;
      const script = /^npm run (\S+)/.exec(command)?.[1];
      const install = /^npm install (.+)$/.exec(command)?.[1];
      if (script !== undefined) expect(Object.keys(manifest.scripts), where).toContain(script);
      else if (install !== undefined) {
        expect(install.split(/\s+/).sort(), where).toEqual([manifest.name, ...requiredPeers].sort());
      } else expect(['npm ci', 'npm test'], where).toContain(command);
    }
    // `npm test` and `npm ci` are commands of npm itself; `npm test` needs a test script.
    expect(manifest.scripts.test).toBeDefined();
  });
});
