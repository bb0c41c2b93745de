/**
 * A built example opened from disk cannot run its module script; instead of a blank page it must
 * say how to serve it (issue 16). The note is in every example's page and shows only on file://.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { servedFromDiskNote } from '../../scripts/example-config';

function pageFor(command: string): string {
  const html = readFileSync(resolve(__dirname, '../../examples/embed/index.html'), 'utf8');
  const hook = servedFromDiskNote(command).transformIndexHtml as unknown as (html: string, context: unknown) => string;
  return hook(html, { path: '/index.html', filename: 'index.html' });
}

/** The page as a browser at `url` leaves it: its inline classic scripts run (modules cannot, on file://). */
function noteAt(url: string): HTMLElement | null {
  const page = new DOMParser().parseFromString(pageFor('npm run playground'), 'text/html');
  for (const script of page.querySelectorAll('script:not([type="module"])')) {
    new Function('location', 'document', script.textContent ?? '')(new URL(url), page);
  }
  return page.getElementById('served-from-disk-note');
}

describe('a built example opened from disk', () => {
  it('says how to serve it, with the command that opens it', () => {
    const note = noteAt('file:///home/someone/journey-canvas/examples/embed/dist/index.html');
    expect(note?.hidden).toBe(false);
    expect(note?.textContent).toContain('npm run playground');
    expect(note?.textContent).toContain('python3 -m http.server');
  });

  it('keeps the note hidden when the page is served', () => {
    expect(noteAt('http://localhost:5173/')?.hidden).toBe(true);
  });

  it('is on every web example, each with its own command', () => {
    for (const [name, script] of [
      ['embed', 'playground'],
      ['compare', 'example:compare'],
      ['slides', 'example:slides'],
      ['workshop', 'example:workshop'],
      ['workshop-live', 'example:workshop-live'],
    ] as const) {
      const config = readFileSync(resolve(__dirname, `../../examples/${name}/vite.config.ts`), 'utf8');
      expect(config, name).toContain(`command: 'npm run ${script}'`);
      const scripts = JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8')).scripts as Record<string, string>;
      expect(scripts[script], name).toContain(`examples/${name}/vite.config.ts`);
    }
  });
});

describe('the README', () => {
  it('lists every example with the command that opens it', () => {
    const readme = readFileSync(resolve(__dirname, '../../README.md'), 'utf8');
    const examples = readdirSync(resolve(__dirname, '../../examples'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
    expect(examples.length).toBeGreaterThanOrEqual(6);
    for (const example of examples) {
      const row = readme.split('\n').find((line) => line.startsWith(`| [${example.name}](examples/${example.name})`));
      expect(row, example.name).toBeDefined();
      expect(row, example.name).toMatch(/\| `(npm run|node) [^`]+` \|$/);
    }
  });
});
