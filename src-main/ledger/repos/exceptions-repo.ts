import type { ReviewException } from '../../../src-shared/domain/ledger';
import type { AuditSeq } from '../audit/audit-seq';
import type { Sqlite } from '../db/open-ledger';
import type { items } from '../db/catalog-schema';
import type { entryLines, importEntries } from '../db/entries-schema';
import { reviewExceptions } from '../db/inventory-schema';
import type { SqlRow } from './sql-row';
import { ormOf } from './orm';

const SELECT = `SELECT x.uid, x.kind, x.message, e.entry_number, el.line_number, i.sku, x.created_at
  FROM review_exceptions x JOIN entry_lines el ON el.id = x.entry_line_id JOIN import_entries e ON e.id = el.entry_id
  JOIN items i ON i.id = x.item_id`;

type Row = Pick<SqlRow<typeof reviewExceptions>, 'uid' | 'kind' | 'message' | 'created_at'> &
  Pick<SqlRow<typeof importEntries>, 'entry_number'> &
  Pick<SqlRow<typeof entryLines>, 'line_number'> &
  Pick<SqlRow<typeof items>, 'sku'>;

const toException = (r: Row): ReviewException => ({
  id: r.uid,
  kind: r.kind,
  message: r.message,
  entryNumber: r.entry_number,
  lineNumber: r.line_number,
  sku: r.sku,
  createdAt: r.created_at,
});

export function listExceptionsByIds(db: Sqlite, ids: number[]): ReviewException[] {
  if (ids.length === 0) return [];
  return db
    .prepare<number[], Row>(`${SELECT} WHERE x.id IN (${ids.map(() => '?').join(',')}) ORDER BY x.id`)
    .all(...ids)
    .map(toException);
}

export function listOpenExceptions(db: Sqlite, limit = 500): ReviewException[] {
  return db.prepare<[number], Row>(`${SELECT} ORDER BY x.id DESC LIMIT ?`).all(limit).map(toException);
}

/** A receipt the desk should look at again (classification differs, more received than entered). */
export function insertReviewException(db: Sqlite, x: Omit<typeof reviewExceptions.$inferInsert, 'id' | 'auditSeq'>, seq: AuditSeq): number {
  return Number(
    ormOf(db)
      .insert(reviewExceptions)
      .values({ ...x, auditSeq: seq })
      .run().lastInsertRowid,
  );
}
