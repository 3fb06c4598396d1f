import { createHash } from 'node:crypto';
import type { auditLog } from '../db/audit-schema';
import type { SqlRow } from '../repos/sql-row';
import { mac } from './audit-key';

/**
 * An audit record as the audit_log table holds it (typed from the schema, audit-schema.ts):
 * `prev_hash` is the previous record's seal (GENESIS_HASH for record 1), `hash` this record's seal:
 * a keyed MAC (see keyedRecordMac), or the unkeyed hash in a ledger made before keyed trails.
 */
export type AuditRecordRow = SqlRow<typeof auditLog>;

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
