import type { Sqlite } from '../db/open-ledger';

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

export interface PrintJobRow {
  id: number;
  uid: string;
  ssccId: number;
  sscc: string;
  format: 'zpl' | 'pdf';
  dpi: number;
  printer: string;
  labelJson: string;
  reprintOfJobId: number | null;
  reprintReason: string | null;
  requestedAt: string;
  tries: number;
  lastOutcome: 'sending' | 'printed' | 'unconfirmed' | 'failed' | null;
  lastError: string | null;
  lastRetryable: number | null;
  lastMayHavePrinted: number | null;
  printedAt: string | null;
}

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
  return db.prepare(`${JOB_SELECT} WHERE j.id = ?`).get(jobId) as PrintJobRow | undefined;
}

export function getJobByUid(db: Sqlite, uid: string): PrintJobRow | undefined {
  return db.prepare(`${JOB_SELECT} WHERE j.uid = ?`).get(uid) as PrintJobRow | undefined;
}

export function jobsOfSscc(db: Sqlite, ssccId: number): PrintJobRow[] {
  return db.prepare(`${JOB_SELECT} WHERE j.sscc_id = ? ORDER BY j.id`).all(ssccId) as PrintJobRow[];
}

/** Jobs with no outcome yet that may be sent, oldest first. */
export function pendingJobs(db: Sqlite, inFlight: ReadonlySet<number>): PrintJobRow[] {
  const rows = db.prepare(`${JOB_SELECT} WHERE NOT EXISTS (SELECT 1 FROM print_attempts a WHERE a.job_id = j.id AND a.outcome = 'printed') ORDER BY j.id`).all() as PrintJobRow[];
  return rows.filter((row) => jobState(row, inFlight) === 'queued');
}

export function recentJobs(db: Sqlite, limit: number): PrintJobRow[] {
  return db.prepare(`${JOB_SELECT} ORDER BY j.id DESC LIMIT ?`).all(limit) as PrintJobRow[];
}
