import type { AuditSeq } from '../audit/audit-seq';
import type { EntrySummaryInput, EntrySummaryLineInput } from '../../../src-shared/schemas/post-entry-inputs';
import type { Sqlite } from '../db/open-ledger';
import type { entrySummaries, entrySummaryLines } from '../db/post-entry-schema';
import type { SqlRow } from './sql-row';
import { scaledInteger as s } from './post-entry-scaled';
import type { VersionMeta, VersionState } from './post-entry-pre-entries-repo';

/** Entry summaries (CBP Form 7501 data) in the ledger: the broker's filings and the desk's corrections, as versions. */

/** A summary version as `SELECT *` returns it. */
export type SummaryRow = SqlRow<typeof entrySummaries>;

export type SummaryOrigin = SummaryRow['origin'];

/** A line with its summary's entry number (LINE_COLUMNS). */
export type SummaryLineRow = Pick<SummaryRow, 'entry_number'> &
  Pick<
    SqlRow<typeof entrySummaryLines>,
    | 'summary_id'
    | 'line_number'
    | 'description'
    | 'hts'
    | 'origin'
    | 'quantity_4dp'
    | 'unit'
    | 'value_4dp'
    | 'duty_rate'
    | 'duty_4dp'
    | 'mpf_4dp'
    | 'hmf_4dp'
    | 'ad_4dp'
    | 'cvd_4dp'
    | 'adcvd_case'
  >;

/** A filed entry's newest broker version with how many the broker filed and when it first filed. */
export type FiledEntryRow = SummaryRow & { broker_versions: number; first_summary_date: SummaryRow['summary_date'] };

/** The newest broker filing of each entry (versions only grow, so the highest id). */
const LATEST_BROKER = "SELECT MAX(id) FROM entry_summaries WHERE origin = 'broker' GROUP BY entry_number";

/** The newest version of any origin, and whether the broker already filed this content. */
export function summaryVersionState(db: Sqlite, entryNumber: string, contentHash: string): VersionState {
  return db
    .prepare<[string, string], VersionState>(
      "SELECT MAX(version) AS latest, MAX(origin = 'broker' AND content_hash = ?) AS known FROM entry_summaries WHERE entry_number = ?",
    )
    .get(contentHash, entryNumber)!; // an aggregate without GROUP BY always returns its one row
}

export function nextSummaryVersion(db: Sqlite, entryNumber: string): number {
  return db.prepare<[string], { v: number }>('SELECT COALESCE(MAX(version), 0) + 1 AS v FROM entry_summaries WHERE entry_number = ?').get(entryNumber)!.v;
}

export interface SummaryMeta extends VersionMeta {
  origin: SummaryOrigin;
  filerCode: string;
  reason: string | null;
}

export function insertSummary(db: Sqlite, input: EntrySummaryInput, meta: SummaryMeta, auditSeq: AuditSeq): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO entry_summaries (uid, entry_number, filer_code, version, origin, entry_type, summary_date, entry_date, import_date, release_date, port_code, broker, importer,
           bill_of_lading, payment, reconciliation_flag, scheduled_liquidation, content_hash, reason, created_at, user_id, audit_seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
      )
      .run(
        meta.uid,
        input.entryNumber,
        meta.filerCode,
        meta.version,
        meta.origin,
        input.entryType,
        input.summaryDate,
        input.entryDate,
        input.importDate,
        input.releaseDate ?? null,
        input.portCode,
        input.broker,
        input.importer,
        input.billOfLading ?? null,
        input.payment,
        input.reconciliationFlag ? 1 : 0,
        input.scheduledLiquidation ?? null,
        meta.contentHash,
        meta.reason,
        meta.createdAt,
        meta.userId,
        auditSeq,
      ).lastInsertRowid,
  );
  insertSummaryLines(db, id, input.lines, auditSeq);
  return id;
}

