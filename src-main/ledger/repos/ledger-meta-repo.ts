import type { ledgerMeta } from '../db/audit-schema';
import type { Sqlite } from '../db/open-ledger';

/** The ledger's identity row (ledger_meta, see audit-schema.ts), as its fields are named in code. */
export type LedgerMeta = Omit<typeof ledgerMeta.$inferSelect, 'id'>;

/** The identity row; undefined when there is none, or no ledger_meta table at all (a ledger made before keyed trails). */
export function readLedgerMeta(db: Sqlite): LedgerMeta | undefined {
  if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'ledger_meta'").get()) return undefined;
  return db
    .prepare<[], LedgerMeta>('SELECT uid, created_at AS createdAt, keyed_from_seq AS keyedFromSeq, key_seal AS keySeal FROM ledger_meta WHERE id = 1')
    .get();
}

/** Writes the one identity row (id 1; the table's CHECK refuses a second). */
export function insertLedgerMeta(db: Sqlite, row: LedgerMeta): void {
  db.prepare<LedgerMeta>('INSERT INTO ledger_meta (id, uid, created_at, keyed_from_seq, key_seal) VALUES (1, @uid, @createdAt, @keyedFromSeq, @keySeal)').run(
    row,
  );
}
