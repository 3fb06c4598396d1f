import { AppError } from '../../../src-shared/errors';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { lotsByCode } from '../../ledger/repos/lots-repo';

/** A lot by its code, with the SKU when two items share the code; says which SKUs to choose from. */
export function findLotId(db: Sqlite, lotCode: string, sku?: string): number {
  const rows = lotsByCode(db, lotCode, sku);
  if (rows.length === 0) throw new AppError('NOT_FOUND', `no lot ${lotCode}${sku ? ` of SKU ${sku}` : ''} in this ledger`);
  if (rows.length > 1)
    throw new AppError('VALIDATION', `lot ${lotCode} exists for SKUs ${rows.map((r) => r.sku).join(', ')}; say which with --sku`, [
      { field: 'sku', message: 'choose the SKU' },
    ]);
  return rows[0]!.id;
}
