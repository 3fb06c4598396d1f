import type { Sqlite } from '../db/open-ledger';
import type { items } from '../db/catalog-schema';
import type { claimLines } from '../db/claims-schema';
import type { entryLines, importEntries } from '../db/entries-schema';
import type { exportShipments } from '../db/exports-schema';
import type { lots } from '../db/inventory-schema';
import type { allocations } from '../db/matching-schema';
import type { users } from '../db/users-schema';
import { IN_FORCE } from './allocations-repo';
import type { SqlRow } from './sql-row';

type EntryLine = SqlRow<typeof entryLines>;
type Allocation = SqlRow<typeof allocations>;

/** The entry line's charges by column: what it paid of each type (NULL: not recorded when written). */
export type EntryLineChargeColumns = Pick<
  EntryLine,
  'duty_4dp' | 'antidumping_4dp' | 'countervailing_4dp' | 'excise_tax_4dp' | 'mpf_4dp' | 'hmf_4dp' | 'other_fees_4dp'
>;

/** Everything behind one claim line in one row: the lot, the entry line, the shipment and the allocation. */
export type ClaimLineEvidenceRow = Pick<SqlRow<typeof claimLines>, 'lot_id' | 'allocation_id'> &
  Pick<SqlRow<typeof exportShipments>, 'reference' | 'export_date' | 'destination_country' | 'exporter' | 'declaration_reference' | 'carrier'> &
  Pick<SqlRow<typeof items>, 'sku' | 'description' | 'country_of_origin'> &
  Pick<SqlRow<typeof lots>, 'lot_code'> &
  Pick<SqlRow<typeof importEntries>, 'entry_number' | 'entry_date' | 'import_date' | 'reconciliation_flag' | 'broker'> &
  Pick<EntryLine, 'line_number' | 'hts10' | 'uom'> &
  EntryLineChargeColumns &
  Pick<Allocation, 'basis' | 'created_at' | 'reason'> &
  Pick<SqlRow<typeof users>, 'username'> & {
    shipment_id: number;
    line_quantity: EntryLine['quantity'];
    allocation_uid: Allocation['uid'];
    approver: string | null;
    released: number;
  };

export function claimLineEvidenceRow(db: Sqlite, claimLineId: number): ClaimLineEvidenceRow | undefined {
  return db
    .prepare<[number], ClaimLineEvidenceRow>(
      `SELECT cl.lot_id, cl.allocation_id, s.id AS shipment_id, s.reference, s.export_date, s.destination_country, s.exporter, s.declaration_reference, s.carrier,
              i.sku, l.lot_code, i.description, i.country_of_origin, e.entry_number, el.line_number, e.entry_date, e.import_date, el.hts10, el.quantity AS line_quantity, el.uom,
              el.duty_4dp, el.antidumping_4dp, el.countervailing_4dp, el.excise_tax_4dp, el.mpf_4dp, el.hmf_4dp, el.other_fees_4dp, e.reconciliation_flag, e.broker, a.uid AS allocation_uid, a.basis, a.created_at, u.username, ap.username AS approver, a.reason,
              NOT EXISTS (SELECT 1 FROM allocations a2 WHERE a2.id = a.id AND ${IN_FORCE.replaceAll('a.', 'a2.')}) AS released
       FROM claim_lines cl JOIN export_lines x ON x.id = cl.export_line_id JOIN export_shipments s ON s.id = x.shipment_id JOIN lots l ON l.id = cl.lot_id
       JOIN items i ON i.id = l.item_id JOIN entry_lines el ON el.id = cl.entry_line_id JOIN import_entries e ON e.id = el.entry_id
       JOIN allocations a ON a.id = cl.allocation_id JOIN users u ON u.id = a.user_id LEFT JOIN users ap ON ap.id = a.approver_id
       WHERE cl.id = ?`,
    )
    .get(claimLineId);
}
