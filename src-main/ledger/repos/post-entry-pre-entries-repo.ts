import type { AuditSeq } from '../audit/audit-seq';
import type { PreEntryInput } from '../../../src-shared/schemas/post-entry-inputs';
import type { Sqlite } from '../db/open-ledger';
import type { preEntries, preEntryLines } from '../db/post-entry-schema';
import type { SqlRow } from './sql-row';
import { scaledInteger as s } from './post-entry-scaled';

/** Pre-entry data (what we sent the broker) in the ledger: versions per entry and their lines. */

export interface VersionMeta {
  uid: string;
  version: number;
  contentHash: string;
  createdAt: string;
  userId: number;
}

/**
 * The newest version number of a record (null: none yet), and whether any version has this content:
 * two aggregates no table's row describes, so the type is written here.
 */
export interface VersionState {
  latest: number | null;
  known: number | null;
}

type Header = SqlRow<typeof preEntries>;

export type PreEntryHeaderRow = Pick<
  Header,
  'id' | 'entry_number' | 'version' | 'shipment' | 'broker' | 'importer' | 'entry_type' | 'port_code' | 'bill_of_lading' | 'sent_on' | 'created_at'
>;

/** A line with its pre-entry's entry number and version. */
export type PreEntryLineRow = Pick<Header, 'entry_number' | 'version'> &
  Pick<
    SqlRow<typeof preEntryLines>,
    'line_number' | 'po_number' | 'po_line' | 'hts' | 'origin' | 'quantity_4dp' | 'unit' | 'value_4dp' | 'duty_rate' | 'duty_4dp' | 'mpf_4dp' | 'hmf_4dp'
  >;

/** The newest version of each entry's pre-entry (versions only grow, so the highest id). */
const LATEST = 'SELECT MAX(id) FROM pre_entries GROUP BY entry_number';

export function preEntryVersionState(db: Sqlite, entryNumber: string, contentHash: string): VersionState {
  return db
    .prepare<[string, string], VersionState>('SELECT MAX(version) AS latest, MAX(content_hash = ?) AS known FROM pre_entries WHERE entry_number = ?')
    .get(contentHash, entryNumber)!; // an aggregate without GROUP BY always returns its one row
}

export function insertPreEntry(db: Sqlite, input: PreEntryInput, meta: VersionMeta, auditSeq: AuditSeq): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO pre_entries (uid, entry_number, version, shipment, broker, importer, entry_type, port_code, bill_of_lading, sent_on, content_hash, created_at, user_id, audit_seq)
         VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
      )
      .run(
        meta.uid,
        input.entryNumber,
        meta.version,
        input.shipment,
        input.broker,
        input.importer,
        input.entryType,
        input.portCode,
        input.billOfLading ?? null,
        input.sentOn ?? null,
        meta.contentHash,
        meta.createdAt,
        meta.userId,
        auditSeq,
      ).lastInsertRowid,
  );
  const line = db.prepare(
    `INSERT INTO pre_entry_lines (pre_entry_id, line_number, po_number, po_line, hts, origin, quantity_4dp, unit, value_4dp, duty_rate, duty_4dp, mpf_4dp, hmf_4dp, audit_seq)
     VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
  );
  for (const l of [...input.lines].sort((a, b) => a.lineNumber - b.lineNumber)) {
    line.run(
      id,
      l.lineNumber,
      l.poNumber,
      l.poLine,
      l.hts.join(' '),
      l.origin,
      s(l.quantity),
      l.unit,
      s(l.value),
      l.dutyRate,
      s(l.duty),
      s(l.mpf),
      s(l.hmf),
      auditSeq,
    );
  }
  return id;
}

/** The lines of each entry's newest pre-entry, by entry and line (one entry, or all). */
export function latestPreEntryLines(db: Sqlite, entryNumber?: string): PreEntryLineRow[] {
  const where = entryNumber ? 'AND p.entry_number = ?' : '';
  return db
    .prepare<string[], PreEntryLineRow>(
      `SELECT p.entry_number, p.version, l.line_number, l.po_number, l.po_line, l.hts, l.origin, l.quantity_4dp, l.unit, l.value_4dp, l.duty_rate, l.duty_4dp, l.mpf_4dp, l.hmf_4dp
       FROM pre_entries p JOIN pre_entry_lines l ON l.pre_entry_id = p.id
       WHERE p.id IN (${LATEST}) ${where} ORDER BY p.entry_number, l.line_number`,
    )
    .all(...(entryNumber ? [entryNumber] : []));
}

export function preEntryVersions(db: Sqlite, entryNumber: string): PreEntryHeaderRow[] {
  return db
    .prepare<[string], PreEntryHeaderRow>(
      'SELECT id, entry_number, version, shipment, broker, importer, entry_type, port_code, bill_of_lading, sent_on, created_at FROM pre_entries WHERE entry_number = ? ORDER BY version',
    )
    .all(entryNumber);
}

/** The newest pre-entry lines of one purchase order, with their entry. */
export function preEntryLinesForPo(db: Sqlite, poNumber: string): PreEntryLineRow[] {
  return db
    .prepare<[string], PreEntryLineRow>(
      `SELECT p.entry_number, p.version, l.line_number, l.po_number, l.po_line, l.hts, l.origin, l.quantity_4dp, l.unit, l.value_4dp, l.duty_rate, l.duty_4dp, l.mpf_4dp, l.hmf_4dp
       FROM pre_entry_lines l JOIN pre_entries p ON p.id = l.pre_entry_id
       WHERE l.po_number = ? AND p.id IN (${LATEST}) ORDER BY l.po_line, p.entry_number, l.line_number`,
    )
    .all(poNumber);
}

/** Entry numbers with a pre-entry. */
export function preEntryNumbers(db: Sqlite): string[] {
  return db.prepare<[], Header['entry_number']>('SELECT DISTINCT entry_number FROM pre_entries ORDER BY entry_number').pluck().all();
}
