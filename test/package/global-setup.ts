/**
 * Packs the library once per run of the `package` project, for every test file in it: each
 * file installs the same tarball into its own scratch project. The scratch folder lives outside
 * the repository (the OS temp dir) and is removed at the end; KEEP_PACKAGE_TEST_DIR=1 keeps it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { packLibrary, type PackedLibrary } from './scratch';

declare module 'vitest' {
  export interface ProvidedContext {
    packedLibrary: PackedLibrary;
  }
}

export default function setup(project: TestProject): () => void {
  const scratchRoot = mkdtempSync(join(tmpdir(), 'journey-canvas-package-'));
  try {
    project.provide('packedLibrary', packLibrary(scratchRoot));
  } catch (error) {
    rmSync(scratchRoot, { recursive: true, force: true });
    throw error;
  }
  return () => {
    if (process.env.KEEP_PACKAGE_TEST_DIR) console.log(`package tests: scratch projects kept in ${scratchRoot}`);
    else rmSync(scratchRoot, { recursive: true, force: true });
  };
}
