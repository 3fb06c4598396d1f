import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { auditSeq } from './audit-schema';

/** Import entries and their lines (the duty paid, line by line) and the files they were imported from (conventions: schema.ts). */

export const importEntries = sqliteTable('import_entries', {
  id: integer('id').primaryKey(),
  uid: text('uid').notNull().unique(),
  entryNumber: text('entry_number').notNull().unique(),
  entryType: text('entry_type').notNull(),
  entryDate: text('entry_date').notNull(),
  importDate: text('import_date').notNull(),
  portCode: text('port_code').notNull(),
  importer: text('importer').notNull(),
  broker: text('broker').notNull(),
  billOfLading: text('bill_of_lading'),
  containersJson: text('containers_json').notNull(),
  purchaseOrdersJson: text('purchase_orders_json').notNull(),
  reconciliationFlag: integer('reconciliation_flag').notNull(),
  createdAt: text('created_at').notNull(),
  auditSeq: auditSeq(),
});

export const entryLines = sqliteTable(
  'entry_lines',
  {
    id: integer('id').primaryKey(),
    entryId: integer('entry_id')
      .notNull()
      .references(() => importEntries.id),
    lineNumber: integer('line_number').notNull(),
    hts10: text('hts10').notNull(),
    quantity: integer('quantity').notNull(),
    uom: text('uom').notNull(),
    enteredValue4dp: integer('entered_value_4dp').notNull(),
    /** regular (ordinary customs) duty */
    duty4dp: integer('duty_4dp').notNull(),
    mpf4dp: integer('mpf_4dp').notNull(),
    hmf4dp: integer('hmf_4dp').notNull(),
    /** fees of no type the desk knows: kept, never refunded (no provision's table allows them) */
    otherFees4dp: integer('other_fees_4dp').notNull(),
    /**
     * Duties and taxes by type, apart from the regular duty: antidumping and countervailing duties are
     * never refundable (19 U.S.C. 1677h); excise (internal revenue) taxes are where the provision allows.
     * Nullable, without a default, so lines written before the types were kept keep their audit hashes
     * (row-digest.ts leaves NULL columns out); such a line had none: read NULL as 0.
     */
    antidumping4dp: integer('antidumping_4dp'),
    countervailing4dp: integer('countervailing_4dp'),
    exciseTax4dp: integer('excise_tax_4dp'),
    auditSeq: auditSeq(),
  },
  (t) => [uniqueIndex('entry_lines_entry_line').on(t.entryId, t.lineNumber)],
);

/** Files already imported, by content hash, so the same file is never applied twice. */
export const importBatches = sqliteTable(
  'import_batches',
  {
    id: integer('id').primaryKey(),
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    rowsRead: integer('rows_read').notNull(),
    importedAt: text('imported_at').notNull(),
    auditSeq: auditSeq(),
  },
  (t) => [uniqueIndex('import_batches_kind_sha').on(t.kind, t.sha256)],
);
