// Builds every web example: each examples/<name>/ with a vite.config.ts, into examples/<name>/dist.
// New examples are picked up without editing package.json. Stops at the first failure.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const examplesDir = fileURLToPath(new URL('../examples/', import.meta.url));
const only = process.argv.slice(2);

const names = readdirSync(examplesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(examplesDir, entry.name, 'vite.config.ts')))
  .map((entry) => entry.name)
  .filter((name) => only.length === 0 || only.includes(name))
  .sort();

if (names.length === 0) {
  console.error(`build-examples: no example with a vite.config.ts${only.length ? ` named ${only.join(', ')}` : ''}`);
  process.exit(1);
}

for (const name of names) {
  const started = performance.now();
  await build({ configFile: join(examplesDir, name, 'vite.config.ts'), logLevel: 'warn' });
  console.log(`build-examples: ${name} built in ${Math.round(performance.now() - started)} ms`);
}
