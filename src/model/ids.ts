/**
 * Fresh ids: a readable prefix and 8 random base-36 characters (`tp-k3x9q0az`), re-rolled until
 * unused in the document. 36^8 is about 2.8e12, so a re-roll is rare even in huge journeys.
 */

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const RANDOM_LENGTH = 8;

function randomBytes(count: number): Uint8Array {
  const bytes = new Uint8Array(count);
  const crypto = (globalThis as { crypto?: { getRandomValues?: (array: Uint8Array) => Uint8Array } }).crypto;
  if (crypto?.getRandomValues !== undefined) {
    crypto.getRandomValues(bytes);
  } else {
    for (let i = 0; i < count; i++) bytes[i] = Math.floor(Math.random() * 256);
  }
  return bytes;
}

/** A random id with `prefix`, not for uniqueness on its own: see `generateId`. */
export function randomId(prefix: string): string {
  let id = prefix;
  // 252 is the largest multiple of 36 below 256: rejecting bytes above it keeps the letters even.
  while (id.length < prefix.length + RANDOM_LENGTH) {
    for (const byte of randomBytes(RANDOM_LENGTH)) {
      if (byte < 252 && id.length < prefix.length + RANDOM_LENGTH) id += ALPHABET[byte % 36];
    }
  }
  return id;
}

/** A fresh id with `prefix` that `isTaken` says is free. */
export function generateId(prefix: string, isTaken: (id: string) => boolean): string {
  for (;;) {
    const id = randomId(prefix);
    if (!isTaken(id)) return id;
  }
}

export const ID_PREFIX = { journey: 'j-', stage: 'st-', touchpoint: 'tp-', participant: 'pt-' } as const;
