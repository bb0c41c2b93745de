/**
 * The limits of every door a document comes in by (`parseJourney` on text and on objects,
 * `validateJourney`, the editor's `value`, `setDocument`, Open JSON and paste). A document over
 * one is refused with one error that names the limit, quickly and without exhausting memory:
 * a file, a paste or a host's object can never freeze the page or crash the tab.
 *
 * The numbers sit far above real journeys (a 100,000-touchpoint journey is 24 MB of JSON and
 * nests 5 levels) and far below what a browser tab or a Node process can hold.
 */

/** Arrays and objects inside each other, the document itself being level 1. */
export const MAX_JOURNEY_DEPTH = 100;

/**
 * The size of a document: characters of JSON text, or for an object the characters of its
 * strings and keys. The editor refuses a file of more bytes than this unread.
 */
export const MAX_JOURNEY_LENGTH = 32_000_000;

/** Items in any one array (touchpoints, stages, pain points, or an array of the host's own). */
export const MAX_JOURNEY_ITEMS = 200_000;

/** Values in the whole document (every string, number, boolean, null, array and object). */
export const MAX_JOURNEY_VALUES = 4_000_000;

/** Errors listed for one document; the rest are counted in one last "and N more" error. */
export const MAX_JOURNEY_ERRORS = 100;

/**
 * Format v2's own limits: far above a real workshop (a room of 8, a handful of quotes per
 * touchpoint), low enough that a pasted or hostile file cannot make one touchpoint unreadable.
 */
/** Participants of one journey. */
export const MAX_JOURNEY_PARTICIPANTS = 1_000;
/** Ratings of one touchpoint: one per participant at most, so never more than the participants. */
export const MAX_TOUCHPOINT_RATINGS = MAX_JOURNEY_PARTICIPANTS;
/** Evidence items of one touchpoint. */
export const MAX_TOUCHPOINT_EVIDENCE = 500;
/** Characters of an evidence item's text (a quote, an observation, a figure). */
export const MAX_EVIDENCE_TEXT_LENGTH = 20_000;
/** Characters of a rating's note, an evidence source, a participant's name or role. */
export const MAX_SHORT_TEXT_LENGTH = 2_000;
/** Characters of an evidence url. */
export const MAX_URL_LENGTH = 4_000;

/** All the limits, by name. */
export const JOURNEY_LIMITS = {
  depth: MAX_JOURNEY_DEPTH,
  length: MAX_JOURNEY_LENGTH,
  items: MAX_JOURNEY_ITEMS,
  values: MAX_JOURNEY_VALUES,
  errors: MAX_JOURNEY_ERRORS,
  participants: MAX_JOURNEY_PARTICIPANTS,
  ratingsPerTouchpoint: MAX_TOUCHPOINT_RATINGS,
  evidencePerTouchpoint: MAX_TOUCHPOINT_EVIDENCE,
  evidenceTextLength: MAX_EVIDENCE_TEXT_LENGTH,
  shortTextLength: MAX_SHORT_TEXT_LENGTH,
  urlLength: MAX_URL_LENGTH,
} as const;

/** `1234567` as `1,234,567`, the same in every locale and runtime. */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
