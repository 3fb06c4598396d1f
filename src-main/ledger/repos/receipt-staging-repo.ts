import type { Bucket } from '../../../src-shared/domain/ledger';
import { AppError } from '../../../src-shared/errors';
import type { EntryInput } from '../../../src-shared/schemas/ledger-inputs';
import type { AuditSeq } from '../audit/audit-seq';
import type { Sqlite } from '../db/open-ledger';
import type { importEntries, entryLines } from '../db/entries-schema';
import type { lots, movements } from '../db/inventory-schema';
import { findEntry, findEntryLine, insertEntry, receivedAgainstLine } from './entries-repo';
import type { SqlRow } from './sql-row';

/** One accepted receipt row, as it will be written (ids of rows the file creates are placeholders). */
export interface StagedReceipt {
  itemId: number;
  lotCode: string;
  /** the lot's id when it is already in the ledger; null when this file creates it */
  lotId: number | null;
  lotUid: string;
  createsLot: boolean;
  /** an entry line of the ledger, or the placeholder of a line of an entry this file captures */
  entryLineId: number;
  locationId: number;
  bucket: Bucket;
  quantity: number;
  reference: string | null;
  occurredAt: string;
  movementUid: string;
  htsMismatch: { uid: string; message: string } | null;
}

/**
 * Where a receipts import keeps the rows it accepted while it checks the rest of the file: TEMP
 * tables, private to this connection and outside the ledger file (SQLite removes them with the
 * connection, after a crash too), written batch by batch in short transactions that take no lock
 * on the ledger, so the desk, other imports and the CLI keep writing meanwhile. `commit` moves them
 * into the ledger in one quick transaction (INSERT ... SELECT, in file order, so each table's new
 * rows stay one contiguous id range under the import's audit record), after checking that nothing
 * the checks relied on changed in between. All rows or none, as before.
 * Prepared raw SQL on purpose: a million staged rows go through it (npm run bench:import).
 */
export class ReceiptStaging {
  private entries = 0;
  private readonly insert;
  private readonly insertEntry;

  constructor(
    private readonly db: Sqlite,
    private readonly file: string,
  ) {
    this.drop();
    db.exec(`CREATE TEMP TABLE staged_receipts (item_id INTEGER NOT NULL, lot_code TEXT NOT NULL, lot_id INTEGER, lot_uid TEXT NOT NULL, creates_lot INTEGER NOT NULL,
               entry_line_id INTEGER NOT NULL, location_id INTEGER NOT NULL, bucket TEXT NOT NULL, quantity INTEGER NOT NULL, reference TEXT, occurred_at TEXT NOT NULL,
               movement_uid TEXT NOT NULL, exception_uid TEXT, exception_message TEXT);
             CREATE TEMP TABLE staged_entries (placeholder INTEGER PRIMARY KEY, uid TEXT NOT NULL, entry_json TEXT NOT NULL);
             CREATE TEMP TABLE staged_line_map (placeholder INTEGER PRIMARY KEY, real INTEGER NOT NULL);`);
    this.insert = db.prepare<[Record<string, unknown>]>(
      `INSERT INTO temp.staged_receipts VALUES (@itemId, @lotCode, @lotId, @lotUid, @createsLot, @entryLineId, @locationId, @bucket, @quantity, @reference, @occurredAt, @movementUid, @exceptionUid, @exceptionMessage)`,
    );
    this.insertEntry = db.prepare<[number, string, string]>('INSERT INTO temp.staged_entries VALUES (?, ?, ?)');
  }

  stage(r: StagedReceipt): void {
    this.insert.run({ ...r, createsLot: r.createsLot ? 1 : 0, exceptionUid: r.htsMismatch?.uid ?? null, exceptionMessage: r.htsMismatch?.message ?? null });
  }

  /** An entry a row captures on the spot: placeholder ids for it and its lines, for the rows that follow. */
  captureEntry(entry: EntryInput, uid: string): { entryId: number; lineIds: Map<number, number> } {
    const k = ++this.entries;
    this.insertEntry.run(-k, uid, JSON.stringify(entry));
    return { entryId: -k, lineIds: new Map(entry.lines.map((l) => [l.lineNumber, -(k * 100_000 + l.lineNumber)])) };
  }

