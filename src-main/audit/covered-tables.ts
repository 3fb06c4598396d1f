/**
 * Every ledger table whose rows are written under an audit record. `audit verify` re-hashes each
 * table's rows against the record named in their `audit_seq`. A new ledger table goes here too.
 */
export const AUDITED_TABLES = [
  'users',
  'items',
  'import_entries',
  'entry_lines',
  'locations',
  'lots',
  'movements',
  'review_exceptions',
  'import_batches',
] as const;
export type AuditedTable = (typeof AUDITED_TABLES)[number];
