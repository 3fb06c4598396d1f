import { provesExport } from '../../../src-shared/domain/export-documents';
import { type ExportDocument, type ExportDocumentKind, type ExportLine, type ExportShipment } from '../../../src-shared/domain/exports';
import { formatAmount } from '../../../src-shared/money';
import type { AuditSeq } from '../audit/audit-seq';
import type { Sqlite } from '../db/open-ledger';
import type { items } from '../db/catalog-schema';
import type { exportDocuments, exportLines, exportShipments } from '../db/exports-schema';
import type { users } from '../db/users-schema';
import type { SqlRow } from './sql-row';

export type ShipmentRow = Pick<
  SqlRow<typeof exportShipments>,
  'id' | 'uid' | 'reference' | 'export_date' | 'destination_country' | 'exporter' | 'declaration_reference' | 'carrier'
>;
const SHIPMENT_COLUMNS = 'id, uid, reference, export_date, destination_country, exporter, declaration_reference, carrier';

export interface NewShipment {
  uid: string;
  reference: string;
  exportDate: string;
  destinationCountry: string;
  exporter: string;
  declarationReference: string | null;
  carrier: string | null;
  createdAt: string;
  userId: number;
}

export interface NewExportLine {
  uid: string;
  lineNumber: number;
  itemId: number;
  hts10: string;
  scheduleB: string | null;
  quantity: number;
  lotCode: string | null;
  entryNumber: string | null;
  dutyIfImported4dp: number | null;
  taxesFeesIfImported4dp: number | null;
}

export interface NewExportDocument {
  uid: string;
  kind: ExportDocumentKind;
  reference: string;
  documentDate: string | null;
  addedAt: string;
  userId: number;
}

export function findShipment(db: Sqlite, reference: string): ShipmentRow | undefined {
  return db.prepare<[string], ShipmentRow>(`SELECT ${SHIPMENT_COLUMNS} FROM export_shipments WHERE reference = ?`).get(reference);
}

export function findShipmentById(db: Sqlite, id: number): ShipmentRow | undefined {
  return db.prepare<[number], ShipmentRow>(`SELECT ${SHIPMENT_COLUMNS} FROM export_shipments WHERE id = ?`).get(id);
}

