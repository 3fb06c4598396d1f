import type { Bucket } from '../../../src-shared/domain/ledger';
import type { Sqlite } from '../db/open-ledger';

export interface RecentReceiptRow {
  uid: string;
  receivedAt: string;
  entryNumber: string;
  lineNumber: number;
  sku: string;
  lotCode: string;
  quantity: number;
  uom: string;
  location: string | null;
  bucket: Bucket | null;
  approver: string | null;
  flagged: number;
  /** the pallet the receipt came with (its first SSCC), if it got one */
  ssccId: number | null;
  sscc: string | null;
}

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
  return db.prepare(RECENT).all(userId, limit) as RecentReceiptRow[];
}
