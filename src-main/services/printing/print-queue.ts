import type { PrintJob } from '../../../src-shared/domain/pallets';
import type { AuditSeq } from '../../ledger/audit/audit-seq';
import { AppError } from '../../../src-shared/errors';
import { withAudit } from '../../ledger/audit/audit-log';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { labelPdf } from '../../devices/labels/label-pdf';
import { labelZpl } from '../../devices/labels/label-zpl';
import type { PalletLabel } from '../../devices/labels/pallet-label';
import { palletById } from '../pallets/pallet-record';
import { checkPrinterAddress } from '../../devices/printers/printer-address';
import { PrinterError } from '../../devices/printers/printer-error';
import type { PrinterTransport, SendResult } from '../../devices/printers/printer-transport';
import type { Actor, ServiceContext } from '../service-context';
import { readSettings } from '../settings/settings-service';
import {
  getJob,
  getJobByUid,
  insertPrintAttempt,
  insertPrintJob,
  jobRequester,
  jobsOfSscc,
  jobState,
  lastAttemptAt,
  pendingJobs,
  recentJobs,
  MAX_PRINT_TRIES,
  type PrintJobRow,
} from '../../ledger/repos/print-jobs-repo';

export interface QueueLabelRequest {
  ssccId: number;
  /**
   * Printer address; the desk's labels.printer setting when left out. Only the local operator's
   * `drawback-desk print --printer` names one (an OS user who can already set labels.printer with
   * `settings set`); no channel carries it, so nobody at a door chooses where a label goes.
   */
  printer?: string;
  format?: 'zpl' | 'pdf';
  dpi?: 203 | 300;
  /** required once the pallet's label may have printed: a label is never printed twice silently */
  reprintReason?: string;
}

/**
 * Queues a pallet label inside the caller's audited transaction (a receipt and its label are queued
 * together). The label's data is frozen into the job, so a retry prints what the clerk confirmed.
 */
export function queueLabelInTransaction(db: Sqlite, write: { seq: AuditSeq; userId: number; now: string; uid: string }, req: QueueLabelRequest): number {
  const settings = readSettings(db);
  const printer = req.printer ?? settings['labels.printer'];
  if (printer === '')
    throw new AppError('CONFLICT', 'no label printer is set: a supervisor sets labels.printer (tcp://HOST:9100, serial:PATH, file:PATH or cups:QUEUE)');
  const address = checkPrinterAddress(printer);
  if (!address.ok) throw new AppError('VALIDATION', address.error, [{ field: 'printer', message: address.error }]);
  const earlier = jobsOfSscc(db, req.ssccId);
  const mayHavePrinted = earlier.filter((job) => ['printed', 'sending', 'uncertain', 'unconfirmed', 'queued'].includes(jobState(job, new Set())));
  const reason = req.reprintReason?.trim() || null;
  if (mayHavePrinted.length > 0 && !reason) {
    const last = mayHavePrinted.at(-1)!;
    throw new AppError(
      'CONFLICT',
      `the label of SSCC ${last.sscc} was already ${last.printedAt ? `printed ${last.printedAt}` : 'sent to a printer'} (job ${last.uid}); printing it again needs a reprint reason`,
      [{ field: 'reprintReason', message: 'say why the label is printed again' }],
    );
  }
  const pallet = palletById(db, req.ssccId);
  const format = req.format ?? (settings['labels.format'] as 'zpl' | 'pdf');
  const dpi = req.dpi ?? (Number(settings['labels.dpi']) as 203 | 300);
  return insertPrintJob(
    db,
    {
      uid: write.uid,
      ssccId: req.ssccId,
      labelJson: JSON.stringify(pallet.label),
      format,
      dpi,
      printer,
      reprintOfJobId: reason ? (earlier.at(-1)?.id ?? null) : null,
      reprintReason: reason,
      requestedAt: write.now,
      userId: write.userId,
    },
    write.seq,
  );
}