/** The shipments with these references (those the ledger has). */
export function shipmentsByReferences(db: Sqlite, references: readonly string[]): Pick<ShipmentRow, 'id' | 'reference' | 'declaration_reference'>[] {
  return db
    .prepare<[string], Pick<ShipmentRow, 'id' | 'reference' | 'declaration_reference'>>(
      `SELECT id, reference, declaration_reference FROM export_shipments WHERE reference IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(references));
}

/** A shipment's line by its number, with the SKU it exported. */
export function exportLineOfShipment(
  db: Sqlite,
  shipmentId: number,
  lineNumber: number,
): (Pick<SqlRow<typeof exportLines>, 'id'> & Pick<SqlRow<typeof items>, 'sku'>) | undefined {
  return db
    .prepare<[number, number], Pick<SqlRow<typeof exportLines>, 'id'> & Pick<SqlRow<typeof items>, 'sku'>>(
      'SELECT x.id, i.sku FROM export_lines x JOIN items i ON i.id = x.item_id WHERE x.shipment_id = ? AND x.line_number = ?',
    )
    .get(shipmentId, lineNumber);
}

export function insertShipment(db: Sqlite, s: NewShipment, lines: NewExportLine[], seq: AuditSeq): number {
  const id = Number(
    db
      .prepare(
        'INSERT INTO export_shipments (uid, reference, export_date, destination_country, exporter, declaration_reference, carrier, created_at, user_id, audit_seq) VALUES (?,?,?,?,?,?,?,?,?,?)',
      )
      .run(s.uid, s.reference, s.exportDate, s.destinationCountry, s.exporter, s.declarationReference, s.carrier, s.createdAt, s.userId, seq).lastInsertRowid,
  );
  const insertLine = db.prepare(
    'INSERT INTO export_lines (uid, shipment_id, line_number, item_id, hts10, schedule_b, quantity, lot_code, entry_number, duty_if_imported_4dp, taxes_fees_if_imported_4dp, audit_seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)',
  );
  for (const l of [...lines].sort((a, b) => a.lineNumber - b.lineNumber))
    insertLine.run(
      l.uid,
      id,
      l.lineNumber,
      l.itemId,
      l.hts10,
      l.scheduleB,
      l.quantity,
      l.lotCode,
      l.entryNumber,
      l.dutyIfImported4dp,
      l.taxesFeesIfImported4dp,
      seq,
    );
  return id;
}

export function insertExportDocument(db: Sqlite, shipmentId: number, d: NewExportDocument, seq: AuditSeq): number {
  return Number(
    db
      .prepare('INSERT INTO export_documents (uid, shipment_id, kind, reference, document_date, added_at, user_id, audit_seq) VALUES (?,?,?,?,?,?,?,?)')
      .run(d.uid, shipmentId, d.kind, d.reference, d.documentDate, d.addedAt, d.userId, seq).lastInsertRowid,
  );
}

/** A document as stored; `kind` is free text in the schema, written only from the desk's document kinds. */
type DocumentRow = Omit<SqlRow<typeof exportDocuments>, 'kind'> & { kind: ExportDocumentKind };

export function shipmentDocuments(db: Sqlite, shipmentId: number): ExportDocument[] {
  const rows = db
    .prepare<[number], Pick<DocumentRow, 'uid' | 'kind' | 'reference' | 'document_date' | 'added_at'> & Pick<SqlRow<typeof users>, 'username'>>(
      'SELECT d.uid, d.kind, d.reference, d.document_date, d.added_at, u.username FROM export_documents d JOIN users u ON u.id = d.user_id WHERE d.shipment_id = ? ORDER BY d.id',
    )
    .all(shipmentId);
  return rows.map((r) => ({ id: r.uid, kind: r.kind, reference: r.reference, documentDate: r.document_date, addedAt: r.added_at, addedBy: r.username }));
}

/** True when the shipment holds a document that proves export (19 CFR 190.72(b); export-documents.ts). */
export function hasProofOfExport(db: Sqlite, shipmentId: number): boolean {
  const documents = db
    .prepare<[number], Pick<DocumentRow, 'kind' | 'reference'>>('SELECT kind, reference FROM export_documents WHERE shipment_id = ?')
    .all(shipmentId);
  return documents.some(provesExport);
}

/** The shipments among `shipmentIds` that hold a document proving export. */
export function shipmentsWithProof(db: Sqlite, shipmentIds: readonly number[]): Set<number> {
  const documents = db
    .prepare<[string], Pick<DocumentRow, 'shipment_id' | 'kind' | 'reference'>>(
      'SELECT shipment_id, kind, reference FROM export_documents WHERE shipment_id IN (SELECT value FROM json_each(?))',
    )
    .all(JSON.stringify([...new Set(shipmentIds)]));
  return new Set(documents.filter(provesExport).map((d) => d.shipment_id));
}

/** An export line with its item's SKU and unit, and the units allocated to it (ALLOCATED_SQL). */
type LineRow = Pick<
  SqlRow<typeof exportLines>,
  'uid' | 'line_number' | 'hts10' | 'schedule_b' | 'quantity' | 'lot_code' | 'entry_number' | 'duty_if_imported_4dp' | 'taxes_fees_if_imported_4dp'
> &
  Pick<SqlRow<typeof items>, 'sku' | 'uom'> & { allocated: number };

/** Units of an export line tied to lots by allocations in force. */
export const ALLOCATED_SQL = `COALESCE((SELECT SUM(a.quantity) FROM allocations a WHERE a.export_line_id = x.id AND a.kind = 'allocate'
  AND NOT EXISTS (SELECT 1 FROM allocations r WHERE r.releases_allocation_id = a.id)), 0)`;

export function getShipment(db: Sqlite, reference: string): ExportShipment | undefined {
  const s = findShipment(db, reference);
  if (!s) return undefined;
  const lines = db
    .prepare<[number], LineRow>(
      `SELECT x.uid, x.line_number, i.sku, x.hts10, x.schedule_b, x.quantity, i.uom, x.lot_code, x.entry_number, x.duty_if_imported_4dp, x.taxes_fees_if_imported_4dp, ${ALLOCATED_SQL} AS allocated
              FROM export_lines x JOIN items i ON i.id = x.item_id WHERE x.shipment_id = ? ORDER BY x.line_number`,
    )
    .all(s.id);
  return {
    id: s.uid,
    reference: s.reference,
    exportDate: s.export_date,
    destinationCountry: s.destination_country,
    exporter: s.exporter,
    declarationReference: s.declaration_reference,
    carrier: s.carrier,
    lines: lines.map(toExportLine),
    documents: shipmentDocuments(db, s.id),
    hasProofOfExport: hasProofOfExport(db, s.id),
  };
}

function toExportLine(r: LineRow): ExportLine {
  return {
    id: r.uid,
    lineNumber: r.line_number,
    sku: r.sku,
    hts: r.hts10,
    scheduleB: r.schedule_b,
    quantity: r.quantity,
    uom: r.uom,
    lotCode: r.lot_code,
    entryNumber: r.entry_number,
    dutyIfImported: r.duty_if_imported_4dp === null ? null : formatAmount(BigInt(r.duty_if_imported_4dp)),
    taxesFeesIfImported: r.taxes_fees_if_imported_4dp === null ? null : formatAmount(BigInt(r.taxes_fees_if_imported_4dp)),
    allocated: r.allocated,
  };
}
