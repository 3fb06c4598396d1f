import { convertToBase } from '../../../src-shared/units';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { parseIsoDay } from '../../engine/accounting-methods/epoch-days';
import type { MatchExportLine, MatchLot, MatchPolicy, MatchRequest } from '../../engine/matching/matching-types';
import { dutyPerItemUnit, IN_FORCE, LOT_UNITS_SQL } from '../../ledger/repos/allocations-repo';
import { destinationRulesInForce } from '../../ledger/repos/reference-repo';

interface LotRow {
  id: number;
  item_id: number;
  sku: string;
  lot_code: string;
  entry_line_id: number;
  entry_number: string;
  import_date: string;
  first_receipt: string | null;
  hts10: string;
  origin: string;
  duty_4dp: number;
  line_quantity: number;
  line_uom: string;
  item_uom: string;
  units: number;
  allocated: number;
  reconciliation_flag: number;
  drawback_eligible: number;
}

interface ExportRow {
  id: number;
  export_date: string;
  item_id: number;
  sku: string;
  hts10: string;
  origin: string;
  quantity: number;
  allocated: number;
  lot_code: string | null;
  entry_number: string | null;
  destination_country: string;
}

/** Narrows the load to these lots and export lines (applying a plan re-reads only what it touches). */
export interface LoadScope {
  lotIds: number[];
  exportLineIds: number[];
}

/** What the matching engine needs from the ledger: every lot with provenance, and the export lines still open. */
export function loadMatchRequest(db: Sqlite, policy: MatchPolicy, shipmentReferences?: string[], only?: LoadScope): MatchRequest & { exportLabels: Map<number, { reference: string; lineNumber: number }> } {
  const lotScope = only ? 'WHERE l.id IN (SELECT value FROM json_each(@lots))' : '';
  const lineScope = only ? 'AND x.id IN (SELECT value FROM json_each(@lines))' : '';
  const scoped = only ? { lots: JSON.stringify(only.lotIds), lines: JSON.stringify(only.exportLineIds) } : {};
  const lots = db
    .prepare(
      `SELECT l.id, l.item_id, i.sku, l.lot_code, l.entry_line_id, e.entry_number, e.import_date,
              (SELECT MIN(m.occurred_at) FROM movements m WHERE m.lot_id = l.id AND m.kind = 'receipt') AS first_receipt,
              el.hts10, i.country_of_origin AS origin, el.duty_4dp, el.quantity AS line_quantity, el.uom AS line_uom, i.uom AS item_uom,
              ${LOT_UNITS_SQL} AS units, COALESCE(al.q, 0) AS allocated, e.reconciliation_flag, i.drawback_eligible
       FROM lots l JOIN items i ON i.id = l.item_id JOIN entry_lines el ON el.id = l.entry_line_id JOIN import_entries e ON e.id = el.entry_id
       LEFT JOIN (SELECT a.lot_id, SUM(a.quantity) AS q FROM allocations a WHERE ${IN_FORCE} GROUP BY a.lot_id) al ON al.lot_id = l.id ${lotScope}`,
    )
    .all(only ? { lots: scoped.lots } : {}) as LotRow[];
  const lineUsed = new Map((db.prepare(`SELECT l.entry_line_id AS id, SUM(a.quantity) AS q FROM allocations a JOIN lots l ON l.id = a.lot_id WHERE ${IN_FORCE} GROUP BY l.entry_line_id`).all() as { id: number; q: number }[]).map((r) => [r.id, r.q]));
  const entryLineLeft = new Map<number, number>();
  const matchLots: MatchLot[] = lots.map((r) => {
    if (!entryLineLeft.has(r.entry_line_id)) entryLineLeft.set(r.entry_line_id, (convertToBase(r.line_quantity, r.line_uom, r.item_uom) ?? r.line_quantity) - (lineUsed.get(r.entry_line_id) ?? 0));
    const importDay = parseIsoDay(r.import_date)!;
    return {
      id: r.id,
      itemId: r.item_id,
      lotCode: r.lot_code,
      entryLineId: r.entry_line_id,
      entryNumber: r.entry_number,
      importDay,
      receivedDay: r.first_receipt ? parseIsoDay(r.first_receipt.slice(0, 10))! : importDay,
      hts10: r.hts10,
      origin: r.origin,
      dutyPerUnit4dp: Number(dutyPerItemUnit(r.duty_4dp, r.line_quantity, r.line_uom, r.item_uom)),
      available: Math.max(0, r.units - r.allocated),
      blocked: r.reconciliation_flag === 1 ? `entry ${r.entry_number} is flagged for reconciliation and cannot be designated until the reconciliation is filed` : r.drawback_eligible === 0 ? `SKU ${r.sku} is not eligible for drawback` : null,
    };
  });

  const scope = shipmentReferences && shipmentReferences.length > 0 ? 'AND s.reference IN (SELECT value FROM json_each(@shipments))' : '';
  const rows = db
    .prepare(
      `SELECT x.id, s.export_date, s.destination_country, x.item_id, i.sku, x.hts10, i.country_of_origin AS origin, x.quantity, COALESCE(al.q, 0) AS allocated, x.lot_code, x.entry_number, s.reference, x.line_number
       FROM export_lines x JOIN export_shipments s ON s.id = x.shipment_id JOIN items i ON i.id = x.item_id
       LEFT JOIN (SELECT a.export_line_id, SUM(a.quantity) AS q FROM allocations a WHERE ${IN_FORCE} GROUP BY a.export_line_id) al ON al.export_line_id = x.id
       WHERE x.quantity > COALESCE(al.q, 0) ${scope} ${lineScope}`,
    )
    .all({ ...(scope ? { shipments: JSON.stringify(shipmentReferences) } : {}), ...(only ? { lines: scoped.lines } : {}) }) as (ExportRow & { reference: string; line_number: number })[];
  const exports: MatchExportLine[] = rows.map((r) => ({ id: r.id, day: parseIsoDay(r.export_date)!, itemId: r.item_id, sku: r.sku, hts10: r.hts10, origin: r.origin, quantity: r.quantity - r.allocated, lotCode: r.lot_code, entryNumber: r.entry_number, destination: r.destination_country }));
  const exportLabels = new Map(rows.map((r) => [r.id, { reference: r.reference, lineNumber: r.line_number }]));
  return { policy, lots: matchLots, entryLineLeft, exports, exportLabels, destinationRules: destinationRulesInForce(db) };
}
