/**
 * JSON Pointers (RFC 6901) name the place of every error: `''` is the whole document,
 * `/touchpoints/3/emotion` the fourth touchpoint's emotion. A key holding `~` or `/` is escaped
 * as `~0` and `~1` so the pointer still reads back to the same key.
 */

/** Escapes one reference token: `~` becomes `~0`, then `/` becomes `~1` (that order matters). */
export function escapePointerToken(token: string): string {
  if (!token.includes('~') && !token.includes('/')) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The pointer to `key` inside the value at `parent` (itself a pointer). */
export function childPointer(parent: string, key: string | number): string {
  return typeof key === 'number' ? `${parent}/${key}` : `${parent}/${escapePointerToken(key)}`;
}

/** Splits a pointer back into its keys; the inverse of building it with `childPointer`. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`a JSON Pointer starts with "/", got ${JSON.stringify(pointer)}`);
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}
