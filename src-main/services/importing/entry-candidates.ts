import { entryInputSchema } from '../../../src-shared/schemas/ledger-inputs';
import { findEntry, insertEntry, sameEntry } from '../../ledger/repos/entries-repo';
import { describeEntryDifference } from './entry-difference';
import type { RowRef } from './import-issues';
import { canWrite, firstInFile, type ImportRun } from './import-run';
import { schemaIssues } from './schema-issues';

/** One import entry assembled from a file: from several CSV rows, or one JSON element. */
export interface EntryCandidate {
  input: Record<string, unknown>;
  /** the file rows it stands for (counted as written or unchanged) */
  rows: number;
  /** where the entry starts */
  at: RowRef;
  /** the row and field a schema path points at */
  locate(path: (string | number)[]): { at: RowRef; field: string };
}

/** Validates one entry with the entry schema; adds it, or counts it unchanged, or refuses a changed one. */
export function importEntry(run: ImportRun, seen: Map<string, RowRef>, candidate: EntryCandidate): void {
  const parsed = entryInputSchema.safeParse(candidate.input);
  if (!parsed.success) {
    for (const issue of schemaIssues(parsed.error, candidate.input)) {
      const { at, field } = candidate.locate(issue.path);
      run.issues.add(at, field || 'row', issue.message);
    }
    return;
  }
  const entry = parsed.data;
  if (!firstInFile(run, seen, entry.entryNumber, candidate.at, 'entryNumber', `entry ${entry.entryNumber}`)) return;
  const stored = findEntry(run.db, entry.entryNumber);
  if (stored && sameEntry(run.db, stored, entry)) {
    run.counts.unchanged += candidate.rows;
  } else if (stored) {
    const difference = describeEntryDifference(run.db, entry);
    run.issues.add(
      candidate.at,
      'entryNumber',
      `entry ${entry.entryNumber} is already in the ledger with different content (${difference}); an import never changes an entry: correct the file, or record the correction at the desk`,
    );
  } else {
    if (canWrite(run)) insertEntry(run.db, entry, run.ctx.ids.next(), run.now, run.seq);
    run.counts.written += candidate.rows;
  }
}
