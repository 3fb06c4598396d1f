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
  // Appended, never inserted above: a record's digest walks this list in order, so old records keep their hashes.
  'export_shipments',
  'export_lines',
  'export_documents',
  'matching_runs',
  'allocations',
  'claims',
  'claim_lines',
  'claim_line_exclusions',
  'claim_events',
  'claim_exceptions',
  'exception_actions',
  'setting_changes',
  'sscc_allocations',
  'print_jobs',
  'print_attempts',
  'rfid_tags',
  'destination_rules',
  'hts_facts',
  'sign_in_failures',
] as const;
export type AuditedTable = (typeof AUDITED_TABLES)[number];
