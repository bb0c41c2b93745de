/**
 * Which packages a built ES module pulls in at run time, following its relative imports
 * through shared chunks. TypeScript's pre-processor does the reading: it knows strings,
 * comments and template literals from import statements, which a regular expression does not.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

/** Every module specifier a source text imports or re-exports, statically or with `import()`. */
export function importSpecifiers(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName);
}

/** What a built entry pulls in: its own files (the entry and the chunks it reaches) and the packages it imports. */
export interface ReachableModules {
  /** Absolute paths, the entry first. */
  files: string[];
  /** Non-relative specifiers (packages, `node:` builtins), sorted. */
  bare: string[];
}

/** Follows relative imports from an entry file through shared chunks. */
export function modulesReachableFrom(entry: string): ReachableModules {
  const seen = new Set<string>();
  const bare = new Set<string>();
  const pending = [resolve(entry)];
  for (let file = pending.shift(); file !== undefined; file = pending.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of importSpecifiers(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier));
      else bare.add(specifier);
    }
  }
  return { files: [...seen], bare: [...bare].sort() };
}

/** The non-relative specifiers (packages, `node:` builtins) reachable from an entry file, sorted. */
export function bareImportsReachableFrom(entry: string): string[] {
  return modulesReachableFrom(entry).bare;
}
