import { randomBytes } from 'node:crypto';
import { listUsers } from '../../ledger/repos/users-repo';
import type { Desk } from '../../composition-root';

/**
 * A new ledger has nobody who can sign in. The first start creates an `admin` with a random password
 * and returns it once, to be printed on the console of the person who started the desk.
 */
export function ensureFirstAdmin(desk: Desk): { username: string; password: string } | null {
  if (listUsers(desk.ledger.sqlite).length > 0) return null;
  const password = randomBytes(9).toString('base64url');
  const result = desk.dispatch('users:add', { username: 'admin', displayName: 'Administrator', role: 'admin', password }, { actor: desk.system });
  if (!result.ok) throw new Error(`could not create the first admin: ${result.error.message}`);
  return { username: 'admin', password };
}