  /**
   * Inside the import's write transaction (under audit record `seq`): refuses when the ledger moved
   * under the file's checks (a reference, lot or entry that appeared, an entry line received
   * against meanwhile; `receivedAtStart` is what each line held when the file first looked), then
   * writes entries, lots, movements and review exceptions.
   */
  commit(seq: AuditSeq, now: string, userId: number, receivedAtStart: ReadonlyMap<number, number>): void {
    const { db } = this;
    const staged = db
      .prepare<[], { placeholder: number; uid: string; entry_json: string }>(
        'SELECT placeholder, uid, entry_json FROM temp.staged_entries ORDER BY placeholder DESC',
      )
      .all();
    for (const { placeholder, uid, entry_json } of staged) {
      const entry = JSON.parse(entry_json) as EntryInput;
      if (findEntry(db, entry.entryNumber)) this.changed(`entry ${entry.entryNumber} was added`);
      const entryId = insertEntry(db, entry, uid, now, seq);
      const k = -placeholder;
      for (const line of entry.lines)
        db.prepare('INSERT INTO temp.staged_line_map VALUES (?, ?)').run(-(k * 100_000 + line.lineNumber), findEntryLine(db, entryId, line.lineNumber)!.id);
    }
    const reference = db
      .prepare<[], { reference: NonNullable<SqlRow<typeof movements>['reference']> }>(
        'SELECT s.reference FROM temp.staged_receipts s JOIN main.movements m ON m.reference = s.reference WHERE s.reference IS NOT NULL LIMIT 1',
      )
      .get();
    if (reference) this.changed(`reference ${reference.reference} was received`);
    const lot = db
      .prepare<[], Pick<SqlRow<typeof lots>, 'lot_code'>>(
        'SELECT s.lot_code FROM temp.staged_receipts s JOIN main.lots l ON l.item_id = s.item_id AND l.lot_code = s.lot_code WHERE s.creates_lot = 1 LIMIT 1',
      )
      .get();
    if (lot) this.changed(`lot ${lot.lot_code} was created`);
    for (const [lineId, before] of receivedAtStart) {
      if (lineId > 0 && receivedAgainstLine(db, lineId) !== before) {
        const line = db
          .prepare<[number], Pick<SqlRow<typeof importEntries>, 'entry_number'> & Pick<SqlRow<typeof entryLines>, 'line_number'>>(
            'SELECT e.entry_number, l.line_number FROM entry_lines l JOIN import_entries e ON e.id = l.entry_id WHERE l.id = ?',
          )
          .get(lineId)!;
        this.changed(`entry ${line.entry_number} line ${line.line_number} was received against`);
      }
    }
    const lineOf = 'COALESCE((SELECT m.real FROM temp.staged_line_map m WHERE m.placeholder = s.entry_line_id), s.entry_line_id)';
    db.prepare(
      `INSERT INTO main.lots (uid, item_id, lot_code, entry_line_id, created_at, audit_seq) SELECT s.lot_uid, s.item_id, s.lot_code, ${lineOf}, @now, @seq FROM temp.staged_receipts s WHERE s.creates_lot = 1 ORDER BY s.rowid`,
    ).run({ now, seq });
    db.prepare(
      `INSERT INTO main.movements (uid, kind, lot_id, quantity, to_location_id, to_bucket, reference, occurred_at, user_id, audit_seq)
       SELECT s.movement_uid, 'receipt', COALESCE(s.lot_id, (SELECT l.id FROM main.lots l WHERE l.uid = s.lot_uid)), s.quantity, s.location_id, s.bucket, s.reference, s.occurred_at, @userId, @seq
       FROM temp.staged_receipts s ORDER BY s.rowid`,
    ).run({ userId, seq });
    db.prepare(
      `INSERT INTO main.review_exceptions (uid, kind, message, entry_line_id, item_id, movement_id, created_at, audit_seq)
       SELECT s.exception_uid, 'hts-mismatch', s.exception_message, ${lineOf}, s.item_id, (SELECT m.id FROM main.movements m WHERE m.uid = s.movement_uid), @now, @seq
       FROM temp.staged_receipts s WHERE s.exception_uid IS NOT NULL ORDER BY s.rowid`,
    ).run({ now, seq });
  }

  /** Drops the staging tables (after the commit, and on every failure path). */
  drop(): void {
    this.db.exec('DROP TABLE IF EXISTS temp.staged_receipts; DROP TABLE IF EXISTS temp.staged_entries; DROP TABLE IF EXISTS temp.staged_line_map;');
  }

  private changed(what: string): never {
    throw new AppError(
      'CONFLICT',
      `the ledger changed while ${this.file} was being checked (${what}), so nothing was imported: run the import again; rows already in the ledger are recognised as unchanged`,
    );
  }
}