/** Queues a label on its own (a reprint, or a pallet labelled after receiving). */
export function queueLabel(ctx: ServiceContext, actor: Actor, req: QueueLabelRequest): number {
  const pallet = palletById(ctx.db, req.ssccId);
  return withAudit(
    ctx.db,
    ctx,
    {
      action: req.reprintReason ? 'printing:reprint' : 'printing:queue',
      subject: `label SSCC ${pallet.sscc}`,
      actor: actor.username,
      reason: req.reprintReason ?? null,
      after: { printer: req.printer ?? null, format: req.format ?? null },
    },
    (seq) => queueLabelInTransaction(ctx.db, { seq, userId: actor.userId, now: ctx.clock.now().toISOString(), uid: ctx.ids.next() }, req),
  );
}

export function toPrintJob(db: Sqlite, row: PrintJobRow, inFlight: ReadonlySet<number>): PrintJob {
  const reprintOf = row.reprintOfJobId === null ? null : (getJob(db, row.reprintOfJobId)?.uid ?? null);
  return {
    uid: row.uid,
    sscc: row.sscc,
    printer: row.printer,
    format: row.format,
    dpi: row.dpi,
    state: jobState(row, inFlight),
    tries: row.tries,
    error: describeError(row, inFlight),
    requestedAt: row.requestedAt,
    printedAt: row.printedAt,
    reprintOf,
    reprintReason: row.reprintReason,
  };
}

function describeError(row: PrintJobRow, inFlight: ReadonlySet<number>): string | null {
  const check = 'check the printer, then print again with a reprint reason if no label came out';
  if (row.lastOutcome === 'unconfirmed') return `sent, not confirmed: ${row.lastError} — ${check}`;
  if (row.lastOutcome === 'failed') return row.lastMayHavePrinted === 1 ? `${row.lastError} — the label may have printed; ${check}` : row.lastError;
  if (row.lastOutcome === 'sending' && !inFlight.has(row.id)) return `the desk stopped while sending, so the label may have printed; ${check}`;
  return null;
}

export interface PrintQueueOptions {
  transportFor: (address: string) => PrinterTransport;
  /** waits between tries of a job that failed in a way worth retrying (printer busy, unreachable) */
  retryDelaysMs?: readonly number[];
  sendTimeoutMs?: number;
  /** how long to keep asking a printer that answers ~HS whether the label printed */
  confirmTimeoutMs?: number;
  log: (message: string, error?: unknown) => void;
}

/**
 * Sends queued labels one at a time. Each send is written before the bytes leave ('sending') and
 * after ('printed' when the printer confirmed it, 'unconfirmed' when it did not, 'failed'), each
 * under its own audit record, so every print is audited and a send cut off by a crash is known as
 * uncertain rather than silently repeated.
 */
