import { randomBytes } from 'node:crypto';
import type { UserSummary } from '../../../src-shared/domain/ledger';
import { AppError } from '../../../src-shared/errors';
import type { Actor, ServiceContext } from '../service-context';
import { hashPassword, hashPasswordAsync, verifyPassword, verifyPasswordAsync } from './passwords';
import type { SignInThrottle } from './sign-in-throttle';
import { findUser, SYSTEM_USERNAME, toUserSummary } from '../../ledger/repos/users-repo';

/** A password a request carries: to sign in, to approve an override, or a new user's. */
export type CredentialClaim = { kind: 'sign-in' | 'approval'; username: string; password: string } | { kind: 'new-password'; password: string };

/** What checking it gave: the person whose password was right, or the new password's hash. */
export interface Verified {
  user?: Actor & { summary: UserSummary };
  passwordHash?: string;
}

/** A hash of a random password, checked when there is no such user so both failures take as long. */
let decoyHash: string | undefined;

/**
 * Checks the password a request carries before its handler runs, through the sign-in throttle, in
 * either form: `check` hashes on libuv's thread pool (the front doors: the event loop stays free),
 * `checkSync` on this thread (in-process callers). The same message and the same time (one scrypt)
 * for a wrong password and an unknown name, so names are not probed.
 */
export class CredentialCheck {
  constructor(
    private readonly ctx: ServiceContext,
    private readonly throttle: SignInThrottle,
  ) {}

  checkSync(claim: CredentialClaim, door: string, requester: Actor | undefined): Verified {
    if (claim.kind === 'new-password') return { passwordHash: hashPassword(claim.password) };
    const attempt = this.begin(claim, door, requester);
    try {
      return this.finish(attempt, verifyPassword(claim.password, attempt.stored));
    } finally {
      attempt.release();
    }
  }

  async check(claim: CredentialClaim, door: string, requester: Actor | undefined): Promise<Verified> {
    if (claim.kind === 'new-password') return { passwordHash: await hashPasswordAsync(claim.password) };
    const attempt = this.begin(claim, door, requester);
    try {
      return this.finish(attempt, await verifyPasswordAsync(claim.password, attempt.stored));
    } finally {
      attempt.release();
    }
  }

  private begin(claim: { kind: 'sign-in' | 'approval'; username: string }, door: string, requester: Actor | undefined) {
    const username = claim.username.trim().toLowerCase();
    const row = findUser(this.ctx.db, username);
    const usable = row !== undefined && row.username !== SYSTEM_USERNAME && row.password_hash !== '' ? row : undefined;
    const attempt = { username, door, purpose: claim.kind, requester, userId: usable?.id };
    const release = this.throttle.admit(attempt);
    return { ...attempt, row: usable, stored: usable?.password_hash ?? (decoyHash ??= hashPassword(randomBytes(16).toString('hex'))), release };
  }

  private finish(attempt: ReturnType<CredentialCheck['begin']>, matches: boolean): Verified {
    const { row } = attempt;
    if (!row || !matches) {
      this.throttle.failed(attempt);
      if (attempt.purpose === 'sign-in') throw new AppError('UNAUTHENTICATED', 'user name or password is wrong');
      // Not UNAUTHENTICATED: that code tells the screen the requester's own session has ended.
      throw new AppError('FORBIDDEN', 'the supervisor user name or password is wrong, so it was not approved', [
        { field: 'override.supervisorPassword', message: 'user name or password is wrong' },
      ]);
    }
    this.throttle.succeeded(attempt);
    return { user: { userId: row.id, username: row.username, role: row.role, summary: toUserSummary(row) } };
  }
}
