/**
 * Writes the JSON Schema of the document format to a file; the build publishes it as
 * `journey-canvas/schema.json`.  Usage: `npx tsx scripts/write-schema.ts dist/schema.json`
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { journeySchema } from '../src/model/schema';

const target = process.argv[2];
if (target === undefined || target === '') {
  console.error('usage: tsx scripts/write-schema.ts <output path, e.g. dist/schema.json>');
  process.exit(2);
}
const path = resolve(target);
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, `${JSON.stringify(journeySchema, null, 2)}\n`);
console.log(`wrote the journey-canvas JSON Schema to ${target}`);
