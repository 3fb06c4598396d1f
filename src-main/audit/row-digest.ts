import { createHash } from 'node:crypto';
import type { Sqlite } from '../db/open-ledger';
import { AUDITED_TABLES } from './covered-tables';

/**
 * Digest of every ledger row written under one audit record: for each audited table, its rows with
 * that `audit_seq` in id order, each as its non-null columns by name. Read back from SQLite (not from
 * what the caller meant to write) so writing and verifying share one definition. Null columns are
 * left out so a later migration that adds a nullable column does not change the hash of old rows.
 */
export function digestRowsOf(db: Sqlite, seq: number): { digest: string; rows: number; perTable: Map<string, string> } {
  const total = createHash('sha256');
  const perTable = new Map<string, string>();
  let rows = 0;
  for (const table of AUDITED_TABLES) {
    const statement = statementFor(db, table);
    const names = statement.columns().map((c) => JSON.stringify(c.name));
    const hash = createHash('sha256');
    let count = 0;
    for (const row of statement.iterate(seq) as IterableIterator<unknown[]>) {
      hash.update(canonicalRow(names, row));
      hash.update('\n');
      count++;
    }
    if (count === 0) continue;
    rows += count;
    const tableDigest = hash.digest('hex');
    perTable.set(table, tableDigest);
    total.update(`${table}:${count}:${tableDigest}\n`);
  }
  return { digest: total.digest('hex'), rows, perTable };
}

const cache = new WeakMap<Sqlite, Map<string, ReturnType<Sqlite['prepare']>>>();
function statementFor(db: Sqlite, table: string) {
  let byTable = cache.get(db);
  if (!byTable) cache.set(db, (byTable = new Map()));
  let statement = byTable.get(table);
  if (!statement) {
    statement = db.prepare(`SELECT * FROM ${table} WHERE audit_seq = ? ORDER BY id`).raw(true);
    byTable.set(table, statement);
  }
  return statement;
}

function canonicalRow(names: string[], row: unknown[]): string {
  let out = '{';
  for (let i = 0; i < row.length; i++) {
    const value = row[i];
    if (value === null || value === undefined) continue;
    out += `${out.length > 1 ? ',' : ''}${names[i]}:${typeof value === 'bigint' ? value.toString() : JSON.stringify(value)}`;
  }
  return `${out}}`;
}
