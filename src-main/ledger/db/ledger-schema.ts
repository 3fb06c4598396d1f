import { sql } from 'drizzle-orm';

import { check, index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/**
 * The ledger schema. Conventions:
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

export const items = sqliteTable(
  'items',
  {
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
  },
  (t) => [index('items_gtin').on(t.gtin)],
);

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

export const locations = sqliteTable('locations', {
  id: integer('id').primaryKey(),
  code: text('code').notNull().unique(),
  description: text('description').notNull(),
  drawbackSegregated: integer('drawback_segregated').notNull(),
  auditSeq: auditSeq(),
});

export const lots = sqliteTable(
  'lots',
  {
    id: integer('id').primaryKey(),
    uid: text('uid').notNull().unique(),
    itemId: integer('item_id')
      .notNull()
      .references(() => items.id),
    lotCode: text('lot_code').notNull(),
    /** the entry line whose duty this lot carries: the import provenance of every unit in it */
    entryLineId: integer('entry_line_id')
      .notNull()
      .references(() => entryLines.id),
    createdAt: text('created_at').notNull(),
    auditSeq: auditSeq(),
  },
  (t) => [uniqueIndex('lots_item_lot').on(t.itemId, t.lotCode), index('lots_entry_line').on(t.entryLineId)],
);

export const movements = sqliteTable(
  'movements',
  {
    id: integer('id').primaryKey(),
    uid: text('uid').notNull().unique(),
    kind: text('kind', { enum: ['receipt', 'move', 'preserve', 'release', 'pick', 'ship', 'adjustment', 'reversal'] }).notNull(),
    lotId: integer('lot_id')
      .notNull()
      .references(() => lots.id),
    quantity: integer('quantity').notNull(),
    fromLocationId: integer('from_location_id').references(() => locations.id),
    fromBucket: text('from_bucket', { enum: ['available', 'preserved', 'picked'] }),
    toLocationId: integer('to_location_id').references(() => locations.id),
    toBucket: text('to_bucket', { enum: ['available', 'preserved', 'picked'] }),
    correctsMovementId: integer('corrects_movement_id'),
    /** source reference (scan id, file row key); unique when given so a repeat is never received twice */
    reference: text('reference'),
    occurredAt: text('occurred_at').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    approverId: integer('approver_id').references(() => users.id),
    reason: text('reason'),
    auditSeq: auditSeq(),
  },
  (t) => [
    index('movements_lot').on(t.lotId),
    uniqueIndex('movements_reference')
      .on(t.reference)
      .where(sql`reference IS NOT NULL`),
    index('movements_corrects')
      .on(t.correctsMovementId)
      .where(sql`corrects_movement_id IS NOT NULL`),
  ],
);

export const reviewExceptions = sqliteTable('review_exceptions', {
  id: integer('id').primaryKey(),
  uid: text('uid').notNull().unique(),
  kind: text('kind', { enum: ['hts-mismatch', 'over-entry-quantity'] }).notNull(),
  message: text('message').notNull(),
  entryLineId: integer('entry_line_id')
    .notNull()
    .references(() => entryLines.id),
  itemId: integer('item_id')
    .notNull()
    .references(() => items.id),
  movementId: integer('movement_id').references(() => movements.id),
  createdAt: text('created_at').notNull(),
  auditSeq: auditSeq(),
});

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

/**
 * Export shipments, as confirmed by the warehouse or the ERP: what left the country, when, where to,
 * under which export declaration (EEI/ITN), and the documents that prove it (19 CFR 190.72).
 */
export const exportShipments = sqliteTable('export_shipments', {
  id: integer('id').primaryKey(),
  uid: text('uid').notNull().unique(),
  reference: text('reference').notNull().unique(),
  exportDate: text('export_date').notNull(),
  destinationCountry: text('destination_country').notNull(),
  exporter: text('exporter').notNull(),
  declarationReference: text('declaration_reference'),
  carrier: text('carrier'),
  createdAt: text('created_at').notNull(),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id),
  auditSeq: auditSeq(),
});

