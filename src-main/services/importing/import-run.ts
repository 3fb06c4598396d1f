import type { z } from 'zod';
import type { AuditSeq } from '../../ledger/audit/audit-seq';
import type { Sqlite } from '../../ledger/db/open-ledger';
import type { Actor, ServiceContext } from '../service-context';
import type { ImportFormat } from './import-kinds';
import { describeRef, type ImportIssues, type RowRef } from './import-issues';
import { schemaIssues } from './schema-issues';

/** One file being imported, inside its one transaction under audit record `seq`. */
export interface ImportRun {
  ctx: ServiceContext;
  actor: Actor;
  /** the ledger connection with prepared statements reused across rows */
  db: Sqlite;
  seq: AuditSeq;
  now: string;
  format: ImportFormat;
  issues: ImportIssues;
  counts: { written: number; unchanged: number; exceptions: number };
  /** export shipments the file recorded: they are matched once the import has committed */
  shipments?: string[];
}

/**
 * A receipts file being checked and staged before its write transaction: it writes no ledger row,
 * so it has no audit record to write under (ledger/repos/receipt-staging-repo.ts commits the rows).
 */
export type CheckingRun = Omit<ImportRun, 'seq'>;

/** Reads every row of a file; `finish` runs after the last one (entries group their rows). */
export interface RowImporter {
  row(raw: Record<string, unknown>, at: RowRef): void;
  finish(): void;
}

/** Once a row is wrong the file will be rolled back: later rows are only checked, not written. */
export const canWrite = (run: Pick<ImportRun, 'issues'>): boolean => run.issues.count === 0;

export function reportSchema(run: ImportRun, at: RowRef, error: z.ZodError, input: unknown): void {
  for (const issue of schemaIssues(error, input)) run.issues.add(at, issue.path.join('.') || 'row', issue.message);
}

/** A key (SKU, location, entry, reference) may appear once per file; true the first time. */
export function firstInFile(run: ImportRun, seen: Map<string, RowRef>, key: string, at: RowRef, field: string, what: string): boolean {
  const first = seen.get(key);
  if (first === undefined) {
    seen.set(key, at);
    return true;
  }
  run.issues.add(at, field, `${what} is already on ${describeRef(first)} of this file; list it once`);
  return false;
}

/**
 * Names the first field where the ledger and the file disagree (undefined when none does), for the
 * "exists with different content" error: an import never changes a record silently.
 */
export function firstDifference(stored: Record<string, unknown>, incoming: Record<string, unknown>, fields: readonly string[]): string | undefined {
  const norm = (v: unknown) => JSON.stringify(v ?? null);
  const field = fields.find((f) => norm(stored[f]) !== norm(incoming[f]));
  return field === undefined ? undefined : `${field} is ${norm(stored[field])} in the ledger but ${norm(incoming[field])} in the file`;
}