export class PrintQueue {
  private readonly inFlight = new Set<number>();
  private running: Promise<void> | null = null;
  private again = false;
  private closed = false;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly ctx: ServiceContext,
    private readonly actorFor: (userId: number) => Actor,
    private readonly options: PrintQueueOptions,
  ) {}

  /** Starts sending whatever is queued; resolves when the queue is empty (tests and the CLI wait on it). */
  kick(): Promise<void> {
    if (this.closed) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.drain()
      .catch((error: unknown) => this.options.log('the print queue stopped on an error', error))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          void this.kick();
        }
      });
    return this.running;
  }

  /** Jobs being sent right now (any other 'sending' attempt was cut off). */
  sending(): ReadonlySet<number> {
    return this.inFlight;
  }

  /** Sends until the job has an outcome (printed, sent not confirmed, or failed after its tries); the CLI waits on it. */
  async finish(job: number | string): Promise<PrintJob> {
    const jobId = typeof job === 'number' ? job : getJobByUid(this.ctx.db, job)?.id;
    if (jobId === undefined) throw new AppError('NOT_FOUND', `no print job ${job}`);
    for (;;) {
      await this.kick();
      const now = this.job(jobId);
      if (this.closed || (now.state !== 'queued' && now.state !== 'sending')) return now;
      const row = getJob(this.ctx.db, jobId)!;
      await new Promise((resolve) => setTimeout(resolve, Math.max(this.retryWait(row), 10)));
    }
  }

  job(jobId: number): PrintJob {
    const row = getJob(this.ctx.db, jobId);
    if (!row) throw new AppError('NOT_FOUND', `no print job #${jobId}`);
    return toPrintJob(this.ctx.db, row, this.inFlight);
  }

  recent(limit = 50): PrintJob[] {
    return recentJobs(this.ctx.db, limit).map((row) => toPrintJob(this.ctx.db, row, this.inFlight));
  }

  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private async drain(): Promise<void> {
    for (;;) {
      if (this.closed) return;
      const next = pendingJobs(this.ctx.db, this.inFlight)[0];
      if (!next) return;
      const waitMs = this.retryWait(next);
      if (waitMs > 0) {
        this.later(waitMs);
        return;
      }
      await this.send(next);
    }
  }

  /** A job that failed waits its turn's delay from the failure before the next try. */
  private retryWait(row: PrintJobRow): number {
    if (row.lastOutcome !== 'failed') return 0;
    const delays = this.options.retryDelaysMs ?? [1_000, 5_000];
    const delay = delays[Math.min(row.tries - 1, delays.length - 1)] ?? 0;
    const lastAt = lastAttemptAt(this.ctx.db, row.id)!;
    return Math.max(0, Date.parse(lastAt) + delay - this.ctx.clock.now().getTime());
  }

  private later(ms: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.kick();
    }, ms);
    this.timers.add(timer);
  }

  private async send(row: PrintJobRow): Promise<void> {
    const actor = this.actorFor(jobRequester(this.ctx.db, row.id)!);
    this.inFlight.add(row.id);
    try {
      this.attempt(actor, row, 'sending', null);
      this.emit(row.id);
      try {
        const bytes = await renderLabel(JSON.parse(row.labelJson) as PalletLabel, row.format, row.dpi as 203 | 300);
        const transport = this.options.transportFor(row.printer);
        let sent: SendResult;
        try {
          sent = await transport.send(bytes, { timeoutMs: this.options.sendTimeoutMs ?? 10_000, confirmTimeoutMs: this.options.confirmTimeoutMs });
        } finally {
          await transport.close();
        }
        // Printed only on the printer's word; bytes that left the desk are "sent, not confirmed".
        if (sent.confirmed) this.attempt(actor, row, 'printed', null);
        else this.attempt(actor, row, 'unconfirmed', sent.why);
      } catch (error) {
        // Only a PrinterError knows whether bytes left the desk; anything else (a label that cannot
        // render) failed before sending, so it is not worth retrying and printed nothing.
        const facts = error instanceof PrinterError ? error : { retryable: false, mayHavePrinted: false };
        const message = error instanceof Error ? error.message : String(error);
        this.attempt(actor, row, 'failed', `${row.printer}: ${message}`, {
          retryable: facts.retryable && row.tries + 1 < MAX_PRINT_TRIES,
          mayHavePrinted: facts.mayHavePrinted,
        });
      }
    } finally {
      this.inFlight.delete(row.id);
    }
    this.emit(row.id);
  }

  private attempt(
    actor: Actor,
    row: PrintJobRow,
    outcome: 'sending' | 'printed' | 'unconfirmed' | 'failed',
    error: string | null,
    failure?: { retryable: boolean; mayHavePrinted: boolean },
  ): void {
    // The desk closed while the bytes were on their way: the ledger is gone, and the job stays
    // 'sending' in it, which the next start reads as uncertain. That is the truth of it.
    if (this.closed) return;
    const flag = (value: boolean | undefined) => (value === undefined ? null : value ? 1 : 0);
    withAudit(
      this.ctx.db,
      this.ctx,
      {
        action: `printing:${outcome}`,
        subject: `label SSCC ${row.sscc} job ${row.uid}`,
        actor: actor.username,
        after: { printer: row.printer, error, ...failure },
      },
      (seq) => {
        insertPrintAttempt(
          this.ctx.db,
          {
            jobId: row.id,
            outcome,
            error,
            retryable: flag(failure?.retryable),
            mayHavePrinted: flag(failure?.mayHavePrinted),
            at: this.ctx.clock.now().toISOString(),
            userId: actor.userId,
          },
          seq,
        );
      },
    );
  }

  private emit(jobId: number): void {
    if (this.closed) return;
    this.ctx.emit('pallets:changed', { sscc: this.job(jobId).sscc });
  }
}

/** ZPL for label printers, PDF for office printers (CUPS, a file). */
export async function renderLabel(label: PalletLabel, format: 'zpl' | 'pdf', dpi: 203 | 300): Promise<Uint8Array> {
  if (format === 'pdf') return labelPdf([label]);
  return Buffer.from(labelZpl(label, { dpi }), 'utf8');
}
