/** When the replicas of a collab benchmark agree, and what they agree on: shared by the one-server and the scale-out runs. */
import * as Y from 'yjs';
import { parseJourney, serializeJourney } from '../../src/model';
import type { JourneyDocument } from '../../src/model';
import { yDocToJourney } from '../../src/collab';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The time every replica had seen every change (equal state vectors, checked every 10 ms), or NaN after `limitMs`. */
export async function waitForConvergence(docs: readonly Y.Doc[], limitMs: number): Promise<number> {
  const vector = (doc: Y.Doc) => Buffer.from(Y.encodeStateVector(doc)).toString('base64');
  for (let waited = 0; waited < limitMs; waited += 10) {
    const first = vector(docs[0] as Y.Doc);
    if (docs.every((doc) => vector(doc) === first)) return performance.now();
    await sleep(10);
  }
  return Number.NaN;
}

/** Every replica's journey as written, whether they are identical, and whether the first is valid. */
export function finalJourneys(docs: readonly Y.Doc[]): { finals: string[]; identical: boolean; valid: boolean; finalDoc: JourneyDocument } {
  const finals = docs.map((doc) => serializeJourney(yDocToJourney(doc)));
  return {
    finals,
    identical: finals.every((text) => text === finals[0]),
    valid: parseJourney(finals[0] as string).ok,
    finalDoc: JSON.parse(finals[0] as string) as JourneyDocument,
  };
}
