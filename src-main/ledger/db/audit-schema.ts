import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The audit trail's own tables: the hash-chained log every ledger write goes through, and the ledger's identity; `auditSeq` is the column every other ledger table carries (conventions: schema.ts). */

export const auditSeq = () => integer('audit_seq').notNull();

export const auditLog = sqliteTable('audit_log', {
  seq: integer('seq').primaryKey(),
  uid: text('uid').notNull(),
  at: text('at').notNull(),
  actor: text('actor').notNull(),
  approver: text('approver'),
  action: text('action').notNull(),
  subject: text('subject').notNull(),
  beforeJson: text('before_json'),
  afterJson: text('after_json'),
  reason: text('reason'),
  rowsDigest: text('rows_digest').notNull(),
  prevHash: text('prev_hash').notNull(),
  hash: text('hash').notNull(),
});

/**
 * The ledger's identity, one row written when the ledger is created (or its trail first keyed) and
 * never changed: its uid names the audit key kept outside the file and every anchor of its chain;
 * records from `keyed_from_seq` on carry a keyed MAC (earlier ones, in a ledger made before keyed
 * trails, an unkeyed hash); `key_seal` is a MAC of both under the key, so a wrong key is told apart
 * from an edited trail and neither field can be changed without the key. Not under `audit_seq`:
 * it exists before the first record and vouches for itself.
 */
export const ledgerMeta = sqliteTable(
  'ledger_meta',
  {
    id: integer('id').primaryKey(),
    uid: text('uid').notNull(),
    createdAt: text('created_at').notNull(),
    keyedFromSeq: integer('keyed_from_seq').notNull(),
    keySeal: text('key_seal').notNull(),
  },
  (t) => [check('ledger_meta_one_row', sql`${t.id} = 1`)],
);
