import { createHash } from 'node:crypto';
import { mac } from './audit-key';

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
  /** the previous record's seal (GENESIS_HASH for record 1) */
  prev_hash: string;
  /** this record's seal: a keyed MAC (see keyedRecordMac), or the unkeyed hash in a ledger made before keyed trails */
  hash: string;
}

export const GENESIS_HASH = '0'.repeat(64);

const fieldsOf = (r: Omit<AuditRecordRow, 'hash'>) => [
  r.seq,
  r.uid,
  r.at,
  r.actor,
  r.approver,
  r.action,
  r.subject,
  r.before_json,
  r.after_json,
  r.reason,
  r.rows_digest,
];

/**
 * The seal of records written before keyed trails: SHA-256 over the previous hash and every field.
 * Anyone holding the file can recompute it, so it proves nothing alone; it is only checked for the
 * records of an upgraded ledger, whose first keyed record covers the last of them.
 */
export function unkeyedRecordHash(r: Omit<AuditRecordRow, 'hash'>): string {
  return createHash('sha256')
    .update(r.prev_hash)
    .update('\n')
    .update(JSON.stringify(fieldsOf(r)))
    .digest('hex');
}

/**
 * The seal of every record since: HMAC-SHA256 under the ledger's audit key over the previous seal,
 * the ledger's uid (a record cannot be moved to another ledger sharing the key) and every field,
 * including the digest of the rows it wrote. Without the key nobody can make one that verifies.
 */
export function keyedRecordMac(key: Buffer, ledgerUid: string, r: Omit<AuditRecordRow, 'hash'>): string {
  return mac(key, `${r.prev_hash}\n${JSON.stringify([ledgerUid, ...fieldsOf(r)])}`);
}
