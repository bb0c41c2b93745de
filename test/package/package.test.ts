/**
 * The package as a host app gets it: `npm pack`, then the tarball installed into a scratch
 * project outside the repository (with react and react-dom, as a host would), then used from
 * plain Node and from TypeScript. Needs `npm run build` first; `npm test` runs it last.
 *
 * The tarball is packed once per run (global-setup.ts); installs come from the local npm cache
 * (scratch.ts). Set KEEP_PACKAGE_TEST_DIR=1 to keep the scratch projects for a look.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { bareImportsReachableFrom } from './imports';
import { atRepoVersion, dist, makeProjectDir, nodeEval, npmInstall, repoTsc, run, runNodeScript } from './scratch';

const packed = inject('packedLibrary');
let hostDir = '';

beforeAll(() => {
  hostDir = makeProjectDir(packed, 'host');
  writeFileSync(
    join(hostDir, 'package.json'),
    JSON.stringify({ name: 'journey-canvas-host', private: true, type: 'module' }, null, 2),
  );
  npmInstall(hostDir, [packed.tarball, atRepoVersion('react'), atRepoVersion('react-dom'), atRepoVersion('@types/react')]);
});

const host = (): string => hostDir;

describe('the packed tarball', () => {
  it('holds the built package and nothing of the source tree', () => {
    const paths = packed.files;
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
      `packed: ${basename(packed.tarball)} ${(packed.size / 1024).toFixed(1)} kB, unpacked ${(packed.unpackedSize / 1024).toFixed(1)} kB, ${paths.length} files`,
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
    // Every published module, ES and CommonJS: one file per source module since issue 13.
    const files = run('find', [dist, '(', '-name', '*.js', '-o', '-name', '*.cjs', ')'], dist).trim().split('\n');
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/(import\s*|require\()["'][^"']+\.css["']/);
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
    runNodeScript(repoTsc, ['-p', 'tsconfig.json'], host());
  });
});
