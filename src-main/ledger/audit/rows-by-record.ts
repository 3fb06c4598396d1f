import type { Sqlite } from '../db/open-ledger';
import { tableNames } from '../repos/sqlite-catalog-repo';
import { allRowsById } from '../repos/table-scan-repo';
import { AUDITED_TABLES } from './covered-tables';
import { addRow, newTableDigest, quotedNames, type RowDigests } from './row-digest';

export interface RowsByRecord {
  /** per audit seq, per table: the digest of the rows that claim it */
  digests: Map<number, RowDigests>;
  /** seqs whose rows are not one contiguous id range in some table: rows were slipped in among them */
  split: Map<number, string>;
  /** per seq, its first row ("movements row 12"), to name it in a report */
  firstRow: Map<number, string>;
}

/**
 * One pass over every audited table in primary-key order, grouping rows by the record they claim.
 * An app write appends one contiguous run per table, so a record seen again after another record's
 * rows means rows were inserted, renumbered or moved outside the app.
 */
export function rowsByRecord(db: Sqlite): RowsByRecord {
  const digests = new Map<number, RowDigests>();
  const split = new Map<number, string>();
  const firstRow = new Map<number, string>();
  // A ledger made before a table existed (an old unkeyed one checked before its migrations run) has
  // no rows in it; a table dropped from a current ledger is the schema check's to report.
  const present = new Set(tableNames(db));
  for (const table of AUDITED_TABLES) {
    if (!present.has(table)) continue;
    const { columns, rows } = allRowsById(db, table);
    const names = quotedNames(columns);
    const seqAt = columns.indexOf('audit_seq');
    let current = -1;
    for (const row of rows) {
      const seq = Number(row[seqAt]);
      let perTable = digests.get(seq);
      if (!perTable) {
        digests.set(seq, (perTable = new Map()));
        firstRow.set(seq, `${table} row ${String(row[0])}`);
      }
      let digest = perTable.get(table);
      if (seq !== current && digest && !split.has(seq)) split.set(seq, `${table} row ${String(row[0])}`);
      if (!digest) perTable.set(table, (digest = newTableDigest()));
      addRow(digest, names, row);
      current = seq;
    }
  }
  return { digests, split, firstRow };
}
