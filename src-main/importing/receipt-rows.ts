import type { ReceiptRequest } from '../../src-shared/schemas/ledger-inputs';
import { applyReceipt, type ReceiptWriteContext } from '../receiving/apply-receipt';
import { planReceipt, type ReceiptPlan } from '../receiving/plan-receipt';
import { describeRef, type RowRef } from './import-issues';
import { canWrite, type ImportRun } from './import-run';
import { batchLookups } from './receipt-lookups';
import { receiptDifference } from './receipt-reference';

/** Where a row sits and what is known of its reference before the rules run. */
export interface RowPlace {
  /** its CSV line or JSON index */
  position: number;
  /** its place, when the reader already reported issues on it (one object per bad row), else made on demand */
  at: RowRef | undefined;
  /** the position of the file's first row with the same reference, or -1 when this is the first */
  earlier: number;
  /** the ledger's movement with the same reference from before this import, if any */
  existing: number | undefined;
}

/** Checks and writes one receipt row that passed the schema (in the reader worker). */
export interface ReceiptWriter {
  row(req: ReceiptRequest, place: RowPlace): void;
}

/**
 * Receipt lines through the receiving rules (plan-receipt) and the receiving write path
 * (apply-receipt), with lookups that remember earlier rows of the file. Over an entry line's
 * quantity is an error here: only a supervisor at the desk can approve that. Runs for every row of
 * a million-row file, so nothing is allocated per row that the row does not keep.
 */
export function receiptWriter(run: ImportRun, refAt: (position: number) => RowRef): ReceiptWriter {
  const look = batchLookups(run.db);
  let placeholderLotId = 0;
  // The row being checked: its place in the file is made only when something needs it.
  let place: RowPlace;
  const here = () => (place.at ??= refAt(place.position));
  const w: ReceiptWriteContext = { db: run.db, ids: run.ctx.ids, seq: run.seq, now: run.now, userId: run.actor.userId, approverId: null, reason: null, reference: null, lotCode: '', occurredAt: run.now };

  /** the plan to write, or undefined when the row is in error or already in the ledger */
  const check = (req: ReceiptRequest): ReceiptPlan | undefined => {
    if (req.reference !== undefined) {
      const { earlier, existing } = place;
      if (earlier >= 0) return void run.issues.add(here(), 'reference', `reference ${req.reference} is already on ${describeRef(refAt(earlier))} of this file; list each receipt once`);
      if (existing !== undefined) {
        const difference = receiptDifference(run.db, look, existing, req);
        if (difference === undefined) run.counts.unchanged++;
        else run.issues.add(here(), 'reference', `reference ${req.reference} was already received with different content (${difference}); a receipt is never changed by an import: record a correction at the desk`);
        return undefined;
      }
    }
    const outcome = planReceipt(look, req);
    if (!outcome.ok) {
      for (const issue of outcome.issues) run.issues.add(here(), issue.field, issue.message);
      return undefined;
    }
    const over = outcome.plan.overEntryQuantity;
    if (over) {
      const fits = Math.max(0, over.lineQuantity - over.receivedBefore);
      const message = `entry ${req.entryNumber} line ${req.lineNumber} covers ${over.lineQuantity} and ${over.receivedBefore} are already received (in the ledger and on earlier rows of this file), so at most ${fits} fit; more needs a supervisor's approval, which a file cannot give: correct the quantity, or receive the excess at the desk with an override`;
      return void run.issues.add(here(), 'quantity', message);
    }
    return outcome.plan;
  };

  const write = (req: ReceiptRequest, plan: ReceiptPlan) => {
    // One write context for the whole file: applyReceipt reads it and keeps nothing.
    w.reference = req.reference ?? null;
    w.lotCode = req.lotCode;
    w.occurredAt = req.receivedAt ?? run.now;
    const applied = applyReceipt(w, plan);
    run.counts.exceptions += applied.exceptionIds.length;
    if (!plan.lot) look.noteLot({ id: applied.lotId, uid: '', item_id: plan.item.id, lot_code: req.lotCode, entry_line_id: applied.entryLineId });
  };

  return {
    row(req, rowPlace) {
      place = rowPlace;
      const plan = check(req);
      if (plan && canWrite(run)) write(req, plan);
      // The file is refused already; later rows are still checked against the lots they would create.
      else if (plan && !plan.lot) look.noteLot({ id: --placeholderLotId, uid: '', item_id: plan.item.id, lot_code: req.lotCode, entry_line_id: plan.entryLineId! });
      if (!plan) return;
      look.noteReceived(plan.entryLineId!, plan.baseQuantity);
      run.counts.written++;
    },
  };
}
