/**
 * What the package tests share: running commands as a host developer would, packing the library
 * once (see global-setup.ts) and installing the tarball into scratch projects outside the repo.
 *
 * Installs come from the local npm cache when they can (`--prefer-offline`) and use the versions
 * this repository has installed, so after `npm ci` the package tests need no network.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const dist = join(repo, 'dist');

/** The TypeScript compiler this repository builds with; hosts get the same version. */
export const repoTsc = join(repo, 'node_modules/typescript/bin/tsc');

/** What `npm pack` made, as global-setup.ts provides it to every package test file. */
export interface PackedLibrary {
  /** Absolute path of the .tgz. */
  tarball: string;
  /** Folder the tarball sits in; each test file makes its own project inside it. */
  scratchRoot: string;
  /** Bytes of the .tgz. */
  size: number;
  unpackedSize: number;
  files: string[];
}

/**
 * The environment of a developer's shell rather than of the test runner: Vitest's NODE_ENV=test
 * and VITEST_* variables would change how Vite builds and how npm behaves.
 */
export function hostEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env)) {
    if (name === 'NODE_ENV' || name === 'TEST' || name.startsWith('VITEST')) delete env[name];
  }
  return env;
}

/** Runs a command, and on failure shows its output rather than just an exit code. */
export function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: hostEnvironment(),
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `${command} ${args.join(' ')} failed in ${cwd}:\n${failed.stdout ?? ''}\n${failed.stderr ?? failed.message}`,
      { cause: error },
    );
  }
}

/** Runs a Node script file from the repository's node_modules (tsc, vite) with this Node. */
export function runNodeScript(script: string, args: string[], cwd: string): string {
  return run(process.execPath, [script, ...args], cwd);
}

/** Evaluates an ES module snippet with plain Node inside a scratch project; returns its JSON output. */
export function nodeEval(cwd: string, source: string): unknown {
  const output = run(process.execPath, ['--input-type=module', '-e', source], cwd);
  return JSON.parse(output) as unknown;
}

/** The version of a package installed in this repository, e.g. `19.3.1`. */
export function installedVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(join(repo, 'node_modules', name, 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

/** `name@version` with the version this repository has, so the npm cache already holds it. */
export function atRepoVersion(name: string): string {
  return `${name}@${installedVersion(name)}`;
}

/** Fails early, with the command to run, when the library has not been built. */
export function requireBuiltDist(): void {
  for (const file of ['index.js', 'model.js', 'index.d.ts', 'model.d.ts', 'style.css', 'schema.json']) {
    if (!existsSync(join(dist, file))) {
      throw new Error(`dist/${file} is missing: run \`npm run build\` before the package tests.`);
    }
  }
}

/** `npm pack` of the repository into `destination`. */
export function packLibrary(destination: string): PackedLibrary {
  requireBuiltDist();
  const [result] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', destination], repo)) as {
    filename: string;
    size: number;
    unpackedSize: number;
    files: { path: string }[];
  }[];
  if (!result) throw new Error('npm pack reported no tarball');
  return {
    tarball: join(destination, result.filename),
    scratchRoot: destination,
    size: result.size,
    unpackedSize: result.unpackedSize,
    files: result.files.map((file) => file.path),
  };
}

/** A new, empty folder for one scratch project, inside the run's scratch root. */
export function makeProjectDir(packed: PackedLibrary, name: string): string {
  mkdirSync(packed.scratchRoot, { recursive: true });
  return mkdtempSync(join(packed.scratchRoot, `${name}-`));
}

/** Writes files (paths relative to `dir`), making folders as needed. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

/** `npm install` as a host developer types it, preferring the local cache. */
export function npmInstall(dir: string, specs: string[], dev = false): void {
  run(
    'npm',
    ['install', ...(dev ? ['--save-dev'] : []), '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', ...specs],
    dir,
  );
}

/**
 * A file: URL for a package installed in this repository, for config files written into scratch
 * projects (they are outside the repository, so a bare import would not find it).
 */
export function repoModuleUrl(specifier: string): string {
  return import.meta.resolve(specifier);
}

/**
 * Builds a scratch app with this repository's Vite and React plugin (the app installs only what
 * a host adds for the library: the tarball and react). Returns the output folder.
 */
export function viteBuild(app: string): string {
  writeFileSync(
    join(app, 'vite.config.mjs'),
    `import react from ${JSON.stringify(repoModuleUrl('@vitejs/plugin-react'))};
export default { plugins: [react()], logLevel: 'warn', build: { chunkSizeWarningLimit: 10000 } };
`,
  );
  runNodeScript(join(repo, 'node_modules/vite/bin/vite.js'), ['build'], app);
  return join(app, 'dist');
}
