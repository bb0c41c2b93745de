/**
 * Library build: `vite build` turns src into the published package.
 *
 *   dist/index.js    + index.d.ts   the React components and everything public  (src/index.ts)
 *   dist/model.js    + model.d.ts   the pure document model, runs in plain Node  (src/model/index.ts)
 *   dist/collab.js   + collab.d.ts  live collaboration on Yjs (yjs is a peer)     (src/collab/index.ts)
 *   dist/style.css                  every stylesheet the editor imports, in one file
 *   dist/schema.json                written after this build by scripts/write-schema.ts
 *   dist/<folder>/<file>.js         every other source module as its own file (see below)
 *
 * One output file per source module (`preserveModules`), not one bundle per entry: a host's
 * bundler keeps only the modules a page reaches, so a page with `<JourneyViewer>` does not carry
 * the inspector, toolbar, table view or export menu, and a page calling `parseJourney` carries
 * the model only. Each module that uses React starts with `'use client'` (see clientDirective),
 * the pure ones do not, so a Next.js server component can render the components and call the
 * model's functions from the same root entry.
 *
 * Tests live in vitest.config.ts, the playground in examples/embed/vite.config.ts, so neither
 * runs the declaration plugin below.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import type { BuildEnvironmentOptions, LibraryFormats, Plugin } from 'vite';
import dts from 'vite-plugin-dts';

const root = fileURLToPath(new URL('.', import.meta.url));

interface PackageJson {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}
const pkg = JSON.parse(readFileSync(new URL('package.json', import.meta.url), 'utf8')) as PackageJson;

/** Every runtime dependency and peer stays out of the bundle: the host app installs them once. */
const externalPackages = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];

/**
 * `react`, `react/jsx-runtime`, `@xyflow/react`, `zustand/shallow`, … are external.
 * A dependency's stylesheet (e.g. `@xyflow/react/dist/style.css`) is the exception: it is folded
 * into our own style.css, so the JavaScript we publish never imports CSS (which would break a
 * host that imports `journey-canvas` on a server) and a host links one stylesheet, not two.
 */
export function isExternal(id: string): boolean {
  if (id.endsWith('.css')) return false;
  return externalPackages.some((name) => id === name || id.startsWith(`${name}/`));
}

/**
 * Declarations are emitted per source file with the extensionless specifiers we write in src
 * (`from './operations'`). A host type-checking with `moduleResolution: "NodeNext"` cannot
 * resolve those inside an ESM package, so each relative specifier gets the explicit file it
 * means: `./operations.js` or `./editor/index.js`, looked up in the source tree.
 */
function withExplicitExtensions(declarationPath: string, content: string): string {
  const sourceDir = join(root, 'src', relative(join(root, 'dist'), dirname(declarationPath)));
  // A CommonJS declaration (.d.cts) describes the .cjs twin and points to the other .d.cts files.
  const js = declarationPath.endsWith('.d.cts') ? '.cjs' : '.js';
  return content.replace(
    /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}(?:\/[^'"]*)?)\2/g,
    (whole: string, lead: string, quote: string, specifier: string) => {
      // Already explicit (`import("./shape.js")` in an inferred type): a .d.cts still needs the .cjs twin.
      if (/\.js$/.test(specifier)) return js === '.js' ? whole : `${lead}${quote}${specifier.replace(/\.js$/, js)}${quote}`;
      if (/\.(json|css)$/.test(specifier)) return whole;
      const base = join(sourceDir, specifier);
      if (['.ts', '.tsx', '.d.ts'].some((ext) => existsSync(base + ext))) {
        return `${lead}${quote}${specifier}${js}${quote}`;
      }
      if (['index.ts', 'index.tsx'].some((file) => existsSync(join(base, file)))) {
        return `${lead}${quote}${specifier.replace(/\/$/, '')}/index${js}${quote}`;
      }
      return whole;
    },
  );
}

/** Packages whose import makes a module React code that runs in the browser (hooks, context, JSX). */
const clientPackages = ['react', 'react-dom', '@xyflow/react', 'zustand'];
const usesReact = (id: string) =>
  clientPackages.some((name) => id === name || id.startsWith(`${name}/`)) && !id.startsWith('zustand/vanilla') && !id.startsWith('zustand/middleware');

/**
 * `'use client'` at the top of every output module that imports React (directly or through React
 * Flow or zustand's hooks): the directive Next.js and other React Server Components hosts need
 * to render the module on the client. Bundlers drop directives from source modules, so the build
 * adds it to its output. Pure modules (model, layout, messages) go without, and stay callable
 * from a server component.
 */
export function clientDirective(chunk: { imports: readonly string[] }): string {
  return chunk.imports.some(usesReact) ? "'use client';" : '';
}

/**
 * The library's build options, shared with bench/size (which builds the ES modules alone, without
 * declarations, into a scratch folder).
 */
export function libraryBuild(outDir: string, formats: LibraryFormats[]): BuildEnvironmentOptions {
  return {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    minify: false,
    // One stylesheet for the whole library, whichever component imports which .css file.
    cssCodeSplit: false,
    lib: {
      entry: {
        index: `${root}src/index.ts`,
        model: `${root}src/model/index.ts`,
        collab: `${root}src/collab/index.ts`,
      },
      // ES modules for bundlers and `import`; CommonJS twins (.cjs) for `require`, which older
      // Node, Jest and CommonJS TypeScript servers use. Same files, same names, two extensions.
      formats,
      fileName: (format, entryName) => `${entryName}.${format === 'es' ? 'js' : 'cjs'}`,
      cssFileName: 'style',
    },
    rolldownOptions: {
      external: isExternal,
      // The .d.ts plugin takes most of the build by design; no need to report it every time.
      checks: { bundlerTimings: false },
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        banner: clientDirective,
      },
    },
  };
}

/**
 * dist/style.css.d.ts (and .d.cts), which the exports map gives as the stylesheet's `types`: with it,
 * `import 'journey-canvas/style.css'` type-checks in a host without Vite's client types or a
 * `declare module '*.css'` (TypeScript 6 reports an unresolved side-effect import, TS2882).
 */
const stylesheetDeclaration: Plugin = {
  name: 'journey-canvas:stylesheet-declaration',
  generateBundle(options) {
    if (options.format !== 'es') return;
    const source = '// journey-canvas/style.css: a stylesheet, imported for its side effect; it exports nothing.\nexport {};\n';
    // Twice, like every declaration: for `import` (.d.ts) and for `require` and node10 (.d.cts).
    for (const fileName of ['style.css.d.ts', 'style.css.d.cts']) this.emitFile({ type: 'asset', fileName, source });
  },
};

export default defineConfig({
  plugins: [
    react(),
    stylesheetDeclaration,
    dts({
      tsconfigPath: './tsconfig.json',
      entryRoot: 'src',
      include: ['src'],
      exclude: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'src/**/*.stories.tsx'],
      // Writes dist/index.d.ts and dist/model.d.ts beside the JS entries, pointing into the tree.
      insertTypesEntry: true,
      // Each declaration twice: .d.ts for the ES modules, .d.cts for the CommonJS twins (`require`).
      outDirs: ['dist', { dir: 'dist', moduleFormat: 'cjs' }],
      beforeWriteFile: (filePath, content) => ({ content: withExplicitExtensions(filePath, content) }),
    }),
  ],
  build: libraryBuild('dist', ['es', 'cjs']),
});
