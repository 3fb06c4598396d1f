import { eq, max } from 'drizzle-orm';
import type { AuditSeq } from '../audit/audit-seq';
import { printAttempts, printJobs, type ssccAllocations } from '../db/device-schema';
import type { Sqlite } from '../db/open-ledger';
import { ormOf } from './orm';
import type { SqlRow } from './sql-row';

/**
 * A print job's state, replayed from its attempts:
 * - queued: no attempt yet, or the last failed in a way worth retrying and tries are left;
 * - sending: bytes are on their way now;
 * - uncertain: a send began but no outcome was written (the desk stopped mid-send), or it failed
 *   after bytes may have reached the printer: the label may be out, so only a reprint with a reason
 *   prints it again;
 * - unconfirmed: sent, not confirmed: the printer took the label but did not report it printed
 *   (a transport that cannot tell, a printer that does not answer ~HS or holds the label behind a
 *   fault); like uncertain, only a reprint with a reason prints it again;
 * - printed: the printer confirmed it / failed.
 */
export type PrintJobState = 'queued' | 'sending' | 'uncertain' | 'unconfirmed' | 'printed' | 'failed';

export const MAX_PRINT_TRIES = 3;

type PrintJob = typeof printJobs.$inferSelect;
type PrintAttempt = typeof printAttempts.$inferSelect;

/** A job with its SSCC and what its attempts say (JOB_SELECT); the fields named as the schema names them. */
export type PrintJobRow = Pick<
  PrintJob,
  'id' | 'uid' | 'ssccId' | 'format' | 'dpi' | 'printer' | 'labelJson' | 'reprintOfJobId' | 'reprintReason' | 'requestedAt'
> &
  Pick<SqlRow<typeof ssccAllocations>, 'sscc'> & {
    tries: number;
    lastOutcome: PrintAttempt['outcome'] | null;
    lastError: PrintAttempt['error'];
    lastRetryable: PrintAttempt['retryable'];
    lastMayHavePrinted: PrintAttempt['mayHavePrinted'];
    printedAt: string | null;
  };

const JOB_SELECT = `
  SELECT j.id, j.uid, j.sscc_id AS ssccId, s.sscc, j.format, j.dpi, j.printer, j.label_json AS labelJson,
         j.reprint_of_job_id AS reprintOfJobId, j.reprint_reason AS reprintReason, j.requested_at AS requestedAt,
         (SELECT COUNT(*) FROM print_attempts a WHERE a.job_id = j.id AND a.outcome = 'sending') AS tries,
         last.outcome AS lastOutcome, last.error AS lastError, last.retryable AS lastRetryable, last.may_have_printed AS lastMayHavePrinted,
         (SELECT MIN(a.at) FROM print_attempts a WHERE a.job_id = j.id AND a.outcome = 'printed') AS printedAt
    FROM print_jobs j
    JOIN sscc_allocations s ON s.id = j.sscc_id
    LEFT JOIN print_attempts last ON last.id = (SELECT MAX(a.id) FROM print_attempts a WHERE a.job_id = j.id)`;

/** `inFlight`: jobs this process is sending right now; any other 'sending' was cut off. */
export function jobState(row: PrintJobRow, inFlight: ReadonlySet<number>): PrintJobState {
  if (row.printedAt !== null) return 'printed';
  if (row.lastOutcome === 'sending') return inFlight.has(row.id) ? 'sending' : 'uncertain';
  if (row.lastOutcome === 'unconfirmed') return 'unconfirmed';
  if (row.lastOutcome === 'failed') {
    if (row.lastMayHavePrinted === 1) return 'uncertain';
    return row.lastRetryable === 1 && row.tries < MAX_PRINT_TRIES ? 'queued' : 'failed';
  }
  return 'queued';
}

export function getJob(db: Sqlite, jobId: number): PrintJobRow | undefined {
  return db.prepare<[number], PrintJobRow>(`${JOB_SELECT} WHERE j.id = ?`).get(jobId);
}

export function getJobByUid(db: Sqlite, uid: string): PrintJobRow | undefined {
  return db.prepare<[string], PrintJobRow>(`${JOB_SELECT} WHERE j.uid = ?`).get(uid);
}

export function jobsOfSscc(db: Sqlite, ssccId: number): PrintJobRow[] {
  return db.prepare<[number], PrintJobRow>(`${JOB_SELECT} WHERE j.sscc_id = ? ORDER BY j.id`).all(ssccId);
}

/** Jobs with no outcome yet that may be sent, oldest first. */
export function pendingJobs(db: Sqlite, inFlight: ReadonlySet<number>): PrintJobRow[] {
  const rows = db
    .prepare<[], PrintJobRow>(`${JOB_SELECT} WHERE NOT EXISTS (SELECT 1 FROM print_attempts a WHERE a.job_id = j.id AND a.outcome = 'printed') ORDER BY j.id`)
    .all();
  return rows.filter((row) => jobState(row, inFlight) === 'queued');
}

export function recentJobs(db: Sqlite, limit: number): PrintJobRow[] {
  return db.prepare<[number], PrintJobRow>(`${JOB_SELECT} ORDER BY j.id DESC LIMIT ?`).all(limit);
}

/** Who asked for a job (its sends are audited as theirs). */
export function jobRequester(db: Sqlite, jobId: number): number | undefined {
  return ormOf(db).select({ userId: printJobs.userId }).from(printJobs).where(eq(printJobs.id, jobId)).get()?.userId;
}

/** When a job was last tried (undefined: never). */
export function lastAttemptAt(db: Sqlite, jobId: number): string | undefined {
  return (
    ormOf(db)
      .select({ at: max(printAttempts.at) })
      .from(printAttempts)
      .where(eq(printAttempts.jobId, jobId))
      .get()?.at ?? undefined
  );
}

export function insertPrintJob(db: Sqlite, job: Omit<typeof printJobs.$inferInsert, 'id' | 'auditSeq'>, seq: AuditSeq): number {
  return Number(
    ormOf(db)
      .insert(printJobs)
      .values({ ...job, auditSeq: seq })
      .run().lastInsertRowid,
  );
}

export function insertPrintAttempt(db: Sqlite, attempt: Omit<typeof printAttempts.$inferInsert, 'id' | 'auditSeq'>, seq: AuditSeq): void {
  ormOf(db)
    .insert(printAttempts)
    .values({ ...attempt, auditSeq: seq })
    .run();
}
