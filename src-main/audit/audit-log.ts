import { createHash } from 'node:crypto';
import type { Sqlite } from '../db/open-ledger';
import type { Clock, IdGenerator } from '../clock';
import { combineDigests, digestRowsAfter, tableHeads } from './row-digest';

export interface AuditEntry {
  action: string;
  subject: string;
  actor: string;
  approver?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
}

export interface AuditRecordRow {
  seq: number;
  uid: string;
  at: string;
  actor: string;
  approver: string | null;
  action: string;
  subject: string;
  before_json: string | null;
  after_json: string | null;
  reason: string | null;
  rows_digest: string;
  prev_hash: string;
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

/** The hash that chains a record to the one before it; covers every field but the hash itself. */
export function recordHash(r: Omit<AuditRecordRow, 'hash'>): string {
  const fields = [r.seq, r.uid, r.at, r.actor, r.approver, r.action, r.subject, r.before_json, r.after_json, r.reason, r.rows_digest];
  return createHash('sha256').update(r.prev_hash).update('\n').update(JSON.stringify(fields)).digest('hex');
}

/**
 * Runs `write(seq)` and appends its audit record in ONE transaction: the ledger rows it writes carry
 * `seq`, and the record stores the digest of exactly those rows plus the previous record's hash.
 * Synchronous on purpose: better-sqlite3 transactions must not await.
 */
export function withAudit<T>(db: Sqlite, deps: { clock: Clock; ids: IdGenerator }, entry: AuditEntry | ((result: T) => AuditEntry), write: (seq: number) => T): T {
  return db.transaction(() => {
    const head = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
    const seq = (head?.seq ?? 0) + 1;
    // The newest rows of every table must belong to records already written. Rows claiming the
    // record about to be written were put there outside the app: adopting them into this record's
    // digest would make `audit verify` pass. Refuse to write instead.
    const heads = tableHeads(db);
    const planted = [...heads].filter(([, h]) => h.seq >= seq).map(([table]) => table);
    if (planted.length > 0) {
      throw new Error(
        `the ledger holds rows (${planted.join(', ')}) claiming audit record ${seq} or later, which was never written: the file was edited outside the app; run "drawback-desk audit verify" and restore the ledger from a backup`,
      );
    }
    const result = write(seq);
    const e = typeof entry === 'function' ? entry(result) : entry;
    const { digest } = combineDigests(digestRowsAfter(db, heads, seq));
    const row: Omit<AuditRecordRow, 'hash'> = {
      seq,
      uid: deps.ids.next(),
      at: deps.clock.now().toISOString(),
      actor: e.actor,
      approver: e.approver ?? null,
      action: e.action,
      subject: e.subject,
      before_json: e.before === undefined ? null : JSON.stringify(e.before),
      after_json: e.after === undefined ? null : JSON.stringify(e.after),
      reason: e.reason ?? null,
      rows_digest: digest,
      prev_hash: head?.hash ?? GENESIS_HASH,
    };
    db.prepare(
      `INSERT INTO audit_log (seq, uid, at, actor, approver, action, subject, before_json, after_json, reason, rows_digest, prev_hash, hash)
       VALUES (@seq, @uid, @at, @actor, @approver, @action, @subject, @before_json, @after_json, @reason, @rows_digest, @prev_hash, @hash)`,
    ).run({ ...row, hash: recordHash(row) });
    return result;
  }).immediate();
}
