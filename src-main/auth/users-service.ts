import { randomBytes } from 'node:crypto';
import type { UserSummary } from '../../src-shared/domain/ledger';
import { AppError } from '../../src-shared/errors';
import type { Role } from '../../src-shared/roles';
import { roleAllows } from '../../src-shared/roles';
import { withAudit } from '../audit/audit-log';
import type { Actor, ServiceContext } from '../service-context';
import { hashPassword, verifyPassword } from './passwords';
import { findUser, insertUser, SYSTEM_USERNAME, toUserSummary } from './users-repo';

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  password: string;
}

export function addUser(ctx: ServiceContext, actor: Actor, input: NewUser): UserSummary {
  if (findUser(ctx.db, input.username)) throw new AppError('CONFLICT', `user "${input.username}" already exists`, [{ field: 'username', message: 'already taken' }]);
  const passwordHash = hashPassword(input.password);
  const summary: UserSummary = { username: input.username, displayName: input.displayName, role: input.role };
  withAudit(ctx.db, ctx, { action: 'users:add', subject: `user ${input.username}`, actor: actor.username, after: summary }, (seq) =>
    insertUser(ctx.db, { username: input.username, display_name: input.displayName, role: input.role, password_hash: passwordHash, created_at: ctx.clock.now().toISOString(), audit_seq: seq }),
  );
  return summary;
}

/** A hash of a random password, checked when there is no such user so both failures take as long. */
let decoyHash: string | undefined;

/**
 * Checks a user name and password; the same message and the same time (one scrypt) for both
 * failures, so names are not probed.
 */
export function authenticate(ctx: ServiceContext, username: string, password: string): Actor & { summary: UserSummary } {
  const row = findUser(ctx.db, username.trim().toLowerCase());
  const usable = row !== undefined && row.username !== SYSTEM_USERNAME && row.password_hash !== '';
  const matches = verifyPassword(password, usable ? row.password_hash : (decoyHash ??= hashPassword(randomBytes(16).toString('hex'))));
  if (!usable || !matches) {
    throw new AppError('UNAUTHENTICATED', 'user name or password is wrong');
  }
  return { userId: row.id, username: row.username, role: row.role, summary: toUserSummary(row) };
}

/** A supervisor's credentials given at the desk to approve an override; returns the approver. */
export function approveAsSupervisor(ctx: ServiceContext, requester: Actor, username: string, password: string): Actor {
  let approver: Actor;
  try {
    approver = authenticate(ctx, username, password);
  } catch (error) {
    // Not UNAUTHENTICATED: that code tells the screen the requester's own session has ended.
    if (error instanceof AppError && error.code === 'UNAUTHENTICATED') {
      throw new AppError('FORBIDDEN', 'the supervisor user name or password is wrong, so the override was not approved', [{ field: 'override.supervisorPassword', message: 'user name or password is wrong' }]);
    }
    throw error;
  }
  if (!roleAllows(approver.role, 'supervisor')) {
    throw new AppError('FORBIDDEN', `${approver.username} is a ${approver.role}; only a supervisor or admin can approve this override`, [{ field: 'override.supervisorUsername', message: 'not a supervisor' }]);
  }
  if (approver.userId === requester.userId && !roleAllows(requester.role, 'supervisor')) {
    throw new AppError('FORBIDDEN', 'you cannot approve your own override');
  }
  return approver;
}

/** The built-in actor the CLI acts as; created by migrations-time bootstrap, never signs in. */
export function ensureSystemActor(ctx: ServiceContext): Actor {
  const existing = findUser(ctx.db, SYSTEM_USERNAME);
  if (existing) return { userId: existing.id, username: existing.username, role: existing.role };
  const id = withAudit(ctx.db, ctx, { action: 'users:bootstrap', subject: `user ${SYSTEM_USERNAME}`, actor: SYSTEM_USERNAME }, (seq) =>
    insertUser(ctx.db, { username: SYSTEM_USERNAME, display_name: 'System (CLI and imports)', role: 'admin', password_hash: '', created_at: ctx.clock.now().toISOString(), audit_seq: seq }),
  );
  return { userId: id, username: SYSTEM_USERNAME, role: 'admin' };
}
