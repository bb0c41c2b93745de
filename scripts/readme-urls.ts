/**
 * The README in the package uses absolute URLs; the one in the repository keeps relative ones.
 *
 *   tsx scripts/readme-urls.ts absolute   (npm's prepack) README.md's relative links and images
 *                                         point into the repository named by package.json
 *                                         `repository`; the original is kept aside
 *   tsx scripts/readme-urls.ts restore    (npm's postpack) puts the original back
 *
 * The registry's package page has no files beside the README, so `docs/journey-map.png` or
 * `examples/embed` would be broken links there; on GitHub and in a clone, relative ones are right.
 * Links inside fenced code blocks and `#anchors` stay as they are.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const readme = join(root, 'README.md');
/** Where the original waits during `npm pack` (node_modules is never packed nor committed). */
const backup = join(root, 'node_modules/.cache/journey-canvas-pack/README.md');

/** `https://github.com/owner/name` from package.json `repository` (string or `{ url }`). */
export function repositoryUrl(repository: unknown): string {
  const raw = typeof repository === 'string' ? repository : (repository as { url?: unknown } | undefined)?.url;
  if (typeof raw !== 'string') throw new Error('package.json has no repository url: the packed README needs one for its links');
  const match = /github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(raw) ?? /^(?:github:)?([\w.-]+)\/([\w.-]+)$/.exec(raw);
  if (!match) throw new Error(`package.json repository "${raw}" is not a GitHub repository: say where README links should point`);
  return `https://github.com/${match[1]}/${match[2]}`;
}

const isAbsolute = (target: string) => /^(?:[a-z][a-z\d+.-]*:|#|\/\/)/i.test(target);

/**
 * Relative Markdown links and images made absolute: images to raw files (so they display),
 * other links to the repository's file view. Fenced code blocks are left alone.
 */
export function absoluteReadme(markdown: string, repository: string, ref = 'HEAD'): string {
  const [, owner, name] = /github\.com\/([^/]+)\/([^/]+)$/.exec(repository) ?? [];
  let fenced = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      if (fenced) return line;
      return line.replace(/(!?)\[([^\]]*)\]\(([^)\s]+)((?:\s+"[^"]*")?)\)/g, (whole, bang: string, text: string, target: string, title: string) => {
        if (isAbsolute(target)) return whole;
        const path = target.replace(/^\.\//, '');
        const url = bang ? `https://raw.githubusercontent.com/${owner}/${name}/${ref}/${path}` : `${repository}/blob/${ref}/${path}`;
        return `${bang}[${text}](${url}${title})`;
      });
    })
    .join('\n');
}

function main(command: string | undefined): void {
  if (command === 'absolute') {
    // A pack that stopped half-way left the rewritten README in place: start from the original.
    if (existsSync(backup)) copyFileSync(backup, readme);
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { repository?: unknown };
    const original = readFileSync(readme, 'utf8');
    mkdirSync(join(backup, '..'), { recursive: true });
    writeFileSync(backup, original);
    writeFileSync(readme, absoluteReadme(original, repositoryUrl(manifest.repository)));
  } else if (command === 'restore') {
    if (!existsSync(backup)) return;
    copyFileSync(backup, readme);
    rmSync(backup);
  } else {
    console.error('usage: tsx scripts/readme-urls.ts absolute|restore');
    process.exitCode = 2;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv[2]);
