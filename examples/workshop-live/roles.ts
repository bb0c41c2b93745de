/**
 * Who may do what in a live room. A role travels in a signed room token (tokens.ts); the shared
 * WORKSHOP_TOKEN acts as `participant`. The server enforces every permission here: a viewer's
 * connection is read-only in Hocuspocus (its updates are refused, never applied or relayed), and
 * each room command names the permission it needs (commands.ts).
 */
export const ROLES = ['viewer', 'participant', 'facilitator'] as const;
export type Role = (typeof ROLES)[number];

/**
 * - `edit`: change the journey (write to the shared Y.Doc);
 * - `rate`: give one's own rating of a touchpoint (a write to the shared ratings; a viewer's
 *   read-only connection cannot);
 * - `restoreSnapshot`: put the whole room back to a saved journey (the `restore` command);
 * - `runRatingRounds`: start, reveal and end rating rounds: the server refuses a write to the
 *   round's shared state from a connection without it (roundGuard.ts).
 */
export type Permission = 'edit' | 'rate' | 'restoreSnapshot' | 'runRatingRounds';

const PERMISSIONS: Record<Role, readonly Permission[]> = {
  viewer: [],
  participant: ['edit', 'rate'],
  facilitator: ['edit', 'rate', 'restoreSnapshot', 'runRatingRounds'],
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function can(role: Role, permission: Permission): boolean {
  return PERMISSIONS[role].includes(permission);
}
