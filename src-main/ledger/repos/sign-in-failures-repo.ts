import type { AuditSeq } from '../audit/audit-seq';
import type { Sqlite } from '../db/open-ledger';

export interface FailureTally {
  /** wrong passwords since the last right one (or the window's start) */
  count: number;
  /** when the last of them was given (ISO), null when there were none */
  lastAt: string | null;
}

/** The wrong passwords given for a user since the last 'cleared' mark and since `since` (ISO). */
export function recentFailures(db: Sqlite, userId: number, since: string): FailureTally {
  return db
    .prepare<[{ userId: number; since: string }], FailureTally>(
      `SELECT COUNT(*) AS count, MAX(at) AS lastAt FROM sign_in_failures
       WHERE user_id = @userId AND outcome = 'failed' AND at > @since
         AND id > COALESCE((SELECT MAX(id) FROM sign_in_failures WHERE user_id = @userId AND outcome = 'cleared'), 0)`,
    )
    .get({ userId, since })!;
}

export function insertSignInMark(db: Sqlite, row: { userId: number; outcome: 'failed' | 'cleared'; door: string; at: string }, seq: AuditSeq): void {
  db.prepare('INSERT INTO sign_in_failures (user_id, outcome, door, at, audit_seq) VALUES (@userId, @outcome, @door, @at, @seq)').run({ ...row, seq });
}
