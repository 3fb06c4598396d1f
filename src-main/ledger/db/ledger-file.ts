import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { AppError } from '../../../src-shared/errors';
import { userTableNames } from '../repos/sqlite-catalog-repo';
import type { Sqlite } from './open-ledger';

/**
 * Telling a Drawback Desk ledger from any other file before it is used as one (DESIGN §4). SQLite
 * happily "opens" an empty file (and the first write turns it into a database), and migrations
 * happily add our tables to someone else's database; so an existing file is opened only when it is
 * an SQLite database marked with our application id, and a ledger is created only where no file is.
 */

/** PRAGMA application_id of every ledger: "DDsk". Set when a ledger is created (or its trail keyed). */
export const LEDGER_APPLICATION_ID = 0x4444736b;

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const WHAT_TO_DO =
  'a ledger is never made from an existing file: check the path, or move the file aside and create a new ledger with "drawback-desk init --db FILE"';

/** Refuses, before SQLite touches it, a file that is empty or not an SQLite database. Returns whether the file exists. */
export function checkLedgerFileBeforeOpening(path: string): boolean {
  if (!existsSync(path)) return false;
  const st = statSync(path);
  if (!st.isFile()) throw new AppError('VALIDATION', `${path} is not a file (it is a folder or a device), so it is not a Drawback Desk ledger: ${WHAT_TO_DO}`);
  if (st.size === 0) {
    throw new AppError(
      'VALIDATION',
      `${path} is empty (0 bytes), not a Drawback Desk ledger: a ledger emptied by a failed copy or a full disk looks like this; restore it from a backup, or ${WHAT_TO_DO}`,
    );
  }
  const head = Buffer.alloc(SQLITE_MAGIC.length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (!head.equals(SQLITE_MAGIC)) {
    const text = head.toString('latin1').replace(/[^\x20-\x7e]/g, '.');
    throw new AppError('VALIDATION', `${path} is not an SQLite database (it starts with "${text}"), so it is not a Drawback Desk ledger: ${WHAT_TO_DO}`);
  }
  return true;
}

/** A ledger of this release, one made before keyed audit trails (no application id yet), or refused. */
export type LedgerKind = 'ledger' | 'unkeyed-ledger';

export function ledgerKindOf(sqlite: Sqlite, path: string): LedgerKind {
  const id = sqlite.pragma('application_id', { simple: true }) as number;
  if (id === LEDGER_APPLICATION_ID) return 'ledger';
  const tables = userTableNames(sqlite);
  // Releases before keyed trails set no application id; their files hold drizzle's bookkeeping and the audit log.
  if (id === 0 && tables.includes('__drizzle_migrations') && tables.includes('audit_log')) {
    if (!tables.includes('ledger_meta')) return 'unkeyed-ledger';
    throw new AppError(
      'VALIDATION',
      `${path} holds a Drawback Desk ledger whose application id was cleared: the file was edited outside the app; run "drawback-desk audit verify" on a backup and restore the ledger from it`,
    );
  }
  const holds = tables.length === 0 ? 'no tables' : `tables ${tables.slice(0, 6).join(', ')}${tables.length > 6 ? ', ...' : ''}`;
  const marked = id === 0 ? '' : ` (application id ${id}, another program's)`;
  throw new AppError(
    'VALIDATION',
    `${path} is an SQLite database but not a Drawback Desk ledger${marked}: it holds ${holds}. ${WHAT_TO_DO[0]!.toUpperCase()}${WHAT_TO_DO.slice(1)}`,
  );
}
