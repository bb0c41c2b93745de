/**
 * The page the export benchmark drives: it exports generated journeys with the library's public
 * `exportJourneyImage`, exactly as a host app would, and reports times to the runner.
 */
import { exportJourneyImage } from 'journey-canvas';
import type { ExportImageOptions } from 'journey-canvas';
import { makeJourney } from '../../../test/export/fixtures';

export interface BenchResult {
  median: number;
  min: number;
  max: number;
  bytes: number;
  width: number;
  height: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

async function run(count: number, pixelRatio: number, runs: number): Promise<BenchResult> {
  const document = makeJourney(count);
  const options: ExportImageOptions = { preset: 'slide-16:9', pixelRatio, format: 'png' };
  // Warm-up: the first export also compiles the code paths and loads the fonts.
  let blob = await exportJourneyImage(document, options);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    blob = await exportJourneyImage(document, options);
    times.push(performance.now() - start);
  }
  const bitmap = await createImageBitmap(blob);
  return { median: median(times), min: Math.min(...times), max: Math.max(...times), bytes: blob.size, width: bitmap.width, height: bitmap.height };
}

async function preview(count: number, locale: 'en' | 'zh-CN', options: ExportImageOptions): Promise<string> {
  const blob = await exportJourneyImage(makeJourney(count, locale), options);
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

// The runner (Playwright) calls these; this page exists only for the benchmark.
Object.assign(window, { journeyExportBench: { run, preview } });
document.body.dataset.ready = 'true';
