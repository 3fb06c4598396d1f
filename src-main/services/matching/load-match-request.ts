import { convertToBase } from '../../../src-shared/units';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { parseIsoDay } from '../../engine/accounting-methods/epoch-days';
import type { MatchExportLine, MatchLot, MatchPolicy, MatchRequest } from '../../engine/matching/matching-types';
import { dutyPerItemUnit } from '../../ledger/repos/allocations-repo';
import { entryLinesAllocated, lotsForMatching, openExportLines } from '../../ledger/repos/match-request-repo';
import { destinationRulesInForce } from '../../ledger/repos/reference-repo';

/** Narrows the load to these lots and export lines (applying a plan re-reads only what it touches). */
export interface LoadScope {
  lotIds: number[];
  exportLineIds: number[];
}

/** What the matching engine needs from the ledger: every lot with provenance, and the export lines still open. */
export function loadMatchRequest(
  db: Sqlite,
  policy: MatchPolicy,
  shipmentReferences?: string[],
  only?: LoadScope,
): MatchRequest & { exportLabels: Map<number, { reference: string; lineNumber: number }> } {
  const lots = lotsForMatching(db, only?.lotIds);
  const lineUsed = new Map(entryLinesAllocated(db).map((r) => [r.id, r.q]));
  const entryLineLeft = new Map<number, number>();
  const matchLots: MatchLot[] = lots.map((r) => {
    if (!entryLineLeft.has(r.entry_line_id))
      entryLineLeft.set(r.entry_line_id, (convertToBase(r.line_quantity, r.line_uom, r.item_uom) ?? r.line_quantity) - (lineUsed.get(r.entry_line_id) ?? 0));
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
      blocked:
        r.reconciliation_flag === 1
          ? `entry ${r.entry_number} is flagged for reconciliation and cannot be designated until the reconciliation is filed`
          : r.drawback_eligible === 0
            ? `SKU ${r.sku} is not eligible for drawback`
            : null,
    };
  });

  const rows = openExportLines(db, shipmentReferences, only?.exportLineIds);
  const exports: MatchExportLine[] = rows.map((r) => ({
    id: r.id,
    day: parseIsoDay(r.export_date)!,
    itemId: r.item_id,
    sku: r.sku,
    hts10: r.hts10,
    origin: r.origin,
    quantity: r.quantity - r.allocated,
    lotCode: r.lot_code,
    entryNumber: r.entry_number,
    destination: r.destination_country,
  }));
  const exportLabels = new Map(rows.map((r) => [r.id, { reference: r.reference, lineNumber: r.line_number }]));
  return { policy, lots: matchLots, entryLineLeft, exports, exportLabels, destinationRules: destinationRulesInForce(db) };
}
