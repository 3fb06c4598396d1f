import type { AuditSeq } from '../audit/audit-seq';
import type { Sqlite } from '../db/open-ledger';
import type { items } from '../db/catalog-schema';
import type { lots } from '../db/inventory-schema';
import type { SqlRow } from './sql-row';

export type LotRow = Pick<SqlRow<typeof lots>, 'id' | 'uid' | 'item_id' | 'lot_code' | 'entry_line_id'>;

const COLUMNS = 'id, uid, item_id, lot_code, entry_line_id';

export function findLot(db: Sqlite, itemId: number, lotCode: string): LotRow | undefined {
  return db.prepare<unknown[], LotRow>(`SELECT ${COLUMNS} FROM lots WHERE item_id = ? AND lot_code = ?`).get(itemId, lotCode);
}

export function getLot(db: Sqlite, id: number): LotRow | undefined {
  return db.prepare<unknown[], LotRow>(`SELECT ${COLUMNS} FROM lots WHERE id = ?`).get(id);
}

/** Every lot of an item (an import reads them once per item, not once per row). */
export function lotsOfItem(db: Sqlite, itemId: number): LotRow[] {
  return db.prepare<unknown[], LotRow>(`SELECT ${COLUMNS} FROM lots WHERE item_id = ?`).all(itemId);
}

/** Lots with this code, of one SKU or of every SKU that has one, by SKU. */
export function lotsByCode(db: Sqlite, lotCode: string, sku?: string): (Pick<LotRow, 'id'> & Pick<SqlRow<typeof items>, 'sku'>)[] {
  return db
    .prepare<unknown[], Pick<LotRow, 'id'> & Pick<SqlRow<typeof items>, 'sku'>>(
      'SELECT l.id, i.sku FROM lots l JOIN items i ON i.id = l.item_id WHERE l.lot_code = ? AND (? IS NULL OR i.sku = ?) ORDER BY i.sku',
    )
    .all(lotCode, sku ?? null, sku ?? null);
}

export function insertLot(db: Sqlite, lot: Omit<LotRow, 'id'>, createdAt: string, seq: AuditSeq): number {
  const info = db
    .prepare('INSERT INTO lots (uid, item_id, lot_code, entry_line_id, created_at, audit_seq) VALUES (?,?,?,?,?,?)')
    .run(lot.uid, lot.item_id, lot.lot_code, lot.entry_line_id, createdAt, seq);
  return Number(info.lastInsertRowid);
}
