import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { auditSeq } from './audit-schema';
import { recordedBy } from './users-schema';

/**
 * Post-entry tracking in the ledger (issue 12; conventions: schema.ts). Every table is
 * append-only: a re-filed entry summary, a revised pre-entry or a statement that turned final is a new
 * version row, never an edit. Entries are keyed by their CBP entry number as printed (XXX-NNNNNNN-C);
 * the entries imported for receiving (import_entries) are the same entries and are found by that
 * number when they exist, so post-entry data may arrive before or after them.
 * Quantities in HTS units are `*_4dp` too (1/10,000 of the unit): a 7501 quantity may be 12.5 KG.
 */

/** What we sent the broker per shipment: one version per change (a re-sent pre-entry is a new version). */
export const preEntries = sqliteTable(
  'pre_entries',
  {
    id: integer('id').primaryKey(),
    uid: text('uid').notNull().unique(),
    entryNumber: text('entry_number').notNull(),
    version: integer('version').notNull(),
    shipment: text('shipment').notNull(),
    broker: text('broker').notNull(),
    importer: text('importer').notNull(),
    entryType: text('entry_type').notNull(),
    portCode: text('port_code').notNull(),
    billOfLading: text('bill_of_lading'),
    /** the day the pre-entry was sent to the broker, when the file says */
    sentOn: text('sent_on'),
    /** sha256 of the version's content: a re-import that changes nothing writes nothing */
    contentHash: text('content_hash').notNull(),
    createdAt: text('created_at').notNull(),
    userId: recordedBy(),
    auditSeq: auditSeq(),
  },
  (t) => [uniqueIndex('pre_entries_entry_version').on(t.entryNumber, t.version)],
);

/** A pre-entry line, tied to the purchase-order line it was bought under. */
export const preEntryLines = sqliteTable(
  'pre_entry_lines',
  {
    id: integer('id').primaryKey(),
    preEntryId: integer('pre_entry_id')
      .notNull()
      .references(() => preEntries.id),
    lineNumber: integer('line_number').notNull(),
    poNumber: text('po_number').notNull(),
    poLine: integer('po_line').notNull(),
    /** one or more 10-digit HTS numbers, space separated (a Chapter 99 number and the base number) */
    hts: text('hts').notNull(),
    origin: text('origin').notNull(),
    quantity4dp: integer('quantity_4dp').notNull(),
    unit: text('unit').notNull(),
    value4dp: integer('value_4dp').notNull(),
    dutyRate: text('duty_rate').notNull(),
    duty4dp: integer('duty_4dp').notNull(),
    mpf4dp: integer('mpf_4dp').notNull(),
    hmf4dp: integer('hmf_4dp').notNull(),
    auditSeq: auditSeq(),
  },
  (t) => [uniqueIndex('pre_entry_lines_line').on(t.preEntryId, t.lineNumber), index('pre_entry_lines_po').on(t.poNumber, t.poLine)],
);

/**
 * CBP Form 7501 data as the broker filed it (origin 'broker', each re-filing a new version), or as the
 * desk corrected it before a correction is filed (origin 'desk', with the reason and who).
 */
export const entrySummaries = sqliteTable(
  'entry_summaries',
  {
    id: integer('id').primaryKey(),
    uid: text('uid').notNull().unique(),
    entryNumber: text('entry_number').notNull(),
    filerCode: text('filer_code').notNull(),
    version: integer('version').notNull(),
    origin: text('origin', { enum: ['broker', 'desk'] }).notNull(),
    entryType: text('entry_type').notNull(),
    summaryDate: text('summary_date').notNull(),
    entryDate: text('entry_date').notNull(),
    importDate: text('import_date').notNull(),
    releaseDate: text('release_date'),
    portCode: text('port_code').notNull(),
    broker: text('broker').notNull(),
    importer: text('importer').notNull(),
    billOfLading: text('bill_of_lading'),
    /** how duties are paid: on a daily statement or a periodic monthly statement (19 CFR 24.25; PMS test) */
    payment: text('payment', { enum: ['daily', 'monthly'] }).notNull(),
    reconciliationFlag: integer('reconciliation_flag').notNull(),
    scheduledLiquidation: text('scheduled_liquidation'),
    contentHash: text('content_hash').notNull(),
    reason: text('reason'),
    createdAt: text('created_at').notNull(),
    userId: recordedBy(),
    auditSeq: auditSeq(),
  },
  (t) => [uniqueIndex('entry_summaries_entry_version').on(t.entryNumber, t.version)],
);

export const entrySummaryLines = sqliteTable(
  'entry_summary_lines',
  {
    id: integer('id').primaryKey(),
    summaryId: integer('summary_id')
      .notNull()
      .references(() => entrySummaries.id),
    lineNumber: integer('line_number').notNull(),
    description: text('description'),
    hts: text('hts').notNull(),
    origin: text('origin').notNull(),
    quantity4dp: integer('quantity_4dp').notNull(),
    unit: text('unit').notNull(),
    value4dp: integer('value_4dp').notNull(),
    dutyRate: text('duty_rate').notNull(),
    duty4dp: integer('duty_4dp').notNull(),
    mpf4dp: integer('mpf_4dp').notNull(),
    hmf4dp: integer('hmf_4dp').notNull(),
    ad4dp: integer('ad_4dp').notNull(),
    cvd4dp: integer('cvd_4dp').notNull(),
    adcvdCase: text('adcvd_case'),
    auditSeq: auditSeq(),
  },
  (t) => [uniqueIndex('entry_summary_lines_line').on(t.summaryId, t.lineNumber)],
);

