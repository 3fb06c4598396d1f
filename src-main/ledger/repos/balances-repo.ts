import type { BalanceRow } from '../../../src-shared/domain/ledger';
import { formatMoney, perUnit } from '../../../src-shared/money';
import type { BalanceFilter } from '../../../src-shared/schemas/ledger-inputs';
import { convertToBase } from '../../../src-shared/units';
import type { items, locations } from '../db/catalog-schema';
import type { entryLines, importEntries } from '../db/entries-schema';
import type { lots } from '../db/inventory-schema';
import type { Sqlite } from '../db/open-ledger';
import type { SqlRow } from './sql-row';

type EntryLine = SqlRow<typeof entryLines>;

/** One lot at one location: the columns of the query below, its sums per bucket computed. */
type BalanceSqlRow = Pick<SqlRow<typeof items>, 'sku'> &
  Pick<SqlRow<typeof lots>, 'lot_code'> &
  Pick<SqlRow<typeof importEntries>, 'entry_number'> &
  Pick<EntryLine, 'line_number' | 'duty_4dp'> &
  Pick<SqlRow<typeof locations>, 'drawback_segregated'> & {
    location_code: SqlRow<typeof locations>['code'];
    available: number;
    preserved: number;
    picked: number;
    line_quantity: EntryLine['quantity'];
    line_uom: EntryLine['uom'];
    item_uom: SqlRow<typeof items>['uom'];
  };

/**
 * Balances per lot and location, split by bucket, derived from the movements. The lots are chosen
 * first (entry, SKU, lot filters), then only their movements are summed through the lot index: a
 * filtered look-up stays fast however many million movements the ledger holds.
 */
export function queryBalances(db: Sqlite, filter: BalanceFilter): BalanceRow[] {
  const lotWhere: string[] = [];
  const params: Record<string, unknown> = { limit: filter.limit ?? 1000 };
  const add = (into: string[], clause: string, name: string, value: string | undefined) => {
    if (value === undefined || value === '') return;
    into.push(clause);
    params[name] = value;
  };
  add(lotWhere, 'e.entry_number = @entryNumber', 'entryNumber', filter.entryNumber);
  add(lotWhere, 'i.sku = @sku', 'sku', filter.sku);
  add(lotWhere, 'l.lot_code = @lotCode', 'lotCode', filter.lotCode);
  const locationWhere: string[] = [];
  add(locationWhere, 'loc.code = @locationCode', 'locationCode', filter.locationCode);
  // Without a lot-side filter every movement counts: read them straight, no join to a list of all lots.
  const source = lotWhere.length ? 'chosen c JOIN movements m ON m.lot_id = c.id' : 'movements m';
  const rows = db
    .prepare<[Record<string, unknown>], BalanceSqlRow>(
      `WITH chosen AS (
         SELECT l.id FROM lots l JOIN items i ON i.id = l.item_id JOIN entry_lines el ON el.id = l.entry_line_id
         JOIN import_entries e ON e.id = el.entry_id ${lotWhere.length ? `WHERE ${lotWhere.join(' AND ')}` : ''}
       ), flows AS (
         SELECT m.lot_id, m.to_location_id AS location_id, m.to_bucket AS bucket, m.quantity AS quantity
           FROM ${source} WHERE m.to_location_id IS NOT NULL
         UNION ALL
         SELECT m.lot_id, m.from_location_id, m.from_bucket, -m.quantity
           FROM ${source} WHERE m.from_location_id IS NOT NULL
       )
       SELECT i.sku, l.lot_code, e.entry_number, el.line_number, loc.code AS location_code, loc.drawback_segregated,
              SUM(CASE b.bucket WHEN 'available' THEN b.quantity ELSE 0 END) AS available,
              SUM(CASE b.bucket WHEN 'preserved' THEN b.quantity ELSE 0 END) AS preserved,
              SUM(CASE b.bucket WHEN 'picked' THEN b.quantity ELSE 0 END) AS picked,
              el.duty_4dp, el.quantity AS line_quantity, el.uom AS line_uom, i.uom AS item_uom
       FROM flows b JOIN lots l ON l.id = b.lot_id JOIN items i ON i.id = l.item_id
       JOIN entry_lines el ON el.id = l.entry_line_id JOIN import_entries e ON e.id = el.entry_id
       JOIN locations loc ON loc.id = b.location_id
       ${locationWhere.length ? `WHERE ${locationWhere.join(' AND ')}` : ''}
       GROUP BY b.lot_id, b.location_id
       HAVING available <> 0 OR preserved <> 0 OR picked <> 0
       ORDER BY e.entry_number, i.sku, l.lot_code, loc.code
       LIMIT @limit`,
    )
    .all(params);
  return rows.map((r) => ({
    sku: r.sku,
    lotCode: r.lot_code,
    entryNumber: r.entry_number,
    entryLineNumber: r.line_number,
    locationCode: r.location_code,
    drawbackSegregated: r.drawback_segregated === 1,
    available: r.available,
    preserved: r.preserved,
    picked: r.picked,
    // per unit the balance counts (the item's unit), not per unit of the entry line (e.g. a dozen)
    dutyPerUnit: formatMoney(perUnit(BigInt(r.duty_4dp), convertToBase(r.line_quantity, r.line_uom, r.item_uom) ?? r.line_quantity), 4),
  }));
}
