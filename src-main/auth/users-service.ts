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

/** What an approval is for, in the words its messages use: "reversing a movement" / "reversal". */
export interface ApprovalOf {
  asking: string;
  noun: string;
}
const OVERRIDE: ApprovalOf = { asking: 'this override', noun: 'override' };

/**
 * A supervisor's credentials given at the desk to approve what the requester asks for; returns the
 * approver. Four eyes: the approver is never the requester, whatever the requester's role (a
 * supervisor asking needs another supervisor).
 */
export function approveAsSupervisor(ctx: ServiceContext, requester: Actor, username: string, password: string, what: ApprovalOf = OVERRIDE): Actor {
  let approver: Actor;
  try {
    approver = authenticate(ctx, username, password);
  } catch (error) {
    // Not UNAUTHENTICATED: that code tells the screen the requester's own session has ended.
    if (error instanceof AppError && error.code === 'UNAUTHENTICATED') {
      throw new AppError('FORBIDDEN', `the supervisor user name or password is wrong, so the ${what.noun} was not approved`, [{ field: 'override.supervisorPassword', message: 'user name or password is wrong' }]);
    }
    throw error;
  }
  if (!roleAllows(approver.role, 'supervisor')) {
    throw new AppError('FORBIDDEN', `${approver.username} is a ${approver.role}; only a supervisor or admin can approve this ${what.noun}`, [{ field: 'override.supervisorUsername', message: 'not a supervisor' }]);
  }
  if (approver.userId === requester.userId) throw selfApproval(requester, what);
  return approver;
}

function selfApproval(requester: Actor, what: ApprovalOf): AppError {
  return new AppError('FORBIDDEN', `${requester.username} asked for this ${what.noun} and cannot also approve it: another supervisor must enter their user name and password`, [
    { field: 'override.supervisorUsername', message: 'must be someone other than the person asking' },
  ]);
}

/**
 * For work that always needs a second person (manual allocations, stock corrections, releases from
 * drawback): the approval of a supervisor other than the requester, checked before the transaction
 * (scrypt takes tens of milliseconds and must not hold the write lock).
 */
export function requireApproval(ctx: ServiceContext, requester: Actor, approval: { supervisorUsername: string; supervisorPassword: string } | undefined, what: ApprovalOf): Actor {
  if (!approval) {
    throw new AppError('OVERRIDE_REQUIRED', `${what.asking} needs the approval of a supervisor other than you: ask a supervisor to enter their user name and password`, [
      { field: 'override.supervisorUsername', message: 'a supervisor must approve' },
    ]);
  }
  return approveAsSupervisor(ctx, requester, approval.supervisorUsername, approval.supervisorPassword, what);
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
