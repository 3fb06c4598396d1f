import { createHash, type Hash } from 'node:crypto';
import type { Sqlite } from '../db/open-ledger';
import { lastRowOf, rowPagesAfter, rowsOfRecord } from '../repos/table-scan-repo';
import { AUDITED_TABLES, type AuditedTable } from './covered-tables';

/**
 * How an audit record vouches for the rows it wrote. For each audited table, its rows in id order,
 * each as its non-null columns by name, are hashed; the record's digest hashes those per-table
 * digests in AUDITED_TABLES order. Rows are read back from SQLite (not taken from what the caller
 * meant to write) so writing and verifying share one definition. Null columns are left out so a
 * later migration that adds a nullable column keeps old rows' hashes.
 *
 * One record's rows form one contiguous id range per table: rows are only appended, and SQLite has
 * one writer, so a transaction's new rows take max(id)+1, +2, ... That lets writing and verifying
 * walk primary keys instead of indexing `audit_seq` on every table. The reads are table-scan-repo.ts's.
 */

export interface TableDigest {
  count: number;
  hash: Hash;
  /** rows not yet handed to the hash: one update per ~64 KB, not per row (a call into the hash costs more than the bytes) */
  pending: string;
}

const FLUSH_AT = 65_536;

/** The table's hash in hex, once its last row is in. */
export function tableHashHex(t: TableDigest): string {
  if (t.pending) t.hash.update(t.pending);
  t.pending = '';
  return t.hash.digest('hex');
}
export type RowDigests = Map<string, TableDigest>;

export function combineDigests(perTable: RowDigests): { digest: string; rows: number; tables: string[] } {
  const total = createHash('sha256');
  let rows = 0;
  const tables: string[] = [];
  for (const table of AUDITED_TABLES) {
    const t = perTable.get(table);
    if (!t || t.count === 0) continue;
    rows += t.count;
    tables.push(table);
    total.update(`${table}:${t.count}:${tableHashHex(t)}\n`);
  }
  return { digest: total.digest('hex'), rows, tables };
}

/** The highest id of each audited table and the record that wrote it: where the next record starts. */
export function tableHeads(db: Sqlite): Map<AuditedTable, { maxId: number; seq: number }> {
  const heads = new Map<AuditedTable, { maxId: number; seq: number }>();
  for (const table of AUDITED_TABLES) {
    const head = lastRow(db, table);
    if (head === 'absent') continue;
    heads.set(table, { maxId: head?.id ?? 0, seq: head?.audit_seq ?? 0 });
  }
  return heads;
}

/**
 * A ledger written by a release older than a table (an old ledger checked before its migrations run,
 * or the migration tests' old releases) has no such table and no rows in it; a table dropped from a
 * current ledger is the schema check's to report (schema-check.ts), so it is skipped here.
 */
function lastRow(db: Sqlite, table: AuditedTable): { id: number; audit_seq: number } | undefined | 'absent' {
  try {
    return lastRowOf(db, table);
  } catch (error) {
    if (error instanceof Error && /no such table/.test(error.message)) return 'absent';
    throw error;
  }
}

/** Digests the rows appended after `heads`; every one of them must carry `seq`. */
export function digestRowsAfter(db: Sqlite, heads: Map<AuditedTable, { maxId: number }>, seq: number): RowDigests {
  const perTable: RowDigests = new Map();
  for (const table of heads.keys()) {
    // Read in pages with all(): far cheaper per row than iterate() for the million rows of an import.
    const { columns: names, pages } = rowPagesAfter(db, table, heads.get(table)?.maxId ?? 0);
    const quotedColumnNames = quotedNames(names);
    const seqAt = names.indexOf('audit_seq');
    const digest = newTableDigest();
    for (const page of pages()) {
      for (const row of page) {
        if (row[seqAt] !== seq)
          throw new Error(
            `${table} row ${String(row[0])} was written under audit record ${String(row[seqAt])} inside record ${seq}: a write path passed the wrong audit_seq`,
          );
        addRow(digest, quotedColumnNames, row);
      }
    }
    perTable.set(table, digest);
  }
  return perTable;
}

/** The digest of one record's rows found by `audit_seq` (a full scan: for tests and tools, not hot paths). */
export function digestRowsOf(db: Sqlite, seq: number): { digest: string; rows: number; perTable: Map<string, string> } {
  const perTable: RowDigests = new Map();
  for (const table of AUDITED_TABLES) {
    const { columns, rows } = rowsOfRecord(db, table, seq);
    const names = quotedNames(columns);
    const digest = newTableDigest();
    for (const row of rows) addRow(digest, names, row);
    perTable.set(table, digest);
  }
  const counts = new Map([...perTable].filter(([, t]) => t.count > 0).map(([name, t]) => [name, String(t.count)]));
  const combined = combineDigests(perTable);
  return { digest: combined.digest, rows: combined.rows, perTable: counts };
}

export function newTableDigest(): TableDigest {
  return { count: 0, hash: createHash('sha256'), pending: '' };
}

const quoted = new WeakMap<string[], string[]>();
export function quotedNames(names: string[]): string[] {
  let q = quoted.get(names);
  if (!q) quoted.set(names, (q = names.map((n) => JSON.stringify(n))));
  return q;
}

export function addRow(digest: TableDigest, names: string[], row: unknown[]): void {
  let out = '{';
  for (let i = 0; i < row.length; i++) {
    const value = row[i];
    if (value === null || value === undefined) continue;
    // A finite number's JSON is its String(); the shortcut skips JSON.stringify for ids, seqs and amounts.
    const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'bigint' ? value.toString() : JSON.stringify(value);
    out += `${out.length > 1 ? ',' : ''}${names[i]}:${text}`;
  }
  digest.pending += `${out}}\n`;
  if (digest.pending.length >= FLUSH_AT) {
    digest.hash.update(digest.pending);
    digest.pending = '';
  }
  digest.count++;
}
