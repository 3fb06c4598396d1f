import type { Sqlite } from '../db/open-ledger';
import type { items } from '../db/catalog-schema';
import type { entryLines } from '../db/entries-schema';
import type { exportLines } from '../db/exports-schema';
import type { lots } from '../db/inventory-schema';
import type { allocations } from '../db/matching-schema';
import { IN_FORCE } from './allocations-repo';
import { CLAIM_STATE_SQL, LINE_COUNTS_SQL } from './claims-repo';
import { RUN_JOIN, RUN_METHOD_COLUMNS, type RunMethodColumns } from './matching-runs-repo';
import type { SqlRow } from './sql-row';

type Allocation = SqlRow<typeof allocations>;
type EntryLine = SqlRow<typeof entryLines>;

/** An allocation a new claim may take, with what its entry line paid and what the export would pay if imported. */
export type ClaimCandidate = Pick<Allocation, 'export_line_id' | 'lot_id' | 'quantity' | 'basis'> &
  Pick<SqlRow<typeof lots>, 'entry_line_id'> &
  Pick<EntryLine, 'duty_4dp' | 'antidumping_4dp' | 'countervailing_4dp' | 'excise_tax_4dp' | 'mpf_4dp' | 'hmf_4dp' | 'other_fees_4dp'> &
  Pick<SqlRow<typeof exportLines>, 'duty_if_imported_4dp' | 'taxes_fees_if_imported_4dp'> &
  RunMethodColumns & {
    allocation_id: Allocation['id'];
    line_quantity: EntryLine['quantity'];
    line_uom: EntryLine['uom'];
    item_uom: SqlRow<typeof items>['uom'];
  };

/**
 * The allocations in force, on these bases, for exports dated in the period, that no claim in force
 * uses yet: in export date, shipment and line order (a draft claim's line order).
 */
export function claimCandidates(db: Sqlite, periodStart: string, periodEnd: string, bases: readonly string[]): ClaimCandidate[] {
  return db
    .prepare<string[], ClaimCandidate>(
      `SELECT a.id AS allocation_id, a.export_line_id, a.lot_id, l.entry_line_id, a.quantity, el.duty_4dp, el.antidumping_4dp, el.countervailing_4dp, el.excise_tax_4dp, el.mpf_4dp, el.hmf_4dp, el.other_fees_4dp,
              el.quantity AS line_quantity, el.uom AS line_uom, i.uom AS item_uom, x.duty_if_imported_4dp, x.taxes_fees_if_imported_4dp,
              a.basis, ${RUN_METHOD_COLUMNS}
       FROM allocations a ${RUN_JOIN} JOIN export_lines x ON x.id = a.export_line_id JOIN export_shipments s ON s.id = x.shipment_id
       JOIN lots l ON l.id = a.lot_id JOIN items i ON i.id = l.item_id JOIN entry_lines el ON el.id = l.entry_line_id
       WHERE ${IN_FORCE} AND s.export_date BETWEEN ? AND ? AND a.basis IN (${bases.map(() => '?').join(',')})
         AND NOT EXISTS (SELECT 1 FROM claim_lines cl JOIN claims c ON c.id = cl.claim_id WHERE cl.allocation_id = a.id AND ${LINE_COUNTS_SQL} AND ${CLAIM_STATE_SQL} != 'withdrawn')
       ORDER BY s.export_date, s.reference, x.line_number, a.id`,
    )
    .all(periodStart, periodEnd, ...bases);
}
