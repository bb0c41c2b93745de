/**
 * examples/server-validate is what a host runs on its server or in CI: it must name every
 * invalid file and each problem's JSON Pointer, and fail with exit code 1.
 *
 * `npm test` runs this project before the build, so the script runs from source: tsx applies
 * tsconfig.json `paths`, which send `journey-canvas/model` to src/model, the same mapping the
 * other tests get from Vite's aliases. (This file runs in the unit project like the other example
 * tests; its setup file needs the DOM, so it keeps the jsdom environment. The script itself
 * runs in a plain Node child process.) After `npm run build`, plain `node` resolves the same
 * import to dist through the package's own `exports` (see the example's README).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parseJourney } from 'journey-canvas/model';

// Path strings, not `new URL(...)`: under jsdom, URL is the DOM's class, which Node's fileURLToPath rejects.
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const script = join(repo, 'examples/server-validate/validate.mjs');
const samples = join(repo, 'examples/server-validate/journeys');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the example as a user would, from the repository root. */
function validate(...args: string[]): Run {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, TSX_TSCONFIG_PATH: join(repo, 'tsconfig.json') },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The lines the script should print for one file, from the library's own verdict. */
function expectedLines(file: string): string[] {
  const result = parseJourney(readFileSync(join(repo, file), 'utf8'));
  if (result.ok) {
    const warnings = result.warnings.map((warning) => `${file}: ${warning.path === '' ? '(document)' : warning.path} — warning: ${warning.message}`);
    return [`${file}: OK`, ...warnings];
  }
  return result.errors.map((error) => `${file}: ${error.path === '' ? '(document)' : error.path} — ${error.message}`);
}

const scratchDirs: string[] = [];
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'server-validate-'));
  scratchDirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of scratchDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('examples/server-validate', () => {
  it('ships valid and invalid sample journeys of format v1 and v2', () => {
    const samplesOf = readdirSync(samples)
      .filter((name) => name.endsWith('.json'))
      .map((name) => {
        const text = readFileSync(join(samples, name), 'utf8');
        return { version: (JSON.parse(text) as { version: unknown }).version, ok: parseJourney(text).ok };
      });
    expect(samplesOf.filter((s) => s.ok).map((s) => s.version).sort()).toEqual([1, 1, 2]);
    expect(samplesOf.filter((s) => !s.ok).map((s) => s.version).sort()).toEqual([1, 2, 3]);
  });

  it('prints OK for each valid file and every error of each invalid one with its path, and exits 1', () => {
    const folder = relative(repo, samples);
    const run = validate(folder);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);

    const files = readdirSync(samples)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => join(folder, name));
    const printed = run.stdout.split('\n').filter((line) => line.includes('.json: '));
    expect(printed).toEqual(files.flatMap(expectedLines));

    // The invalid samples are named, each problem at a JSON Pointer into the file.
    const typos = join(folder, 'hand-edited-typos.json');
    for (const pointer of ['/stages/0/color', '/touchpoints/0/emotion', '/touchpoints/1/stageId', '/touchpoints/2/id', '/touchpoints/2/metrics/csat']) {
      expect(printed.some((line) => line.startsWith(`${typos}: ${pointer} — `)), pointer).toBe(true);
    }
    expect(printed.some((line) => line.startsWith(`${join(folder, 'from-a-newer-release.json')}: /version — `))).toBe(true);
    // A v1 file opens, with a warning that it was migrated; v2's own rules name their places.
    expect(printed).toContain(`${join(folder, 'coffee-subscription.json')}: /version — warning: this document was written in version 1 of the format and was upgraded to version 2`);
    const rated = join(folder, 'rated-with-mistakes.v2.json');
    for (const pointer of ['/touchpoints/0/ratings/1/by', '/touchpoints/0/ratings/2/by', '/touchpoints/0/ratings/3/emotion', '/touchpoints/0/evidence/0/url', '/touchpoints/0/evidence/1/kind']) {
      expect(printed.some((line) => line.startsWith(`${rated}: ${pointer} — `)), pointer).toBe(true);
    }
    expect(printed).toContain(`${join(folder, 'onboarding-workshop.v2.json')}: OK`);
    expect(run.stdout).toContain('6 file(s): 3 valid, 3 invalid');
  });

  it('exits 0 when every file is valid', () => {
    const dir = scratch();
    for (const name of ['coffee-subscription.json', 'clinic-visit.zh-CN.json', 'onboarding-workshop.v2.json']) {
      copyFileSync(join(samples, name), join(dir, name));
    }
    const run = validate(dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`${join(dir, 'clinic-visit.zh-CN.json')}: OK`);
    expect(run.stdout).toContain(`${join(dir, 'coffee-subscription.json')}: OK`);
    expect(run.stdout).toContain(`${join(dir, 'onboarding-workshop.v2.json')}: OK`);
  });

  it('reports a file that is not JSON at all against the whole document, and ignores other files', () => {
    const dir = scratch();
    copyFileSync(join(samples, 'coffee-subscription.json'), join(dir, 'good.json'));
    writeFileSync(join(dir, 'trailing-comma.json'), '{ "format": "journey-canvas", }');
    writeFileSync(join(dir, 'notes.txt'), 'not a journey, not checked');
    const run = validate(dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(new RegExp(`trailing-comma\\.json: \\(document\\) — the text is not valid JSON`));
    expect(run.stdout).not.toContain('notes.txt');
    expect(run.stdout).toContain('2 file(s): 1 valid, 1 invalid');
  });

  it('exits 2 with a message when there is nothing to validate', () => {
    const missing = validate(join(scratch(), 'no-such-folder'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read the folder');

    const empty = validate(scratch());
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('no .json files');

    const noArgument = validate();
    expect(noArgument.status).toBe(2);
    expect(noArgument.stderr).toContain('usage');
  });
});
