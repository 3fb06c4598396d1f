import type { AuditVerification } from '../../src-shared/domain/ledger';
import type { Sqlite } from '../db/open-ledger';
import { GENESIS_HASH, recordHash, type AuditRecordRow } from './audit-log';
import { combineDigests } from './row-digest';
import { rowsByRecord } from './rows-by-record';
import { schemaDifferences } from './schema-check';

/**
 * Proves the ledger file was not edited behind the app's back: the records form an unbroken hash
 * chain from 1, each record's hash is right, and the rows each record wrote hash to its digest.
 * Stops at the first bad record and names it (seq 0: the schema itself). (An edit that removes the newest records together
 * with every row they wrote cannot be seen from inside the file; sync to head office anchors that.)
 */
export function verifyAudit(db: Sqlite, onProgress?: (done: number, total: number) => void): AuditVerification {
  const total = (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let rowsChecked = 0;
  let recordsChecked = 0;
  const fail = (seq: number, reason: string): AuditVerification => ({ ok: false, recordsChecked, rowsChecked, firstBad: { seq, reason } });

  // First the schema: a trigger or view changed outside the app would vouch for rewritten rows.
  const schema = schemaDifferences(db);
  if (schema.length > 0) return fail(0, `the ledger schema was changed outside the app, so no record can be trusted: ${schema.join('; ')}`);

  const rowGroups = rowsByRecord(db);
  for (const record of db.prepare('SELECT * FROM audit_log ORDER BY rowid').iterate() as IterableIterator<AuditRecordRow>) {
    const label = `record ${record.seq} (${record.action} ${record.subject}, ${record.at})`;
    if (record.seq !== expectedSeq) {
      return fail(record.seq, `${label}: expected record ${expectedSeq} here; records were deleted or reordered`);
    }
    if (record.prev_hash !== prevHash) return fail(record.seq, `${label}: does not chain to record ${expectedSeq - 1}`);
    const { hash, ...rest } = record;
    if (recordHash(rest) !== hash) return fail(record.seq, `${label}: the record itself was edited`);
    const rows = combineDigests(rowGroups.digests.get(record.seq) ?? new Map());
    rowGroups.digests.delete(record.seq);
    const split = rowGroups.split.get(record.seq);
    if (split) return fail(record.seq, `${label}: rows were inserted among the ledger rows it wrote (at ${split})`);
    if (rows.digest !== record.rows_digest) {
      return fail(record.seq, `${label}: the ledger rows it wrote were edited, deleted or added to (tables: ${rows.tables.join(', ') || 'none left'})`);
    }
    rowsChecked += rows.rows;
    recordsChecked++;
    prevHash = hash;
    expectedSeq++;
    if (onProgress && recordsChecked % 1000 === 0) onProgress(recordsChecked, total);
  }

  // Rows claiming a record that does not exist were added outside the app.
  const orphan = Math.min(...rowGroups.digests.keys());
  if (Number.isFinite(orphan)) {
    return fail(orphan, `${rowGroups.firstRow.get(orphan)} claims audit record ${orphan}, which does not exist: the row was added outside the app`);
  }
  return { ok: true, recordsChecked, rowsChecked };
}