export const exportLines = sqliteTable(
  'export_lines',
  {
    id: integer('id').primaryKey(),
    uid: text('uid').notNull().unique(),
    shipmentId: integer('shipment_id')
      .notNull()
      .references(() => exportShipments.id),
    lineNumber: integer('line_number').notNull(),
    itemId: integer('item_id')
      .notNull()
      .references(() => items.id),
    /** as declared on the export: the item's HTS unless the declaration says otherwise */
    hts10: text('hts10').notNull(),
    scheduleB: text('schedule_b'),
    /** in the item's base unit */
    quantity: integer('quantity').notNull(),
    /** the lot picked for this line, when the pick pegged one (direct identification) */
    lotCode: text('lot_code'),
    /** the import entry the export documents name, when they do */
    entryNumber: text('entry_number'),
    /** duty per unit the exported article would pay if imported (the "lesser of" rule, substitution only) */
    dutyIfImported4dp: integer('duty_if_imported_4dp'),
    /**
     * taxes and fees per unit (excise tax, MPF, HMF) the exported article would pay if imported: the
     * "lesser of" compares duties, taxes and fees together (19 CFR 190.51(b)); without it no tax or fee
     * is claimed on a substitution line. Nullable: older lines keep their audit hashes.
     */
    taxesFeesIfImported4dp: integer('taxes_fees_if_imported_4dp'),
    auditSeq: auditSeq(),
  },
  (t) => [uniqueIndex('export_lines_shipment_line').on(t.shipmentId, t.lineNumber), index('export_lines_item').on(t.itemId)],
);

export const exportDocuments = sqliteTable(
  'export_documents',
  {
    id: integer('id').primaryKey(),
    uid: text('uid').notNull().unique(),
    shipmentId: integer('shipment_id')
      .notNull()
      .references(() => exportShipments.id),
    kind: text('kind').notNull(),
    reference: text('reference').notNull(),
    documentDate: text('document_date'),
    addedAt: text('added_at').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    auditSeq: auditSeq(),
  },
  (t) => [index('export_documents_shipment').on(t.shipmentId)],
);

/** One matching run that wrote allocations (a cancelled or failed run writes nothing). */
export const matchingRuns = sqliteTable('matching_runs', {
  id: integer('id').primaryKey(),
  uid: text('uid').notNull().unique(),
  trigger: text('trigger').notNull(),
  policyJson: text('policy_json').notNull(),
  startedAt: text('started_at').notNull(),
  finishedAt: text('finished_at').notNull(),
  linesConsidered: integer('lines_considered').notNull(),
  linesMatched: integer('lines_matched').notNull(),
  linesPartial: integer('lines_partial').notNull(),
  linesUnmatched: integer('lines_unmatched').notNull(),
  unitsAllocated: integer('units_allocated').notNull(),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id),
  auditSeq: auditSeq(),
});

/**
 * Which imported lot an export line draws on. Append-only: a release is a new row (kind 'release')
 * naming the allocation it releases; the allocation in force is one with no release.
 */
export const allocations = sqliteTable(
  'allocations',
  {
    id: integer('id').primaryKey(),
    uid: text('uid').notNull().unique(),
    kind: text('kind', { enum: ['allocate', 'release'] }).notNull(),
    exportLineId: integer('export_line_id')
      .notNull()
      .references(() => exportLines.id),
    lotId: integer('lot_id')
      .notNull()
      .references(() => lots.id),
    quantity: integer('quantity').notNull(),
    basis: text('basis', { enum: ['lot', 'entry', 'sku', 'substitution', 'manual'] }).notNull(),
    releasesAllocationId: integer('releases_allocation_id'),
    runId: integer('run_id').references(() => matchingRuns.id),
    createdAt: text('created_at').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    approverId: integer('approver_id').references(() => users.id),
    reason: text('reason'),
    auditSeq: auditSeq(),
  },
  (t) => [
    index('allocations_export_line').on(t.exportLineId),
    index('allocations_lot').on(t.lotId),
    uniqueIndex('allocations_releases')
      .on(t.releasesAllocationId)
      .where(sql`releases_allocation_id IS NOT NULL`),
  ],
);

export const claims = sqliteTable('claims', {
  id: integer('id').primaryKey(),
  uid: text('uid').notNull().unique(),
  number: text('number').notNull().unique(),
  provision: text('provision').notNull(),
  accountingMethod: text('accounting_method').notNull(),
  claimant: text('claimant').notNull(),
  periodStart: text('period_start').notNull(),
  periodEnd: text('period_end').notNull(),
  /** the date the claim is meant to be filed: the 5-year limits are measured to it */
  claimDate: text('claim_date').notNull(),
  includeMpf: integer('include_mpf').notNull(),
  createdAt: text('created_at').notNull(),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id),
  auditSeq: auditSeq(),
});

