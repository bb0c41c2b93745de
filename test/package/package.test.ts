/**
 * The package as a host app gets it: `npm pack`, then the tarball installed into a scratch
 * project outside the repository (with react and react-dom, as a host would), then used from
 * plain Node and from TypeScript. Needs `npm run build` first; `npm test` runs it last.
 *
 * Installs come from the local npm cache when they can (`--prefer-offline`), so after `npm ci`
 * this needs no network. Set KEEP_PACKAGE_TEST_DIR=1 to keep the scratch project for a look.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bareImportsReachableFrom } from './imports';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(repo, 'dist');

/** Runs a command, and on failure shows its output rather than just an exit code. */
function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${command} ${args.join(' ')} failed in ${cwd}:\n${failed.stdout ?? ''}\n${failed.stderr ?? failed.message}`,
      { cause: error },
    );
  }
}

/** Evaluates an ES module snippet with plain Node inside the scratch project; returns its JSON output. */
function nodeEval(cwd: string, source: string): unknown {
  const output = run(process.execPath, ['--input-type=module', '-e', source], cwd);
  return JSON.parse(output) as unknown;
}

function installedVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(join(repo, 'node_modules', name, 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

let scratch = '';
let packed: PackResult;

beforeAll(() => {
  for (const file of ['index.js', 'model.js', 'index.d.ts', 'model.d.ts', 'style.css', 'schema.json']) {
    if (!existsSync(join(dist, file))) {
      throw new Error(`dist/${file} is missing: run \`npm run build\` before the package test.`);
    }
  }
  scratch = mkdtempSync(join(tmpdir(), 'journey-canvas-package-'));
  const [result] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], repo)) as PackResult[];
  if (!result) throw new Error('npm pack reported no tarball');
  packed = result;

  const host = join(scratch, 'host');
  run('mkdir', ['-p', host], scratch);
  writeFileSync(
    join(host, 'package.json'),
    JSON.stringify({ name: 'journey-canvas-host', private: true, type: 'module' }, null, 2),
  );
  run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--loglevel=error',
      join(scratch, packed.filename),
      `react@${installedVersion('react')}`,
      `react-dom@${installedVersion('react-dom')}`,
      `@types/react@${installedVersion('@types/react')}`,
    ],
    host,
  );
});

afterAll(() => {
  if (scratch && !process.env.KEEP_PACKAGE_TEST_DIR) rmSync(scratch, { recursive: true, force: true });
});

const host = (): string => join(scratch, 'host');

