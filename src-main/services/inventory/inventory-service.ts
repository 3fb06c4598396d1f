import type { Movement } from '../../../src-shared/domain/ledger';
import { AppError } from '../../../src-shared/errors';
import type { ReleaseInput } from '../../../src-shared/schemas/ledger-inputs';
import { withAudit } from '../../ledger/audit/audit-log';
import { requireApproval } from '../auth/users-service';
import { queryBalances } from '../../ledger/repos/balances-repo';
import { findItemBySku } from '../../ledger/repos/items-repo';
import { findLocation } from '../../ledger/repos/locations-repo';
import { findLot } from '../../ledger/repos/lots-repo';
import { getMovement, insertMovement } from '../../ledger/repos/movements-repo';
import type { Actor, ServiceContext } from '../service-context';

export { queryBalances };

/**
 * Releases stock preserved for drawback back to ordinary use, approved by a supervisor other than
 * the requester: once released and consumed domestically, those units can no longer prove an
 * export. A new movement, never an edit.
 */
export function releasePreserved(ctx: ServiceContext, actor: Actor, input: ReleaseInput, verified?: Actor): Movement {
  const approver = requireApproval(actor, input.override, verified, { asking: 'releasing stock from drawback', noun: 'release' });
  const id = withAudit(
    ctx.db,
    ctx,
    {
      action: 'inventory:release-preserved',
      subject: `SKU ${input.sku} lot ${input.lotCode} at ${input.locationCode}`,
      actor: actor.username,
      approver: approver.username,
      reason: input.reason,
      after: { quantity: input.quantity },
    },
    (seq) => {
      const item = findItemBySku(ctx.db, input.sku);
      const lot = item && findLot(ctx.db, item.id, input.lotCode);
      if (!item || !lot) throw new AppError('NOT_FOUND', `no lot ${input.lotCode} for SKU ${input.sku}`, [{ field: 'lotCode', message: 'not found' }]);
      const location = findLocation(ctx.db, input.locationCode);
      if (!location) throw new AppError('NOT_FOUND', `location ${input.locationCode} does not exist`, [{ field: 'locationCode', message: 'not found' }]);
      const [balance] = queryBalances(ctx.db, { sku: input.sku, lotCode: input.lotCode, locationCode: input.locationCode, limit: 1 });
      const preserved = balance?.preserved ?? 0;
      if (input.quantity > preserved) {
        throw new AppError('VALIDATION', `only ${preserved} of lot ${input.lotCode} are preserved at ${input.locationCode}`, [
          {
            field: 'quantity',
            message:
              preserved <= 0
                ? `none of lot ${input.lotCode} is preserved at ${input.locationCode}`
                : `at most ${preserved.toLocaleString('en-US')} are preserved at ${input.locationCode}`,
          },
        ]);
      }
      return insertMovement(
        ctx.db,
        {
          uid: ctx.ids.next(),
          kind: 'release',
          lotId: lot.id,
          quantity: input.quantity,
          from: { locationId: location.id, bucket: 'preserved' },
          to: { locationId: location.id, bucket: 'available' },
          occurredAt: ctx.clock.now().toISOString(),
          userId: actor.userId,
          approverId: approver.userId,
          reason: input.reason,
        },
        seq,
      );
    },
  );
  ctx.emit('ledger:balances-changed', { reason: 'release' });
  return getMovement(ctx.db, id);
}
