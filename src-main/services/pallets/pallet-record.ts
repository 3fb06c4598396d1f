import { AppError } from '../../../src-shared/errors';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { palletRowById, palletRowBySscc, palletRowsOfLot, type PalletRow } from '../../ledger/repos/sscc-repo';
import type { PalletLabel } from '../../devices/labels/pallet-label';

/** A pallet as the ledger knows it: its SSCC, the lot and entry it carries, and the receipt it came with. */
export interface PalletRecord {
  ssccId: number;
  sscc: string;
  lotId: number;
  lotUid: string;
  label: PalletLabel;
}

export function palletBySscc(db: Sqlite, sscc: string): PalletRecord {
  const row = palletRowBySscc(db, sscc);
  if (!row) throw new AppError('NOT_FOUND', `no pallet has SSCC ${sscc} in this ledger`);
  return toRecord(row);
}

export function palletById(db: Sqlite, ssccId: number): PalletRecord {
  const row = palletRowById(db, ssccId);
  if (!row) throw new AppError('NOT_FOUND', `no pallet #${ssccId} in this ledger`);
  return toRecord(row);
}

/** Pallets of a lot, newest first: a lot received on several pallets has one SSCC each. */
export function palletsOfLot(db: Sqlite, lotId: number): PalletRecord[] {
  return palletRowsOfLot(db, lotId).map(toRecord);
}

/**
 * The label's banner follows where the stock sits: a segregated drawback bin says DO NOT COMMINGLE;
 * drawback stock kept in a general bin but preserved for drawback is flagged.
 */
function toRecord(row: PalletRow): PalletRecord {
  const drawback = row.segregated === 1 ? 'segregated' : row.drawbackEligible === 1 && row.bucket === 'preserved' ? 'flagged' : 'none';
  const label: PalletLabel = {
    entryNumber: row.entryNumber,
    sscc: row.sscc,
    ...(row.gtin ? { gtin: row.gtin } : {}),
    sku: row.sku,
    description: row.description,
    lotCode: row.lotCode,
    quantity: String(row.quantity ?? 0),
    unit: row.uom,
    hts: row.hts10,
    receiptDate: (row.occurredAt ?? row.allocatedAt).slice(0, 10),
    drawback,
    ...(row.bin ? { bin: row.bin } : {}),
  };
  return { ssccId: row.ssccId, sscc: row.sscc, lotId: row.lotId, lotUid: row.lotUid, label };
}
