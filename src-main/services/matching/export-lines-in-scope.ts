import type { Sqlite } from '../../ledger/db/open-ledger';

/** Export lines a run covers, matched or not: all of them, or those of the shipments it was asked for. */
export function exportLinesInScope(db: Sqlite, shipmentReferences?: string[]): number {
  if (!shipmentReferences || shipmentReferences.length === 0) return db.prepare('SELECT COUNT(*) FROM export_lines').pluck().get() as number;
  return db
    .prepare('SELECT COUNT(*) FROM export_lines x JOIN export_shipments s ON s.id = x.shipment_id WHERE s.reference IN (SELECT value FROM json_each(?))')
    .pluck()
    .get(JSON.stringify(shipmentReferences)) as number;
}
