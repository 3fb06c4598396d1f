import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { POST_ENTRY_IMPORT_KINDS, type PostEntryImportKind, type PostEntryImportSummary } from '../../../../src-shared/domain/post-entry';
import { AppError } from '../../../../src-shared/errors';
import { roleAllows } from '../../../../src-shared/roles';
import { withAudit } from '../../../ledger/audit/audit-log';
import { findImportBatch, insertImportBatch, type ImportBatchRow } from '../../../ledger/repos/import-batches-repo';
import { withStatementCache } from '../../../ledger/repos/statement-cache';
import type { Actor, ServiceContext } from '../../service-context';
import { messageMark, newCriticalMessageAlerts } from '../post-entry-alerts';
import { checkPostEntryFile, writeChecked, type CheckedFile } from './check-file';

/** Compliance data: importing it takes a specialist, like adding an entry by hand. */
export const POST_ENTRY_IMPORT_ROLE = 'specialist' as const;
/** 256 MB (negative: KiB), as SQLite counts it. */
const IMPORT_CACHE_KIB = -262_144;

export interface PostEntryImportRequest {
  kind: PostEntryImportKind;
  /** the file as the person named it: its extension (.csv, .json; .edi/.x12/.350 for an X12 350) says how to read it */
  path: string;
}

/**
 * Imports one post-entry file (pre-entries, entry summaries, status messages, statements, liquidation
 * notices) through the import framework: read and checked whole first, then written in one
 * transaction under one audit record, or nothing (every error listed as FILE:LINE:FIELD). The same
 * file twice is a no-op; a record the ledger holds unchanged is left alone; a changed one is a new version.
 */
export function importPostEntryFile(ctx: ServiceContext, actor: Actor, request: PostEntryImportRequest): PostEntryImportSummary {
  return importPostEntryBytes(ctx, actor, { kind: request.kind, file: request.path, bytes: readFile(request.path) });
}

/** The same, for bytes already in hand (the demo writes its traffic this way); `file` names them in errors. */
export function importPostEntryBytes(
  ctx: ServiceContext,
  actor: Actor,
  request: { kind: PostEntryImportKind; file: string; bytes: Buffer },
): PostEntryImportSummary {
  const prepared = preparePostEntryImport(ctx, actor, request);
  if (prepared.done) return prepared.done;
  // Read and check the whole file before taking the write lock: a bad file is refused with nothing written.
  return commitPostEntryImport(ctx, actor, prepared, checkPostEntryFile(request.kind, prepared.format, request.file, request.bytes));
}

/** A file about to be imported: how to read it, its hash, or the summary when it was imported before. */
export interface PreparedImport {
  kind: PostEntryImportKind;
  file: string;
  format: PostEntryImportSummary['format'];
  sha256: string;
  done?: PostEntryImportSummary;
}