function insertSummaryLines(db: Sqlite, summaryId: number, lines: readonly EntrySummaryLineInput[], auditSeq: AuditSeq): void {
  const line = db.prepare(
    `INSERT INTO entry_summary_lines (summary_id, line_number, description, hts, origin, quantity_4dp, unit, value_4dp, duty_rate, duty_4dp, mpf_4dp, hmf_4dp, ad_4dp, cvd_4dp, adcvd_case, audit_seq)
     VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
  );
  for (const l of [...lines].sort((a, b) => a.lineNumber - b.lineNumber)) {
    line.run(
      summaryId,
      l.lineNumber,
      l.description ?? null,
      l.hts.join(' '),
      l.origin,
      s(l.quantity),
      l.unit,
      s(l.value),
      l.dutyRate,
      s(l.duty),
      s(l.mpf),
      s(l.hmf),
      s(l.ad),
      s(l.cvd),
      l.adcvdCase ?? null,
      auditSeq,
    );
  }
}

const LINE_COLUMNS =
  's.entry_number, l.summary_id, l.line_number, l.description, l.hts, l.origin, l.quantity_4dp, l.unit, l.value_4dp, l.duty_rate, l.duty_4dp, l.mpf_4dp, l.hmf_4dp, l.ad_4dp, l.cvd_4dp, l.adcvd_case';

/** The lines of each entry's newest broker filing, by entry and line (one entry, or all). */
export function latestFiledLines(db: Sqlite, entryNumber?: string): SummaryLineRow[] {
  const where = entryNumber ? 'AND s.entry_number = ?' : '';
  return db
    .prepare<string[], SummaryLineRow>(
      `SELECT ${LINE_COLUMNS} FROM entry_summaries s JOIN entry_summary_lines l ON l.summary_id = s.id WHERE s.id IN (${LATEST_BROKER}) ${where} ORDER BY s.entry_number, l.line_number`,
    )
    .all(...(entryNumber ? [entryNumber] : []));
}

/** Every filed entry: its newest broker version, how many versions the broker filed, its first summary date. */
export function filedEntries(db: Sqlite, entryNumber?: string): FiledEntryRow[] {
  const where = entryNumber ? 'WHERE s.entry_number = ?' : '';
  return db
    .prepare<string[], FiledEntryRow>(
      `SELECT s.*, c.broker_versions, c.first_summary_date FROM entry_summaries s
       JOIN (SELECT MAX(id) AS id, COUNT(*) AS broker_versions, MIN(summary_date) AS first_summary_date FROM entry_summaries WHERE origin = 'broker' GROUP BY entry_number) c ON c.id = s.id
       ${where} ORDER BY s.entry_number`,
    )
    .all(...(entryNumber ? [entryNumber] : []));
}

/** Duty, fees and AD/CVD of each entry's newest broker filing (what was deposited at entry), in 1/10,000 dollar. */
export function filedTotals(db: Sqlite, entryNumber?: string): Map<string, number> {
  const where = entryNumber ? 'AND s.entry_number = ?' : '';
  const rows = db
    .prepare<string[], [string, number]>(
      `SELECT s.entry_number, SUM(l.duty_4dp + l.mpf_4dp + l.hmf_4dp + l.ad_4dp + l.cvd_4dp) AS total
       FROM entry_summaries s JOIN entry_summary_lines l ON l.summary_id = s.id WHERE s.id IN (${LATEST_BROKER}) ${where} GROUP BY s.entry_number`,
    )
    .raw(true)
    .all(...(entryNumber ? [entryNumber] : []));
  return new Map(rows);
}

export function summaryVersions(db: Sqlite, entryNumber: string): SummaryRow[] {
  return db.prepare<[string], SummaryRow>('SELECT * FROM entry_summaries WHERE entry_number = ? ORDER BY version').all(entryNumber);
}

export function summaryLines(db: Sqlite, summaryId: number): SummaryLineRow[] {
  return db
    .prepare<[number], SummaryLineRow>(
      `SELECT ${LINE_COLUMNS} FROM entry_summary_lines l JOIN entry_summaries s ON s.id = l.summary_id WHERE l.summary_id = ? ORDER BY l.line_number`,
    )
    .all(summaryId);
}
