import type { Allocation } from '../../../src-shared/domain/exports';
import { AppError } from '../../../src-shared/errors';
import type { ManualAllocationInput, ReleaseAllocationInput } from '../../../src-shared/schemas/export-inputs';
import { withAudit } from '../../ledger/audit/audit-log';
import { requireApproval } from '../auth/users-service';
import {
  allocationInserter,
  entryLineUnallocated,
  exportLineUnallocated,
  findAllocationByUid,
  getAllocation,
  isReleased,
  lotUnallocated,
} from '../../ledger/repos/allocations-repo';
import { claimInForceUsing } from '../../ledger/repos/claims-repo';
import { reconciliationFlaggedEntry } from '../../ledger/repos/entries-repo';
import { exportLineOfShipment, findShipment } from '../../ledger/repos/exports-repo';
import { findItemBySku } from '../../ledger/repos/items-repo';
import { findLot } from '../../ledger/repos/lots-repo';
import type { Actor, ServiceContext } from '../service-context';

/**
 * Manual allocations and releases: a person's decision, not the engine's, so each needs the approval,
 * with a reason, of a supervisor who is not the requester (a supervisor asking needs another one).
 */

export function allocateManually(ctx: ServiceContext, actor: Actor, input: ManualAllocationInput, verified?: Actor): Allocation {
  const approver = requireApproval(actor, input.override, verified, { asking: 'a manual allocation', noun: 'allocation' });
  const subject = `shipment ${input.shipmentReference} line ${input.lineNumber} ← lot ${input.lotCode}`;
  const id = withAudit(
    ctx.db,
    ctx,
    (a: number) => ({
      action: 'matching:allocate',
      subject,
      actor: actor.username,
      approver: approver.username,
      reason: input.reason,
      after: { allocation: a, quantity: input.quantity, sku: input.sku ?? null },
    }),
    (seq) => {
      const shipment = findShipment(ctx.db, input.shipmentReference);
      if (!shipment) throw new AppError('NOT_FOUND', `there is no shipment ${input.shipmentReference}`, [{ field: 'shipmentReference', message: 'not found' }]);
      const line = exportLineOfShipment(ctx.db, shipment.id, input.lineNumber);
      if (!line)
        throw new AppError('NOT_FOUND', `shipment ${input.shipmentReference} has no line ${input.lineNumber}`, [{ field: 'lineNumber', message: 'not found' }]);
      const sku = input.sku ?? line.sku;
      const item = findItemBySku(ctx.db, sku);
      const lot = item && findLot(ctx.db, item.id, input.lotCode);
      if (!item || !lot) throw new AppError('NOT_FOUND', `there is no lot ${input.lotCode} of SKU ${sku}`, [{ field: 'lotCode', message: 'not found' }]);
      if (item.drawback_eligible === 0)
        throw new AppError('VALIDATION', `SKU ${sku} is not eligible for drawback; its lots cannot be designated`, [
          { field: 'sku', message: 'not eligible for drawback' },
        ]);
      const flagged = reconciliationFlaggedEntry(ctx.db, lot.entry_line_id);
      if (flagged)
        throw new AppError(
          'VALIDATION',
          `entry ${flagged.entry_number} is flagged for reconciliation; its lots cannot be designated until the reconciliation is filed`,
          [{ field: 'lotCode', message: 'entry flagged for reconciliation' }],
        );
      const limits = [
        {
          left: exportLineUnallocated(ctx.db, line.id),
          what: `shipment ${input.shipmentReference} line ${input.lineNumber} has ${exportLineUnallocated(ctx.db, line.id)} units not yet allocated`,
        },
        { left: lotUnallocated(ctx.db, lot.id), what: `lot ${input.lotCode} has ${lotUnallocated(ctx.db, lot.id)} units not yet allocated` },
        {
          left: entryLineUnallocated(ctx.db, lot.entry_line_id, item.uom),
          what: `the lot's entry line has ${entryLineUnallocated(ctx.db, lot.entry_line_id, item.uom)} units not yet allocated`,
        },
      ];
      for (const limit of limits) {
        if (input.quantity > limit.left)
          throw new AppError('VALIDATION', `${limit.what}; ${input.quantity} cannot be allocated`, [
            {
              field: 'quantity',
              message: limit.left <= 0 ? `none can be allocated: ${limit.what}` : `at most ${limit.left.toLocaleString('en-US')} can be allocated`,
            },
          ]);
      }
      return allocationInserter(
        ctx.db,
        seq,
      )({
        uid: ctx.ids.next(),
        kind: 'allocate',
        exportLineId: line.id,
        lotId: lot.id,
        quantity: input.quantity,
        basis: sku === line.sku ? 'manual' : 'substitution',
        createdAt: ctx.clock.now().toISOString(),
        userId: actor.userId,
        approverId: approver.userId,
        reason: input.reason,
      });
    },
  );
  ctx.emit('claims:changed', { claimNumber: null, reason: 'allocations changed' });
  return getAllocation(ctx.db, id);
}

/** Frees an allocation's units (the record stays). Refused while a claim in force still counts it. */
export function releaseAllocation(ctx: ServiceContext, actor: Actor, input: ReleaseAllocationInput, verified?: Actor): Allocation {
  const approver = requireApproval(actor, input.override, verified, { asking: 'releasing an allocation', noun: 'release' });
  const id = withAudit(
    ctx.db,
    ctx,
    { action: 'matching:release', subject: `allocation ${input.allocationId}`, actor: actor.username, approver: approver.username, reason: input.reason },
    (seq) => {
      const original = findAllocationByUid(ctx.db, input.allocationId);
      if (!original || original.kind !== 'allocate')
        throw new AppError('NOT_FOUND', `there is no allocation ${input.allocationId}`, [{ field: 'allocationId', message: 'not found' }]);
      if (isReleased(ctx.db, original.id))
        throw new AppError('CONFLICT', `allocation ${input.allocationId} was already released`, [{ field: 'allocationId', message: 'already released' }]);
      const claimed = claimInForceUsing(ctx.db, original.id);
      if (claimed)
        throw new AppError(
          'CONFLICT',
          `allocation ${input.allocationId} is claimed on ${claimed.number}; exclude that claim line or withdraw the claim first`,
          [{ field: 'allocationId', message: `on claim ${claimed.number}` }],
        );
      allocationInserter(
        ctx.db,
        seq,
      )({
        uid: ctx.ids.next(),
        kind: 'release',
        exportLineId: original.export_line_id,
        lotId: original.lot_id,
        quantity: original.quantity,
        basis: original.basis,
        releasesAllocationId: original.id,
        createdAt: ctx.clock.now().toISOString(),
        userId: actor.userId,
        approverId: approver.userId,
        reason: input.reason,
      });
      return original.id;
    },
  );
  ctx.emit('claims:changed', { claimNumber: null, reason: 'allocations changed' });
  return getAllocation(ctx.db, id);
}
