/** BENCHMARKS.md's editor section, from the figures of bench/editor/run.ts. */
import { figures } from './results.ts';
import type { DragName, EditorBenchResult, Mode, Sample } from './results.ts';
import { spread } from './stats.ts';
import type { Spread } from './stats.ts';

/** The targets, at 1,000 touchpoints (and the drag ones again at 2,500). */
export const TARGETS = { mouseDragMs: 1150, p95Ms: 17, maxFrameMs: 34, mountMs: 650, keyboardMs: 50, otherRenders: 0, heapGrowthMB: 10 };

const digits = (value: number) => (Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(1));
const cell = (value: Spread | null, unit = '') => (value ? `${digits(value.median)}${unit} (${digits(value.min)}–${digits(value.max)})` : '—');
const ratio = (ours: Spread | null, bare: Spread | null) => (ours && bare && bare.median > 0 ? `${(ours.median / bare.median).toFixed(2)}×` : '—');

function drag(result: EditorBenchResult, mode: Mode, size: number, name: DragName, pick: (d: NonNullable<Sample['drags'][DragName]>) => number) {
  return figures(result, mode, size, (sample) => {
    const value = sample.drags[name];
    return value ? pick(value) : undefined;
  });
}

function keyboard(result: EditorBenchResult, mode: Mode, size: number): Spread | null {
  const values = result.samples.filter((s) => s.mode === mode && s.size === size).flatMap((s) => s.keyboardMs);
  return values.length > 0 ? spread(values) : null;
}

export interface TargetCheck {
  name: string;
  met: boolean;
  value: string;
}

export function checkTargets(result: EditorBenchResult): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const add = (name: string, value: number | undefined, limit: number, unit: string, inclusive = true) => {
    if (value === undefined || Number.isNaN(value)) return;
    checks.push({ name: `${name} ≤ ${limit}${unit}`, met: inclusive ? value <= limit : value < limit, value: `${digits(value)}${unit}` });
  };
  for (const size of result.sizes.filter((s) => s >= 1000)) {
    const n = size.toLocaleString('en');
    for (const name of ['emotion', 'card'] as const) {
      add(`${n}: ${name} drag, 60 page.mouse steps`, drag(result, 'editor', size, name, (d) => d.mouseMs)?.median, TARGETS.mouseDragMs, ' ms');
      add(`${n}: ${name} drag, rAF p95`, drag(result, 'editor', size, name, (d) => d.frames.p95)?.median, TARGETS.p95Ms, ' ms');
      add(`${n}: ${name} drag, longest frame (worst run)`, drag(result, 'editor', size, name, (d) => d.frames.max)?.max, TARGETS.maxFrameMs, ' ms');
    }
    if (size === 1000) {
      add(`${n}: mount`, figures(result, 'editor', size, (s) => s.mountMs)?.median, TARGETS.mountMs, ' ms');
      add(`${n}: keyboard Up to paint`, keyboard(result, 'editor', size)?.median, TARGETS.keyboardMs, ' ms');
    }
  }
  const renders = result.samples.filter((s) => s.mode === 'editor').flatMap((s) => Object.values(s.drags).map((d) => d.otherCardRenders));
  if (renders.length > 0) add('re-renders of other cards during drags (all runs, all sizes)', Math.max(...renders), TARGETS.otherRenders, '');
  const growth = result.samples.filter((s) => s.mode === 'editor' && s.heapGrowthMB !== undefined).map((s) => s.heapGrowthMB as number);
  if (growth.length > 0) add(`heap growth after 100 drags (largest run)`, Math.max(...growth), TARGETS.heapGrowthMB, ' MB', false);
  return checks;
}

