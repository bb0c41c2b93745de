/**
 * `npm run bench:model`: how long the model takes on large journeys, on this machine.
 * Not a test: it prints figures (median of several runs after a warm-up) next to the targets.
 *
 * Targets (10,000 touchpoints): parse + validate <= 20 ms, analyze <= 5 ms, compare <= 20 ms;
 * a single operation on 2,500 touchpoints well under 1 ms. Format v2: analysis with ratings at
 * 10,000 touchpoints x 8 ratings <= 20 ms.
 */
import {
  addTouchpoint,
  analyzeJourney,
  compareJourneys,
  moveTouchpoint,
  parseJourney,
  serializeJourney,
  setEmotion,
  setRating,
  updateTouchpoint,
  validateJourney,
} from '../../src/model';
import type { JourneyDocument } from '../../src/model';
import { editedCopy, makeJourney, makeRatedJourney } from './generate';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Median milliseconds of `run`, after `warmup` untimed runs. */
function measure(run: () => unknown, runs: number, warmup = 3): number {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Median milliseconds per call, timing batches of `batch` calls (for sub-millisecond work). */
function measureSmall(run: () => unknown, batch = 200, runs = 15): number {
  return measure(() => {
    for (let i = 0; i < batch; i++) run();
  }, runs) / batch;
}

const format = (ms: number): string => (ms < 1 ? ms.toFixed(3) : ms.toFixed(1)).padStart(8);

const sizes = [1_000, 10_000, 100_000];
const rows: string[][] = [];
for (const size of sizes) {
  const document = makeJourney(size);
  const text = serializeJourney(document);
  const after = editedCopy(document);
  const runs = size >= 100_000 ? 7 : size >= 10_000 ? 31 : 51;
  const check = parseJourney(text);
  if (!check.ok) throw new Error(`the benchmark document is invalid: ${JSON.stringify(check.errors.slice(0, 3))}`);
  rows.push([
    size.toLocaleString('en'),
    format(measure(() => JSON.parse(text), runs)),
    format(measure(() => parseJourney(text), runs)),
    format(measure(() => parseJourney(document), runs)),
    format(measure(() => validateJourney(document), runs)),
    format(measure(() => analyzeJourney(document), runs)),
    format(measure(() => compareJourneys(document, after), runs)),
    format(measure(() => serializeJourney(document), runs)),
    `${(text.length / 1e6).toFixed(1)} MB`,
  ]);
}

const header = ['touchpoints', 'JSON.parse', 'parse text', 'parse value', 'validate', 'analyze', 'compare', 'serialize', 'JSON size'];
const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => (row[i] as string).trim().length)));
const line = (cells: string[]): string => cells.map((cell, i) => cell.trim().padStart(widths[i] as number)).join('  ');
console.log(`journey-canvas model, Node ${process.version}, median milliseconds`);
console.log(line(header));
for (const row of rows) console.log(line(row));
console.log('parse text = JSON.parse + migrate + validate (what a host calls); parse value = validate + deep copy');
console.log('targets at 10,000: parse text <= 20, analyze <= 5, compare <= 20');

// Duplicate ids are checked in linear time (issue 12): every touchpoint of a 100,000-touchpoint
// journey given the same id, and the error list capped at its first entries.
const duplicates = makeJourney(100_000);
duplicates.touchpoints = duplicates.touchpoints.map((touchpoint) => ({ ...touchpoint, id: 'same' }));
const duplicatesText = serializeJourney(duplicates);
const duplicatesCheck = parseJourney(duplicatesText);
if (duplicatesCheck.ok) throw new Error('the duplicate-id document should be refused');
console.log(
  `\n100,000 duplicate ids: parse text ${format(measure(() => parseJourney(duplicatesText), 7)).trim()} ms, ` +
    `validate ${format(measure(() => validateJourney(duplicates), 7)).trim()} ms ` +
    `(${duplicatesCheck.errors.length} errors listed; target: linear, about the time of a valid journey of that size)`,
);

// Format v2: a workshop of 8 rated every touchpoint. Reading it (parse, with the rating rules and
// the mean check) and the analysis with the room's spread, disagreements and per-person scores.
const rated = makeRatedJourney(10_000, 8);
const ratedText = serializeJourney(rated);
const ratedCheck = parseJourney(ratedText);
if (!ratedCheck.ok || ratedCheck.warnings.length > 0) throw new Error('the rated benchmark journey should parse cleanly');
console.log(
  `\n10,000 touchpoints x 8 ratings: parse text ${format(measure(() => parseJourney(ratedText), 9)).trim()} ms, ` +
    `analyze with ratings ${format(measure(() => analyzeJourney(rated), 15)).trim()} ms ` +
    `(${(ratedText.length / 1e6).toFixed(1)} MB; target: analyze <= 20)`,
);

// The editor runs one operation per drag frame.
const editorSized: JourneyDocument = makeJourney(2_500);
const middle = editorSized.touchpoints[1_250]?.id as string;
let emotion = 0;
const ratedEditorSized: JourneyDocument = makeRatedJourney(2_500, 8);
const middleRated = ratedEditorSized.touchpoints[1_250]?.id as string;
console.log('\none operation on 2,500 touchpoints, median milliseconds per call (target: well under 1)');
const operations: [string, () => unknown][] = [
  ['setEmotion', () => setEmotion(editorSized, { id: middle, emotion: (emotion = (emotion + 0.1) % 5) })],
  ['moveTouchpoint', () => moveTouchpoint(editorSized, { id: middle, stageId: 'use', index: 3 })],
  ['updateTouchpoint', () => updateTouchpoint(editorSized, { id: middle, changes: { title: 'Renamed', painPoints: ['x'] } })],
  ['addTouchpoint', () => addTouchpoint(editorSized, { stageId: 'purchase', index: 10 })],
  ['setRating (8 raters)', () => setRating(ratedEditorSized, { touchpointId: middleRated, by: 'p-3', emotion: (emotion = (emotion + 1) % 5) })],
];
for (const [name, run] of operations) console.log(`${name.padEnd(18)}${format(measureSmall(run))}`);
