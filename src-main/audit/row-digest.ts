import { createHash } from 'node:crypto';
import type { Sqlite } from '../db/open-ledger';
import { AUDITED_TABLES } from './covered-tables';

/**
 * Digest of every ledger row written under one audit record: for each audited table, its rows with
 * that `audit_seq` in id order, each as the JSON array of its stored column values. Read back from
 * SQLite (not from what the caller meant to write) so writing and verifying share one definition.
 */
export function digestRowsOf(db: Sqlite, seq: number): { digest: string; rows: number; perTable: Map<string, string> } {
  const total = createHash('sha256');
  const perTable = new Map<string, string>();
  let rows = 0;
  for (const table of AUDITED_TABLES) {
    const statement = statementFor(db, table);
    const hash = createHash('sha256');
    let count = 0;
    for (const row of statement.iterate(seq) as IterableIterator<unknown[]>) {
      hash.update(JSON.stringify(row, bigintSafe));
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

function bigintSafe(_key: string, value: unknown) {
  return typeof value === 'bigint' ? value.toString() : value;
}
