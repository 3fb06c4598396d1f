import { sql } from 'drizzle-orm';

import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * The ledger schema. Conventions:
 * - Money columns end in `_4dp`: integers counting 1/10,000 of a currency unit (see src-shared/money.ts).
 * - Ledger rows are never updated or deleted (triggers in the append-only migration enforce it).
 * - `audit_seq` names the audit record that wrote the row; `audit verify` re-hashes every row
 *   against its record, so an edit made outside the app is found. It is deliberately not indexed:
 *   one record's rows are one contiguous id range per table (rows are only appended, one writer at a
 *   time), so writing and verifying walk primary keys and an index would only slow every insert.
 * - `uid` columns are ULIDs: the identifiers that leave the desk (sync, claims), never row ids.
 */

const auditSeq = () => integer('audit_seq').notNull();

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

export const users = sqliteTable('users', {
  id: integer('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  role: text('role', { enum: ['clerk', 'specialist', 'supervisor', 'admin'] }).notNull(),
  /** scrypt$N$r$p$salt$hash; empty for the built-in system actor, which cannot sign in */
  passwordHash: text('password_hash').notNull(),
  createdAt: text('created_at').notNull(),
  auditSeq: auditSeq(),
});

export const items = sqliteTable('items', {
  id: integer('id').primaryKey(),
  sku: text('sku').notNull().unique(),
  description: text('description').notNull(),
  hts10: text('hts10').notNull(),
  countryOfOrigin: text('country_of_origin').notNull(),
  uom: text('uom').notNull(),
  drawbackEligible: integer('drawback_eligible').notNull(),
  gtin: text('gtin'),
  createdAt: text('created_at').notNull(),
  auditSeq: auditSeq(),
}, (t) => [index('items_gtin').on(t.gtin)]);

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

export const entryLines = sqliteTable('entry_lines', {
  id: integer('id').primaryKey(),
  entryId: integer('entry_id').notNull().references(() => importEntries.id),
  lineNumber: integer('line_number').notNull(),
  hts10: text('hts10').notNull(),
  quantity: integer('quantity').notNull(),
  uom: text('uom').notNull(),
  enteredValue4dp: integer('entered_value_4dp').notNull(),
  duty4dp: integer('duty_4dp').notNull(),
  mpf4dp: integer('mpf_4dp').notNull(),
  hmf4dp: integer('hmf_4dp').notNull(),
  otherFees4dp: integer('other_fees_4dp').notNull(),
  auditSeq: auditSeq(),
}, (t) => [uniqueIndex('entry_lines_entry_line').on(t.entryId, t.lineNumber)]);

export const locations = sqliteTable('locations', {
  id: integer('id').primaryKey(),
  code: text('code').notNull().unique(),
  description: text('description').notNull(),
  drawbackSegregated: integer('drawback_segregated').notNull(),
  auditSeq: auditSeq(),
});

export const lots = sqliteTable('lots', {
  id: integer('id').primaryKey(),
  uid: text('uid').notNull().unique(),
  itemId: integer('item_id').notNull().references(() => items.id),
  lotCode: text('lot_code').notNull(),
  /** the entry line whose duty this lot carries: the import provenance of every unit in it */
  entryLineId: integer('entry_line_id').notNull().references(() => entryLines.id),
  createdAt: text('created_at').notNull(),
  auditSeq: auditSeq(),
}, (t) => [uniqueIndex('lots_item_lot').on(t.itemId, t.lotCode), index('lots_entry_line').on(t.entryLineId)]);

export const movements = sqliteTable('movements', {
  id: integer('id').primaryKey(),
  uid: text('uid').notNull().unique(),
  kind: text('kind', { enum: ['receipt', 'move', 'preserve', 'release', 'pick', 'ship', 'adjustment', 'reversal'] }).notNull(),
  lotId: integer('lot_id').notNull().references(() => lots.id),
  quantity: integer('quantity').notNull(),
  fromLocationId: integer('from_location_id').references(() => locations.id),
  fromBucket: text('from_bucket', { enum: ['available', 'preserved', 'picked'] }),
  toLocationId: integer('to_location_id').references(() => locations.id),
  toBucket: text('to_bucket', { enum: ['available', 'preserved', 'picked'] }),
  correctsMovementId: integer('corrects_movement_id'),
  /** source reference (scan id, file row key); unique when given so a repeat is never received twice */
  reference: text('reference'),
  occurredAt: text('occurred_at').notNull(),
  userId: integer('user_id').notNull().references(() => users.id),
  approverId: integer('approver_id').references(() => users.id),
  reason: text('reason'),
  auditSeq: auditSeq(),
}, (t) => [index('movements_lot').on(t.lotId), uniqueIndex('movements_reference').on(t.reference).where(sql`reference IS NOT NULL`), index('movements_corrects').on(t.correctsMovementId).where(sql`corrects_movement_id IS NOT NULL`)]);

export const reviewExceptions = sqliteTable('review_exceptions', {
  id: integer('id').primaryKey(),
  uid: text('uid').notNull().unique(),
  kind: text('kind', { enum: ['hts-mismatch', 'over-entry-quantity'] }).notNull(),
  message: text('message').notNull(),
  entryLineId: integer('entry_line_id').notNull().references(() => entryLines.id),
  itemId: integer('item_id').notNull().references(() => items.id),
  movementId: integer('movement_id').references(() => movements.id),
  createdAt: text('created_at').notNull(),
  auditSeq: auditSeq(),
});

/** Files already imported, by content hash, so the same file is never applied twice. */
export const importBatches = sqliteTable('import_batches', {
  id: integer('id').primaryKey(),
  kind: text('kind').notNull(),
  fileName: text('file_name').notNull(),
  sha256: text('sha256').notNull(),
  rowsRead: integer('rows_read').notNull(),
  importedAt: text('imported_at').notNull(),
  auditSeq: auditSeq(),
}, (t) => [uniqueIndex('import_batches_kind_sha').on(t.kind, t.sha256)]);

