/**
 * The ledger schema, one module for drizzle (queries, drizzle-kit migrations), split by domain:
 * audit-schema.ts (the audit log, the ledger's identity, the `audit_seq` column), users-schema.ts,
 * catalog-schema.ts (items, locations), entries-schema.ts (import entries, their lines, import files),
 * inventory-schema.ts (lots, movements, review exceptions), exports-schema.ts, matching-schema.ts
 * (runs, allocations), claims-schema.ts, the device tables in device-schema.ts, the compliance
 * reference data in reference-schema.ts and post-entry tracking (entry summaries, status messages,
 * statements, liquidations) in post-entry-schema.ts. Code imports a table from its own file.
 *
 * Conventions:
 * - Money columns end in `_4dp`: integers counting 1/10,000 of a currency unit (see src-shared/money.ts),
 *   never negative and never past 2^53 - 1, so a row reads back exactly as a JS number (sums are read
 *   as bigint). A trigger refuses anything else (0007_money-and-quantity-checks); each field's own
 *   bound and sign rule is its moneyField in src-shared/schemas/money-fields.ts. Quantities are
 *   whole units of 1 or more, under the same triggers. A new money or quantity column gets both.
 * - Ledger rows are never updated or deleted (triggers in the append-only migration enforce it).
 * - `audit_seq` names the audit record that wrote the row; `audit verify` re-hashes every row
 *   against its record, so an edit made outside the app is found. It is deliberately not indexed:
 *   one record's rows are one contiguous id range per table (rows are only appended, one writer at a
 *   time), so writing and verifying walk primary keys and an index would only slow every insert.
 * - `uid` columns are ULIDs: the identifiers that leave the desk (sync, claims), never row ids.
 */
export * from './audit-schema';
export * from './users-schema';
export * from './catalog-schema';
export * from './entries-schema';
export * from './inventory-schema';
export * from './exports-schema';
export * from './matching-schema';
export * from './claims-schema';
export * from './device-schema';
export * from './reference-schema';
export * from './post-entry-schema';