/** One claim line: export units linked to the import units (lot, entry line) they are claimed against. */
export const claimLines = sqliteTable(
  'claim_lines',
  {
    id: integer('id').primaryKey(),
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id),
    lineNo: integer('line_no').notNull(),
    allocationId: integer('allocation_id')
      .notNull()
      .references(() => allocations.id),
    exportLineId: integer('export_line_id')
      .notNull()
      .references(() => exportLines.id),
    lotId: integer('lot_id')
      .notNull()
      .references(() => lots.id),
    entryLineId: integer('entry_line_id')
      .notNull()
      .references(() => entryLines.id),
    quantity: integer('quantity').notNull(),
    /** the import duty attributable to these units: line duty x quantity / line quantity */
    duty4dp: integer('duty_4dp').notNull(),
    /** the refund of regular duty */
    refund4dp: integer('refund_4dp').notNull(),
    mpfRefund4dp: integer('mpf_refund_4dp').notNull(),
    /** the refunds of excise tax and HMF; NULL on lines drafted before they were claimed (read as 0) */
    taxRefund4dp: integer('tax_refund_4dp'),
    hmfRefund4dp: integer('hmf_refund_4dp'),
    auditSeq: auditSeq(),
  },
  (t) => [
    uniqueIndex('claim_lines_claim_line').on(t.claimId, t.lineNo),
    index('claim_lines_entry_line').on(t.entryLineId),
    index('claim_lines_export_line').on(t.exportLineId),
    index('claim_lines_allocation').on(t.allocationId),
  ],
);

/** A claim line taken out of its claim (over-claim, broken window): the line stays, its units do not count. */
export const claimLineExclusions = sqliteTable('claim_line_exclusions', {
  id: integer('id').primaryKey(),
  claimLineId: integer('claim_line_id')
    .notNull()
    .unique()
    .references(() => claimLines.id),
  reason: text('reason').notNull(),
  at: text('at').notNull(),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id),
  auditSeq: auditSeq(),
});

/** The claim's state history; the state is the last event's `to_state`. */
export const claimEvents = sqliteTable(
  'claim_events',
  {
    id: integer('id').primaryKey(),
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    at: text('at').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    approverId: integer('approver_id').references(() => users.id),
    reason: text('reason'),
    /** CBP's claim number when filed; the liquidation notice when liquidated */
    reference: text('reference'),
    amount4dp: integer('amount_4dp'),
    auditSeq: auditSeq(),
  },
  (t) => [index('claim_events_claim').on(t.claimId)],
);

/** A problem a claim cannot be approved with, in the exception queue with a checklist and an owner. */
export const claimExceptions = sqliteTable(
  'claim_exceptions',
  {
    id: integer('id').primaryKey(),
    uid: text('uid').notNull().unique(),
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id),
    kind: text('kind').notNull(),
    /** what the problem is about, so validating again does not raise it twice: e.g. "shipment:12" */
    subjectKey: text('subject_key').notNull(),
    claimLineNo: integer('claim_line_no'),
    message: text('message').notNull(),
    checklistJson: text('checklist_json').notNull(),
    ownerId: integer('owner_id')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
    auditSeq: auditSeq(),
  },
  (t) => [index('claim_exceptions_claim').on(t.claimId)],
);

/** What was done on an exception: checklist ticks, reassignment, resolution. Replayed for its state. */
export const exceptionActions = sqliteTable(
  'exception_actions',
  {
    id: integer('id').primaryKey(),
    exceptionId: integer('exception_id')
      .notNull()
      .references(() => claimExceptions.id),
    action: text('action', { enum: ['tick', 'untick', 'assign', 'resolve', 'reopen'] }).notNull(),
    itemIndex: integer('item_index'),
    ownerId: integer('owner_id').references(() => users.id),
    note: text('note'),
    at: text('at').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    auditSeq: auditSeq(),
  },
  (t) => [index('exception_actions_exception').on(t.exceptionId)],
);

/**
 * Wrong passwords given for a user who exists (at sign-in or as an override's approver), and the
 * 'cleared' mark a right one leaves after them: the sign-in throttle counts the failures since the
 * last mark, so restarting the desk or running the CLI again does not reset a lockout. Unknown user
 * names are never written here (an attacker would grow the ledger at will); they are throttled in memory.
 */
export const signInFailures = sqliteTable(
  'sign_in_failures',
  {
    id: integer('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    outcome: text('outcome', { enum: ['failed', 'cleared'] }).notNull(),
    /** which front door the password came through, e.g. "browser 127.0.0.1", "cli" */
    door: text('door').notNull(),
    at: text('at').notNull(),
    auditSeq: auditSeq(),
  },
  (t) => [index('sign_in_failures_user').on(t.userId)],
);
