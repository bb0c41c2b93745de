/**
 * `npx tsx bench/model/versus.ts <other checkout> [touchpoints] [runs]`: this checkout's model
 * against another one's (e.g. `git worktree add ../before main`), in one process, the two
 * measured in turn run by run, so both see the same load. On a busy machine the ratio is the
 * figure to trust; the milliseconds say how busy it was.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as mine from '../../src/model';
import { editedCopy, makeJourney, makeRatedJourney } from './generate';

type Model = typeof mine;

const [otherRoot, sizeArgument = '10000', runsArgument = '60'] = process.argv.slice(2);
if (otherRoot === undefined) {
  console.error('usage: npx tsx bench/model/versus.ts <other checkout> [touchpoints] [runs]');
  process.exit(2);
}
const other = (await import(pathToFileURL(path.resolve(otherRoot, 'src/model/index.ts')).href)) as Model;
const size = Number(sizeArgument);
const runs = Number(runsArgument);

const document = makeJourney(size);
const text = mine.serializeJourney(document);
const after = editedCopy(document);
const rated = makeRatedJourney(size, 8);
const ratedText = mine.serializeJourney(rated);

const cases: [string, (model: Model) => unknown, number][] = [
  ['JSON.parse', () => JSON.parse(text), runs],
  ['parse text', (model) => model.parseJourney(text), runs],
  ['parse value', (model) => model.parseJourney(document), runs],
  ['validate', (model) => model.validateJourney(document), runs],
  ['analyze', (model) => model.analyzeJourney(document), runs],
  ['compare', (model) => model.compareJourneys(document, after), runs],
  ['serialize', (model) => model.serializeJourney(document), runs],
  ['parse rated text', (model) => model.parseJourney(ratedText), Math.ceil(runs / 4)],
];

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

console.log(`${size.toLocaleString('en')} touchpoints, ms: other | this checkout | ratio (this / other), median and 10th percentile`);
for (const [name, run, count] of cases) {
  const times: [number[], number[]] = [[], []];
  const models: [Model, Model] = [other, mine];
  for (let i = 0; i < 3; i++) for (const model of models) run(model);
  for (let i = 0; i < count; i++) {
    // Alternate which goes first, so neither always runs after the other's garbage.
    for (const which of i % 2 === 0 ? [0, 1] : [1, 0]) {
      const start = performance.now();
      run(models[which] as Model);
      (times[which] as number[]).push(performance.now() - start);
    }
  }
  const [before, now] = times;
  const cells = [0.5, 0.1].map((q) => {
    const a = quantile(before, q);
    const b = quantile(now, q);
    return `${a.toFixed(2)} | ${b.toFixed(2)} | ${(b / a).toFixed(2)}`;
  });
  console.log(`${name.padEnd(17)} median ${cells[0]}   p10 ${cells[1]}`);
}
