import type { Sqlite } from '../../ledger/db/open-ledger';

/** References per query: far below SQLite's limit on bound parameters (32766). */
const CHUNK = 500;
const sql = `SELECT reference, id FROM movements WHERE reference IN (${Array.from({ length: CHUNK }, () => '?').join(',')})`;

/**
 * The ledger's movements that already carry any of a batch's references, by reference: one indexed
 * query per 500 rows instead of one per row (better-sqlite3's per-call cost was most of it). Asked
 * per batch, before its rows are written; that is exact because a reference seen for the first time
 * in the file cannot have been written by an earlier row of it (repeats are caught by the reader).
 * For the same reason a ledger that held no reference before the import needs no look-up at all.
 */
export function ledgerReferences(db: Sqlite): (references: readonly string[]) => Map<string, number> {
  const none = new Map<string, number>();
  const any = db.prepare('SELECT 1 FROM movements WHERE reference IS NOT NULL LIMIT 1').get() !== undefined;
  if (!any) return () => none;
  const statement = db.prepare(sql).raw(true);
  const params: (string | null)[] = new Array<string | null>(CHUNK);
  return (references) => {
    const found = new Map<string, number>();
    for (let start = 0; start < references.length; start += CHUNK) {
      // The last chunk is padded with NULL, which `IN` never matches.
      for (let i = 0; i < CHUNK; i++) params[i] = references[start + i] ?? null;
      for (const [reference, id] of statement.all(params) as [string, number][]) found.set(reference, id);
    }
    return found;
  };
}
