import type { ReviewException } from '../../../src-shared/domain/ledger';
import type { Sqlite } from '../db/open-ledger';

const SELECT = `SELECT x.uid, x.kind, x.message, e.entry_number, el.line_number, i.sku, x.created_at
  FROM review_exceptions x JOIN entry_lines el ON el.id = x.entry_line_id JOIN import_entries e ON e.id = el.entry_id
  JOIN items i ON i.id = x.item_id`;

interface Row {
  uid: string;
  kind: ReviewException['kind'];
  message: string;
  entry_number: string;
  line_number: number;
  sku: string;
  created_at: string;
}

const toException = (r: Row): ReviewException => ({ id: r.uid, kind: r.kind, message: r.message, entryNumber: r.entry_number, lineNumber: r.line_number, sku: r.sku, createdAt: r.created_at });

export function listExceptionsByIds(db: Sqlite, ids: number[]): ReviewException[] {
  if (ids.length === 0) return [];
  return (db.prepare(`${SELECT} WHERE x.id IN (${ids.map(() => '?').join(',')}) ORDER BY x.id`).all(...ids) as Row[]).map(toException);
}

export function listOpenExceptions(db: Sqlite, limit = 500): ReviewException[] {
  return (db.prepare(`${SELECT} ORDER BY x.id DESC LIMIT ?`).all(limit) as Row[]).map(toException);
}
