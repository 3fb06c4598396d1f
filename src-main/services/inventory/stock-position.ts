import type { Bucket } from '../../../src-shared/domain/ledger';
import { AppError } from '../../../src-shared/errors';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { findItemBySku } from '../../ledger/repos/items-repo';
import { findLocation, type LocationRow } from '../../ledger/repos/locations-repo';
import { findLot, type LotRow } from '../../ledger/repos/lots-repo';
import { quantityAt } from '../../ledger/repos/movements-repo';

/** The lot named by SKU and lot code, or a NOT_FOUND naming the field. */
export function requireLot(db: Sqlite, sku: string, lotCode: string): LotRow {
  const item = findItemBySku(db, sku);
  const lot = item && findLot(db, item.id, lotCode);
  if (!lot) throw new AppError('NOT_FOUND', `there is no lot ${lotCode} of SKU ${sku}`, [{ field: item ? 'lotCode' : 'sku', message: 'not found' }]);
  return lot;
}

export function requireLocation(db: Sqlite, code: string, field: string): LocationRow {
  const location = findLocation(db, code);
  if (!location) throw new AppError('NOT_FOUND', `location ${code} does not exist`, [{ field, message: 'not found' }]);
  return location;
}

/** Refuses to take more than is there, saying how much is. */
export function requireAvailable(db: Sqlite, lot: LotRow, location: LocationRow, bucket: Bucket, quantity: number, field = 'quantity'): void {
  const held = quantityAt(db, lot.id, location.id, bucket);
  if (quantity > held) {
    throw new AppError('VALIDATION', `lot ${lot.lot_code} has ${held} ${bucket} at ${location.code}; ${quantity} cannot be taken from there`, [
      {
        field,
        message:
          held <= 0
            ? `none of lot ${lot.lot_code} is ${bucket} at ${location.code}`
            : `at most ${held.toLocaleString('en-US')} can be taken from ${location.code}`,
      },
    ]);
  }
}
