import type { BalanceRow } from '../../src-shared/domain/ledger';
import { formatMoney, perUnit } from '../../src-shared/money';
import type { BalanceFilter } from '../../src-shared/schemas/ledger-inputs';
import { convertToBase } from '../../src-shared/units';
import type { Sqlite } from '../db/open-ledger';

interface Row {
  sku: string;
  lot_code: string;
  entry_number: string;
  line_number: number;
  location_code: string;
  drawback_segregated: number;
  available: number;
  preserved: number;
  picked: number;
  duty_4dp: number;
  line_quantity: number;
  line_uom: string;
  item_uom: string;
}

/** Balances per lot and location, split by bucket; derived from the movements (view lot_balances). */
export function queryBalances(db: Sqlite, filter: BalanceFilter): BalanceRow[] {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: filter.limit ?? 1000 };
  const add = (clause: string, name: string, value: string | undefined) => {
    if (value === undefined || value === '') return;
    where.push(clause);
    params[name] = value;
  };
  add('e.entry_number = @entryNumber', 'entryNumber', filter.entryNumber);
  add('i.sku = @sku', 'sku', filter.sku);
  add('l.lot_code = @lotCode', 'lotCode', filter.lotCode);
  add('loc.code = @locationCode', 'locationCode', filter.locationCode);
  const rows = db
    .prepare(
      `SELECT i.sku, l.lot_code, e.entry_number, el.line_number, loc.code AS location_code, loc.drawback_segregated,
              SUM(CASE b.bucket WHEN 'available' THEN b.quantity ELSE 0 END) AS available,
              SUM(CASE b.bucket WHEN 'preserved' THEN b.quantity ELSE 0 END) AS preserved,
              SUM(CASE b.bucket WHEN 'picked' THEN b.quantity ELSE 0 END) AS picked,
              el.duty_4dp, el.quantity AS line_quantity, el.uom AS line_uom, i.uom AS item_uom
       FROM lot_balances b JOIN lots l ON l.id = b.lot_id JOIN items i ON i.id = l.item_id
       JOIN entry_lines el ON el.id = l.entry_line_id JOIN import_entries e ON e.id = el.entry_id
       JOIN locations loc ON loc.id = b.location_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       GROUP BY b.lot_id, b.location_id
       HAVING available <> 0 OR preserved <> 0 OR picked <> 0
       ORDER BY e.entry_number, i.sku, l.lot_code, loc.code
       LIMIT @limit`,
    )
    .all(params) as Row[];
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
