/** The editor benchmark's figures, as bench/editor/run.ts collects them and report.ts prints them. */
import type { FrameStats } from './page/harness.ts';
import { spread } from './stats.ts';
import type { Spread } from './stats.ts';

export type Mode = 'editor' | 'bare';
export type DragName = 'emotion' | 'card' | 'node';

/** One page load's figures. */
export interface Sample {
  mode: Mode;
  size: number;
  run: number;
  mountMs: number;
  visibleNodes: number;
  drags: Partial<Record<DragName, { mouseMs: number; frames: FrameStats; otherCardRenders: number; otherCardMounts: number; edited: boolean }>>;
  keyboardMs: number[];
  /** Ours only: mount when opening on the whole map (`initialView="fit"`, the default), its own page load. */
  fitMountMs?: number;
  fitVisibleNodes?: number;
  heapAfterMountMB?: number;
  heapGrowthMB?: number;
}

export interface EditorBenchResult {
  chromium: string;
  runs: number;
  sizes: number[];
  samples: Sample[];
}

/** The figure of every run for one mode and size. */
export function figures(result: EditorBenchResult, mode: Mode, size: number, pick: (sample: Sample) => number | undefined): Spread | null {
  const values = result.samples.filter((sample) => sample.mode === mode && sample.size === size).map(pick).filter((value): value is number => value !== undefined);
  return values.length > 0 ? spread(values) : null;
}

