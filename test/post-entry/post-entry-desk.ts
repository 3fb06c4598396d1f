import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PostEntryImportKind, PostEntryImportSummary } from '../../src-shared/domain/post-entry';
import { AppError } from '../../src-shared/errors';
import { verifyAudit } from '../../src-main/ledger/audit/verify-audit';
import { importPostEntryFile } from '../../src-main/services/post-entry/import/post-entry-import';
import type { Actor } from '../../src-main/services/service-context';
import { createTestDesk, type TestDesk } from '../helpers/test-desk';

export const FIXTURES = fileURLToPath(new URL('../fixtures/post-entry/', import.meta.url));
/** A post-entry fixture: "ledger/pre-entries.json", or an engine fixture such as "valid-004010.edi". */
export const fixture = (name: string) => join(FIXTURES, name);

/** Every post-entry table, to show that a refused file wrote nothing. */
export const POST_ENTRY_TABLES = [
  'pre_entries',
  'pre_entry_lines',
  'entry_summaries',
  'entry_summary_lines',
  'status_messages',
  'duty_statements',
  'statement_entries',
  'liquidation_notices',
  'import_batches',
  'audit_log',
] as const;

export interface PostEntryDesk extends TestDesk {
  run(kind: PostEntryImportKind, file: string, actor?: Actor): PostEntryImportSummary;
  refusedImport(kind: PostEntryImportKind, file: string, actor?: Actor): AppError;
  counts(): Record<string, number>;
  auditOk(): boolean;
}

/** A seeded test ledger (real migrations, fixed clock and ids) with post-entry import helpers, run as the specialist. */
export function createPostEntryDesk(): PostEntryDesk {
  const t = createTestDesk({ seed: true }) as PostEntryDesk;
  t.run = (kind, file, actor = t.actors.specialist) => importPostEntryFile(t.desk.ctx, actor, { kind, path: file });
  t.refusedImport = (kind, file, actor) => {
    try {
      t.run(kind, file, actor);
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
    throw new Error(`importing ${file} as ${kind} was expected to be refused`);
  };
  t.counts = () => Object.fromEntries(POST_ENTRY_TABLES.map((name) => [name, t.count(name)]));
  t.auditOk = () => verifyAudit(t.desk.ledger.sqlite).ok;
  return t;
}

/** The whole scenario of the fixtures: pre-entries, filings, status, statements, liquidations. */
export function importScenario(t: PostEntryDesk): void {
  t.run('pre-entries', fixture('ledger/pre-entries.json'));
  t.run('entry-summaries', fixture('ledger/entry-summaries.json'));
  t.run('entry-summaries', fixture('ledger/entry-summaries.csv'));
  t.run('status', fixture('valid-004010.edi'));
  t.run('statements', fixture('ledger/statements.json'));
  t.run('liquidations', fixture('ledger/liquidations.csv'));
}

/** The issues of a refusal as "line:field" (the file name stripped), for compact assertions. */
export function issueSpots(error: AppError, file: string): string[] {
  return (error.issues ?? []).map((i) => i.field.replace(`${file}:`, ''));
}
