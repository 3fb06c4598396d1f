import type { Sqlite } from '../db/open-ledger';
import type { items } from '../db/catalog-schema';
import type { entryLines, importEntries } from '../db/entries-schema';
import type { exportLines, exportShipments } from '../db/exports-schema';
import type { lots } from '../db/inventory-schema';
import { IN_FORCE, LOT_UNITS_SQL } from './allocations-repo';
import type { SqlRow } from './sql-row';

/** What the matching engine reads (services/matching/load-match-request.ts turns these rows into its request). */
type Item = SqlRow<typeof items>;
type EntryLine = SqlRow<typeof entryLines>;
type Entry = SqlRow<typeof importEntries>;
type ExportLine = SqlRow<typeof exportLines>;
type Shipment = SqlRow<typeof exportShipments>;

/** A lot with its provenance, the units it received and the units allocated from it in force. */
export type MatchLotRow = Pick<SqlRow<typeof lots>, 'id' | 'item_id' | 'lot_code' | 'entry_line_id'> &
  Pick<Item, 'sku' | 'drawback_eligible'> &
  Pick<Entry, 'entry_number' | 'import_date' | 'reconciliation_flag'> &
  Pick<EntryLine, 'hts10' | 'duty_4dp'> & {
    first_receipt: string | null;
    origin: Item['country_of_origin'];
    line_quantity: EntryLine['quantity'];
    line_uom: EntryLine['uom'];
    item_uom: Item['uom'];
    units: number;
    allocated: number;
  };

/** Every lot, or only these (applying a plan re-reads only what it touches). */
export function lotsForMatching(db: Sqlite, lotIds?: number[]): MatchLotRow[] {
  const lotScope = lotIds ? 'WHERE l.id IN (SELECT value FROM json_each(@lots))' : '';
  return db
    .prepare<[Record<string, string>], MatchLotRow>(
      `SELECT l.id, l.item_id, i.sku, l.lot_code, l.entry_line_id, e.entry_number, e.import_date,
              (SELECT MIN(m.occurred_at) FROM movements m WHERE m.lot_id = l.id AND m.kind = 'receipt') AS first_receipt,
              el.hts10, i.country_of_origin AS origin, el.duty_4dp, el.quantity AS line_quantity, el.uom AS line_uom, i.uom AS item_uom,
              ${LOT_UNITS_SQL} AS units, COALESCE(al.q, 0) AS allocated, e.reconciliation_flag, i.drawback_eligible
       FROM lots l JOIN items i ON i.id = l.item_id JOIN entry_lines el ON el.id = l.entry_line_id JOIN import_entries e ON e.id = el.entry_id
       LEFT JOIN (SELECT a.lot_id, SUM(a.quantity) AS q FROM allocations a WHERE ${IN_FORCE} GROUP BY a.lot_id) al ON al.lot_id = l.id ${lotScope}`,
    )
    .all(lotIds ? { lots: JSON.stringify(lotIds) } : {});
}

/** Units allocated in force from each entry line (through its lots). */
export function entryLinesAllocated(db: Sqlite): { id: number; q: number }[] {
  return db
    .prepare<[], { id: number; q: number }>(
      `SELECT l.entry_line_id AS id, SUM(a.quantity) AS q FROM allocations a JOIN lots l ON l.id = a.lot_id WHERE ${IN_FORCE} GROUP BY l.entry_line_id`,
    )
    .all();
}

/** An export line not yet fully allocated, with the units allocated to it in force. */
export type OpenExportLineRow = Pick<ExportLine, 'id' | 'item_id' | 'hts10' | 'quantity' | 'lot_code' | 'entry_number' | 'line_number'> &
  Pick<Shipment, 'export_date' | 'destination_country' | 'reference'> &
  Pick<Item, 'sku'> & { origin: Item['country_of_origin']; allocated: number };

/** Export lines still open: of these shipments (all when none are named), or only these lines. */
export function openExportLines(db: Sqlite, shipmentReferences?: string[], exportLineIds?: number[]): OpenExportLineRow[] {
  const scope = shipmentReferences && shipmentReferences.length > 0 ? 'AND s.reference IN (SELECT value FROM json_each(@shipments))' : '';
  const lineScope = exportLineIds ? 'AND x.id IN (SELECT value FROM json_each(@lines))' : '';
  return db
    .prepare<[Record<string, string>], OpenExportLineRow>(
      `SELECT x.id, s.export_date, s.destination_country, x.item_id, i.sku, x.hts10, i.country_of_origin AS origin, x.quantity, COALESCE(al.q, 0) AS allocated, x.lot_code, x.entry_number, s.reference, x.line_number
       FROM export_lines x JOIN export_shipments s ON s.id = x.shipment_id JOIN items i ON i.id = x.item_id
       LEFT JOIN (SELECT a.export_line_id, SUM(a.quantity) AS q FROM allocations a WHERE ${IN_FORCE} GROUP BY a.export_line_id) al ON al.export_line_id = x.id
       WHERE x.quantity > COALESCE(al.q, 0) ${scope} ${lineScope}`,
    )
    .all({ ...(scope ? { shipments: JSON.stringify(shipmentReferences) } : {}), ...(exportLineIds ? { lines: JSON.stringify(exportLineIds) } : {}) });
}

/** Export lines a run covers, matched or not: all of them, or those of the shipments it was asked for. */
export function exportLinesInScope(db: Sqlite, shipmentReferences?: string[]): number {
  if (!shipmentReferences || shipmentReferences.length === 0) return db.prepare<[], number>('SELECT COUNT(*) FROM export_lines').pluck().get()!;
  return db
    .prepare<[string], number>(
      'SELECT COUNT(*) FROM export_lines x JOIN export_shipments s ON s.id = x.shipment_id WHERE s.reference IN (SELECT value FROM json_each(?))',
    )
    .pluck()
    .get(JSON.stringify(shipmentReferences))!;
}
