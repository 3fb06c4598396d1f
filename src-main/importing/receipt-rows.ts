import { receiptInputSchema, type ReceiptRequest } from '../../src-shared/schemas/ledger-inputs';
import { findMovementIdByReference } from '../ledger/movements-repo';
import { applyReceipt } from '../receiving/apply-receipt';
import { planReceipt, type ReceiptPlan } from '../receiving/plan-receipt';
import { toSchemaInput } from './field-values';
import { FileReferences } from './file-references';
import { columnsFor } from './import-kinds';
import { describeRef, type RowRef } from './import-issues';
import { canWrite, reportSchema, type ImportRun, type RowImporter } from './import-run';
import { batchLookups } from './receipt-lookups';
import { receiptDifference } from './receipt-reference';

/**
 * Receipt lines through the receiving rules (plan-receipt) and the receiving write path
 * (apply-receipt), with lookups that remember earlier rows of the file. Over an entry line's
 * quantity is an error here: only a supervisor at the desk can approve that.
 */
export function receiptImporter(run: ImportRun): RowImporter {
  const columns = columnsFor('receipts', run.format);
  const look = batchLookups(run.db);
  const references = new FileReferences();
  let placeholderLotId = 0;

  /** the plan to write, or undefined when the row is in error or already in the ledger */
  const check = (req: ReceiptRequest, at: RowRef): ReceiptPlan | undefined => {
    if (req.reference !== undefined) {
      const existing = findMovementIdByReference(run.db, req.reference);
      const earlier = references.earlierRow(req.reference, existing);
      if (earlier) return void run.issues.add(at, 'reference', `reference ${req.reference} is already on ${describeRef(earlier)} of this file; list each receipt once`);
      if (existing !== undefined) {
        const difference = receiptDifference(run.db, look, existing, req);
        if (difference === undefined) run.counts.unchanged++;
        else run.issues.add(at, 'reference', `reference ${req.reference} was already received with different content (${difference}); a receipt is never changed by an import: record a correction at the desk`);
        return undefined;
      }
    }
    const outcome = planReceipt(look, req);
    if (!outcome.ok) {
      for (const issue of outcome.issues) run.issues.add(at, issue.field, issue.message);
      return undefined;
    }
    const over = outcome.plan.overEntryQuantity;
    if (over) {
      const fits = Math.max(0, over.lineQuantity - over.receivedBefore);
      const message = `entry ${req.entryNumber} line ${req.lineNumber} covers ${over.lineQuantity} and ${over.receivedBefore} are already received (in the ledger and on earlier rows of this file), so at most ${fits} fit; more needs a supervisor's approval, which a file cannot give: correct the quantity, or receive the excess at the desk with an override`;
      return void run.issues.add(at, 'quantity', message);
    }
    return outcome.plan;
  };

  const write = (req: ReceiptRequest, plan: ReceiptPlan, at: RowRef) => {
    const w = { db: run.db, ids: run.ctx.ids, seq: run.seq, now: run.now, userId: run.actor.userId, approverId: null, reason: null, reference: req.reference ?? null, lotCode: req.lotCode, occurredAt: req.receivedAt ?? run.now };
    const applied = applyReceipt(w, plan);
    run.counts.exceptions += applied.exceptionIds.length;
    if (req.reference !== undefined) references.written(applied.movementId, at);
    if (!plan.lot) look.noteLot({ id: applied.lotId, uid: '', item_id: plan.item.id, lot_code: req.lotCode, entry_line_id: applied.entryLineId });
  };

  return {
    row(raw, at) {
      const input = toSchemaInput(columns, raw, run.issues, at);
      const parsed = receiptInputSchema.safeParse(input);
      if (!parsed.success) return reportSchema(run, at, parsed.error, input);
      const req = parsed.data;
      const plan = check(req, at);
      if (plan && canWrite(run)) write(req, plan, at);
      else {
        if (req.reference !== undefined) references.notWritten(req.reference, at);
        // The file is refused already; later rows are still checked against the lots they would create.
        if (plan && !plan.lot) look.noteLot({ id: --placeholderLotId, uid: '', item_id: plan.item.id, lot_code: req.lotCode, entry_line_id: plan.entryLineId! });
      }
      if (!plan) return;
      look.noteReceived(plan.entryLineId!, plan.baseQuantity);
      run.counts.written++;
    },
    finish() {},
  };
}
