import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportSummary } from '../../src-shared/domain/ledger';
import { AppError } from '../../src-shared/errors';
import { verifyAudit } from '../../src-main/ledger/audit/verify-audit';
import { sequentialIds, steppingClock } from '../../src-main/ledger/clock';
import { createDesk, type Desk } from '../../src-main/composition-root';
import { importFile } from '../../src-main/services/importing/import-file';
import type { ImportKind } from '../../src-main/services/importing/import-kinds';
import type { Actor } from '../../src-main/services/service-context';

export const FIXTURES = fileURLToPath(new URL('../fixtures/import/', import.meta.url));
export const fixture = (name: string) => join(FIXTURES, name);

/** Tables an import may write, plus the audit trail. */
export const LEDGER_TABLES = [
  'items',
  'locations',
  'import_entries',
  'entry_lines',
  'lots',
  'movements',
  'review_exceptions',
  'import_batches',
  'audit_log',
] as const;

export interface ImportDesk {
  desk: Desk;
  dir: string;
  path: string;
  /** events the desk emitted */
  events: string[];
  run(kind: ImportKind, file: string, actor?: Actor): ImportSummary;
  /** runs an import that must be refused and returns the error */
  refused(kind: ImportKind, file: string, actor?: Actor): AppError;
  count(table: string): number;
  counts(): Record<string, number>;
  auditOk(): boolean;
  dispose(): void;
}

/** An empty ledger file in a temp folder, real migrations, a fixed clock and fixed ids. */
export function createImportDesk(): ImportDesk {
  const dir = mkdtempSync(join(tmpdir(), 'drawback-import-test-'));
  const path = join(dir, 'ledger.db');
  const desk = createDesk(path, { clock: steppingClock('2024-03-04T08:00:00.000Z'), ids: sequentialIds(), log: () => undefined, create: true });
  const events: string[] = [];
  desk.onEvent((event) => events.push(event));
  const count = (table: string) => (desk.ledger.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const run = (kind: ImportKind, file: string, actor: Actor = desk.system) => importFile(desk.ctx, actor, { kind, path: file });
  return {
    desk,
    dir,
    path,
    events,
    run,
    refused(kind, file, actor) {
      try {
        run(kind, file, actor);
      } catch (error) {
        if (error instanceof AppError) return error;
        throw error;
      }
      throw new Error(`importing ${file} as ${kind} was expected to be refused`);
    },
    count,
    counts: () => Object.fromEntries(LEDGER_TABLES.map((t) => [t, count(t)])),
    auditOk: () => verifyAudit(desk.ledger.sqlite).ok,
    dispose() {
      desk.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Master data and entries from the fixtures, as a receipts test starts from. */
export function importMasterData(t: ImportDesk): void {
  t.run('locations', fixture('locations.csv'));
  t.run('items', fixture('items.csv'));
  t.run('entries', fixture('entries.csv'));
}

/** The issues of a refusal as "line:field" (the file name stripped), for compact assertions. */
export function issueSpots(error: AppError, file: string): string[] {
  return (error.issues ?? []).map((i) => i.field.replace(`${file}:`, ''));
}
