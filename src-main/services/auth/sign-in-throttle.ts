import { AppError, type FieldIssue } from '../../../src-shared/errors';
import { withAudit } from '../../ledger/audit/audit-log';
import type { Actor, ServiceContext } from '../service-context';
import { insertSignInMark, recentFailures, type FailureTally } from '../../ledger/repos/sign-in-failures-repo';

/**
 * Throttles password guessing, per user name and per front door, with exponential back-off: after
 * `freeFailures` wrong passwords in a row a name is locked for `baseMs`, doubling with each further
 * wrong one up to `capMs`. A door (browser mode's client address, the app, the CLI) is throttled the
 * same way after `doorFreeFailures`, so trying one password on many names is slowed as well. Guesses
 * made while locked are refused without checking the password: they neither count nor cost a hash.
 *
 * Failures for users who exist are written to the ledger (with an audit record), so a restart or a
 * new CLI process does not reset them; unknown names are counted in memory only (bounded), so an
 * attacker cannot grow the ledger by inventing names. Door lock-outs are audited; the back-off
 * itself bounds how many such records a door can cause.
 */
export interface ThrottlePolicy {
  freeFailures: number;
  baseMs: number;
  capMs: number;
  doorFreeFailures: number;
  /** a door's count starts again after this long without a wrong password */
  doorQuietMs: number;
  /** wrong passwords older than this no longer count against a user */
  windowMs: number;
  /** names and doors held in memory at most */
  maxTracked: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = {
  freeFailures: 3,
  baseMs: 1000,
  capMs: 5 * 60_000,
  doorFreeFailures: 10,
  doorQuietMs: 15 * 60_000,
  windowMs: 24 * 60 * 60_000,
  maxTracked: 10_000,
};

export type PasswordPurpose = 'sign-in' | 'approval';

export interface PasswordAttempt {
  /** the user name as given, trimmed and lower-cased */
  username: string;
  door: string;
  purpose: PasswordPurpose;
  /** who asked, for an approval (an override's requester) */
  requester?: Actor;
  /** the user, when the name belongs to someone who can sign in */
  userId?: number;
}

interface Tally {
  count: number;
  lastAt: number;
}

export function lockMs(failures: number, free: number, policy: Pick<ThrottlePolicy, 'baseMs' | 'capMs'>): number {
  return failures < free ? 0 : Math.min(policy.capMs, policy.baseMs * 2 ** (failures - free));
}

export function inWords(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 120) return `${seconds} second${seconds === 1 ? '' : 's'}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

export class SignInThrottle {
  private readonly names = new Map<string, Tally>();
  private readonly doors = new Map<string, Tally>();
  private readonly checking = new Set<string>();

  constructor(
    private readonly ctx: ServiceContext,
    private readonly log: (message: string, error?: unknown) => void,
    private readonly policy: ThrottlePolicy = DEFAULT_THROTTLE,
  ) {}

  /**
   * Refuses (THROTTLED) while the name or the door is locked, or while a password for the same name
   * is being checked (parallel guesses would all pass this gate before the first one failed).
   * Otherwise holds the name until the returned release is called.
   */
  admit(a: PasswordAttempt): () => void {
    const now = this.ctx.clock.now().getTime();
    const issues = this.issuesFor(a);
    const user = this.userTally(a, now);
    const userWait = user.lastAt + lockMs(user.count, this.policy.freeFailures, this.policy) - now;
    if (userWait > 0) throw new AppError('THROTTLED', `Too many wrong passwords for ${a.username}: try again in ${inWords(userWait)}.`, issues);
    const door = this.doorTally(a.door, now);
    const doorWait = door.lastAt + lockMs(door.count, this.policy.doorFreeFailures, this.policy) - now;
    if (doorWait > 0) throw new AppError('THROTTLED', `Too many wrong passwords from this desk (${a.door}): try again in ${inWords(doorWait)}.`, issues);
    if (this.checking.has(a.username)) throw new AppError('THROTTLED', `A password for ${a.username} is being checked already: try again in a moment.`, issues);
    this.checking.add(a.username);
    return () => this.checking.delete(a.username);
  }

  failed(a: PasswordAttempt): void {
    const now = this.ctx.clock.now().getTime();
    const user = this.userTally(a, now);
    const tally = { count: user.count + 1, lastAt: now };
    this.remember(this.names, a.username, tally);
    const door = this.doorTally(a.door, now);
    const doorTally = { count: door.count + 1, lastAt: now };
    this.remember(this.doors, a.door, doorTally);
    const lockedFor = lockMs(tally.count, this.policy.freeFailures, this.policy);
    const doorLockedFor = lockMs(doorTally.count, this.policy.doorFreeFailures, this.policy);
    const actor = a.requester?.username ?? 'anonymous';
    // Counted in memory first: a ledger too busy to record the failure must not make the guess free.
    this.record(() => {
      if (a.userId !== undefined) {
        const userId = a.userId;
        withAudit(
          this.ctx.db,
          this.ctx,
          {
            action: 'auth:wrong-password',
            subject: `user ${a.username}`,
            actor,
            after: { purpose: a.purpose, door: a.door, failures: tally.count, lockedForSeconds: Math.ceil(lockedFor / 1000) },
          },
          (seq) => insertSignInMark(this.ctx.db, { userId, outcome: 'failed', door: a.door, at: new Date(now).toISOString() }, seq),
        );
      }
      if (doorLockedFor > 0) {
        withAudit(
          this.ctx.db,
          this.ctx,
          {
            action: 'auth:door-locked',
            subject: `door ${a.door}`,
            actor,
            after: { failures: doorTally.count, lockedForSeconds: Math.ceil(doorLockedFor / 1000) },
          },
          () => undefined,
        );
      }
    });
  }

  succeeded(a: PasswordAttempt): void {
    const now = this.ctx.clock.now().getTime();
    this.names.delete(a.username);
    if (a.userId === undefined) return;
    const userId = a.userId;
    const persisted = recentFailures(this.ctx.db, userId, new Date(now - this.policy.windowMs).toISOString());
    if (persisted.count === 0) return; // nothing to clear: an ordinary sign-in writes nothing
    this.record(() =>
      withAudit(
        this.ctx.db,
        this.ctx,
        {
          action: 'auth:wrong-passwords-cleared',
          subject: `user ${a.username}`,
          actor: a.requester?.username ?? a.username,
          after: { purpose: a.purpose, door: a.door, failures: persisted.count },
        },
        (seq) => insertSignInMark(this.ctx.db, { userId, outcome: 'cleared', door: a.door, at: new Date(now).toISOString() }, seq),
      ),
    );
  }

  private issuesFor(a: PasswordAttempt): FieldIssue[] | undefined {
    return a.purpose === 'approval' ? [{ field: 'override.supervisorPassword', message: 'too many wrong passwords: wait and try again' }] : undefined;
  }

  /** The larger of what this process counted and what the ledger holds (another process may have counted too). */
  private userTally(a: PasswordAttempt, now: number): Tally {
    const since = now - this.policy.windowMs;
    const memory = this.names.get(a.username);
    const mine = memory && memory.lastAt > since ? memory : { count: 0, lastAt: 0 };
    if (a.userId === undefined) return mine;
    const stored = toTally(recentFailures(this.ctx.db, a.userId, new Date(since).toISOString()));
    return stored.count > mine.count ? stored : mine;
  }

  private doorTally(door: string, now: number): Tally {
    const tally = this.doors.get(door);
    return tally && now - tally.lastAt <= this.policy.doorQuietMs ? tally : { count: 0, lastAt: 0 };
  }

  private remember(map: Map<string, Tally>, key: string, tally: Tally): void {
    map.delete(key); // re-inserted last: the map's order is the order of use, oldest first
    map.set(key, tally);
    if (map.size > this.policy.maxTracked) map.delete(map.keys().next().value as string);
  }

  private record(write: () => void): void {
    try {
      write();
    } catch (error) {
      this.log('recording a wrong password in the ledger failed (it still counts in memory)', error);
    }
  }
}

function toTally(t: FailureTally): Tally {
  return { count: t.count, lastAt: t.lastAt ? Date.parse(t.lastAt) : 0 };
}
