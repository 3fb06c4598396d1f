import { AppError } from '../../../src-shared/errors';
import type { Sqlite } from '../../ledger/db/open-ledger';

/** A lot by its code, with the SKU when two items share the code; says which SKUs to choose from. */
export function findLotId(db: Sqlite, lotCode: string, sku?: string): number {
  const rows = db
    .prepare('SELECT l.id, i.sku FROM lots l JOIN items i ON i.id = l.item_id WHERE l.lot_code = ? AND (? IS NULL OR i.sku = ?) ORDER BY i.sku')
    .all(lotCode, sku ?? null, sku ?? null) as { id: number; sku: string }[];
  if (rows.length === 0) throw new AppError('NOT_FOUND', `no lot ${lotCode}${sku ? ` of SKU ${sku}` : ''} in this ledger`);
  if (rows.length > 1) throw new AppError('VALIDATION', `lot ${lotCode} exists for SKUs ${rows.map((r) => r.sku).join(', ')}; say which with --sku`, [{ field: 'sku', message: 'choose the SKU' }]);
  return rows[0]!.id;
}
