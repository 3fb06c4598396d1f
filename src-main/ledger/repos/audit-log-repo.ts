import type { AuditRecordRow } from '../audit/record-seal';
import type { Sqlite } from '../db/open-ledger';

/**
 * The audit log's reads and its one write, for the audited write path (withAudit), anchors and
 * `audit verify`. Raw SQL: the record is sealed over exactly these columns, read and written as is.
 */

/** The newest record, whole: withAudit checks its seal and chains the next record to it. */
export function auditHead(db: Sqlite): AuditRecordRow | undefined {
  return db.prepare<[], AuditRecordRow>('SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1').get();
}

/** The newest record's number and seal: the chain's head, as an anchor carries it. */
export function auditHeadSeal(db: Sqlite): Pick<AuditRecordRow, 'seq' | 'hash'> | undefined {
  return db.prepare<[], Pick<AuditRecordRow, 'seq' | 'hash'>>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get();
}

/** Appends a sealed record. Only withAudit calls it, inside the transaction that wrote the record's rows. */
export function insertAuditRecord(db: Sqlite, record: AuditRecordRow): void {
  db.prepare<AuditRecordRow>(
    `INSERT INTO audit_log (seq, uid, at, actor, approver, action, subject, before_json, after_json, reason, rows_digest, prev_hash, hash)
       VALUES (@seq, @uid, @at, @actor, @approver, @action, @subject, @before_json, @after_json, @reason, @rows_digest, @prev_hash, @hash)`,
  ).run(record);
}

export function countAuditRecords(db: Sqlite): number {
  return db.prepare<[], { n: number }>('SELECT count(*) AS n FROM audit_log').get()!.n;
}

/** Every record in the order it was written, streamed (a large ledger holds millions). */
export function auditRecordsInOrder(db: Sqlite): IterableIterator<AuditRecordRow> {
  return db.prepare<[], AuditRecordRow>('SELECT * FROM audit_log ORDER BY rowid').iterate();
}
