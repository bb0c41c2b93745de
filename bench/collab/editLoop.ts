/**
 * The paced edit loop of the collab benchmarks (one server, and each client process of the
 * scale-out run): every client makes `rate` random workshop edits a second until `end`.
 */
import type * as Y from 'yjs';
import { writeJourneyToYDoc, yDocToJourney } from '../../src/collab';
import { workshopEdit } from './workshopEdits';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface EditLoopOptions {
  /** Edits a second per client. */
  rate: number;
  /** performance.now() when editing begins; each client starts at a random point of its first interval. */
  start: number;
  /** performance.now() after which no edit starts. */
  end: number;
  /** The number of the first client across all processes, so every edit's number (in titles such as `Idea 300004`) is unique. */
  firstClient?: number;
  /** Called after each edit a client wrote (to time its acknowledgement or its arrival elsewhere). */
  afterEdit?: (client: number) => void;
}

export interface EditLoopResult {
  edits: number;
  /** Edits not made because the client's replica held a journey concurrent edits made invalid for a moment. */
  skipped: number;
  /** performance.now() after the last edit. */
  lastEdit: number;
  /** The most an edit started after its scheduled time (ms): large when the clients' process cannot keep pace. */
  maxBehindMs: number;
}

export async function pacedEdits(docs: readonly Y.Doc[], options: EditLoopOptions): Promise<EditLoopResult> {
  const interval = 1000 / options.rate;
  const firstClient = options.firstClient ?? 0;
  let edits = 0;
  let skipped = 0;
  let maxBehindMs = 0;
  await Promise.all(
    docs.map(async (doc, i) => {
      let next = options.start + Math.random() * interval;
      let made = 0;
      while (next < options.end) {
        await sleep(Math.max(0, next - performance.now()));
        maxBehindMs = Math.max(maxBehindMs, performance.now() - next);
        const before = yDocToJourney(doc);
        try {
          writeJourneyToYDoc(doc, workshopEdit(before, (firstClient + i) * 100_000 + made++), { previous: before });
          edits++;
          options.afterEdit?.(i);
        } catch {
          // This replica holds a journey concurrent edits made invalid for a moment (the repairing
          // server fixes it); an editor would show the problem and not edit, so neither does this client.
          skipped++;
        }
        next += interval;
      }
    }),
  );
  return { edits, skipped, lastEdit: performance.now(), maxBehindMs };
}
