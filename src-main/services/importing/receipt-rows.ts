import type { ReceiptRequest } from '../../../src-shared/schemas/ledger-inputs';
import { htsMismatchMessage } from '../receiving/apply-receipt';
import { planReceipt, type ReceiptPlan } from '../receiving/plan-receipt';
import { describeRef, type RowRef } from './import-issues';
import { canWrite, type CheckingRun } from './import-run';
import { batchLookups, type BatchLookups } from './receipt-lookups';
import { receiptDifference } from './receipt-reference';
import type { ReceiptStaging } from '../../ledger/repos/receipt-staging-repo';

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
  /** the lookups, for the staging's final check (what each entry line held before the file) */
  lookups: BatchLookups;
}

/**
 * Receipt lines through the receiving rules (plan-receipt), the rows that pass staged (see
 * ledger/repos/receipt-staging-repo.ts) and written to the ledger in one go once the whole file is checked, with
 * lookups that remember earlier rows of the file. Over an entry line's quantity is an error here:
 * only a supervisor at the desk can approve that. Runs for every row of a million-row file, so
 * nothing is allocated per row that the row does not keep.
 */
export function receiptWriter(run: CheckingRun, refAt: (position: number) => RowRef, staging: ReceiptStaging): ReceiptWriter {
  const look = batchLookups(run.db);
  let placeholderLotId = 0;
  // The row being checked: its place in the file is made only when something needs it.
  let place: RowPlace;
  const here = () => (place.at ??= refAt(place.position));

  /** the plan to write, or undefined when the row is in error or already in the ledger */
  const check = (req: ReceiptRequest): ReceiptPlan | undefined => {
    if (req.reference !== undefined) {
      const { earlier, existing } = place;
      if (earlier >= 0)
        return void run.issues.add(
          here(),
          'reference',
          `reference ${req.reference} is already on ${describeRef(refAt(earlier))} of this file; list each receipt once`,
        );
      if (existing !== undefined) {
        const difference = receiptDifference(run.db, look, existing, req);
        if (difference === undefined) run.counts.unchanged++;
        else
          run.issues.add(
            here(),
            'reference',
            `reference ${req.reference} was already received with different content (${difference}); a receipt is never changed by an import: record a correction at the desk`,
          );
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

  /** The entry line a plan draws on; a captured entry is staged once and found by later rows. */
  const entryLineOf = (plan: ReceiptPlan): number => {
    if (plan.entryLineId !== null) return plan.entryLineId;
    const entry = plan.captureEntry!;
    const captured = staging.captureEntry(entry, run.ctx.ids.next());
    look.noteEntry(
      entry.entryNumber,
      captured.entryId,
      new Map(entry.lines.map((l) => [l.lineNumber, { id: captured.lineIds.get(l.lineNumber)!, hts10: l.hts, quantity: l.quantity, uom: l.uom }])),
    );
    return captured.lineIds.get(plan.lineNumber)!;
  };

  const write = (req: ReceiptRequest, plan: ReceiptPlan, entryLineId: number) => {
    const lotUid = plan.lot?.uid ?? run.ctx.ids.next();
    staging.stage({
      itemId: plan.item.id,
      lotCode: req.lotCode,
      lotId: plan.lot && plan.lot.id > 0 ? plan.lot.id : null,
      lotUid,
      createsLot: !plan.lot,
      entryLineId,
      locationId: plan.location.id,
      bucket: plan.bucket,
      quantity: plan.baseQuantity,
      reference: req.reference ?? null,
      occurredAt: req.receivedAt ?? run.now,
      movementUid: run.ctx.ids.next(),
      htsMismatch: plan.htsMismatch ? { uid: run.ctx.ids.next(), message: htsMismatchMessage(plan) } : null,
    });
    if (plan.htsMismatch) run.counts.exceptions++;
    // Later rows of the file find the lot it creates (by a placeholder id; the ledger gives the real one).
    if (!plan.lot) look.noteLot({ id: --placeholderLotId, uid: lotUid, item_id: plan.item.id, lot_code: req.lotCode, entry_line_id: entryLineId });
  };

  return {
    lookups: look,
    row(req, rowPlace) {
      place = rowPlace;
      const plan = check(req);
      if (!plan) return;
      const entryLineId = entryLineOf(plan);
      if (canWrite(run)) write(req, plan, entryLineId);
      // The file is refused already; later rows are still checked against the lots they would create.
      else if (!plan.lot) look.noteLot({ id: --placeholderLotId, uid: '', item_id: plan.item.id, lot_code: req.lotCode, entry_line_id: entryLineId });
      look.noteReceived(entryLineId, plan.baseQuantity);
      run.counts.written++;
    },
  };
}