describe('the packed tarball', () => {
  it('holds the built package and nothing of the source tree', () => {
    const paths = packed.files.map((file) => file.path);
    for (const file of [
      'package.json',
      'README.md',
      'LICENSE',
      'dist/index.js',
      'dist/model.js',
      'dist/index.d.ts',
      'dist/model.d.ts',
      'dist/style.css',
      'dist/schema.json',
    ]) {
      expect(paths).toContain(file);
    }
    expect(paths.filter((path) => /^(src|test|examples|stories|scripts)\//.test(path))).toEqual([]);
    console.log(
      `packed: ${packed.filename} ${(packed.size / 1024).toFixed(1)} kB, unpacked ${(packed.unpackedSize / 1024).toFixed(1)} kB, ${paths.length} files`,
    );
  });
});

describe('journey-canvas/model', () => {
  it('imports nothing at run time: no React, no React Flow, no DOM library', () => {
    expect(bareImportsReachableFrom(join(dist, 'model.js'))).toEqual([]);
  });

  it('creates, serializes and parses a journey in plain Node', () => {
    const result = nodeEval(
      host(),
      `import * as model from 'journey-canvas/model';
       const journey = model.createJourney({ locale: 'zh-CN' });
       const roundTrip = model.parseJourney(model.serializeJourney(journey));
       const broken = model.parseJourney('{"format": "journey-canvas"');
       console.log(JSON.stringify({
         stages: journey.stages.map((stage) => stage.name),
         roundTripOk: roundTrip.ok,
         same: roundTrip.ok && model.serializeJourney(roundTrip.document) === model.serializeJourney(journey),
         brokenOk: broken.ok,
         brokenPaths: broken.ok ? null : broken.errors.map((error) => error.path),
         hasWindow: typeof window !== 'undefined',
       }));`,
    );
    expect(result).toEqual({
      stages: ['认知', '考虑', '购买', '使用', '反馈'],
      roundTripOk: true,
      same: true,
      brokenOk: false,
      brokenPaths: [''],
      hasWindow: false,
    });
  });
});

describe('journey-canvas (the React entry)', () => {
  it('imports in plain Node, as a server-rendering host does, and exports the components', () => {
    const result = nodeEval(
      host(),
      `const lib = await import('journey-canvas');
       // A component is a function, or an object React marks as one (forwardRef, memo).
       const isComponent = (value) =>
         typeof value === 'function' || (typeof value === 'object' && value !== null && typeof value.$$typeof === 'symbol');
       console.log(JSON.stringify({ editor: isComponent(lib.JourneyEditor), viewer: isComponent(lib.JourneyViewer) }));`,
    );
    expect(result).toEqual({ editor: true, viewer: true });
  });

  it('publishes JavaScript that imports no stylesheet (the host links journey-canvas/style.css)', () => {
    const javascript = readFileSync(join(dist, 'index.js'), 'utf8');
    expect(javascript).not.toMatch(/import\s*["'][^"']+\.css["']/);
  });
});

describe('the other exports', () => {
  it('resolves journey-canvas/style.css to a non-empty stylesheet', () => {
    const { path, size } = nodeEval(
      host(),
      `import { statSync } from 'node:fs';
       import { fileURLToPath } from 'node:url';
       const path = fileURLToPath(import.meta.resolve('journey-canvas/style.css'));
       console.log(JSON.stringify({ path, size: statSync(path).size }));`,
    ) as { path: string; size: number };
    expect(path).toMatch(/journey-canvas[\\/]dist[\\/]style\.css$/);
    expect(size).toBeGreaterThan(0);
  });

  it('resolves journey-canvas/schema.json to a JSON Schema of format v1', () => {
    const schema = nodeEval(
      host(),
      `import { readFileSync } from 'node:fs';
       import { fileURLToPath } from 'node:url';
       const path = fileURLToPath(import.meta.resolve('journey-canvas/schema.json'));
       console.log(readFileSync(path, 'utf8'));`,
    ) as { $schema?: string };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});

describe('type declarations', () => {
  it('leave no stylesheet import in any .d.ts', () => {
    const declarations = run('find', [join(host(), 'node_modules/journey-canvas/dist'), '-name', '*.d.ts'], host())
      .trim()
      .split('\n');
    expect(declarations.length).toBeGreaterThan(1);
    for (const file of declarations) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\.css['"]/);
    }
  });

  it('type-check a host written against both entries, with NodeNext resolution', () => {
    writeFileSync(
      join(host(), 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: ['host.tsx'],
      }),
    );
    writeFileSync(
      join(host(), 'host.tsx'),
      `import { JourneyEditor, JourneyViewer } from 'journey-canvas';
import { createJourney, parseJourney, type JourneyDocument } from 'journey-canvas/model';

const journey: JourneyDocument = createJourney({ locale: 'en' });
const parsed = parseJourney(JSON.stringify(journey));
const errorPaths: string[] = parsed.ok ? [] : parsed.errors.map((error) => error.path);

export const views = [
  <JourneyEditor value={journey} onChange={(next: JourneyDocument) => void next} />,
  <JourneyViewer value={journey} />,
];

// Real types, not \`any\`: each of these must be an error (an unused expectation fails tsc).
// @ts-expect-error emotion is a number
export const wrongEmotion: JourneyDocument['touchpoints'][number]['emotion'] = 'very happy';
// @ts-expect-error JourneyEditor has no such prop
export const wrongProp = <JourneyEditor value={journey} notAProp />;
export { errorPaths };
`,
    );
    run(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], host());
  });
});
