import type { Bucket, Movement, MovementKind } from '../../../src-shared/domain/ledger';
import { AppError } from '../../../src-shared/errors';
import type { AdjustInput, MoveInput, PreserveInput, ReverseInput } from '../../../src-shared/schemas/movement-inputs';
import { withAudit } from '../../ledger/audit/audit-log';
import { requireApproval } from '../auth/users-service';
import { getLocation } from '../../ledger/repos/locations-repo';
import { getLot } from '../../ledger/repos/lots-repo';
import { findMovementToReverse, getMovement, insertMovement, reversalOf } from '../../ledger/repos/movements-repo';
import type { Actor, ServiceContext } from '../service-context';
import { requireAvailable, requireLocation, requireLot } from './stock-position';

type Side = { locationId: number; bucket: Bucket } | null;

/**
 * Stock movements after receipt. Each is one new movement row under one audit record: nothing is
 * edited, a mistake is undone by a reversal linked to what it reverses. Quantity checks run inside
 * the transaction so two desks cannot both take the last units. Corrections (adjustments,
 * reversals) carry a reason and the approval of a supervisor who is not the requester.
 */
function record(
  ctx: ServiceContext,
  actor: Actor,
  approver: Actor | null,
  audit: { action: string; subject: string; reason?: string; after: unknown },
  plan: () => { kind: MovementKind; lotId: number; quantity: number; from: Side; to: Side; corrects?: number; reason?: string },
): Movement {
  const id = withAudit(ctx.db, ctx, { ...audit, actor: actor.username, approver: approver?.username ?? null, reason: audit.reason ?? null }, (seq) => {
    const m = plan();
    return insertMovement(
      ctx.db,
      {
        uid: ctx.ids.next(),
        kind: m.kind,
        lotId: m.lotId,
        quantity: m.quantity,
        from: m.from,
        to: m.to,
        correctsMovementId: m.corrects ?? null,
        occurredAt: ctx.clock.now().toISOString(),
        userId: actor.userId,
        approverId: approver?.userId ?? null,
        reason: m.reason ?? null,
      },
      seq,
    );
  });
  ctx.emit('ledger:balances-changed', { reason: audit.action });
  return getMovement(ctx.db, id);
}

export function moveStock(ctx: ServiceContext, actor: Actor, input: MoveInput): Movement {
  if (input.fromLocation === input.toLocation)
    throw new AppError('VALIDATION', 'a move needs two different locations', [{ field: 'toLocation', message: 'same as from' }]);
  return record(
    ctx,
    actor,
    null,
    { action: 'inventory:move', subject: `SKU ${input.sku} lot ${input.lotCode} ${input.fromLocation} → ${input.toLocation}`, after: input },
    () => {
      const lot = requireLot(ctx.db, input.sku, input.lotCode);
      const from = requireLocation(ctx.db, input.fromLocation, 'fromLocation');
      const to = requireLocation(ctx.db, input.toLocation, 'toLocation');
      requireAvailable(ctx.db, lot, from, input.bucket, input.quantity);
      // Into a segregated drawback bin, stock is preserved; preserved stock stays preserved wherever it goes.
      const toBucket: Bucket = to.drawback_segregated === 1 && input.bucket === 'available' ? 'preserved' : input.bucket;
      return {
        kind: 'move',
        lotId: lot.id,
        quantity: input.quantity,
        from: { locationId: from.id, bucket: input.bucket },
        to: { locationId: to.id, bucket: toBucket },
      };
    },
  );
}

export function preserveStock(ctx: ServiceContext, actor: Actor, input: PreserveInput): Movement {
  return record(
    ctx,
    actor,
    null,
    { action: 'inventory:preserve', subject: `SKU ${input.sku} lot ${input.lotCode} at ${input.locationCode}`, after: input },
    () => {
      const lot = requireLot(ctx.db, input.sku, input.lotCode);
      const at = requireLocation(ctx.db, input.locationCode, 'locationCode');
      requireAvailable(ctx.db, lot, at, 'available', input.quantity);
      return {
        kind: 'preserve',
        lotId: lot.id,
        quantity: input.quantity,
        from: { locationId: at.id, bucket: 'available' },
        to: { locationId: at.id, bucket: 'preserved' },
      };
    },
  );
}

export function adjustStock(ctx: ServiceContext, actor: Actor, input: AdjustInput, verified?: Actor): Movement {
  const approver = requireApproval(actor, input.override, verified, { asking: 'adjusting stock', noun: 'adjustment' });
  const { override: _credentials, ...after } = input;
  return record(
    ctx,
    actor,
    approver,
    { action: 'inventory:adjust', subject: `SKU ${input.sku} lot ${input.lotCode} at ${input.locationCode}`, reason: input.reason, after },
    () => {
      const lot = requireLot(ctx.db, input.sku, input.lotCode);
      const at = requireLocation(ctx.db, input.locationCode, 'locationCode');
      const side = { locationId: at.id, bucket: input.bucket };
      if (input.delta < 0) requireAvailable(ctx.db, lot, at, input.bucket, -input.delta, 'delta');
      return {
        kind: 'adjustment',
        lotId: lot.id,
        quantity: Math.abs(input.delta),
        from: input.delta < 0 ? side : null,
        to: input.delta > 0 ? side : null,
        reason: input.reason,
      };
    },
  );
}

export function reverseMovement(ctx: ServiceContext, actor: Actor, input: ReverseInput, verified?: Actor): Movement {
  const approver = requireApproval(actor, input.override, verified, { asking: 'reversing a movement', noun: 'reversal' });
  const { override: _credentials, ...after } = input;
  return record(ctx, actor, approver, { action: 'inventory:reverse-movement', subject: `movement ${input.movementId}`, reason: input.reason, after }, () => {
    const original = findMovementToReverse(ctx.db, input.movementId);
    if (!original) throw new AppError('NOT_FOUND', `there is no movement ${input.movementId}`, [{ field: 'movementId', message: 'not found' }]);
    if (original.kind === 'reversal')
      throw new AppError('VALIDATION', 'a reversal is not reversed; record the movement again instead', [{ field: 'movementId', message: 'is a reversal' }]);
    const already = reversalOf(ctx.db, original.id);
    if (already)
      throw new AppError('CONFLICT', `movement ${input.movementId} was already reversed by ${already.uid}`, [
        { field: 'movementId', message: 'already reversed' },
      ]);
    const from: Side = original.to_location_id !== null && original.to_bucket ? { locationId: original.to_location_id, bucket: original.to_bucket } : null;
    const to: Side =
      original.from_location_id !== null && original.from_bucket ? { locationId: original.from_location_id, bucket: original.from_bucket } : null;
    if (from) {
      const lot = getLot(ctx.db, original.lot_id)!;
      const location = getLocation(ctx.db, from.locationId)!;
      requireAvailable(ctx.db, lot, location, from.bucket, original.quantity);
    }
    return { kind: 'reversal', lotId: original.lot_id, quantity: original.quantity, from, to, corrects: original.id, reason: input.reason };
  });
}