/**
 * One customs status message (an X12 350 X4 segment or a row of a broker's status list), kept as sent.
 * A code the disposition list lacks is kept with `unknown_code` set, never dropped. `message_key`
 * (a hash of entry, bill, code, time, quantity and port) makes the same message arriving twice one row.
 */
export const statusMessages = sqliteTable(
  'status_messages',
  {
    id: integer('id').primaryKey(),
    messageKey: text('message_key').notNull(),
    entryNumber: text('entry_number'),
    billOfLading: text('bill_of_lading'),
    dispositionCode: text('disposition_code').notNull(),
    /** the code's category from the disposition list when imported; null for an unknown code */
    category: text('category'),
    unknownCode: integer('unknown_code').notNull(),
    postedAt: text('posted_at'),
    quantity: text('quantity'),
    port: text('port'),
    source: text('source', { enum: ['x12-350', 'csv'] }).notNull(),
    /** where in its file: "segment 12 (line 12)" or "line 5" */
    sourceRef: text('source_ref').notNull(),
    raw: text('raw').notNull(),
    auditSeq: auditSeq(),
  },
  (t) => [
    uniqueIndex('status_messages_key').on(t.messageKey),
    index('status_messages_entry').on(t.entryNumber),
    // Only messages that name no entry are found by their bill; releases start the statement clock.
    index('status_messages_bill')
      .on(t.billOfLading)
      .where(sql`entry_number IS NULL`),
    index('status_messages_release')
      .on(t.entryNumber, t.postedAt)
      .where(sql`category = 'release'`),
  ],
);

/** A daily or periodic monthly statement; preliminary, final and paid states are successive versions. */
export const dutyStatements = sqliteTable(
  'duty_statements',
  {
    id: integer('id').primaryKey(),
    uid: text('uid').notNull().unique(),
    statementNumber: text('statement_number').notNull(),
    version: integer('version').notNull(),
    kind: text('kind', { enum: ['daily', 'monthly'] }).notNull(),
    statementDate: text('statement_date').notNull(),
    dueDate: text('due_date').notNull(),
    paidDate: text('paid_date'),
    paid4dp: integer('paid_4dp'),
    contentHash: text('content_hash').notNull(),
    createdAt: text('created_at').notNull(),
    userId: recordedBy(),
    auditSeq: auditSeq(),
  },
  (t) => [uniqueIndex('duty_statements_number_version').on(t.statementNumber, t.version)],
);

/** An entry on a statement: the preliminary amount, and the final amount once the statement is final. */
export const statementEntries = sqliteTable(
  'statement_entries',
  {
    id: integer('id').primaryKey(),
    statementId: integer('statement_id')
      .notNull()
      .references(() => dutyStatements.id),
    entryNumber: text('entry_number').notNull(),
    preliminary4dp: integer('preliminary_4dp').notNull(),
    final4dp: integer('final_4dp'),
    auditSeq: auditSeq(),
  },
  (t) => [uniqueIndex('statement_entries_entry').on(t.statementId, t.entryNumber), index('statement_entries_entry_number').on(t.entryNumber)],
);

/**
 * Liquidation notices (19 CFR 159.9), extensions (159.12) and suspensions (19 U.S.C. 1504(c)) as
 * posted. A liquidation says whether duties went up, down or stayed, and by how much.
 */
export const liquidationNotices = sqliteTable(
  'liquidation_notices',
  {
    id: integer('id').primaryKey(),
    uid: text('uid').notNull().unique(),
    entryNumber: text('entry_number').notNull(),
    kind: text('kind', { enum: ['liquidation', 'extension', 'suspension'] }).notNull(),
    /** the posting date: the date of liquidation, of the extension or of the suspension */
    noticeDate: text('notice_date').notNull(),
    change: text('change', { enum: ['no-change', 'increase', 'decrease'] }),
    /** the increase or decrease CBP assessed (0 for no change) */
    amount4dp: integer('amount_4dp'),
    /** total duties, taxes and fees as liquidated, when the notice gives it */
    liquidatedTotal4dp: integer('liquidated_total_4dp'),
    extendedTo: text('extended_to'),
    reason: text('reason'),
    contentHash: text('content_hash').notNull(),
    createdAt: text('created_at').notNull(),
    userId: recordedBy(),
    auditSeq: auditSeq(),
  },
  (t) => [uniqueIndex('liquidation_notices_content').on(t.entryNumber, t.contentHash)],
);

/** A bill paid or a refund received for a liquidation that differed from what was paid. */
export const followUpSettlements = sqliteTable('follow_up_settlements', {
  id: integer('id').primaryKey(),
  liquidationId: integer('liquidation_id')
    .notNull()
    .unique()
    .references(() => liquidationNotices.id),
  settledOn: text('settled_on').notNull(),
  reference: text('reference').notNull(),
  note: text('note'),
  at: text('at').notNull(),
  userId: recordedBy(),
  auditSeq: auditSeq(),
});

/** Post-entry settings (tolerances, critical-code rules, alert days): a key's newest row wins. */
export const postEntrySettings = sqliteTable(
  'post_entry_settings',
  {
    id: integer('id').primaryKey(),
    key: text('key').notNull(),
    valueJson: text('value_json').notNull(),
    at: text('at').notNull(),
    userId: recordedBy(),
    auditSeq: auditSeq(),
  },
  (t) => [index('post_entry_settings_key').on(t.key)],
);
