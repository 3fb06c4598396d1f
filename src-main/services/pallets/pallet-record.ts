import { AppError } from '../../../src-shared/errors';
import type { Sqlite } from '../../ledger/db/open-ledger';
import type { PalletLabel } from '../../devices/labels/pallet-label';

/** A pallet as the ledger knows it: its SSCC, the lot and entry it carries, and the receipt it came with. */
export interface PalletRecord {
  ssccId: number;
  sscc: string;
  lotId: number;
  lotUid: string;
  label: PalletLabel;
}

interface PalletRow {
  ssccId: number;
  sscc: string;
  lotId: number;
  lotUid: string;
  lotCode: string;
  sku: string;
  description: string;
  gtin: string | null;
  uom: string;
  hts10: string;
  drawbackEligible: number;
  entryNumber: string;
  quantity: number | null;
  occurredAt: string | null;
  allocatedAt: string;
  bin: string | null;
  segregated: number | null;
  bucket: string | null;
}

const PALLET_SELECT = `
  SELECT s.id AS ssccId, s.sscc, l.id AS lotId, l.uid AS lotUid, l.lot_code AS lotCode, i.sku, i.description, i.gtin, i.uom,
         el.hts10, i.drawback_eligible AS drawbackEligible, e.entry_number AS entryNumber,
         -- a pallet issued for a lot with no receipt named (an old lot) carries what the lot received
         COALESCE(m.quantity, (SELECT SUM(r.quantity) FROM movements r WHERE r.lot_id = l.id AND r.kind = 'receipt')) AS quantity,
         m.occurred_at AS occurredAt, s.allocated_at AS allocatedAt,
         loc.code AS bin, loc.drawback_segregated AS segregated, m.to_bucket AS bucket
    FROM sscc_allocations s
    JOIN lots l ON l.id = s.lot_id
    JOIN items i ON i.id = l.item_id
    JOIN entry_lines el ON el.id = l.entry_line_id
    JOIN import_entries e ON e.id = el.entry_id
    LEFT JOIN movements m ON m.id = s.movement_id
    LEFT JOIN locations loc ON loc.id = m.to_location_id`;

export function palletBySscc(db: Sqlite, sscc: string): PalletRecord {
  const row = db.prepare(`${PALLET_SELECT} WHERE s.sscc = ?`).get(sscc) as PalletRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `no pallet has SSCC ${sscc} in this ledger`);
  return toRecord(row);
}

export function palletById(db: Sqlite, ssccId: number): PalletRecord {
  const row = db.prepare(`${PALLET_SELECT} WHERE s.id = ?`).get(ssccId) as PalletRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `no pallet #${ssccId} in this ledger`);
  return toRecord(row);
}

/** Pallets of a lot, newest first: a lot received on several pallets has one SSCC each. */
export function palletsOfLot(db: Sqlite, lotId: number): PalletRecord[] {
  return (db.prepare(`${PALLET_SELECT} WHERE s.lot_id = ? ORDER BY s.id DESC`).all(lotId) as PalletRow[]).map(toRecord);
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
