import type { PostEntryImportKind, PostEntryImportSummary } from '../../../../src-shared/domain/post-entry';
import type { AppErrorShape } from '../../../../src-shared/errors';
import type { EntrySummaryInput, LiquidationInput, PreEntryInput, StatementInput } from '../../../../src-shared/schemas/post-entry-inputs';
import { fileRef, ImportIssues } from '../../importing/import-issues';
import type { NewStatusMessage } from '../../../ledger/repos/post-entry-messages-repo';
import { dispositionCodes } from '../reference-cache';
import { readRecords, type RecordShape } from './record-rows';
import { LIQUIDATION_SHAPE, PRE_ENTRY_SHAPE, STATEMENT_SHAPE, SUMMARY_SHAPE } from './record-shapes';
import { readStatusFile } from './status-records';
import { contentHash, writeLiquidations, writePreEntries, writeStatements, writeSummaries, type HashedRecords, type WriteRun } from './write-records';
import { statusMessageWriter } from '../../../ledger/repos/post-entry-messages-repo';

const LISTED_WARNINGS = 100;

/** A file's checked content, plain data (it may come from the reader worker): what will be written. */
export type CheckedData =
  | ({ kind: 'pre-entries' } & HashedRecords<PreEntryInput>)
  | ({ kind: 'entry-summaries' } & HashedRecords<EntrySummaryInput>)
  | ({ kind: 'statements' } & HashedRecords<StatementInput>)
  | ({ kind: 'liquidations' } & HashedRecords<LiquidationInput>)
  | { kind: 'status'; messages: NewStatusMessage[] };

export interface CheckedFile {
  rowsRead: number;
  unknownCodes: number;
  warnings: string[];
  /** the refusal, every error by FILE:LINE:FIELD, when the file has any: nothing of it is written */
  rejection?: AppErrorShape;
  data: CheckedData;
}

/**
 * Reads and checks a whole post-entry file without touching the ledger: pure, so it runs on the
 * importing thread or in the reader worker alike (post-entry-batch-import.ts).
 */
export function checkPostEntryFile(kind: PostEntryImportKind, format: PostEntryImportSummary['format'], file: string, bytes: Buffer): CheckedFile {
  const issues = new ImportIssues(file);
  const checked = read(kind, format, bytes, issues);
  if (issues.count > 0) checked.rejection = issues.rejection(checked.rowsRead).toShape();
  return checked;
}

function read(kind: PostEntryImportKind, format: PostEntryImportSummary['format'], bytes: Buffer, issues: ImportIssues): CheckedFile {
  if (kind === 'status') {
    const status = readStatusFile(bytes, format === 'x12' ? 'x12' : 'csv', issues, dispositionCodes());
    const warnings = status.warnings.slice(0, LISTED_WARNINGS);
    if (status.warnings.length > LISTED_WARNINGS) warnings.push(`and ${status.warnings.length - LISTED_WARNINGS} more warnings`);
    return { rowsRead: status.messages.length, unknownCodes: status.unknownCodes, warnings, data: { kind, messages: status.messages } };
  }
  const records = <T>(shape: RecordShape<T>): { rowsRead: number; values: T[]; hashes: string[] } => {
    const { records: read, rowsRead } = readRecords(bytes, format === 'csv' ? 'csv' : 'json', shape, issues);
    if (rowsRead === 0 && issues.count === 0) issues.add(fileRef('1'), 'file', 'the file has no rows to import');
    // Each record's content hash is worked out here, in the reader worker during a batch, so the
    // writing thread (the one holding the write lock) only compares it.
    const values = read.map((r) => r.value);
    return { rowsRead, values, hashes: values.map((v) => contentHash(v as object)) };
  };
  const done = <D extends CheckedData>(result: { rowsRead: number }, data: D): CheckedFile => ({
    rowsRead: result.rowsRead,
    unknownCodes: 0,
    warnings: [],
    data,
  });
  switch (kind) {
    case 'pre-entries': {
      const r = records(PRE_ENTRY_SHAPE);
      return done(r, { kind, records: r.values, hashes: r.hashes });
    }
    case 'entry-summaries': {
      const r = records(SUMMARY_SHAPE);
      return done(r, { kind, records: r.values, hashes: r.hashes });
    }
    case 'statements': {
      const r = records(STATEMENT_SHAPE);
      return done(r, { kind, records: r.values, hashes: r.hashes });
    }
    case 'liquidations': {
      const r = records(LIQUIDATION_SHAPE);
      return done(r, { kind, records: r.values, hashes: r.hashes });
    }
  }
}

/** Writes checked content inside the import's transaction. */
export function writeChecked(run: WriteRun, data: CheckedData): void {
  switch (data.kind) {
    case 'pre-entries':
      return writePreEntries(run, data);
    case 'entry-summaries':
      return writeSummaries(run, data);
    case 'statements':
      return writeStatements(run, data);
    case 'liquidations':
      return writeLiquidations(run, data);
    case 'status': {
      const insert = statusMessageWriter(run.db, run.seq);
      for (const message of data.messages) {
        if (insert(message)) run.counts.written++;
        else run.counts.unchanged++;
      }
    }
  }
}
