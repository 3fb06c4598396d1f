import type { ClaimException } from '../../../src-shared/domain/claims';
import type { AuditSeq } from '../../ledger/audit/audit-seq';
import { AppError } from '../../../src-shared/errors';
import { withAudit } from '../../ledger/audit/audit-log';
import { findUser } from '../../ledger/repos/users-repo';
import { checkClaim } from '../../engine/claims/claim-rules';
import { findExceptionRow, insertExceptionAction, isOpen, queryExceptions, type ExceptionRow } from '../../ledger/repos/claim-exceptions-repo';
import { findClaim } from '../../ledger/repos/claims-repo';
import type { Actor, ServiceContext } from '../service-context';
import { ChecklistFacts, deskItem, exceptionsWithFacts } from './checklist-facts';
import { factsAsOf } from './claim-validation';

function requireException(ctx: ServiceContext, uid: string): ExceptionRow {
  const row = findExceptionRow(ctx.db, uid);
  if (!row) throw new AppError('NOT_FOUND', `there is no exception ${uid}`, [{ field: 'exceptionId', message: 'not found' }]);
  return row;
}

function current(ctx: ServiceContext, row: ExceptionRow): ClaimException {
  return exceptionsWithFacts(ctx.db, [row], ctx.clock.now())[0]!;
}

function act(
  ctx: ServiceContext,
  actor: Actor,
  uid: string,
  action: string,
  write: (row: ExceptionRow, seq: AuditSeq) => void,
  reason?: string,
): ClaimException {
  const row = withAudit(ctx.db, ctx, { action, subject: `exception ${uid}`, actor: actor.username, reason: reason ?? null }, (seq) => {
    const found = requireException(ctx, uid);
    write(found, seq);
    return found;
  });
  ctx.emit('claims:changed', { claimNumber: row.claim_number, reason: action });
  return current(ctx, row);
}

/** The exception queue, filtered and paged in SQL (a page is `limit` exceptions from `offset`). */
export function listClaimExceptions(
  ctx: ServiceContext,
  filter: { state: 'open' | 'resolved' | 'all'; claimNumber?: string; owner?: string; offset: number; limit: number },
): ClaimException[] {
  const claimId = filter.claimNumber ? (findClaim(ctx.db, filter.claimNumber)?.id ?? -1) : undefined;
  const ownerId = filter.owner ? (findUser(ctx.db, filter.owner.toLowerCase())?.id ?? -1) : undefined;
  return exceptionsWithFacts(
    ctx.db,
    queryExceptions(ctx.db, { state: filter.state, claimId, ownerId, offset: filter.offset, limit: filter.limit }),
    ctx.clock.now(),
  );
}

export function tickChecklist(ctx: ServiceContext, actor: Actor, uid: string, itemIndex: number, done: boolean): ClaimException {
  return act(ctx, actor, uid, done ? 'exceptions:tick' : 'exceptions:untick', (row, seq) => {
    const items = JSON.parse(row.checklist_json) as string[];
    if (itemIndex >= items.length)
      throw new AppError('VALIDATION', `the checklist has ${items.length} items; there is no item ${itemIndex + 1}`, [
        { field: 'itemIndex', message: `0 to ${items.length - 1}` },
      ]);
    if (!isOpen(ctx.db, row.id)) throw new AppError('CONFLICT', `exception ${uid} is resolved; its checklist is closed`);
    const desk = deskItem(new ChecklistFacts(ctx.db), row, itemIndex);
    if (desk)
      throw new AppError('CONFLICT', `"${desk.text}" is not ticked by hand: it is ${desk.description}`, [
        { field: 'itemIndex', message: 'checked by the desk' },
      ]);
    insertExceptionAction(
      ctx.db,
      { exceptionId: row.id, action: done ? 'tick' : 'untick', itemIndex, at: ctx.clock.now().toISOString(), userId: actor.userId },
      seq,
    );
  });
}

export function assignException(ctx: ServiceContext, actor: Actor, uid: string, owner: string): ClaimException {
  return act(ctx, actor, uid, 'exceptions:assign', (row, seq) => {
    const user = findUser(ctx.db, owner.toLowerCase());
    if (!user || user.password_hash === '')
      throw new AppError('NOT_FOUND', `there is no user ${owner} to own the exception`, [{ field: 'owner', message: 'not found' }]);
    insertExceptionAction(ctx.db, { exceptionId: row.id, action: 'assign', ownerId: user.id, at: ctx.clock.now().toISOString(), userId: actor.userId }, seq);
  });
}

/**
 * Resolves an exception once its checklist is done and the problem is really gone: the claim is
 * checked again, and if the rule still fails (the bill of lading is still missing) it is refused
 * with what is wrong. Nothing is waved through.
 */
export function resolveException(ctx: ServiceContext, actor: Actor, uid: string, note: string): ClaimException {
  return act(
    ctx,
    actor,
    uid,
    'exceptions:resolve',
    (row, seq) => {
      if (!isOpen(ctx.db, row.id)) throw new AppError('CONFLICT', `exception ${uid} is already resolved`);
      const state = current(ctx, row);
      const pending = state.checklist.filter((i) => !i.done);
      if (pending.length > 0)
        throw new AppError('VALIDATION', `finish the checklist first: ${pending.map((i) => `"${i.text}"`).join(', ')}`, [
          { field: 'checklist', message: `${pending.length} item${pending.length === 1 ? '' : 's'} to do` },
        ]);
      const claim = findClaim(ctx.db, row.claim_number)!;
      const still = checkClaim(factsAsOf(ctx, claim)).find((i) => i.subjectKey === row.subject_key);
      if (still)
        throw new AppError('CONFLICT', `not resolved: the problem is still there: ${still.message}`, [
          { field: 'exceptionId', message: 'the desk checked again and the problem is still there; fix it, then resolve the exception' },
        ]);
      insertExceptionAction(ctx.db, { exceptionId: row.id, action: 'resolve', note, at: ctx.clock.now().toISOString(), userId: actor.userId }, seq);
    },
    note,
  );
}
