import type { ssccAllocations } from '../db/device-schema';
import type { items, locations } from '../db/catalog-schema';
import type { entryLines, importEntries } from '../db/entries-schema';
import type { lots, movements } from '../db/inventory-schema';
import type { users } from '../db/users-schema';
import type { Sqlite } from '../db/open-ledger';
import type { SqlRow } from './sql-row';

type Movement = SqlRow<typeof movements>;

/** A receipt with where it came from (the query aliases its columns to the view's names). */
export type RecentReceiptRow = {
  uid: Movement['uid'];
  receivedAt: Movement['occurred_at'];
  entryNumber: SqlRow<typeof importEntries>['entry_number'];
  lineNumber: SqlRow<typeof entryLines>['line_number'];
  sku: SqlRow<typeof items>['sku'];
  lotCode: SqlRow<typeof lots>['lot_code'];
  quantity: Movement['quantity'];
  uom: SqlRow<typeof items>['uom'];
  location: SqlRow<typeof locations>['code'] | null;
  bucket: Movement['to_bucket'];
  approver: SqlRow<typeof users>['username'] | null;
  /** how many review exceptions the receipt raised */
  flagged: number;
  /** the pallet the receipt came with (its first SSCC), if it got one */
  ssccId: SqlRow<typeof ssccAllocations>['id'] | null;
  sscc: SqlRow<typeof ssccAllocations>['sscc'] | null;
};

const RECENT = `
  SELECT m.uid, m.occurred_at AS receivedAt, e.entry_number AS entryNumber, el.line_number AS lineNumber, i.sku, l.lot_code AS lotCode,
         m.quantity, i.uom, tl.code AS location, m.to_bucket AS bucket, a.username AS approver,
         (SELECT COUNT(*) FROM review_exceptions x WHERE x.movement_id = m.id) AS flagged,
         s.id AS ssccId, s.sscc
    FROM movements m
    JOIN lots l ON l.id = m.lot_id
    JOIN items i ON i.id = l.item_id
    JOIN entry_lines el ON el.id = l.entry_line_id
    JOIN import_entries e ON e.id = el.entry_id
    LEFT JOIN locations tl ON tl.id = m.to_location_id
    LEFT JOIN users a ON a.id = m.approver_id
    LEFT JOIN sscc_allocations s ON s.id = (SELECT MIN(id) FROM sscc_allocations WHERE movement_id = m.id)
   WHERE m.kind = 'receipt' AND m.user_id = ?
   ORDER BY m.id DESC
   LIMIT ?`;

/** A user's last receipts, newest first, with where they came from and the pallet each got. */
export function recentReceiptsOf(db: Sqlite, userId: number, limit: number): RecentReceiptRow[] {
  return db.prepare<[number, number], RecentReceiptRow>(RECENT).all(userId, limit);
}
