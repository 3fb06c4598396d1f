import { readFileSync } from 'node:fs';
import { digestRowsOf } from '../src-main/ledger/audit/row-digest';
import type { Desk } from '../src-main/composition-root';
import { parseCsvRecords } from '../src-main/services/importing/csv-records';

/**
 * A lower bound, not an import: the same rows parsed the same way and inserted with prepared
 * statements straight into the real `lots` and `movements` tables (their indexes and foreign keys),
 * then the audit digest read-back, in one transaction. No validation, no receiving rules, no ULIDs,
 * no audit record. Whatever the import does on top costs more than this; it shows how much of the
 * gap to the raw baseline comes from the ledger's schema and audit design rather than the import.
 * Run on a throwaway ledger of its own (master data loaded): its rows have no audit record.
 */
export function ledgerFloor(desk: Desk, csvPath: string): number {
  const db = desk.ledger.sqlite;
  const ids = <T>(sql: string) => new Map((db.prepare(sql).all() as { id: number; k: T }[]).map((r) => [r.k, r.id]));
  const items = ids<string>('SELECT id, sku AS k FROM items');
  const bins = ids<string>('SELECT id, code AS k FROM locations');
  const lines = ids<string>("SELECT el.id, e.entry_number || ':' || el.line_number AS k FROM entry_lines el JOIN import_entries e ON e.id = el.entry_id");
  const seq = (db.prepare('SELECT max(seq) AS s FROM audit_log').get() as { s: number }).s + 1;
  const insertLot = db.prepare('INSERT INTO lots (uid, item_id, lot_code, entry_line_id, created_at, audit_seq) VALUES (?,?,?,?,?,?)');
  const insertMovement = db.prepare(
    `INSERT INTO movements (uid, kind, lot_id, quantity, to_location_id, to_bucket, reference, occurred_at, user_id, audit_seq) VALUES (?,?,?,?,?,?,?,?,?,?)`,
  );
  const lots = new Map<string, number>();
  const uid = (prefix: string, n: number) => `${prefix}${String(n).padStart(25, '0')}`;
  let rows = 0;
  db.transaction(() => {
    let header = true;
    parseCsvRecords(readFileSync(csvPath), {
      record([entry, line, sku, lotCode, quantity, , bin, receivedAt, , reference]) {
        if (header) return void (header = false);
        const key = `${sku}:${lotCode}`;
        let lot = lots.get(key);
        if (lot === undefined)
          lots.set(
            key,
            (lot = Number(insertLot.run(uid('L', lots.size), items.get(sku!), lotCode, lines.get(`${entry}:${line}`), receivedAt, seq).lastInsertRowid)),
          );
        insertMovement.run(uid('M', rows++), 'receipt', lot, Number(quantity), bins.get(bin!), 'available', reference, receivedAt, desk.system.userId, seq);
      },
      bad: (line, message) => {
        throw new Error(`line ${line}: ${message}`);
      },
    });
    digestRowsOf(db, seq);
  })();
  return rows;
}
