import type { ClaimDetail, ClaimState } from '../../src-shared/domain/claims';
import { AppError } from '../../src-shared/errors';
import { parseMoney } from '../../src-shared/money';
import { withAudit } from '../audit/audit-log';
import { insertClaimEvent, type ClaimRow } from '../ledger/claims-repo';
import type { Actor, ServiceContext } from '../service-context';
import { drafterRefusal, excludeRefusal, MOVES, openExceptionsRefusal, stateRefusal, type StateMove } from './claim-preconditions';
import { claimDetail } from './claim-read';
import { requireClaim, validateWithin } from './claim-validation';

interface Transition {
  move: StateMove;
  reason?: string | null;
  reference?: string | null;
  amount4dp?: bigint | null;
  /** checks under the write lock, after the state check; throws to refuse */
  guard?: (claim: ClaimRow, seq: number) => void;
}

/**
 * Moves a claim along draft → in review → approved → filed → liquidated (or back to draft, or out as
 * withdrawn). Each move is one event row and one audit record; the state is never edited in place.
 * The refusals come from claim-preconditions.ts, the same the claim's screen shows beside its buttons.
 */
function move(ctx: ServiceContext, actor: Actor, number: string, t: Transition): ClaimDetail {
  const { action, to } = t.move;
  withAudit(ctx.db, ctx, (from: ClaimState) => ({ action, subject: `claim ${number}`, actor: actor.username, before: { state: from }, after: { state: to, reference: t.reference ?? null }, reason: t.reason ?? null }), (seq) => {
    const claim = requireClaim(ctx, number);
    const refused = stateRefusal(claim, t.move);
    if (refused) throw refused;
    t.guard?.(claim, seq);
    insertClaimEvent(ctx.db, { claimId: claim.id, from: claim.state, to, at: ctx.clock.now().toISOString(), userId: actor.userId, approverId: to === 'approved' ? actor.userId : null, reason: t.reason ?? null, reference: t.reference ?? null, amount4dp: t.amount4dp ?? null }, seq);
    return claim.state;
  });
  ctx.emit('claims:changed', { claimNumber: number, reason: action });
  return claimDetail(ctx, number);
}

/** Submitting validates: every problem is in the queue for the reviewer to see. */
export function submitClaim(ctx: ServiceContext, actor: Actor, number: string, reason?: string): ClaimDetail {
  return move(ctx, actor, number, { move: MOVES.submit, reason, guard: (claim, seq) => void validateWithin(ctx, actor, claim, seq) });
}

/**
 * A supervisor approves only a claim that passes every rule with no open exception, and never one
 * they drafted or submitted for review themselves (four eyes on every refund).
 */
export function approveClaim(ctx: ServiceContext, actor: Actor, number: string, reason?: string): ClaimDetail {
  try {
    return move(ctx, actor, number, {
      move: MOVES.approve,
      reason,
      guard: (claim, seq) => {
        const drafter = drafterRefusal(ctx, actor, claim);
        if (drafter) throw drafter;
        // checked again now: a rule can fail since the last validation (a deadline passed, another claim approved)
        const { issues } = validateWithin(ctx, actor, claim, seq);
        const blocked = openExceptionsRefusal(ctx, claim, issues.slice(0, 20).map((i) => ({ field: 'exceptions', message: i.message })));
        if (blocked) throw new ApprovalBlocked(blocked);
      },
    });
  } catch (error) {
    if (!(error instanceof ApprovalBlocked)) throw error;
    // The refusal rolled back the check's writes; the exceptions it found must still reach the queue.
    recordExceptions(ctx, actor, number);
    throw error.refusal;
  }
}

class ApprovalBlocked extends Error {
  constructor(readonly refusal: AppError) {
    super(refusal.message);
  }
}

function recordExceptions(ctx: ServiceContext, actor: Actor, number: string): void {
  withAudit(ctx.db, ctx, { action: 'claims:validate', subject: `claim ${number}`, actor: actor.username, reason: 'approval refused' }, (seq) => validateWithin(ctx, actor, requireClaim(ctx, number), seq));
  ctx.emit('claims:changed', { claimNumber: number, reason: 'validated' });
}

export function returnClaim(ctx: ServiceContext, actor: Actor, number: string, reason: string): ClaimDetail {
  return move(ctx, actor, number, { move: MOVES.return, reason });
}

export function fileClaim(ctx: ServiceContext, actor: Actor, number: string, filedReference: string, filedOn: string): ClaimDetail {
  return move(ctx, actor, number, { move: MOVES.file, reference: filedReference, reason: `filed on ${filedOn}` });
}

export function liquidateClaim(ctx: ServiceContext, actor: Actor, number: string, liquidatedOn: string, amount: string, reference?: string): ClaimDetail {
  return move(ctx, actor, number, { move: MOVES.liquidate, amount4dp: parseMoney(amount), reference: reference ?? null, reason: `liquidated on ${liquidatedOn}` });
}

export function withdrawClaim(ctx: ServiceContext, actor: Actor, number: string, reason: string): ClaimDetail {
  return move(ctx, actor, number, { move: MOVES.withdraw, reason });
}

/** Takes lines out of a claim (draft or in review), with the reason; the lines stay on record. */
export function excludeClaimLines(ctx: ServiceContext, actor: Actor, number: string, lineNos: number[], reason: string): ClaimDetail {
  withAudit(ctx.db, ctx, { action: 'claims:exclude-lines', subject: `claim ${number}`, actor: actor.username, reason, after: { lines: lineNos.length > 50 ? `${lineNos.length} lines` : lineNos } }, (seq) => {
    const claim = requireClaim(ctx, number);
    const refused = excludeRefusal(claim);
    if (refused) throw refused;
    const find = ctx.db.prepare('SELECT cl.id, EXISTS (SELECT 1 FROM claim_line_exclusions z WHERE z.claim_line_id = cl.id) AS excluded FROM claim_lines cl WHERE cl.claim_id = ? AND cl.line_no = ?');
    const insert = ctx.db.prepare('INSERT INTO claim_line_exclusions (claim_line_id, reason, at, user_id, audit_seq) VALUES (?,?,?,?,?)');
    const at = ctx.clock.now().toISOString();
    for (const lineNo of [...new Set(lineNos)].sort((a, b) => a - b)) {
      const line = find.get(claim.id, lineNo) as { id: number; excluded: number } | undefined;
      if (!line) throw new AppError('NOT_FOUND', `claim ${number} has no line ${lineNo}`, [{ field: 'lineNos', message: `no line ${lineNo}` }]);
      if (line.excluded === 0) insert.run(line.id, reason, at, actor.userId, seq);
    }
  });
  ctx.emit('claims:changed', { claimNumber: number, reason: 'lines excluded' });
  return claimDetail(ctx, number);
}
