import { and, eq } from 'drizzle-orm';
import type { AuditSeq } from '../audit/audit-seq';
import type { Sqlite } from '../db/open-ledger';
import { importBatches } from '../db/entries-schema';
import { ormOf } from './orm';

type ImportBatch = typeof importBatches.$inferSelect;
export type ImportBatchRow = Pick<ImportBatch, 'fileName' | 'rowsRead' | 'importedAt'>;

/** A file already imported as this kind, recognised by its content hash (not its name). */
export function findImportBatch(db: Sqlite, kind: string, sha256: string): ImportBatchRow | undefined {
  return ormOf(db)
    .select({ fileName: importBatches.fileName, rowsRead: importBatches.rowsRead, importedAt: importBatches.importedAt })
    .from(importBatches)
    .where(and(eq(importBatches.kind, kind), eq(importBatches.sha256, sha256)))
    .get();
}

export function insertImportBatch(db: Sqlite, batch: Pick<ImportBatch, 'kind' | 'fileName' | 'sha256' | 'rowsRead' | 'importedAt'>, seq: AuditSeq): void {
  ormOf(db)
    .insert(importBatches)
    .values({ ...batch, auditSeq: seq })
    .run();
}

/** The newest import's row id (0 for none): whether any process imported a file since it was last read. */
export function lastImportBatchId(db: Sqlite): number {
  return (db.prepare('SELECT COALESCE(MAX(rowid), 0) FROM import_batches').pluck().get() as number) ?? 0;
}
