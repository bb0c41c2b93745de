// @vitest-environment node
/**
 * `journey-canvas/model` must run in plain Node on a host's server: no React, no DOM, no CSS,
 * no JSON imports. Every module under src/model may import only its siblings.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as model from 'journey-canvas/model';

const modelDir = fileURLToPath(new URL('../../src/model/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('the model entry', () => {
  it('imports nothing but its own modules', () => {
    for (const file of sourceFiles(modelDir)) {
      const source = readFileSync(file, 'utf8');
      const specifiers = [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?from\s*'([^']+)'/g)].map((m) => m[1] as string);
      for (const specifier of specifiers) expect(`${file}: ${specifier}`).toMatch(/: \.{1,2}\//);
      expect(source).not.toMatch(/\.css'|\.json'/);
    }
  });

  it('names every export explicitly (no export *)', () => {
    const index = readFileSync(join(modelDir, 'index.ts'), 'utf8');
    expect(index).not.toMatch(/export\s+\*/);
  });

  it('exports the API host apps call', () => {
    const names = [
      'createJourney', 'parseJourney', 'validateJourney', 'serializeJourney', 'analyzeJourney', 'journeyOrder',
      'compareJourneys', 'journeySchema', 'JourneyOperationError', 'journeyOperations', 'applyOperation', 'migrateDocument',
      'addTouchpoint', 'updateTouchpoint', 'removeTouchpoint', 'duplicateTouchpoint', 'moveTouchpoint', 'setEmotion',
      'insertTouchpoints', 'addStage', 'updateStage', 'renameStage', 'recolorStage', 'moveStage', 'removeStage',
      'setTitle', 'setDescription', 'updatePersona', 'replaceDocument',
      'addParticipant', 'updateParticipant', 'removeParticipant', 'setRating', 'removeRating',
      'addEvidence', 'updateEvidence', 'removeEvidence', 'defaultStageNames', 'ratedEmotion', 'touchpointRatingStats',
    ];
    for (const name of names) expect(model, name).toHaveProperty(name);
    expect(Object.keys(model.journeyOperations).sort()).toEqual(names.slice(12, 37).sort());
  });
});
