import type { ReceiptResult, ReviewException } from '../../../src-shared/domain/ledger';
import { AppError } from '../../../src-shared/errors';
import type { ReceiptRequest } from '../../../src-shared/schemas/ledger-inputs';
import { withAudit } from '../../ledger/audit/audit-log';
import type { AuditSeq } from '../../ledger/audit/audit-seq';
import { approveAsSupervisor } from '../auth/users-service';
import { findMovementIdByReference, getMovement, movementProvenance } from '../../ledger/repos/movements-repo';
import { listExceptionsByIds } from '../../ledger/repos/exceptions-repo';
import type { Actor, ServiceContext } from '../service-context';
import { applyReceipt } from './apply-receipt';
import { directLookups, planReceipt } from './plan-receipt';

/**
 * Work that must be written with the receipt, under the same audit record (a pallet's SSCC and its
 * label job): it runs inside the receipt's transaction, so either both are recorded or neither.
 */
export interface AlongsideReceipt<T> {
  write(seq: AuditSeq, receipt: { movementId: number; lotId: number; now: string }): T;
  /** what the audit record says about it */
  describe(result: T): Record<string, unknown>;
}

/**
 * Records one receipt line with its import provenance (see plan-receipt.ts for the rules).
 * `approver` is whoever's password came with the override, checked by the dispatcher beforehand.
 */
function recordReceipt<T>(
  ctx: ServiceContext,
  actor: Actor,
  req: ReceiptRequest,
  alongside?: AlongsideReceipt<T>,
  verified?: Actor,
): ReceiptResult & { alongside?: T } {
  const approver = req.override ? approveAsSupervisor(actor, verified) : null;

  const result = withAudit(
    ctx.db,
    ctx,
    (r: ReceiptResult & { alongside?: T }) => ({
      action: 'receiving:create-receipt',
      subject: `entry ${req.entryNumber} line ${req.lineNumber} SKU ${req.sku} lot ${req.lotCode}`,
      actor: actor.username,
      approver: approver?.username ?? null,
      reason: req.override?.reason ?? null,
      after: {
        quantity: r.movement.quantity,
        location: req.locationCode,
        bucket: r.bucket,
        exceptions: r.exceptions.map((e) => e.kind),
        ...(alongside && r.alongside !== undefined ? alongside.describe(r.alongside) : {}),
      },
    }),
    (seq) => {
      const existing = req.reference ? findMovementIdByReference(ctx.db, req.reference) : undefined;
      if (existing !== undefined) throw new DuplicateReceipt(existing);
      const outcome = planReceipt(directLookups(ctx.db), req);
      if (!outcome.ok) throw new AppError('VALIDATION', `receipt not recorded: ${outcome.issues.map((i) => i.message).join('; ')}`, outcome.issues);
      const { plan } = outcome;
      if (plan.overEntryQuantity && !approver) {
        const { receivedBefore, lineQuantity } = plan.overEntryQuantity;
        const left = lineQuantity - receivedBefore;
        throw new AppError(
          'OVERRIDE_REQUIRED',
          `entry ${req.entryNumber} line ${req.lineNumber} covers ${lineQuantity}; ${receivedBefore} already received, so ${plan.baseQuantity} more needs a supervisor's approval`,
          [
            {
              field: 'quantity',
              message:
                left > 0
                  ? `at most ${left.toLocaleString('en-US')} more without a supervisor's approval`
                  : "nothing left to receive on this line without a supervisor's approval",
            },
          ],
        );
      }
      const now = ctx.clock.now().toISOString();
      const applied = applyReceipt(
        {
          db: ctx.db,
          ids: ctx.ids,
          seq,
          now,
          userId: actor.userId,
          approverId: approver?.userId ?? null,
          reason: req.override?.reason ?? null,
          reference: req.reference || null,
          lotCode: req.lotCode,
          occurredAt: req.receivedAt ?? now,
        },
        plan,
      );
      return {
        movement: getMovement(ctx.db, applied.movementId),
        lot: { sku: plan.item.sku, lotCode: req.lotCode, entryNumber: req.entryNumber, lineNumber: req.lineNumber },
        bucket: plan.bucket,
        exceptions: listExceptionsByIds(ctx.db, applied.exceptionIds),
        duplicate: false,
        ...(alongside ? { alongside: alongside.write(seq, { movementId: applied.movementId, lotId: applied.lotId, now }) } : {}),
      };
    },
  );
  ctx.emit('ledger:balances-changed', { reason: 'receipt' });
  return result;
}

/** Thrown inside the transaction to roll it back when the reference was already received. */
class DuplicateReceipt extends Error {
  constructor(readonly movementId: number) {
    super('duplicate receipt reference');
  }
}

/** A repeated reference (the same scan sent twice) returns the first receipt instead of a second one. */
export function createReceipt(ctx: ServiceContext, actor: Actor, req: ReceiptRequest, approver?: Actor): ReceiptResult {
  return createReceiptWith(ctx, actor, req, undefined, approver);
}

/** createReceipt with work written alongside it; a duplicate writes nothing, so `alongside` is absent. */
export function createReceiptWith<T>(
  ctx: ServiceContext,
  actor: Actor,
  req: ReceiptRequest,
  alongside?: AlongsideReceipt<T>,
  approver?: Actor,
): ReceiptResult & { alongside?: T } {
  try {
    return recordReceipt(ctx, actor, req, alongside, approver);
  } catch (error) {
    if (!(error instanceof DuplicateReceipt)) throw error;
    const movement = getMovement(ctx.db, error.movementId);
    const exceptions: ReviewException[] = [];
    // The lot as first received: the repeat may name another entry, but nothing of it was recorded.
    const { entryNumber, lineNumber } = movementProvenance(ctx.db, error.movementId);
    return {
      movement,
      lot: { sku: movement.sku, lotCode: movement.lotCode, entryNumber, lineNumber },
      bucket: movement.to?.bucket ?? 'available',
      exceptions,
      duplicate: true,
    };
  }
}
