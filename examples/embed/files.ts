/** Open and save journey JSON files, the way a host app lets its users move maps around. */
import { parseJourney, serializeJourney } from 'journey-canvas/model';
import type { JourneyDocument, ParseResult } from 'journey-canvas/model';

export async function readJourneyFile(file: File): Promise<ParseResult> {
  return parseJourney(await file.text());
}

export function downloadJourney(document: JourneyDocument): void {
  const blob = new Blob([serializeJourney(document)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = window.document.createElement('a');
  link.href = url;
  link.download = `${fileNameFor(document.title)}.json`;
  link.click();
  URL.revokeObjectURL(url);
}

/** A safe file name from a journey title in any script: keeps letters and digits, joins words with '-'. */
export function fileNameFor(title: string): string {
  const name = title
    .trim()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return name === '' ? 'journey' : name;
}
