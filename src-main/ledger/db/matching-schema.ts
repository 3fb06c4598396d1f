import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { auditSeq } from './audit-schema';
import { exportLines } from './exports-schema';
import { lots } from './inventory-schema';
import { recordedBy, users } from './users-schema';

/** Matching: the runs that wrote allocations, and the allocations linking export lines to imported lots (conventions: schema.ts). */

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
  userId: recordedBy(),
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
    userId: recordedBy(),
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
