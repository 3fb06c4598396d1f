import type { EntryLine, ImportEntry } from '../../../src-shared/domain/ledger';
import { formatAmount, formatMoney, parseMoney, perUnit } from '../../../src-shared/money';
import type { EntryInput } from '../../../src-shared/schemas/ledger-inputs';
import { convertToBase } from '../../../src-shared/units';
import type { AuditSeq } from '../audit/audit-seq';
import type { items } from '../db/catalog-schema';
import type { entryLines, importEntries } from '../db/entries-schema';
import type { Sqlite } from '../db/open-ledger';
import type { SqlRow } from './sql-row';

/** A row of `import_entries` as `SELECT *` returns it. */
export type EntryRow = SqlRow<typeof importEntries>;

/** A row of `entry_lines` as `SELECT *` returns it (the duty-type columns are NULL on lines written before they were kept: none was recorded). */
export type EntryLineRow = SqlRow<typeof entryLines>;

export function findEntry(db: Sqlite, entryNumber: string): EntryRow | undefined {
  return db.prepare<[string], EntryRow>('SELECT * FROM import_entries WHERE entry_number = ?').get(entryNumber);
}

export function findEntryLine(db: Sqlite, entryId: number, lineNumber: number): EntryLineRow | undefined {
  return db.prepare<[number, number], EntryLineRow>('SELECT * FROM entry_lines WHERE entry_id = ? AND line_number = ?').get(entryId, lineNumber);
}

/** Quantity already received against an entry line (receipts less their reversals), in base units. */
export function receivedAgainstLine(db: Sqlite, entryLineId: number): number {
  const row = db
    .prepare<[number, number], { q: number }>(
      `SELECT
         (SELECT COALESCE(SUM(m.quantity), 0) FROM movements m JOIN lots l ON l.id = m.lot_id
           WHERE l.entry_line_id = ? AND m.kind = 'receipt')
       - (SELECT COALESCE(SUM(v.quantity), 0) FROM movements v JOIN movements r ON r.id = v.corrects_movement_id JOIN lots l ON l.id = r.lot_id
           WHERE l.entry_line_id = ? AND v.kind = 'reversal' AND r.kind = 'receipt') AS q`,
    )
    .get(entryLineId, entryLineId)!; // an aggregate without GROUP BY always returns its one row
  return row.q;
}

/**
 * Quantity received against an entry line in the line's own unit (a line declared in dozens while the
 * item is kept each by each shows dozens). Each item unit's base quantity is divided by the factor
 * that the receipt rules used to compare with the line, so a part of a line unit shows as a fraction.
 */
export function receivedInLineUnit(db: Sqlite, line: Pick<EntryLineRow, 'id' | 'uom'>): number {
  const byUnit = db
    .prepare<[number, number], { uom: SqlRow<typeof items>['uom']; q: number }>(
      `SELECT uom, SUM(q) AS q FROM (
         SELECT i.uom, m.quantity AS q FROM movements m JOIN lots l ON l.id = m.lot_id JOIN items i ON i.id = l.item_id
           WHERE l.entry_line_id = ? AND m.kind = 'receipt'
         UNION ALL
         SELECT i.uom, -v.quantity FROM movements v JOIN movements r ON r.id = v.corrects_movement_id JOIN lots l ON l.id = r.lot_id
           JOIN items i ON i.id = l.item_id WHERE l.entry_line_id = ? AND v.kind = 'reversal' AND r.kind = 'receipt'
       ) GROUP BY uom`,
    )
    .all(line.id, line.id);
  const total = byUnit.reduce((sum, u) => sum + u.q / (convertToBase(1, line.uom, u.uom) ?? 1), 0);
  return Math.round(total * 10_000) / 10_000;
}

export function insertEntry(db: Sqlite, entry: EntryInput, uid: string, createdAt: string, auditSeq: AuditSeq): number {
  const info = db
    .prepare(
      `INSERT INTO import_entries (uid, entry_number, entry_type, entry_date, import_date, port_code, importer, broker, bill_of_lading,
         containers_json, purchase_orders_json, reconciliation_flag, created_at, audit_seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
    )
    .run(
      uid,
      entry.entryNumber,
      entry.entryType,
      entry.entryDate,
      entry.importDate,
      entry.portCode,
      entry.importer,
      entry.broker,
      entry.billOfLading ?? null,
      JSON.stringify(entry.containers),
      JSON.stringify(entry.purchaseOrders),
      entry.reconciliationFlag ? 1 : 0,
      createdAt,
      auditSeq,
    );
  const entryId = Number(info.lastInsertRowid);
  const insertLine = db.prepare(
    `INSERT INTO entry_lines (entry_id, line_number, hts10, quantity, uom, entered_value_4dp, duty_4dp, mpf_4dp, hmf_4dp, other_fees_4dp, antidumping_4dp, countervailing_4dp, excise_tax_4dp, audit_seq)
     VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
  );
  for (const line of entry.lines) {
    // bound as bigint: exact whatever the amount (the schema and the ledger's triggers bound it)
    insertLine.run(
      entryId,
      line.lineNumber,
      line.hts,
      line.quantity,
      line.uom,
      parseMoney(line.enteredValue),
      parseMoney(line.duty),
      parseMoney(line.mpf),
      parseMoney(line.hmf),
      parseMoney(line.otherFees),
      parseMoney(line.antidumpingDuty),
      parseMoney(line.countervailingDuty),
      parseMoney(line.exciseTax),
      auditSeq,
    );
  }
  return entryId;
}

