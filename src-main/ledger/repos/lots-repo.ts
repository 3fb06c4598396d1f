import type { Sqlite } from '../db/open-ledger';

export interface LotRow {
  id: number;
  uid: string;
  item_id: number;
  lot_code: string;
  entry_line_id: number;
}

export function findLot(db: Sqlite, itemId: number, lotCode: string): LotRow | undefined {
  return db.prepare('SELECT id, uid, item_id, lot_code, entry_line_id FROM lots WHERE item_id = ? AND lot_code = ?').get(itemId, lotCode) as LotRow | undefined;
}

export function insertLot(db: Sqlite, lot: Omit<LotRow, 'id'>, createdAt: string, auditSeq: number): number {
  const info = db
    .prepare('INSERT INTO lots (uid, item_id, lot_code, entry_line_id, created_at, audit_seq) VALUES (?,?,?,?,?,?)')
    .run(lot.uid, lot.item_id, lot.lot_code, lot.entry_line_id, createdAt, auditSeq);
  return Number(info.lastInsertRowid);
}
