import Database from 'better-sqlite3';
import { AppError } from '../../../src-shared/errors';

export const BUSY_MESSAGE = 'The ledger is busy with another job (such as an import) and nothing was written: try again in a moment.';

/**
 * SQLite's "database is locked" (SQLITE_BUSY, or SQLITE_LOCKED and their extended codes) after the
 * connection's busy_timeout: another connection held the write lock the whole time. Nothing of the
 * request was written (the transaction never began, or rolled back), so it is safe to try again:
 * a BUSY AppError a person can act on, never a stack trace.
 */
export function busyError(error: unknown): AppError | undefined {
  if (error instanceof Database.SqliteError && /^SQLITE_(BUSY|LOCKED)/.test(error.code)) return new AppError('BUSY', BUSY_MESSAGE);
  return undefined;
}
