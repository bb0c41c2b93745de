/**
 * Lets examples and tests import the library by its published names (`journey-canvas`,
 * `journey-canvas/model`, `journey-canvas/style.css`) while running straight from src, so they
 * read like a host app's code and need no build first. tsconfig.json `paths` says the same to
 * TypeScript.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Alias } from 'vite';

const fromRoot = (path: string): string => fileURLToPath(new URL(`../${path}`, import.meta.url));

/**
 * From source, each component imports its own CSS, so `journey-canvas/style.css` needs nothing
 * more: it maps to src/styles.css when the editor has one, else to an empty stylesheet.
 */
function sourceStylesheet(): string {
  const aggregate = fromRoot('src/styles.css');
  return existsSync(aggregate) ? aggregate : fromRoot('scripts/empty.css');
}

export function sourceAliases(): Alias[] {
  return [
    { find: /^journey-canvas$/, replacement: fromRoot('src/index.ts') },
    { find: /^journey-canvas\/model$/, replacement: fromRoot('src/model/index.ts') },
    { find: /^journey-canvas\/collab$/, replacement: fromRoot('src/collab/index.ts') },
    { find: /^journey-canvas\/style\.css$/, replacement: sourceStylesheet() },
  ];
}