export function getEntry(db: Sqlite, entryNumber: string): ImportEntry | undefined {
  const row = findEntry(db, entryNumber);
  if (!row) return undefined;
  const lines = db.prepare<[number], EntryLineRow>('SELECT * FROM entry_lines WHERE entry_id = ? ORDER BY line_number').all(row.id);
  return toEntry(
    row,
    lines.map((l) => toEntryLine(l, receivedInLineUnit(db, l))),
  );
}

export function listEntries(db: Sqlite, query?: string): ImportEntry[] {
  const rows = db
    .prepare<[string], Pick<EntryRow, 'entry_number'>>(
      'SELECT entry_number FROM import_entries WHERE entry_number LIKE ? ORDER BY entry_date DESC, entry_number LIMIT 200',
    )
    .all(`%${query ?? ''}%`);
  return rows.map((r) => getEntry(db, r.entry_number)).filter((e): e is ImportEntry => e !== undefined);
}

export function toEntryLine(l: EntryLineRow, receivedQuantity: number): EntryLine {
  const duty = BigInt(l.duty_4dp);
  return {
    lineNumber: l.line_number,
    hts: l.hts10,
    quantity: l.quantity,
    uom: l.uom,
    enteredValue: formatAmount(BigInt(l.entered_value_4dp)),
    duty: formatAmount(duty),
    antidumpingDuty: formatAmount(BigInt(l.antidumping_4dp ?? 0)),
    countervailingDuty: formatAmount(BigInt(l.countervailing_4dp ?? 0)),
    exciseTax: formatAmount(BigInt(l.excise_tax_4dp ?? 0)),
    mpf: formatAmount(BigInt(l.mpf_4dp)),
    hmf: formatAmount(BigInt(l.hmf_4dp)),
    otherFees: formatAmount(BigInt(l.other_fees_4dp)),
    dutyPerUnit: formatMoney(perUnit(duty, l.quantity), 4),
    receivedQuantity,
  };
}

export function toEntry(row: EntryRow, lines: EntryLine[]): ImportEntry {
  return {
    id: row.uid,
    entryNumber: row.entry_number,
    entryType: row.entry_type,
    entryDate: row.entry_date,
    importDate: row.import_date,
    portCode: row.port_code,
    importer: row.importer,
    broker: row.broker,
    billOfLading: row.bill_of_lading,
    containers: JSON.parse(row.containers_json) as string[],
    purchaseOrders: JSON.parse(row.purchase_orders_json) as string[],
    reconciliationFlag: row.reconciliation_flag === 1,
    lines,
  };
}

/** True when the stored entry and its lines say the same as the input (a re-import that changes nothing). */
export function sameEntry(db: Sqlite, row: EntryRow, input: EntryInput): boolean {
  const stored = getEntry(db, row.entry_number);
  if (!stored) return false;
  const strip = (e: ImportEntry) => ({ ...e, id: '', lines: e.lines.map((l) => ({ ...l, receivedQuantity: 0, dutyPerUnit: '' })) });
  const candidate: ImportEntry = {
    id: '',
    entryNumber: input.entryNumber,
    entryType: input.entryType,
    entryDate: input.entryDate,
    importDate: input.importDate,
    portCode: input.portCode,
    importer: input.importer,
    broker: input.broker,
    billOfLading: input.billOfLading ?? null,
    containers: input.containers,
    purchaseOrders: input.purchaseOrders,
    reconciliationFlag: input.reconciliationFlag,
    lines: [...input.lines]
      .sort((a, b) => a.lineNumber - b.lineNumber)
      .map((l) => ({
        lineNumber: l.lineNumber,
        hts: l.hts,
        quantity: l.quantity,
        uom: l.uom,
        enteredValue: formatAmount(parseMoney(l.enteredValue)),
        duty: formatAmount(parseMoney(l.duty)),
        antidumpingDuty: formatAmount(parseMoney(l.antidumpingDuty)),
        countervailingDuty: formatAmount(parseMoney(l.countervailingDuty)),
        exciseTax: formatAmount(parseMoney(l.exciseTax)),
        mpf: formatAmount(parseMoney(l.mpf)),
        hmf: formatAmount(parseMoney(l.hmf)),
        otherFees: formatAmount(parseMoney(l.otherFees)),
        dutyPerUnit: '',
        receivedQuantity: 0,
      })),
  };
  return JSON.stringify(strip(stored)) === JSON.stringify(strip(candidate));
}

/** The entry of this line when it is flagged for reconciliation (its lots cannot be designated yet). */
export function reconciliationFlaggedEntry(db: Sqlite, entryLineId: number): { entry_number: string } | undefined {
  return db
    .prepare<[number], { entry_number: string }>(
      'SELECT e.entry_number FROM entry_lines el JOIN import_entries e ON e.id = el.entry_id WHERE el.id = ? AND e.reconciliation_flag = 1',
    )
    .get(entryLineId);
}
