/**
 * Which packages a built ES module pulls in at run time, following its relative imports
 * through shared chunks. Reads the bundler's output, whose import statements are plain.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const IMPORT_SPECIFIER =
  /(?:\bimport\s*(?:[\w$*{}\s,]+\s*from\s*)?|\bexport\s*(?:[\w$*{}\s,]+)\s*from\s*|\bimport\s*\(\s*)["']([^"']+)["']/g;

/** Every import specifier written in a module's source text. */
export function importSpecifiers(source: string): string[] {
  return [...source.matchAll(IMPORT_SPECIFIER)].map((match) => match[1] ?? '');
}

/** The non-relative specifiers (packages, `node:` builtins) reachable from an entry file, sorted. */
export function bareImportsReachableFrom(entry: string): string[] {
  const seen = new Set<string>();
  const bare = new Set<string>();
  const pending = [resolve(entry)];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of importSpecifiers(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier));
      else bare.add(specifier);
    }
  }
  return [...bare].sort();
}
