/** Saving and opening journeys as files, and handing any Blob to the user as a download. */
import { MAX_JOURNEY_LENGTH, parseJourney, serializeJourney } from '../model';
import type { JourneyDocument, ParseResult } from '../model';

/** Characters no file system takes (Windows is the strictest), and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const RESERVED = /[<>:"/\\|?*\u0000-\u001f\u007f]+/g;
/** Names Windows keeps for devices, whatever the extension. */
const DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name made from a journey's title: reserved characters and spaces become dashes, any
 * language's letters stay ("线上购买-v2.json"), at most 80 characters, "journey" when nothing is left.
 *
 * @example
 * safeFileName('Q3: online / checkout', 'png'); // "Q3-online-checkout.png"
 */
export function safeFileName(title: string, extension: string): string {
  let base = title
    .normalize('NFC')
    .replace(RESERVED, '-')
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  base = Array.from(base).slice(0, 80).join('').replace(/[-.]+$/, '');
  if (!base || DEVICE.test(base)) base = base ? `${base}-journey` : 'journey';
  return `${base}.${extension}`;
}

/** Offers `blob` to the user as a download named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Some browsers start the download after the click returns: revoke a little later.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

/**
 * Saves the journey as a `.json` file (`serializeJourney`: stable key order, unknown properties
 * kept), named from its title. Returns the file name used.
 */
export function downloadJourneyJson(document: JourneyDocument): string {
  const fileName = safeFileName(document.title, 'json');
  downloadBlob(new Blob([serializeJourney(document)], { type: 'application/json' }), fileName);
  return fileName;
}

/**
 * Reads a file the user picked and validates it with `parseJourney`. Never throws: an unreadable
 * file is an `{ ok: false }` result like an invalid one, with the reason. A file of more than
 * `MAX_JOURNEY_LENGTH` bytes is refused unread, so a huge file can neither exhaust the tab's
 * memory nor keep it busy decoding.
 */
export async function openJourneyFile(file: Blob): Promise<ParseResult> {
  if (file.size > MAX_JOURNEY_LENGTH) {
    const megabytes = (file.size / 1e6).toFixed(1);
    return {
      ok: false,
      errors: [
        {
          path: '',
          code: 'too_large',
          message: `the file is too large (${megabytes} MB); a journey file holds at most ${MAX_JOURNEY_LENGTH.toLocaleString('en')} bytes (MAX_JOURNEY_LENGTH)`,
        },
      ],
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, errors: [{ path: '', code: 'invalid_json', message: `the file could not be read: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  return parseJourney(text);
}
