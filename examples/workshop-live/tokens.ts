/**
 * Signed room tokens: a JWT (HS256, through `jose`) that names the room, a role and an expiry,
 * signed with the server secret (WORKSHOP_SECRET). No hand-rolled crypto: signing, the
 * constant-time signature check, `exp`/`nbf` and the issuer and audience checks are jose's.
 *
 *   npm run workshop-live -- token --room checkout --role viewer --hours 4
 */
import { timingSafeEqual } from 'node:crypto';
import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import { isRole } from './roles';
import type { Role } from './roles';

export const TOKEN_ISSUER = 'journey-canvas-workshop';
export const TOKEN_AUDIENCE = 'journey-canvas-room';
/** A secret shorter than this is refused: HS256 wants at least 256 bits of key. */
export const MIN_SECRET_BYTES = 32;
/** The longest a token may live: a workshop, not a standing credential. */
export const MAX_TOKEN_HOURS = 24 * 30;

export interface RoomGrant {
  room: string;
  role: Role;
}

function secretKey(secret: string): Uint8Array {
  const key = new TextEncoder().encode(secret);
  if (key.length < MIN_SECRET_BYTES) {
    throw new Error(`WORKSHOP_SECRET must be at least ${MIN_SECRET_BYTES} bytes (got ${key.length}); e.g. openssl rand -hex 32`);
  }
  return key;
}

export async function signRoomToken(grant: RoomGrant & { hours: number }, secret: string): Promise<string> {
  if (!grant.room) throw new Error('--room: expected a room name');
  if (!isRole(grant.role)) throw new Error(`--role: expected viewer, participant or facilitator, got ${JSON.stringify(grant.role)}`);
  if (!(grant.hours > 0 && grant.hours <= MAX_TOKEN_HOURS)) throw new Error(`--hours: expected a number of hours in (0, ${MAX_TOKEN_HOURS}], got ${grant.hours}`);
  return new SignJWT({ room: grant.room, role: grant.role })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000 + grant.hours * 3600))
    .sign(secretKey(secret));
}

/** Why a token was refused; said to the client in the authentication failure, never more. */
export class AccessDenied extends Error {}

/** The role a signed token gives in `room`; throws AccessDenied when expired, wrongly signed or for another room. */
export async function verifyRoomToken(token: string, room: string, secret: string): Promise<Role> {
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, secretKey(secret), { algorithms: ['HS256'], issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE, requiredClaims: ['exp'] }));
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw new AccessDenied('token expired');
    throw new AccessDenied('token not valid for this server');
  }
  if (payload.room !== room) throw new AccessDenied('token is for another room');
  if (!isRole(payload.role)) throw new AccessDenied('token names no known role');
  return payload.role;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface AccessOptions {
  /** WORKSHOP_TOKEN: one token for every room, acting as `participant`. */
  sharedToken?: string;
  /** WORKSHOP_SECRET: verifies signed room tokens. */
  secret?: string;
}

/** Checks a connection's token for a room: the role it gets, or AccessDenied. */
export type AccessCheck = (token: string | undefined, room: string) => Promise<Role>;

export function roomAccess(options: AccessOptions): AccessCheck {
  if (!options.sharedToken && !options.secret) throw new Error('Set WORKSHOP_TOKEN (a shared room token) or WORKSHOP_SECRET (for signed role tokens), or both');
  if (options.secret) secretKey(options.secret); // refuse a weak secret at start, not at the first connection
  return async (token, room) => {
    if (typeof token !== 'string' || token === '') throw new AccessDenied('missing room token');
    if (options.sharedToken && sameSecret(token, options.sharedToken)) return 'participant';
    // A JWT has three dot-separated parts; anything else was meant as the shared token.
    if (options.secret && token.split('.').length === 3) return verifyRoomToken(token, room, options.secret);
    throw new AccessDenied('wrong room token');
  };
}
