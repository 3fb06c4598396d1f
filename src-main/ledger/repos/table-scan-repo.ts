import { AUDITED_TABLES, type AuditedTable } from '../audit/covered-tables';
import type { Sqlite } from '../db/open-ledger';

/**
 * The generic reads `audit verify` and withAudit make of every audited table, to hash rows exactly as
 * SQLite holds them (row-digest.ts, rows-by-record.ts). Rows come raw (arrays of values in column
 * order) and are streamed or paged: these are the hot paths of checking a large ledger. The table
 * name goes into the SQL text, so it must be one of the audited tables, checked at run time too.
 */

/** Rows per page when digesting an append: all() per page is far cheaper per row than iterate() for the million rows of an import. */
const PAGE = 5000;

const KNOWN = new Set<string>(AUDITED_TABLES);
function known(table: AuditedTable): AuditedTable {
  if (!KNOWN.has(table)) throw new Error(`${String(table)} is not an audited ledger table`);
  return table;
}

export interface RawRows {
  /** column names, in the order of each row's values */
  columns: string[];
  rows: IterableIterator<unknown[]>;
}

/** The highest id and the record that wrote it; throws "no such table" on a ledger older than the table. */
export function lastRowOf(db: Sqlite, table: AuditedTable): { id: number; audit_seq: number } | undefined {
  return db.prepare<[], { id: number; audit_seq: number }>(`SELECT id, audit_seq FROM ${known(table)} ORDER BY id DESC LIMIT 1`).get();
}

/** The rows after `afterId`, in id order, read a page at a time. */
export function rowPagesAfter(db: Sqlite, table: AuditedTable, afterId: number): { columns: string[]; pages: () => Generator<unknown[][]> } {
  const statement = db.prepare<[number], unknown[]>(`SELECT * FROM ${known(table)} WHERE id > ? ORDER BY id LIMIT ${PAGE}`).raw(true);
  return {
    columns: statement.columns().map((c) => c.name),
    *pages() {
      for (let after = afterId; ;) {
        const page = statement.all(after);
        yield page;
        if (page.length < PAGE) break;
        after = Number(page[page.length - 1]![0]);
      }
    },
  };
}

/** The rows one record wrote, found by `audit_seq` (a full scan: for tests and tools, not hot paths). */
export function rowsOfRecord(db: Sqlite, table: AuditedTable, seq: number): RawRows {
  const statement = db.prepare<[number], unknown[]>(`SELECT * FROM ${known(table)} WHERE audit_seq = ? ORDER BY id`).raw(true);
  return { columns: statement.columns().map((c) => c.name), rows: statement.iterate(seq) };
}

/** Every row of the table in id order, streamed. */
export function allRowsById(db: Sqlite, table: AuditedTable): RawRows {
  const statement = db.prepare<[], unknown[]>(`SELECT * FROM ${known(table)} ORDER BY id`).raw(true);
  return { columns: statement.columns().map((c) => c.name), rows: statement.iterate() };
}
