import type { UserSummary } from '../../../src-shared/domain/ledger';
import { AppError } from '../../../src-shared/errors';
import type { Role } from '../../../src-shared/roles';
import { roleAllows } from '../../../src-shared/roles';
import { withAudit } from '../../ledger/audit/audit-log';
import type { Actor, ServiceContext } from '../service-context';
import { findUser, insertUser, SYSTEM_USERNAME } from '../../ledger/repos/users-repo';

export interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  password: string;
}

/** `passwordHash` is the new password's hash, made off the event loop by the dispatcher (auth/credential-check.ts). */
export function addUser(ctx: ServiceContext, actor: Actor, input: NewUser, passwordHash: string): UserSummary {
  if (findUser(ctx.db, input.username))
    throw new AppError('CONFLICT', `user "${input.username}" already exists`, [{ field: 'username', message: 'already taken' }]);
  const summary: UserSummary = { username: input.username, displayName: input.displayName, role: input.role };
  withAudit(ctx.db, ctx, { action: 'users:add', subject: `user ${input.username}`, actor: actor.username, after: summary }, (seq) =>
    insertUser(ctx.db, {
      username: input.username,
      display_name: input.displayName,
      role: input.role,
      password_hash: passwordHash,
      created_at: ctx.clock.now().toISOString(),
      audit_seq: seq,
    }),
  );
  return summary;
}

/** What an approval is for, in the words its messages use: "reversing a movement" / "reversal". */
export interface ApprovalOf {
  asking: string;
  noun: string;
}
const OVERRIDE: ApprovalOf = { asking: 'this override', noun: 'override' };

/**
 * A supervisor approves at the desk what the requester asks for. `approver` is the person whose
 * user name and password came with the request, already checked (and throttled) by the dispatcher
 * before the handler ran (see auth/credential-check.ts). Four eyes: the approver is never the
 * requester, whatever the requester's role (a supervisor asking needs another supervisor).
 */
export function approveAsSupervisor(requester: Actor, approver: Actor | undefined, what: ApprovalOf = OVERRIDE): Actor {
  if (!approver) throw new Error(`the approver's password for this ${what.noun} was not checked: the request's override must go through the dispatcher`);
  if (!roleAllows(approver.role, 'supervisor')) {
    throw new AppError('FORBIDDEN', `${approver.username} is a ${approver.role}; only a supervisor or admin can approve this ${what.noun}`, [
      { field: 'override.supervisorUsername', message: 'not a supervisor' },
    ]);
  }
  if (approver.userId === requester.userId) throw selfApproval(requester, what);
  return approver;
}

function selfApproval(requester: Actor, what: ApprovalOf): AppError {
  return new AppError(
    'FORBIDDEN',
    `${requester.username} asked for this ${what.noun} and cannot also approve it: another supervisor must enter their user name and password`,
    [{ field: 'override.supervisorUsername', message: 'must be someone other than the person asking' }],
  );
}

/**
 * For work that always needs a second person (manual allocations, stock corrections, releases from
 * drawback): the approval of a supervisor other than the requester.
 */
export function requireApproval(requester: Actor, approval: { supervisorUsername: string } | undefined, approver: Actor | undefined, what: ApprovalOf): Actor {
  if (!approval) {
    throw new AppError(
      'OVERRIDE_REQUIRED',
      `${what.asking} needs the approval of a supervisor other than you: ask a supervisor to enter their user name and password`,
      [{ field: 'override.supervisorUsername', message: 'a supervisor must approve' }],
    );
  }
  return approveAsSupervisor(requester, approver, what);
}

/** The built-in actor the CLI acts as; created by migrations-time bootstrap, never signs in. */
export function ensureSystemActor(ctx: ServiceContext): Actor {
  const existing = findUser(ctx.db, SYSTEM_USERNAME);
  if (existing) return { userId: existing.id, username: existing.username, role: existing.role };
  const id = withAudit(ctx.db, ctx, { action: 'users:bootstrap', subject: `user ${SYSTEM_USERNAME}`, actor: SYSTEM_USERNAME }, (seq) =>
    insertUser(ctx.db, {
      username: SYSTEM_USERNAME,
      display_name: 'System (CLI and imports)',
      role: 'admin',
      password_hash: '',
      created_at: ctx.clock.now().toISOString(),
      audit_seq: seq,
    }),
  );
  return { userId: id, username: SYSTEM_USERNAME, role: 'admin' };
}
