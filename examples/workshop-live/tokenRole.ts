/**
 * The role a signed room token names, read in the page without checking the signature: only to
 * show a viewer a read-only editor. The server is what enforces the role (it refuses a viewer's
 * writes whatever the page does). A shared WORKSHOP_TOKEN (not a JWT) is a participant's.
 */
import { isRole } from './roles';
import type { Role } from './roles';

export function roleInToken(token: string): Role {
  const payload = token.split('.')[1];
  if (token.split('.').length !== 3 || !payload) return 'participant';
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const role: unknown = (JSON.parse(json) as { role?: unknown }).role;
    return isRole(role) ? role : 'participant';
  } catch {
    return 'participant';
  }
}