export function editorMarkdown(result: EditorBenchResult): string {
  const lines: string[] = [];
  const sizes = result.sizes;
  lines.push(`Medians of ${result.runs} run${result.runs === 1 ? '' : 's'} (min–max), in ${result.chromium}, viewport 1280×800, production build.`);
  lines.push('Ours: `<JourneyEditor>` (toolbar, side panels, all lanes, live curve) opening with `initialView="readable"`. Bare: `@xyflow/react` with the same number of default nodes, default settings, default viewport.');
  lines.push('');
  lines.push('**Mount** (from `root.render` to the first painted frame with every on-screen node measured and drawn), ms');
  lines.push('');
  lines.push('| touchpoints | ours | bare React Flow | ours / bare | nodes on screen (ours / bare) | ours, opening on the whole map | nodes on screen |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|');
  for (const size of sizes) {
    const ours = figures(result, 'editor', size, (s) => s.mountMs);
    const bare = figures(result, 'bare', size, (s) => s.mountMs);
    const shown = `${figures(result, 'editor', size, (s) => s.visibleNodes)?.median ?? '—'} / ${figures(result, 'bare', size, (s) => s.visibleNodes)?.median ?? '—'}`;
    const fit = figures(result, 'editor', size, (s) => s.fitMountMs);
    const fitShown = figures(result, 'editor', size, (s) => s.fitVisibleNodes)?.median ?? '—';
    lines.push(`| ${size.toLocaleString('en')} | ${cell(ours)} | ${cell(bare)} | ${ratio(ours, bare)} | ${shown} | ${cell(fit)} | ${fitShown} |`);
  }
  lines.push('');
  lines.push(
    'Opening on the whole map (`initialView="fit"`, the default) a large map (from about 100 touchpoints with every lane shown) is too far out to read a card, and is drawn as an outline: cards and chips as shapes, the curve and the peak / end markers as usual, no card nodes; clicking it or moving to a touchpoint with the keyboard zooms in to a readable zoom, where the figures above apply.',
  );
  lines.push('');
  lines.push('**Drag, 60 `page.mouse` steps of 5 px (300 px)**, wall time in ms (Playwright waits for Chromium to handle each step). Ours: an emotion point up and down the emotion lane (the curve and markers follow live), a card dragged right into the next stage. Bare: a node dragged right.');
  lines.push('');
  lines.push('| touchpoints | ours: emotion point | ours: card | bare: node | emotion / bare | card / bare |');
  lines.push('|---:|---:|---:|---:|---:|---:|');
  for (const size of sizes) {
    const emotion = drag(result, 'editor', size, 'emotion', (d) => d.mouseMs);
    const card = drag(result, 'editor', size, 'card', (d) => d.mouseMs);
    const bare = drag(result, 'bare', size, 'node', (d) => d.mouseMs);
    lines.push(`| ${size.toLocaleString('en')} | ${cell(emotion)} | ${cell(card)} | ${cell(bare)} | ${ratio(emotion, bare)} | ${ratio(card, bare)} |`);
  }
  lines.push('');
  lines.push('**Drag, one 5-px pointer event per animation frame** (60 events, in the page): intervals between animation frames, ms; 16.7 is every frame on time. ">25" counts missed frames.');
  lines.push('');
  lines.push('| touchpoints | drag | p50 | p95 | max | >25 ms |');
  lines.push('|---:|---|---:|---:|---:|---:|');
  for (const size of sizes) {
    for (const [mode, name, label] of [['editor', 'emotion', 'ours: emotion point'], ['editor', 'card', 'ours: card'], ['bare', 'node', 'bare: node']] as const) {
      const pick = (key: 'p50' | 'p95' | 'max' | 'over25') => drag(result, mode, size, name, (d) => d.frames[key]);
      lines.push(`| ${size.toLocaleString('en')} | ${label} | ${cell(pick('p50'))} | ${cell(pick('p95'))} | ${cell(pick('max'))} | ${cell(pick('over25'))} |`);
    }
  }
  lines.push('');
  lines.push(`**Keyboard**: Up on the selected card to the next painted frame showing its new emotion (bare: Up on a selected node to the frame showing it moved), ms, ${'median of every press'}.`);
  lines.push('');
  lines.push('| touchpoints | ours | bare React Flow |');
  lines.push('|---:|---:|---:|');
  for (const size of sizes) lines.push(`| ${size.toLocaleString('en')} | ${cell(keyboard(result, 'editor', size))} | ${cell(keyboard(result, 'bare', size))} |`);
  lines.push('');
  lines.push('**Re-renders of cards other than the dragged one** during each drag (both drag measures together; worst run). Cards scrolled into view and mounted are counted apart.');
  lines.push('');
  lines.push('| touchpoints | emotion drag: re-renders | card drag: re-renders | card drag: cards mounted |');
  lines.push('|---:|---:|---:|---:|');
  for (const size of sizes) {
    const worst = (name: DragName, key: 'otherCardRenders' | 'otherCardMounts') => drag(result, 'editor', size, name, (d) => d[key])?.max ?? '—';
    lines.push(`| ${size.toLocaleString('en')} | ${worst('emotion', 'otherCardRenders')} | ${worst('card', 'otherCardRenders')} | ${worst('card', 'otherCardMounts')} |`);
  }
  const largest = Math.max(...sizes);
  lines.push('');
  lines.push(`**Memory** at ${largest.toLocaleString('en')} touchpoints: JS heap (CDP \`Runtime.getHeapUsage\` after \`HeapProfiler.collectGarbage\`), MB; growth after ${100} short drags (ours: emotion drags, each one undo step; bare: node drags).`);
  lines.push('');
  lines.push('| | ours | bare React Flow |');
  lines.push('|---|---:|---:|');
  lines.push(`| heap after mount | ${cell(figures(result, 'editor', largest, (s) => s.heapAfterMountMB))} | ${cell(figures(result, 'bare', largest, (s) => s.heapAfterMountMB))} |`);
  lines.push(`| growth after 100 drags | ${cell(figures(result, 'editor', largest, (s) => s.heapGrowthMB))} | ${cell(figures(result, 'bare', largest, (s) => s.heapGrowthMB))} |`);
  const edits = result.samples.filter((s) => s.mode === 'editor').flatMap((s) => Object.values(s.drags).map((d) => d.edited));
  if (edits.includes(false)) lines.push('', '**Warning:** some drags did not change the document; their figures measure nothing.');
  lines.push('');
  lines.push('**Targets** (issue 6):');
  lines.push('');
  for (const check of checkTargets(result)) lines.push(`- ${check.met ? 'met' : '**NOT met**'}: ${check.name} — ${check.value}`);
  return lines.join('\n');
}
