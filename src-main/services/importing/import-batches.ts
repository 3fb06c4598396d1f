import type { Sqlite } from '../../ledger/db/open-ledger';
import type { PostEntryImportKind } from '../../../src-shared/domain/post-entry';
import type { ImportKind } from './import-kinds';

/** What a batch imported: a receiving kind, or a post-entry kind (src-main/post-entry/import). */
export type BatchKind = ImportKind | PostEntryImportKind;

export interface ImportBatchRow {
  file_name: string;
  rows_read: number;
  imported_at: string;
}

/** A file already imported as this kind, recognised by its content hash (not its name). */
export function findImportBatch(db: Sqlite, kind: BatchKind, sha256: string): ImportBatchRow | undefined {
  return db.prepare('SELECT file_name, rows_read, imported_at FROM import_batches WHERE kind = ? AND sha256 = ?').get(kind, sha256) as ImportBatchRow | undefined;
}

export function insertImportBatch(db: Sqlite, batch: { kind: BatchKind; fileName: string; sha256: string; rowsRead: number; importedAt: string }, auditSeq: number): void {
  db.prepare('INSERT INTO import_batches (kind, file_name, sha256, rows_read, imported_at, audit_seq) VALUES (?,?,?,?,?,?)').run(batch.kind, batch.fileName, batch.sha256, batch.rowsRead, batch.importedAt, auditSeq);
}
