import type { Sqlite } from '../db/open-ledger';
import { auditHead, insertAuditRecord } from '../repos/audit-log-repo';
import type { Clock, IdGenerator } from '../clock';
import { auditChainOf } from './audit-chain';
import type { AuditSeq } from './audit-seq';
import { GENESIS_HASH, type AuditRecordRow } from './record-seal';
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

const EDITED = 'the file was edited outside the app; run "drawback-desk audit verify" and restore the ledger from a backup';

/**
 * Runs `write(seq)` and appends its audit record in ONE transaction: the ledger rows it writes carry
 * `seq`, and the record stores the digest of exactly those rows plus the previous record's seal, and
 * is itself sealed with the ledger's audit key. Once committed, the new head goes to the anchor log.
 * Synchronous on purpose: better-sqlite3 transactions must not await.
 */
export function withAudit<T>(
  db: Sqlite,
  deps: { clock: Clock; ids: IdGenerator },
  entry: AuditEntry | ((result: T) => AuditEntry),
  write: (seq: AuditSeq) => T,
): T {
  const chain = auditChainOf(db);
  let sealed: { seq: number; hash: string; at: string } | undefined;
  const result = db
    .transaction(() => {
      const head = auditHead(db);
      // Never extend a chain whose head this key did not seal: the new record would vouch for an edit.
      if (head && !chain.isSealed(head)) throw new Error(`the newest audit record (${head.seq}) is not sealed with this ledger's audit key: ${EDITED}`);
      // The one place an AuditSeq is made: repo writers take nothing else (audit-seq.ts).
      const seq = ((head?.seq ?? 0) + 1) as AuditSeq;
      // The newest rows of every table must belong to records already written. Rows claiming the
      // record about to be written were put there outside the app: adopting them into this record's
      // digest would make `audit verify` pass. Refuse to write instead.
      const heads = tableHeads(db);
      const planted = [...heads].filter(([, h]) => h.seq >= seq).map(([table]) => table);
      if (planted.length > 0)
        throw new Error(`the ledger holds rows (${planted.join(', ')}) claiming audit record ${seq} or later, which was never written: ${EDITED}`);
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
      sealed = { seq, hash: chain.seal(row), at: row.at };
      insertAuditRecord(db, { ...row, hash: sealed.hash });
      return result;
    })
    .immediate();
  // Inside an outer transaction nothing is committed yet: the next top-level write anchors instead.
  if (sealed && !db.inTransaction) chain.appendAnchor(sealed.seq, sealed.hash, sealed.at);
  return result;
}
