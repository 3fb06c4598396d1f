import type { Item } from '../../../src-shared/domain/ledger';
import type { ItemInput } from '../../../src-shared/schemas/ledger-inputs';
import type { AuditSeq } from '../audit/audit-seq';
import type { Sqlite } from '../db/open-ledger';
import type { items } from '../db/catalog-schema';
import type { SqlRow } from './sql-row';

export type ItemRow = Pick<SqlRow<typeof items>, 'id' | 'sku' | 'description' | 'hts10' | 'country_of_origin' | 'uom' | 'drawback_eligible' | 'gtin'>;

const COLUMNS = 'id, sku, description, hts10, country_of_origin, uom, drawback_eligible, gtin';

export function findItemBySku(db: Sqlite, sku: string): ItemRow | undefined {
  return db.prepare<[string], ItemRow>(`SELECT ${COLUMNS} FROM items WHERE sku = ?`).get(sku);
}

export function listItems(db: Sqlite, query?: string): Item[] {
  const like = `%${query ?? ''}%`;
  return db
    .prepare<string[], ItemRow>(`SELECT ${COLUMNS} FROM items WHERE sku LIKE ? OR description LIKE ? OR gtin LIKE ? ORDER BY sku LIMIT 500`)
    .all(like, like, like)
    .map(toItem);
}

export function insertItem(db: Sqlite, item: ItemInput, createdAt: string, auditSeq: AuditSeq): number {
  const info = db
    .prepare('INSERT INTO items (sku, description, hts10, country_of_origin, uom, drawback_eligible, gtin, created_at, audit_seq) VALUES (?,?,?,?,?,?,?,?,?)')
    .run(item.sku, item.description, item.hts, item.countryOfOrigin, item.uom, item.drawbackEligible ? 1 : 0, item.gtin ?? null, createdAt, auditSeq);
  return Number(info.lastInsertRowid);
}

export function toItem(row: ItemRow): Item {
  return {
    sku: row.sku,
    description: row.description,
    hts: row.hts10,
    countryOfOrigin: row.country_of_origin,
    uom: row.uom,
    drawbackEligible: row.drawback_eligible === 1,
    gtin: row.gtin,
  };
}

/** True when the stored item says the same as the input (a re-import that changes nothing). */
export function sameItem(row: ItemRow, input: ItemInput): boolean {
  const a = toItem(row);
  return (
    a.description === input.description &&
    a.hts === input.hts &&
    a.countryOfOrigin === input.countryOfOrigin &&
    a.uom === input.uom &&
    a.drawbackEligible === input.drawbackEligible &&
    (a.gtin ?? undefined) === input.gtin
  );
}
