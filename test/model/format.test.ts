// @vitest-environment node
/**
 * The format is defined once (src/model/format.ts): the JSON Schema's properties, the key order
 * of saved files and the validator all come from it, so they agree by construction; and nothing
 * on the load path compiles code from strings, so a host whose Content-Security-Policy has no
 * 'unsafe-eval' can load documents.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { journeySchema, parseJourney, serializeJourney, validateJourney } from 'journey-canvas/model';
import { fullJourney } from './fixtures';

type Properties = { properties: Record<string, unknown> };
const schema = journeySchema as unknown as Properties & { $defs: Record<string, Properties> };

/** The same object with its keys in reverse order. */
function reversed<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).reverse()) as T;
}

describe('one definition', () => {
  it('files are written in the order the schema lists the properties, at every level', () => {
    const doc = fullJourney();
    const scrambled = reversed({
      ...doc,
      persona: reversed(doc.persona ?? {}),
      stages: doc.stages.map(reversed),
      touchpoints: doc.touchpoints.map((touchpoint) => reversed({ ...touchpoint, ...(touchpoint.metrics ? { metrics: reversed(touchpoint.metrics) } : {}) })),
    });
    const written = JSON.parse(serializeJourney(scrambled)) as Record<string, Record<string, unknown>[]> & Record<string, unknown>;
    const known = (keys: string[], listed: Properties): string[] => keys.filter((key) => key in listed.properties);
    const inOrder = (listed: Properties): string[] => Object.keys(listed.properties);
    const present = (object: object, listed: Properties): string[] => inOrder(listed).filter((key) => key in object);

    expect(known(Object.keys(written), schema)).toEqual(present(written, schema));
    const touchpoint = written.touchpoints![0] as Record<string, unknown>;
    expect(known(Object.keys(touchpoint), schema.$defs.touchpoint!)).toEqual(present(touchpoint, schema.$defs.touchpoint!));
    const stage = written.stages![0] as Record<string, unknown>;
    expect(known(Object.keys(stage), schema.$defs.stage!)).toEqual(present(stage, schema.$defs.stage!));
    const metricsSchema = (schema.$defs.touchpoint!.properties.metrics as Properties);
    expect(known(Object.keys(touchpoint.metrics as object), metricsSchema)).toEqual(present(touchpoint.metrics as object, metricsSchema));
    // And unknown properties after the known ones, in their original (here reversed) order.
    expect(Object.keys(written).slice(-1)).toEqual(Object.keys(scrambled).filter((key) => !(key in schema.properties)).slice(-1));
  });

  it('every property the schema lists is one the validator checks', () => {
    for (const key of Object.keys(schema.$defs.touchpoint!.properties)) {
      if (key === 'id' || key === 'stageId') continue;
      const doc = fullJourney();
      (doc.touchpoints[0] as Record<string, unknown>)[key] = 12345;
      expect(validateJourney(doc).map((error) => error.path), key).toEqual([`/touchpoints/0/${key}`]);
    }
  });
});

describe('no code compiled from strings on the load path (CSP without unsafe-eval)', () => {
  it('parses and validates with eval and Function unavailable', () => {
    const globals = globalThis as { eval: unknown; Function: unknown };
    const { eval: originalEval, Function: originalFunction } = globals;
    const refuse = () => {
      throw new EvalError('refused by the Content-Security-Policy');
    };
    globals.eval = refuse;
    globals.Function = refuse;
    try {
      expect(parseJourney(JSON.stringify(fullJourney())).ok).toBe(true);
      expect(parseJourney(fullJourney()).ok).toBe(true);
      expect(validateJourney({ ...fullJourney(), title: 3 })).toHaveLength(1);
    } finally {
      globals.eval = originalEval;
      globals.Function = originalFunction;
    }
  });

  it('src/model names neither eval nor new Function', () => {
    const root = join(__dirname, '../../src/model');
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));
    for (const file of files(root).filter((name) => name.endsWith('.ts'))) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toMatch(/\beval\s*\(|\bFunction\s*\(/);
    }
  });
});
