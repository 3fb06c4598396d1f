import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { auditSeq } from './audit-schema';
import { items, locations } from './catalog-schema';
import { entryLines } from './entries-schema';
import { recordedBy, users } from './users-schema';

/** Inventory: lots received against an entry line, their movements between locations and buckets, and the review exceptions a receipt raises (conventions: schema.ts). */

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
    userId: recordedBy(),
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
