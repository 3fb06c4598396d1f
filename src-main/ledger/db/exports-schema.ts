import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { auditSeq } from './audit-schema';
import { items } from './catalog-schema';
import { recordedBy } from './users-schema';

/** Export shipments, their lines and the documents that prove the export (conventions: schema.ts). */

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
  userId: recordedBy(),
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
    userId: recordedBy(),
    auditSeq: auditSeq(),
  },
  (t) => [index('export_documents_shipment').on(t.shipmentId)],
);
