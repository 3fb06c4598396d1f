import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { parseCsvRecords } from '../src-main/services/importing/csv-records';

const COLUMNS = ['entry_number', 'line_number', 'sku', 'lot_code', 'quantity', 'uom', 'location_code', 'received_at', 'preserve_for_drawback', 'reference'];

/** Parse only: what every CSV import pays before doing anything with a row. */
export function parseOnly(csvPath: string): number {
  let rows = -1; // the header
  parseCsvRecords(readFileSync(csvPath), { record: () => void rows++, bad: () => undefined });
  return rows;
}

/**
 * The baseline the import is measured against: the same file through the same parser (same
 * options), one prepared INSERT per row into a plain table with the same columns, one transaction,
 * on a file opened with the ledger's pragmas (WAL, synchronous=FULL). No validation, no audit.
 */
export function rawInsert(csvPath: string, dbPath: string): number {
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE raw_receipts (id INTEGER PRIMARY KEY, ${COLUMNS.map((c) => `${c} TEXT`).join(', ')})`);
  const insert = db.prepare(`INSERT INTO raw_receipts (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(',')})`);
  let rows = 0;
  db.transaction(() => {
    let header = true;
    parseCsvRecords(readFileSync(csvPath), {
      record(values) {
        if (header) return void (header = false);
        insert.run(values);
        rows++;
      },
      bad: (line, message) => {
        throw new Error(`line ${line}: ${message}`);
      },
    });
  })();
  db.close();
  return rows;
}
