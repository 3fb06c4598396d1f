import type { Allocation, AllocationBasis } from '../../../src-shared/domain/exports';
import { formatMoney, perUnit } from '../../../src-shared/money';
import { convertToBase } from '../../../src-shared/units';
import type { AuditSeq } from '../audit/audit-seq';
import type { items } from '../db/catalog-schema';
import type { entryLines, importEntries } from '../db/entries-schema';
import type { exportLines, exportShipments } from '../db/exports-schema';
import type { lots } from '../db/inventory-schema';
import type { allocations, matchingRuns } from '../db/matching-schema';
import type { users } from '../db/users-schema';
import type { Sqlite } from '../db/open-ledger';
import type { SqlRow } from './sql-row';

/** An allocation row in force: kind 'allocate' and no release names it. */
export const IN_FORCE = `a.kind = 'allocate' AND NOT EXISTS (SELECT 1 FROM allocations r WHERE r.releases_allocation_id = a.id)`;

/**
 * Units that entered a lot: receipts and adjustments, less the reversals of either (a reversed move,
 * pick or shipment changes where units are, not how many the lot received).
 */
export const LOT_UNITS_SQL = `(SELECT COALESCE(SUM((CASE WHEN m.to_location_id IS NOT NULL THEN m.quantity ELSE 0 END) - (CASE WHEN m.from_location_id IS NOT NULL THEN m.quantity ELSE 0 END)), 0)
  FROM movements m WHERE m.lot_id = l.id AND (m.kind IN ('receipt', 'adjustment')
    OR (m.kind = 'reversal' AND (SELECT c.kind FROM movements c WHERE c.id = m.corrects_movement_id) IN ('receipt', 'adjustment'))))`;

export interface NewAllocation {
  uid: string;
  kind: 'allocate' | 'release';
  exportLineId: number;
  lotId: number;
  quantity: number;
  basis: AllocationBasis;
  releasesAllocationId?: number | null;
  runId?: number | null;
  createdAt: string;
  userId: number;
  approverId?: number | null;
  reason?: string | null;
}

export function allocationInserter(db: Sqlite, seq: AuditSeq): (a: NewAllocation) => number {
  const statement = db.prepare(
    'INSERT INTO allocations (uid, kind, export_line_id, lot_id, quantity, basis, releases_allocation_id, run_id, created_at, user_id, approver_id, reason, audit_seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)',
  );
  return (a) =>
    Number(
      statement.run(
        a.uid,
        a.kind,
        a.exportLineId,
        a.lotId,
        a.quantity,
        a.basis,
        a.releasesAllocationId ?? null,
        a.runId ?? null,
        a.createdAt,
        a.userId,
        a.approverId ?? null,
        a.reason ?? null,
        seq,
      ).lastInsertRowid,
    );
}

/** Units of a lot not yet tied to an export by an allocation in force. */
export function lotUnallocated(db: Sqlite, lotId: number): number {
  const row = db
    .prepare<[number], { q: number }>(
      `SELECT ${LOT_UNITS_SQL} - COALESCE((SELECT SUM(a.quantity) FROM allocations a WHERE a.lot_id = l.id AND ${IN_FORCE}), 0) AS q FROM lots l WHERE l.id = ?`,
    )
    .get(lotId)!; // callers pass a lot they hold
  return row.q;
}

/** Units of an entry line (in the lot item's unit) not yet allocated, across all its lots. */
export function entryLineUnallocated(db: Sqlite, entryLineId: number, itemUom: string): number {
  const line = db
    .prepare<[number], Pick<SqlRow<typeof entryLines>, 'quantity' | 'uom'>>('SELECT quantity, uom FROM entry_lines WHERE id = ?')
    .get(entryLineId)!; // the line of a lot the caller holds
  const capacity = convertToBase(line.quantity, line.uom, itemUom) ?? line.quantity;
  const used = db
    .prepare<[number], { q: number }>(
      `SELECT COALESCE(SUM(a.quantity), 0) AS q FROM allocations a JOIN lots l ON l.id = a.lot_id WHERE l.entry_line_id = ? AND ${IN_FORCE}`,
    )
    .get(entryLineId)!; // an aggregate without GROUP BY always returns its one row
  return capacity - used.q;
}

export function exportLineUnallocated(db: Sqlite, exportLineId: number): number {
  const row = db
    .prepare<[number], { q: number }>(
      `SELECT x.quantity - COALESCE((SELECT SUM(a.quantity) FROM allocations a WHERE a.export_line_id = x.id AND ${IN_FORCE}), 0) AS q FROM export_lines x WHERE x.id = ?`,
    )
    .get(exportLineId)!; // callers pass an export line they hold
  return row.q;
}

type Allocations = SqlRow<typeof allocations>;
type EntryLine = SqlRow<typeof entryLines>;

