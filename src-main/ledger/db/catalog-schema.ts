import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { auditSeq } from './audit-schema';

/** The catalog: items (SKUs with their HTS, origin and unit) and warehouse locations (conventions: schema.ts). */

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

export const locations = sqliteTable('locations', {
  id: integer('id').primaryKey(),
  code: text('code').notNull().unique(),
  description: text('description').notNull(),
  drawbackSegregated: integer('drawback_segregated').notNull(),
  auditSeq: auditSeq(),
});
