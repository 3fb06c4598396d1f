import type { PrintJobState } from '../../../src-shared/domain/pallets';
import type { RecentLabelState, RecentReceipt } from '../../../src-shared/domain/recent-receipts';
import { jobsOfSscc } from '../../ledger/repos/print-jobs-repo';
import { recentReceiptsOf } from '../../ledger/repos/recent-receipts-repo';
import { toPrintJob } from '../printing/print-queue';
import type { Actor, ServiceContext } from '../service-context';

/** A label that may not be on the pallet is 'failed' to the clerk, whatever the queue calls it. */
const LABEL_STATE: Record<PrintJobState, RecentLabelState> = {
  queued: 'printing',
  sending: 'printing',
  printed: 'printed',
  unconfirmed: 'unconfirmed',
  uncertain: 'failed',
  failed: 'failed',
};

/**
 * The signed-in person's last receipts with each pallet label's state (its latest print job, a
 * reprint included), so the receiving screen shows what the last pallets did even after a reload.
 * `inFlight`: the print jobs being sent now (a 'sending' job not among them was cut off).
 */
export function recentReceipts(ctx: ServiceContext, actor: Actor, limit: number, inFlight: ReadonlySet<number>): RecentReceipt[] {
  return recentReceiptsOf(ctx.db, actor.userId, limit).map((row) => {
    const last = row.ssccId === null ? undefined : jobsOfSscc(ctx.db, row.ssccId).at(-1);
    const job = last ? toPrintJob(ctx.db, last, inFlight) : null;
    return {
      movementId: row.uid,
      receivedAt: row.receivedAt,
      entryNumber: row.entryNumber,
      lineNumber: row.lineNumber,
      sku: row.sku,
      lotCode: row.lotCode,
      quantity: row.quantity,
      uom: row.uom,
      location: row.location ?? '',
      bucket: row.bucket ?? 'available',
      approver: row.approver,
      flagged: row.flagged,
      label: { state: job ? LABEL_STATE[job.state] : 'none', sscc: row.sscc, error: job?.error ?? null },
    };
  });
}
