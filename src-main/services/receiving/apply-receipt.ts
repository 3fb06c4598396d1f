import type { AuditSeq } from '../../ledger/audit/audit-seq';
import type { Sqlite } from '../../ledger/db/open-ledger';
import { insertReviewException } from '../../ledger/repos/exceptions-repo';
import { findEntryLine, insertEntry } from '../../ledger/repos/entries-repo';
import { insertLot } from '../../ledger/repos/lots-repo';
import { insertMovement } from '../../ledger/repos/movements-repo';
import type { IdGenerator } from '../../ledger/clock';
import type { ReceiptPlan } from './plan-receipt';

export interface AppliedReceipt {
  movementId: number;
  lotId: number;
  entryLineId: number;
  exceptionIds: number[];
}

export interface ReceiptWriteContext {
  db: Sqlite;
  ids: IdGenerator;
  seq: AuditSeq;
  now: string;
  userId: number;
  approverId: number | null;
  reason: string | null;
  reference: string | null;
  lotCode: string;
  occurredAt: string;
}

/** Writes a planned receipt under audit record `seq`: entry (if captured), lot (if new), movement, exceptions. */
export function applyReceipt(w: ReceiptWriteContext, plan: ReceiptPlan): AppliedReceipt {
  const { db } = w;
  let entryLineId = plan.entryLineId;
  if (entryLineId === null && plan.captureEntry) {
    const entryId = insertEntry(db, plan.captureEntry, w.ids.next(), w.now, w.seq);
    entryLineId = findEntryLine(db, entryId, plan.lineNumber)!.id;
  }
  if (entryLineId === null) throw new Error('a receipt plan without an entry line cannot be written');
  const lotId = plan.lot?.id ?? insertLot(db, { uid: w.ids.next(), item_id: plan.item.id, lot_code: w.lotCode, entry_line_id: entryLineId }, w.now, w.seq);
  const movementId = insertMovement(
    db,
    {
      uid: w.ids.next(),
      kind: 'receipt',
      lotId,
      quantity: plan.baseQuantity,
      from: null,
      to: { locationId: plan.location.id, bucket: plan.bucket },
      reference: w.reference,
      occurredAt: w.occurredAt,
      userId: w.userId,
      approverId: w.approverId,
      reason: w.reason,
    },
    w.seq,
  );
  const exceptionIds: number[] = [];
  const exception = { entryLineId, itemId: plan.item.id, movementId, createdAt: w.now };
  if (plan.htsMismatch) {
    exceptionIds.push(insertReviewException(db, { ...exception, uid: w.ids.next(), kind: 'hts-mismatch', message: htsMismatchMessage(plan) }, w.seq));
  }
  if (plan.overEntryQuantity) {
    const { receivedBefore, lineQuantity } = plan.overEntryQuantity;
    const message = `received ${receivedBefore + plan.baseQuantity} against an entry line of ${lineQuantity}; approved over the line quantity`;
    exceptionIds.push(insertReviewException(db, { ...exception, uid: w.ids.next(), kind: 'over-entry-quantity', message }, w.seq));
  }
  return { movementId, lotId, entryLineId, exceptionIds };
}

/** The review exception's words when the item's classification differs from the entry line's. */
export function htsMismatchMessage(plan: Pick<ReceiptPlan, 'item' | 'lineHts'>): string {
  return `SKU ${plan.item.sku} is classified ${plan.item.hts10} but the entry line says ${plan.lineHts}: check the classification before this lot is claimed`;
}