/** An allocation with the shipment, lot, entry line and people it names (the columns of SELECT_VIEW). */
type AllocationView = Pick<Allocations, 'id' | 'uid' | 'quantity' | 'basis' | 'created_at' | 'reason'> &
  Pick<SqlRow<typeof exportShipments>, 'reference' | 'export_date'> &
  Pick<SqlRow<typeof exportLines>, 'line_number'> &
  Pick<SqlRow<typeof items>, 'sku'> &
  Pick<SqlRow<typeof lots>, 'lot_code'> &
  Pick<SqlRow<typeof importEntries>, 'entry_number' | 'import_date'> &
  Pick<EntryLine, 'duty_4dp'> &
  Pick<SqlRow<typeof users>, 'username'> & {
    entry_line_number: EntryLine['line_number'];
    line_quantity: EntryLine['quantity'];
    line_uom: EntryLine['uom'];
    item_uom: SqlRow<typeof items>['uom'];
    run_uid: SqlRow<typeof matchingRuns>['uid'] | null;
    approver: SqlRow<typeof users>['username'] | null;
    /** EXISTS gives 0 or 1 */
    released: number;
  };

const SELECT_VIEW = `SELECT a.id, a.uid, s.reference, x.line_number, s.export_date, i.sku, l.lot_code, e.entry_number, el.line_number AS entry_line_number, e.import_date,
    a.quantity, a.basis, el.duty_4dp, el.quantity AS line_quantity, el.uom AS line_uom, i.uom AS item_uom, mr.uid AS run_uid, a.created_at, u.username,
    ap.username AS approver, a.reason, EXISTS (SELECT 1 FROM allocations r WHERE r.releases_allocation_id = a.id) AS released
  FROM allocations a JOIN export_lines x ON x.id = a.export_line_id JOIN export_shipments s ON s.id = x.shipment_id
  JOIN lots l ON l.id = a.lot_id JOIN items i ON i.id = l.item_id JOIN entry_lines el ON el.id = l.entry_line_id JOIN import_entries e ON e.id = el.entry_id
  JOIN users u ON u.id = a.user_id LEFT JOIN users ap ON ap.id = a.approver_id LEFT JOIN matching_runs mr ON mr.id = a.run_id`;

/** Duty per unit of the item: the entry line's duty over its quantity in the item's unit, at four decimals. */
export function dutyPerItemUnit(duty4dp: number, lineQuantity: number, lineUom: string, itemUom: string): bigint {
  return perUnit(BigInt(duty4dp), convertToBase(lineQuantity, lineUom, itemUom) ?? lineQuantity);
}

function toAllocation(r: AllocationView): Allocation {
  return {
    id: r.uid,
    shipmentReference: r.reference,
    exportLineNumber: r.line_number,
    exportDate: r.export_date,
    sku: r.sku,
    lotCode: r.lot_code,
    entryNumber: r.entry_number,
    entryLineNumber: r.entry_line_number,
    importDate: r.import_date,
    quantity: r.quantity,
    basis: r.basis,
    dutyPerUnit: formatMoney(dutyPerItemUnit(r.duty_4dp, r.line_quantity, r.line_uom, r.item_uom), 4),
    runId: r.run_uid,
    createdAt: r.created_at,
    user: r.username,
    approver: r.approver,
    reason: r.reason,
    released: r.released === 1,
  };
}

export function getAllocation(db: Sqlite, id: number): Allocation {
  return toAllocation(db.prepare<[number], AllocationView>(`${SELECT_VIEW} WHERE a.id = ?`).get(id)!); // callers pass an allocation just written or read
}

export function findAllocationByUid(
  db: Sqlite,
  uid: string,
): Pick<Allocations, 'id' | 'kind' | 'export_line_id' | 'lot_id' | 'quantity' | 'basis'> | undefined {
  return db
    .prepare<[string], Pick<Allocations, 'id' | 'kind' | 'export_line_id' | 'lot_id' | 'quantity' | 'basis'>>(
      'SELECT id, kind, export_line_id, lot_id, quantity, basis FROM allocations WHERE uid = ?',
    )
    .get(uid);
}

export function listAllocations(db: Sqlite, filter: { shipmentReference?: string; lotCode?: string; includeReleased: boolean; limit: number }): Allocation[] {
  const where = ["a.kind = 'allocate'"];
  const params: unknown[] = [];
  if (filter.shipmentReference) {
    where.push('s.reference = ?');
    params.push(filter.shipmentReference);
  }
  if (filter.lotCode) {
    where.push('l.lot_code = ?');
    params.push(filter.lotCode);
  }
  if (!filter.includeReleased) where.push('NOT EXISTS (SELECT 1 FROM allocations r WHERE r.releases_allocation_id = a.id)');
  return db
    .prepare<unknown[], AllocationView>(`${SELECT_VIEW} WHERE ${where.join(' AND ')} ORDER BY a.id LIMIT ?`)
    .all(...params, filter.limit)
    .map(toAllocation);
}

/** Whether a release already names this allocation. */
export function isReleased(db: Sqlite, allocationId: number): boolean {
  return db.prepare<[number]>('SELECT 1 FROM allocations WHERE releases_allocation_id = ?').get(allocationId) !== undefined;
}
