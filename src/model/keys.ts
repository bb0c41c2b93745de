/**
 * The known properties of each object of format v1, in the order DESIGN.md lists them. Files are
 * written in this order (then unknown properties, in the order they came), so a saved journey
 * diffs cleanly in version control whatever order the editor built it in.
 */
export const DOCUMENT_KEYS = [
  'format',
  'version',
  'id',
  'title',
  'description',
  'locale',
  'persona',
  'stages',
  'touchpoints',
  'createdAt',
  'updatedAt',
] as const;

export const PERSONA_KEYS = ['name', 'summary', 'goals', 'motivations', 'frustrations'] as const;

export const STAGE_KEYS = ['id', 'name', 'kind', 'description', 'color'] as const;

export const TOUCHPOINT_KEYS = [
  'id',
  'stageId',
  'title',
  'emotion',
  'channel',
  'description',
  'painPoints',
  'delights',
  'opportunities',
  'keyMoment',
  'owner',
  'metrics',
] as const;

export const METRICS_KEYS = ['csat', 'nps', 'ces'] as const;

/** The keys of `object` that have a value: known ones in `known` order, then the others as they come. */
export function orderedKeys(object: Record<string, unknown>, known: readonly string[], knownSet: ReadonlySet<string>): string[] {
  const keys: string[] = [];
  for (const key of known) {
    if (Object.prototype.hasOwnProperty.call(object, key) && object[key] !== undefined) keys.push(key);
  }
  for (const key of Object.keys(object)) {
    if (!knownSet.has(key) && object[key] !== undefined) keys.push(key);
  }
  return keys;
}

export const DOCUMENT_KEY_SET: ReadonlySet<string> = new Set(DOCUMENT_KEYS);
export const PERSONA_KEY_SET: ReadonlySet<string> = new Set(PERSONA_KEYS);
export const STAGE_KEY_SET: ReadonlySet<string> = new Set(STAGE_KEYS);
export const TOUCHPOINT_KEY_SET: ReadonlySet<string> = new Set(TOUCHPOINT_KEYS);
export const METRICS_KEY_SET: ReadonlySet<string> = new Set(METRICS_KEYS);
