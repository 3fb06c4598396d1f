import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { auditSeq } from './audit-schema';
import { lots, movements } from './inventory-schema';
import { recordedBy } from './users-schema';

/** The desk's devices in the ledger: settings, SSCCs, print jobs and RFID tags (conventions: schema.ts). */

/** Desk settings (the GS1 company prefix, the label printer...): append-only, a key's newest row wins. */
export const settingChanges = sqliteTable(
  'setting_changes',
  {
    id: integer('id').primaryKey(),
    key: text('key').notNull(),
    value: text('value').notNull(),
    at: text('at').notNull(),
    userId: recordedBy(),
    auditSeq: auditSeq(),
  },
  (t) => [index('setting_changes_key').on(t.key)],
);

/**
 * SSCCs handed out, one per pallet. Rows are never updated or deleted and a prefix's serials only
 * grow (the next is the largest + 1), so an SSCC is never issued twice, even after a reprint.
 */
export const ssccAllocations = sqliteTable(
  'sscc_allocations',
  {
    id: integer('id').primaryKey(),
    sscc: text('sscc').notNull().unique(),
    companyPrefix: text('company_prefix').notNull(),
    extensionDigit: integer('extension_digit').notNull(),
    serial: integer('serial').notNull(),
    lotId: integer('lot_id')
      .notNull()
      .references(() => lots.id),
    /** the receipt the pallet came in with, when allocated at receiving */
    movementId: integer('movement_id').references(() => movements.id),
    allocatedAt: text('allocated_at').notNull(),
    userId: recordedBy(),
    auditSeq: auditSeq(),
  },
  (t) => [uniqueIndex('sscc_allocations_serial').on(t.companyPrefix, t.extensionDigit, t.serial), index('sscc_allocations_lot').on(t.lotId)],
);

/**
 * A label to print: the label's data as it was when queued (so a retry prints the same label), the
 * printer, and for a reprint the job it repeats and why. Attempts are separate rows.
 */
export const printJobs = sqliteTable(
  'print_jobs',
  {
    id: integer('id').primaryKey(),
    uid: text('uid').notNull().unique(),
    ssccId: integer('sscc_id')
      .notNull()
      .references(() => ssccAllocations.id),
    labelJson: text('label_json').notNull(),
    format: text('format', { enum: ['zpl', 'pdf'] }).notNull(),
    dpi: integer('dpi').notNull(),
    printer: text('printer').notNull(),
    reprintOfJobId: integer('reprint_of_job_id'),
    reprintReason: text('reprint_reason'),
    requestedAt: text('requested_at').notNull(),
    userId: recordedBy(),
    auditSeq: auditSeq(),
  },
  (t) => [index('print_jobs_sscc').on(t.ssccId)],
);

/**
 * Each try at a print job: 'sending' is written before the bytes leave, then 'printed' (the printer
 * confirmed it), 'unconfirmed' (sent, not confirmed) or 'failed'.
 * A 'sending' with no outcome (the desk stopped mid-send) may have printed, so it is never retried
 * by itself: only a reprint with a reason prints that label again.
 */
export const printAttempts = sqliteTable(
  'print_attempts',
  {
    id: integer('id').primaryKey(),
    jobId: integer('job_id')
      .notNull()
      .references(() => printJobs.id),
    outcome: text('outcome', { enum: ['sending', 'printed', 'unconfirmed', 'failed'] }).notNull(),
    error: text('error'),
    /** 1 when trying again cannot print the label twice (nothing reached the printer) */
    retryable: integer('retryable'),
    /** 1 when the failure came after bytes may have reached the printer: the label may be out */
    mayHavePrinted: integer('may_have_printed'),
    at: text('at').notNull(),
    userId: recordedBy(),
    auditSeq: auditSeq(),
  },
  (t) => [index('print_attempts_job').on(t.jobId)],
);

/** An RFID tag written for a pallet: its EPC (the SSCC-96 of the pallet's SSCC) linked to the lot. */
export const rfidTags = sqliteTable(
  'rfid_tags',
  {
    id: integer('id').primaryKey(),
    epc: text('epc').notNull().unique(),
    ssccId: integer('sscc_id')
      .notNull()
      .references(() => ssccAllocations.id),
    lotId: integer('lot_id')
      .notNull()
      .references(() => lots.id),
    reader: text('reader').notNull(),
    writtenAt: text('written_at').notNull(),
    userId: recordedBy(),
    auditSeq: auditSeq(),
  },
  (t) => [index('rfid_tags_lot').on(t.lotId)],
);
