import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { ImportSummary } from '../../../src-shared/domain/ledger';
import { AppError } from '../../../src-shared/errors';
import { roleAllows } from '../../../src-shared/roles';
import type { AuditSeq } from '../../ledger/audit/audit-seq';
import { withAudit } from '../../ledger/audit/audit-log';
import type { Actor, ServiceContext } from '../service-context';
import { applyFile, type InThreadKind } from './apply-file';
import { applyReceiptStream } from './apply-receipt-stream';
import { findImportBatch, insertImportBatch, type ImportBatchRow } from '../../ledger/repos/import-batches-repo';
import { IMPORT_KINDS, IMPORT_ROLE, type ImportFormat, type ImportKind } from './import-kinds';
import { ImportIssues } from './import-issues';
import { ReceiptStaging } from '../../ledger/repos/receipt-staging-repo';
import { ReceiptStream } from './receipt-stream';
import { withStatementCache } from '../../ledger/repos/statement-cache';
import { nonUtf8Lines, notUtf8Error } from './utf8-text';
import { onDeskDay } from '../../../src-shared/schemas/desk-day';

export interface ImportProgress {
  /**
   * reading: rows are being read and checked (receipts: staged, the ledger stays open to other
   * writers); writing: receipts staged, now written to the ledger; sealing: hashing the rows into
   * the audit record
   */
  phase: 'reading' | 'writing' | 'sealing';
  rowsRead: number;
}

export interface ImportRequest {
  kind: ImportKind;
  /** the file as the person named it; its extension (.csv, .json) says how to read it */
  path: string;
  onProgress?: (progress: ImportProgress) => void;
  /** called after the import has committed with the export shipments it recorded (a matching run starts for them) */
  onShipmentsConfirmed?: (references: string[]) => void;
}

/**
 * Imports one file of items, entries, receipts, locations, export shipments or HTS facts: all of it under one
 * audit record, or nothing (every error listed, as FILE:LINE:FIELD). The same file twice is a no-op.
 * Receipts are checked outside the ledger's write lock and written in one short transaction at the end.
 */
export function importFile(ctx: ServiceContext, actor: Actor, request: ImportRequest): ImportSummary {
  const { kind, path } = request;
  if (!IMPORT_KINDS.includes(kind)) throw new AppError('VALIDATION', `cannot import "${kind}": choose one of ${IMPORT_KINDS.join(', ')}`);
  if (!roleAllows(actor.role, IMPORT_ROLE[kind]))
    throw new AppError('FORBIDDEN', `importing ${kind} needs a ${IMPORT_ROLE[kind]} or above; ${actor.username} is a ${actor.role}`);
  const format = formatOf(path);
  // Receipt files (up to millions of rows) are parsed and checked against the schema in a worker,
  // which runs alongside the writer. Started first: it loads while the file is read and hashed.
  // Closed on every path below.
  // Dates in the file are judged against the desk's day (no receipt dated next year), here and in the reader.
  const today = ctx.clock.now().toISOString().slice(0, 10);
  const stream = kind === 'receipts' ? new ReceiptStream(format, today) : undefined;
  const summary: ImportSummary = { kind, file: path, rowsRead: 0, written: 0, unchanged: 0, alreadyImported: false, exceptions: 0 };
  const shipments: string[] = [];
  try {
    const bytes = readFile(path);
    // Refused whole, naming the lines: decoding anyway would store U+FFFD where a letter was.
    const notUtf8 = nonUtf8Lines(bytes);
    if (notUtf8.length > 0) throw notUtf8Error(path, notUtf8, 'IMPORT_REJECTED');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const done = findImportBatch(ctx.db, kind, sha256);
    if (done) return alreadyImported(summary, done);
    stream?.begin(bytes); // the worker takes over `bytes`
    const audit = () => ({
      action: `import:${kind}`,
      subject: basename(path),
      actor: actor.username,
      after: { rows: summary.rowsRead, sha256, written: summary.written, unchanged: summary.unchanged, exceptions: summary.exceptions },
    });
    const now = ctx.clock.now().toISOString();
    const issues = new ImportIssues(path);
    const progress = (rowsRead: number) => request.onProgress?.({ phase: 'reading', rowsRead });
    // Checked again under the write lock: another process may have imported it meanwhile.
    const notRaced = () => {
      const raced = findImportBatch(ctx.db, kind, sha256);
      if (raced) throw new AlreadyImported(raced);
    };
    const seal = (seq: AuditSeq) => {
      insertImportBatch(ctx.db, { kind, fileName: basename(path), sha256, rowsRead: summary.rowsRead, importedAt: now }, seq);
      request.onProgress?.({ phase: 'sealing', rowsRead: summary.rowsRead });
    };
    if (stream) {
      // Receipts come by the million: checked and staged batch by batch while other writers go on,
      // then written in one short transaction (ledger/repos/receipt-staging-repo.ts). All rows or none, as below.
      const staging = new ReceiptStaging(ctx.db, basename(path));
      try {
        const run = { ctx, actor, db: withStatementCache(ctx.db), now, format, issues, counts: summary, shipments };
        const checked = onDeskDay(today, () => applyReceiptStream(run, stream, progress, staging));
        summary.rowsRead = checked.rowsRead;
        if (issues.count > 0) throw issues.rejection(summary.rowsRead);
        request.onProgress?.({ phase: 'writing', rowsRead: summary.rowsRead });
        withAudit(ctx.db, ctx, audit, (seq) => {
          notRaced();
          staging.commit(seq, now, actor.userId, checked.receivedAtStart);
          seal(seq);
        });
      } finally {
        staging.drop();
      }
    } else {
      onDeskDay(today, () =>
        withAudit(ctx.db, ctx, audit, (seq) => {
          notRaced();
          const run = { ctx, actor, db: withStatementCache(ctx.db), seq, now, format, issues, counts: summary, shipments };
          summary.rowsRead = applyFile(run, kind as InThreadKind, bytes, progress);
          if (issues.count > 0) throw issues.rejection(summary.rowsRead);
          seal(seq);
        }),
      );
    }
  } catch (error) {
    if (error instanceof AlreadyImported) return alreadyImported(summary, error.batch);
    throw error;
  } finally {
    stream?.close();
  }
  if (kind === 'receipts' && summary.written > 0) ctx.emit('ledger:balances-changed', { reason: 'import' });
  if (shipments.length > 0) {
    ctx.emit('claims:changed', { claimNumber: null, reason: 'shipments imported' });
    request.onShipmentsConfirmed?.(shipments);
  }
  return summary;
}

class AlreadyImported extends Error {
  constructor(readonly batch: ImportBatchRow) {
    super('already imported');
  }
}

function alreadyImported(summary: ImportSummary, batch: ImportBatchRow): ImportSummary {
  return { ...summary, rowsRead: batch.rowsRead, unchanged: batch.rowsRead, alreadyImported: true };
}

function formatOf(path: string): ImportFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv' || ext === '.json') return ext === '.csv' ? 'csv' : 'json';
  throw new AppError('VALIDATION', `${path}: the file name must end in .csv or .json, which says how to read it`, [
    { field: 'file', message: 'use a .csv or .json file' },
  ]);
}

function readFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('NOT_FOUND', `${path}: no such file`, [{ field: 'file', message: 'check the path' }]);
    throw new AppError('VALIDATION', `${path}: cannot be read (${code ?? String(error)})`, [{ field: 'file', message: 'check the path and permissions' }]);
  }
}