/** Checks the request (kind, role, format) and whether the same file was imported before. */
export function preparePostEntryImport(ctx: ServiceContext, actor: Actor, request: { kind: PostEntryImportKind; file: string; bytes: Buffer }): PreparedImport {
  const { kind, file, bytes } = request;
  if (!POST_ENTRY_IMPORT_KINDS.includes(kind))
    throw new AppError('VALIDATION', `cannot import "${String(kind)}": choose one of ${POST_ENTRY_IMPORT_KINDS.join(', ')}`);
  if (!roleAllows(actor.role, POST_ENTRY_IMPORT_ROLE))
    throw new AppError('FORBIDDEN', `importing ${kind} needs a ${POST_ENTRY_IMPORT_ROLE} or above; ${actor.username} is a ${actor.role}`);
  const format = formatOf(kind, file, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const batch = findImportBatch(ctx.db, kind, sha256);
  return { kind, file, format, sha256, ...(batch ? { done: alreadyImported(emptySummary(kind, file, format), batch) } : {}) };
}

/** Writes a checked file in one transaction under one audit record, or refuses it whole. */
export function commitPostEntryImport(ctx: ServiceContext, actor: Actor, prepared: PreparedImport, checked: CheckedFile): PostEntryImportSummary {
  const { kind, file, sha256 } = prepared;
  if (checked.rejection) throw new AppError(checked.rejection.code, checked.rejection.message, checked.rejection.issues);
  const summary: PostEntryImportSummary = {
    ...emptySummary(kind, file, prepared.format),
    rowsRead: checked.rowsRead,
    unknownCodes: checked.unknownCodes,
    warnings: checked.warnings,
  };
  const audit = () => ({
    action: `import:${kind}`,
    subject: basename(file),
    actor: actor.username,
    after: {
      rows: summary.rowsRead,
      sha256,
      written: summary.written,
      versions: summary.versions,
      unchanged: summary.unchanged,
      unknownCodes: summary.unknownCodes,
    },
  });
  // SQLite's default page cache (2 MB) is small beside a year of post-entry rows: the indexes of a
  // large file's rows are read and written again and again. A larger cache while the file is written.
  if (kind === 'status') messageMark(ctx.db); // what the ledger held before this file is no news
  const cacheSize = ctx.db.pragma('cache_size', { simple: true }) as number;
  ctx.db.pragma(`cache_size = ${IMPORT_CACHE_KIB}`);
  try {
    withAudit(ctx.db, ctx, audit, (seq) => {
      // Checked again under the write lock: another process may have imported it meanwhile.
      const raced = findImportBatch(ctx.db, kind, sha256);
      if (raced) throw new AlreadyImported(raced);
      const now = ctx.clock.now().toISOString();
      // The repos prepare their statements per call: the cache reuses them across a file's records.
      writeChecked({ db: withStatementCache(ctx.db), seq, now, userId: actor.userId, ids: ctx.ids, counts: summary }, checked.data);
      insertImportBatch(ctx.db, { kind, fileName: basename(file), sha256, rowsRead: summary.rowsRead, importedAt: now }, seq);
    });
  } catch (error) {
    if (error instanceof AlreadyImported) return alreadyImported(summary, error.batch);
    throw error;
  } finally {
    ctx.db.pragma(`cache_size = ${cacheSize}`);
  }
  // After the commit: a hold, an exam or a rejection the file brought is pushed to every window.
  if (kind === 'status' && summary.written > 0) {
    const alerts = newCriticalMessageAlerts(ctx.db);
    if (alerts.length > 0) ctx.emit('post-entry:alert', { alerts });
  }
  return summary;
}

function emptySummary(kind: PostEntryImportKind, file: string, format: PostEntryImportSummary['format']): PostEntryImportSummary {
  return { kind, file, format, rowsRead: 0, written: 0, versions: 0, unchanged: 0, alreadyImported: false, unknownCodes: 0, warnings: [] };
}

class AlreadyImported extends Error {
  constructor(readonly batch: ImportBatchRow) {
    super('already imported');
  }
}

function alreadyImported(summary: PostEntryImportSummary, batch: ImportBatchRow): PostEntryImportSummary {
  return { ...summary, rowsRead: batch.rowsRead, unchanged: batch.rowsRead, alreadyImported: true };
}

const X12_EXTENSIONS = new Set(['.edi', '.x12', '.350', '.txt']);

/** An X12 interchange starts with ISA whatever the file is called; otherwise the extension says. */
function formatOf(kind: PostEntryImportKind, file: string, bytes: Buffer): PostEntryImportSummary['format'] {
  const ext = extname(file).toLowerCase();
  const start = bytes
    .subarray(0, 8)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (kind === 'status') {
    if (start.startsWith('ISA') || X12_EXTENSIONS.has(ext)) return 'x12';
    if (ext === '.csv') return 'csv';
    throw new AppError('VALIDATION', `${file}: a status file is an X12 350 (.edi, .x12, .350, starting with ISA) or a CSV status list (.csv)`, [
      { field: 'file', message: 'use an X12 350 or a .csv file' },
    ]);
  }
  if (ext === '.csv' || ext === '.json') return ext === '.csv' ? 'csv' : 'json';
  throw new AppError('VALIDATION', `${file}: the file name must end in .csv or .json, which says how to read it`, [
    { field: 'file', message: 'use a .csv or .json file' },
  ]);
}

export function readFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('NOT_FOUND', `${path}: no such file`, [{ field: 'file', message: 'check the path' }]);
    throw new AppError('VALIDATION', `${path}: cannot be read (${code ?? String(error)})`, [{ field: 'file', message: 'check the path and permissions' }]);
  }
}
