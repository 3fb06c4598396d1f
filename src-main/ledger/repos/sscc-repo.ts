import { and, eq, max } from 'drizzle-orm';
import type { AuditSeq } from '../audit/audit-seq';
import { ssccAllocations } from '../db/device-schema';
import type { items, locations } from '../db/catalog-schema';
import type { entryLines, importEntries } from '../db/entries-schema';
import type { lots, movements } from '../db/inventory-schema';
import type { Sqlite } from '../db/open-ledger';
import { ormOf } from './orm';
import type { SqlRow } from './sql-row';

type Item = SqlRow<typeof items>;
type Sscc = SqlRow<typeof ssccAllocations>;

/** A pallet's SSCC with the lot, item and entry it carries and the receipt (bin, bucket) it came with (the query aliases the columns). */
export type PalletRow = {
  ssccId: Sscc['id'];
  sscc: Sscc['sscc'];
  lotId: SqlRow<typeof lots>['id'];
  lotUid: SqlRow<typeof lots>['uid'];
  lotCode: SqlRow<typeof lots>['lot_code'];
  sku: Item['sku'];
  description: Item['description'];
  gtin: Item['gtin'];
  uom: Item['uom'];
  hts10: SqlRow<typeof entryLines>['hts10'];
  drawbackEligible: Item['drawback_eligible'];
  entryNumber: SqlRow<typeof importEntries>['entry_number'];
  quantity: number | null;
  occurredAt: SqlRow<typeof movements>['occurred_at'] | null;
  allocatedAt: Sscc['allocated_at'];
  bin: SqlRow<typeof locations>['code'] | null;
  segregated: SqlRow<typeof locations>['drawback_segregated'] | null;
  bucket: SqlRow<typeof movements>['to_bucket'];
};

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

export function palletRowBySscc(db: Sqlite, sscc: string): PalletRow | undefined {
  return db.prepare<[string], PalletRow>(`${PALLET_SELECT} WHERE s.sscc = ?`).get(sscc);
}

export function palletRowById(db: Sqlite, ssccId: number): PalletRow | undefined {
  return db.prepare<[number], PalletRow>(`${PALLET_SELECT} WHERE s.id = ?`).get(ssccId);
}

/** Pallets of a lot, newest first. */
export function palletRowsOfLot(db: Sqlite, lotId: number): PalletRow[] {
  return db.prepare<[number], PalletRow>(`${PALLET_SELECT} WHERE s.lot_id = ? ORDER BY s.id DESC`).all(lotId);
}

/** The id of the SSCC with this number. */
export function ssccIdOf(db: Sqlite, sscc: string): number | undefined {
  return ormOf(db).select({ id: ssccAllocations.id }).from(ssccAllocations).where(eq(ssccAllocations.sscc, sscc)).get()?.id;
}

/** The first SSCC issued with a receipt, by the movement's uid. */
export function ssccIdOfMovement(db: Sqlite, movementUid: string): number | undefined {
  return db
    .prepare<[string], { id: number }>('SELECT s.id FROM sscc_allocations s JOIN movements m ON m.id = s.movement_id WHERE m.uid = ? ORDER BY s.id LIMIT 1')
    .get(movementUid)?.id;
}

/** The largest serial issued under a company prefix and extension digit (null: none yet). */
export function lastSsccSerial(db: Sqlite, companyPrefix: string, extensionDigit: number): number | null {
  return (
    ormOf(db)
      .select({ serial: max(ssccAllocations.serial) })
      .from(ssccAllocations)
      .where(and(eq(ssccAllocations.companyPrefix, companyPrefix), eq(ssccAllocations.extensionDigit, extensionDigit)))
      .get()?.serial ?? null
  );
}

export function insertSscc(db: Sqlite, row: Omit<typeof ssccAllocations.$inferInsert, 'id' | 'auditSeq'>, seq: AuditSeq): number {
  return Number(
    ormOf(db)
      .insert(ssccAllocations)
      .values({ ...row, auditSeq: seq })
      .run().lastInsertRowid,
  );
}
