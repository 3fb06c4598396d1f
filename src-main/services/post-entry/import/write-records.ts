import type { AuditSeq } from '../../../ledger/audit/audit-seq';
import { createHash } from 'node:crypto';
import { parseEntryNumber } from '../../../../src-shared/post-entry/entry-number';
import type { EntrySummaryInput, LiquidationInput, PreEntryInput, StatementInput } from '../../../../src-shared/schemas/post-entry-inputs';
import type { IdGenerator } from '../../../ledger/clock';
import type { Sqlite } from '../../../ledger/db/open-ledger';
import { hasNotice, insertNotice } from '../../../ledger/repos/post-entry-liquidations-repo';
import { scaledInteger } from '../../../ledger/repos/post-entry-scaled';
import { insertPreEntry, preEntryVersionState, type VersionState } from '../../../ledger/repos/post-entry-pre-entries-repo';
import { insertStatement, statementVersionState } from '../../../ledger/repos/post-entry-statements-repo';
import { insertSummary, summaryVersionState } from '../../../ledger/repos/post-entry-summaries-repo';

/** One import's writes, inside its transaction under audit record `seq`. */
export interface WriteRun {
  db: Sqlite;
  seq: AuditSeq;
  now: string;
  userId: number;
  ids: IdGenerator;
  counts: { written: number; versions: number; unchanged: number };
}

/** A file's records and, in the same order, each one's contentHash (worked out while the file was checked). */
export interface HashedRecords<T> {
  records: T[];
  hashes: string[];
}

/** Fields whose written form may vary ("5000" and "5000.00") while the value is the same. */
const SCALED = new Set(['quantity', 'value', 'duty', 'mpf', 'hmf', 'ad', 'cvd', 'preliminary', 'final', 'paidAmount', 'amount', 'liquidatedTotal']);

const byLine = (a: { lineNumber: number }, b: { lineNumber: number }) => a.lineNumber - b.lineNumber;
const byEntry = (a: { entryNumber: string }, b: { entryNumber: string }) => (a.entryNumber < b.entryNumber ? -1 : a.entryNumber > b.entryNumber ? 1 : 0);

/**
 * sha256 of a record's content: amounts and quantities by value, lines (and a statement's entries) in
 * order. Equal hashes mean the ledger already holds this version, so a re-import writes nothing.
 * Records come out of one zod schema per kind, so their keys come in the schema's order and need no
 * sorting (the import hashes every record of a year of traffic).
 */
export function contentHash(record: object): string {
  const text = JSON.stringify(record, (key, value: unknown) => {
    if (key === 'lines' && Array.isArray(value)) return [...(value as { lineNumber: number }[])].sort(byLine);
    if (key === 'entries' && Array.isArray(value)) return [...(value as { entryNumber: string }[])].sort(byEntry);
    if (typeof value === 'string' && SCALED.has(key)) return scaledInteger(value);
    return value;
  });
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Counts the record as unchanged, a new record or a new version, and says which version to write.
 * Content the ledger holds in any version is unchanged: an older file sent again (a broker's export
 * of the first filing after a re-filing) must not turn back the clock with a version of its own.
 */
function nextVersion(run: WriteRun, state: VersionState): number | undefined {
  if (state.known === 1) {
    run.counts.unchanged++;
    return undefined;
  }
  if (state.latest === null) run.counts.written++;
  else run.counts.versions++;
  return (state.latest ?? 0) + 1;
}

export function writePreEntries(run: WriteRun, { records, hashes }: HashedRecords<PreEntryInput>): void {
  for (const [i, record] of records.entries()) {
    const hash = hashes[i]!;
    const version = nextVersion(run, preEntryVersionState(run.db, record.entryNumber, hash));
    if (version !== undefined)
      insertPreEntry(run.db, record, { uid: run.ids.next(), version, contentHash: hash, createdAt: run.now, userId: run.userId }, run.seq);
  }
}

/** Each re-filing is a new version (numbered after the desk's corrections too); a filing the broker already sent is unchanged. */
export function writeSummaries(run: WriteRun, { records, hashes }: HashedRecords<EntrySummaryInput>): void {
  for (const [i, record] of records.entries()) {
    const hash = hashes[i]!;
    const version = nextVersion(run, summaryVersionState(run.db, record.entryNumber, hash));
    if (version === undefined) continue;
    const filerCode = parseEntryNumber(record.entryNumber);
    if (!filerCode.ok) throw new Error(`entry ${record.entryNumber} passed the schema but is not an entry number`);
    insertSummary(
      run.db,
      record,
      {
        uid: run.ids.next(),
        version,
        origin: 'broker',
        filerCode: filerCode.value.filerCode,
        contentHash: hash,
        reason: null,
        createdAt: run.now,
        userId: run.userId,
      },
      run.seq,
    );
  }
}

export function writeStatements(run: WriteRun, { records, hashes }: HashedRecords<StatementInput>): void {
  for (const [i, record] of records.entries()) {
    const hash = hashes[i]!;
    const version = nextVersion(run, statementVersionState(run.db, record.statementNumber, hash));
    if (version !== undefined)
      insertStatement(run.db, record, { uid: run.ids.next(), version, contentHash: hash, createdAt: run.now, userId: run.userId }, run.seq);
  }
}

/** A notice is kept once: the same notice again (in this file or another) is unchanged. */
export function writeLiquidations(run: WriteRun, { records, hashes }: HashedRecords<LiquidationInput>): void {
  for (const [i, record] of records.entries()) {
    const hash = hashes[i]!;
    if (hasNotice(run.db, record.entryNumber, hash)) {
      run.counts.unchanged++;
      continue;
    }
    run.counts.written++;
    insertNotice(run.db, record, { uid: run.ids.next(), contentHash: hash, createdAt: run.now, userId: run.userId }, run.seq);
  }
}
