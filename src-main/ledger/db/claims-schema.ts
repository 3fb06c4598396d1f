import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { auditSeq } from './audit-schema';
import { entryLines } from './entries-schema';
import { exportLines } from './exports-schema';
import { lots } from './inventory-schema';
import { allocations } from './matching-schema';
import { recordedBy, users } from './users-schema';

/** Drawback claims: their lines, exclusions, state history, exceptions and exception actions (conventions: schema.ts). */

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
  userId: recordedBy(),
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
  userId: recordedBy(),
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
    userId: recordedBy(),
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
    userId: recordedBy(),
    auditSeq: auditSeq(),
  },
  (t) => [index('exception_actions_exception').on(t.exceptionId)],
);
