/**
 * `npm run bench`: every benchmark, and BENCHMARKS.md with the figures, the machine, the date and
 * how to run them again.
 *
 *   model    bench/model/run.ts (npm run bench:model), in Node
 *   export   bench/export/run.ts (npm run bench:export), when present, in Chromium
 *   collab   bench/collab/run.ts (npm run bench:collab), when present: the live workshop server
 *   editor   bench/editor/run.ts (npm run bench:editor): ours against bare React Flow in Chromium
 *   size     bench/size/run.ts (npm run bench:size): gzipped size of the library's JavaScript
 *
 * Exits non-zero when the size budget is exceeded (or a benchmark fails); speed targets that are
 * missed are reported in BENCHMARKS.md, not failed.
 *
 *   --quick   1 editor run at 1,000 touchpoints, no collab run, figures printed, BENCHMARKS.md left alone
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { editorMarkdown } from './editor/report.ts';
import { runEditorBench } from './editor/run.ts';
import { measureSize, sizeMarkdown } from './size/run.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const quick = process.argv.includes('--quick');
const started = Date.now();
/** Other work on the machine skews browser figures most: the load is reported beside them. */
const loadAtStart = loadavg()[0] ?? 0;

/** Runs a benchmark script in its own Node process and returns what it printed. */
function runScript(script: string): { ok: boolean; output: string; seconds: number } {
  const start = Date.now();
  console.log(`\n> tsx ${script}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${result.stdout ?? ''}${result.status === 0 ? '' : `\n${result.stderr ?? ''}`}`.trim();
  console.log(output);
  return { ok: result.status === 0, output, seconds: (Date.now() - start) / 1000 };
}

const fence = (text: string) => `\`\`\`text\n${text}\n\`\`\``;
const section = (result: ReturnType<typeof runScript> | null, absent: string) =>
  result ? `${result.ok ? '' : '**Failed**:\n\n'}${fence(result.output)}\n\n(${result.seconds.toFixed(0)} s)` : absent;

const model = runScript('bench/model/run.ts');
const exportBench = existsSync(`${root}bench/export/run.ts`) ? runScript('bench/export/run.ts') : null;
const collab = existsSync(`${root}bench/collab/run.ts`) && !quick ? runScript('bench/collab/run.ts') : null;

console.log('\n> editor benchmark');
const editorStart = Date.now();
const editor = await runEditorBench({ runs: quick ? 1 : 5, sizes: quick ? [1000] : [40, 100, 1000, 2500] });
const editorSeconds = (Date.now() - editorStart) / 1000;
const editorText = editorMarkdown(editor);

console.log('\n> size');
const size = await measureSize();
const sizeText = sizeMarkdown(size);

const cpu = cpus();
const machine = [
  `- CPU: ${cpu[0]?.model.trim() ?? 'unknown'}, ${cpu.length} cores`,
  `- Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GB`,
  `- Browser: ${editor.chromium} (headless, Debian's Chromium driven by playwright-core)`,
  `- Node ${process.version}, ${process.platform} ${process.arch}`,
  `- Load average (1 min) when the run started / ended: ${loadAtStart.toFixed(2)} / ${(loadavg()[0] ?? 0).toFixed(2)} (other processes sharing the ${cpu.length} cores slow the browser figures, bare React Flow's too)`,
].join('\n');

const START = '<!-- npm run bench writes from here to the end marker; notes outside the markers are kept -->';
const END = '<!-- end of npm run bench -->';

/**
 * The generated figures go between the markers; what people wrote around them (notes, the intro,
 * a hand-made table) stays. A file without markers keeps its intro above and the rest below.
 */
function merge(existing: string | null, generated: string): string {
  const block = `${START}\n\n${generated.trim()}\n\n${END}`;
  if (!existing) return `# Benchmarks\n\n${block}\n`;
  const start = existing.indexOf(START);
  const end = existing.indexOf(END);
  if (start >= 0 && end > start) return `${existing.slice(0, start)}${block}${existing.slice(end + END.length)}`;
  const firstSection = existing.search(/^## /m);
  const head = firstSection >= 0 ? existing.slice(0, firstSection) : existing;
  const tail = firstSection >= 0 ? existing.slice(firstSection) : '';
  return `${head.trimEnd()}\n\n${block}\n\n${tail}`.trimEnd() + '\n';
}

const markdown = `Measured on ${new Date().toISOString().slice(0, 10)} by \`npm run bench\` (${((Date.now() - started) / 60_000).toFixed(1)} minutes). Figures depend on the machine and on what else it was doing; compare rows of one run, not runs of different machines.

## Machine

${machine}

## How to run again

\`\`\`sh
npm run bench            # everything, then writes this file (about 10 minutes on 2 cores)
npm run bench -- --quick # 1 editor run at 1,000 touchpoints, printed only (about 1 minute)
npm run bench:model      # one part alone: bench:model, bench:export, bench:editor, bench:size
npm run bench:editor -- --runs 3 --sizes 1000,2500 --modes editor
npx tsx bench/editor/profile.ts editor 1000 emotion   # CPU profile of one measure, by function
\`\`\`

Chromium comes from Debian (\`/usr/bin/chromium\`, or \`CHROMIUM_PATH\`); nothing is downloaded. Each editor run uses a fresh browser profile.

## Editor in the browser (ours vs bare React Flow)

${editorText}

How it is measured (bench/editor): a production build of bench/editor/page mounts either \`<JourneyEditor>\` with N generated touchpoints (the model benchmark's generator; three touchpoints in the first stage, so the next stage is in view) or bare \`@xyflow/react\` with N default nodes, by query string, served on 127.0.0.1. Mount is timed from \`root.render\` to the first frame, after paint, in which every node overlapping the pane has its size and is shown (and, for ours, the opening viewport and the curve are in place). The page.mouse drag presses, moves 60 times 5 px (an emotion point: up to +5, down to −5 and back), releases, and is timed in Node. The per-frame drag dispatches pointer and mouse events from \`requestAnimationFrame\`, one per frame. Re-renders are counted by a counter that only the benchmark build adds to the card component, from the first move to the release (the press itself moves the selection, which re-renders the previously selected card). Cards dragged into the next stage are put back with Ctrl+Z between measures.

## Size of the library

${sizeText}

## Model (Node)

${section(model, '')}

## Export (Chromium)

${section(exportBench, 'No export benchmark in this checkout.')}

## Live collaboration (Node), latest run

${section(collab, 'No collaboration benchmark in this checkout.')}
`;

if (quick) {
  console.log(`\n${editorText}\n\n${sizeText}\n\n(--quick: BENCHMARKS.md not written; editor ${editorSeconds.toFixed(0)} s)`);
} else {
  const file = `${root}BENCHMARKS.md`;
  writeFileSync(file, merge(existsSync(file) ? readFileSync(file, 'utf8') : null, markdown));
  console.log(`\nBENCHMARKS.md written (${((Date.now() - started) / 60_000).toFixed(1)} minutes).`);
}

const failed = [!model.ok && 'model', exportBench && !exportBench.ok && 'export', collab && !collab.ok && 'collab', !size.withinBudget && 'size budget'].filter(Boolean);
if (failed.length > 0) {
  console.error(`failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
