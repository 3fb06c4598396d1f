import type { ClaimDetail, ClaimIssue, ClaimState, ExceptionKind } from '../../../src-shared/domain/claims';
import type { AuditSeq } from '../../ledger/audit/audit-seq';
import { AppError } from '../../../src-shared/errors';
import { parseMoney } from '../../../src-shared/money';
import { withAudit } from '../../ledger/audit/audit-log';
import { checkClaim } from '../../engine/claims/claim-rules';
import { claimLineExcluder, insertClaimEvent, type ClaimRow } from '../../ledger/repos/claims-repo';
import type { Actor, ServiceContext } from '../service-context';
import { drafterRefusal, excludeRefusal, MOVES, openExceptionsRefusal, stateRefusal, type StateMove } from './claim-preconditions';
import { claimDetail } from './claim-read';
import { factsAsOf, recordIssues, requireClaim, validateWithin } from './claim-validation';

interface Transition {
  move: StateMove;
  reason?: string | null;
  reference?: string | null;
  amount4dp?: bigint | null;
  /** checks under the write lock, after the state check; throws to refuse */
  guard?: (claim: ClaimRow, seq: AuditSeq) => void;
}

/**
 * Moves a claim along draft → in review → approved → filed → liquidated (or back to draft, or out as
 * withdrawn). Each move is one event row and one audit record; the state is never edited in place.
 * The refusals come from claim-preconditions.ts, the same the claim's screen shows beside its buttons.
 * A guard that refuses because the rules found problems throws `Blocked`: the refusal rolls its
 * writes back, so the problems are then recorded in the exception queue on their own.
 */
function move(ctx: ServiceContext, actor: Actor, number: string, t: Transition): ClaimDetail {
  try {
    moveWithin(ctx, actor, number, t);
  } catch (error) {
    if (!(error instanceof Blocked)) throw error;
    recordExceptions(ctx, actor, number, error.issues);
    throw error.refusal;
  }
  ctx.emit('claims:changed', { claimNumber: number, reason: t.move.action });
  return claimDetail(ctx, number);
}

function moveWithin(ctx: ServiceContext, actor: Actor, number: string, t: Transition): void {
  const { action, to } = t.move;
  withAudit(
    ctx.db,
    ctx,
    (from: ClaimState) => ({
      action,
      subject: `claim ${number}`,
      actor: actor.username,
      before: { state: from },
      after: { state: to, reference: t.reference ?? null },
      reason: t.reason ?? null,
    }),
    (seq) => {
      const claim = requireClaim(ctx, number);
      const refused = stateRefusal(claim, t.move);
      if (refused) throw refused;
      t.guard?.(claim, seq);
      insertClaimEvent(
        ctx.db,
        {
          claimId: claim.id,
          from: claim.state,
          to,
          at: ctx.clock.now().toISOString(),
          userId: actor.userId,
          approverId: to === 'approved' ? actor.userId : null,
          reason: t.reason ?? null,
          reference: t.reference ?? null,
          amount4dp: t.amount4dp ?? null,
        },
        seq,
      );
      return claim.state;
    },
  );
}

/**
 * The time limits no review can cure: past them the line can no longer be claimed, whatever is done
 * to the rest of the claim (19 CFR 190.51(e); 19 U.S.C. 1313(j)(1), 1313(r)(1)). Each action re-checks
 * them against its own day, so a claim that was in time when drafted is refused once it is not.
 */
const FIVE_YEARS: ReadonlySet<ExceptionKind> = new Set(['claim-after-five-years', 'export-after-five-years']);
/** Filing fixes the claim's date: an export after it was not exported "before the drawback claim is filed" either (190.31(b)). */
const AT_FILING: ReadonlySet<ExceptionKind> = new Set([...FIVE_YEARS, 'export-after-claim-date']);

/** Refuses when a line is past a time limit; `record` is what the exception queue gets once the refusal has rolled back. */
function refuseLate(number: string, verb: string, issues: ClaimIssue[], kinds: ReadonlySet<ExceptionKind>, record: ClaimIssue[] = issues): void {
  const late = issues.filter((i) => kinds.has(i.kind));
  if (late.length === 0) return;
  const more = late.length > 1 ? ` (and ${late.length - 1} more line${late.length === 2 ? '' : 's'} past a time limit)` : '';
  throw new Blocked(
    new AppError(
      'CONFLICT',
      `claim ${number} cannot be ${verb}: ${late[0]!.message}${more}`,
      late.slice(0, 20).map((i) => ({ field: 'exceptions', message: i.message })),
    ),
    record,
  );
}

/** Submitting validates as of today: every problem is in the queue for the reviewer to see, and a line past its time limit stops it. */
export function submitClaim(ctx: ServiceContext, actor: Actor, number: string, reason?: string): ClaimDetail {
  return move(ctx, actor, number, {
    move: MOVES.submit,
    reason,
    guard: (claim, seq) => refuseLate(number, 'submitted', validateWithin(ctx, actor, claim, seq).issues, FIVE_YEARS),
  });
}

/**
 * A supervisor approves only a claim that passes every rule as of today with no open exception, and
 * never one they drafted or submitted for review themselves (four eyes on every refund).
 */
export function approveClaim(ctx: ServiceContext, actor: Actor, number: string, reason?: string): ClaimDetail {
  return move(ctx, actor, number, {
    move: MOVES.approve,
    reason,
    guard: (claim, seq) => {
      const drafter = drafterRefusal(ctx, actor, claim);
      if (drafter) throw drafter;
      // checked again now: a rule can fail since the last validation (a deadline passed, another claim approved)
      const { issues } = validateWithin(ctx, actor, claim, seq);
      refuseLate(number, 'approved', issues, FIVE_YEARS);
      const blocked = openExceptionsRefusal(
        ctx,
        claim,
        issues.slice(0, 20).map((i) => ({ field: 'exceptions', message: i.message })),
      );
      if (blocked) throw new Blocked(blocked, issues);
    },
  });
}

/** A refusal whose problems must still reach the exception queue once its own writes are rolled back. */
class Blocked extends Error {
  constructor(
    readonly refusal: AppError,
    readonly issues: ClaimIssue[],
  ) {
    super(refusal.message);
  }
}

function recordExceptions(ctx: ServiceContext, actor: Actor, number: string, issues: ClaimIssue[]): void {
  withAudit(
    ctx.db,
    ctx,
    {
      action: 'claims:validate',
      subject: `claim ${number}`,
      actor: actor.username,
      reason: 'refused: the problems found stay in the queue',
      after: { issues: issues.length, kinds: [...new Set(issues.map((i) => i.kind))] },
    },
    (seq) => recordIssues(ctx, actor, requireClaim(ctx, number), issues, seq),
  );
  ctx.emit('claims:changed', { claimNumber: number, reason: 'validated' });
}

export function returnClaim(ctx: ServiceContext, actor: Actor, number: string, reason: string): ClaimDetail {
  return move(ctx, actor, number, { move: MOVES.return, reason });
}

/**
 * Records the filing, checked once more on the filing date and today, whichever is later: a claim
 * past a line's five years cannot be filed (19 CFR 190.51(e)), however long ago it was approved.
 */
export function fileClaim(ctx: ServiceContext, actor: Actor, number: string, filedReference: string, filedOn: string): ClaimDetail {
  return move(ctx, actor, number, {
    move: MOVES.file,
    reference: filedReference,
    reason: `filed on ${filedOn}`,
    // checked, not recorded: other problems of an approved claim (a later draft on the same entry line)
    // are that draft's to resolve. A refusal puts in the queue the lines late as of today; a filing
    // date that alone is too late is refused and leaves nothing behind (it was never the claim's date)
    guard: (claim) =>
      refuseLate(
        number,
        `filed on ${filedOn}`,
        checkClaim(factsAsOf(ctx, claim, filedOn)),
        AT_FILING,
        checkClaim(factsAsOf(ctx, claim)).filter((i) => FIVE_YEARS.has(i.kind)),
      ),
  });
}

export function liquidateClaim(ctx: ServiceContext, actor: Actor, number: string, liquidatedOn: string, amount: string, reference?: string): ClaimDetail {
  return move(ctx, actor, number, {
    move: MOVES.liquidate,
    amount4dp: parseMoney(amount),
    reference: reference ?? null,
    reason: `liquidated on ${liquidatedOn}`,
  });
}

export function withdrawClaim(ctx: ServiceContext, actor: Actor, number: string, reason: string): ClaimDetail {
  return move(ctx, actor, number, { move: MOVES.withdraw, reason });
}

/** Takes lines out of a claim (draft or in review), with the reason; the lines stay on record. */
export function excludeClaimLines(ctx: ServiceContext, actor: Actor, number: string, lineNos: number[], reason: string): ClaimDetail {
  withAudit(
    ctx.db,
    ctx,
    {
      action: 'claims:exclude-lines',
      subject: `claim ${number}`,
      actor: actor.username,
      reason,
      after: { lines: lineNos.length > 50 ? `${lineNos.length} lines` : lineNos },
    },
    (seq) => {
      const claim = requireClaim(ctx, number);
      const refused = excludeRefusal(claim);
      if (refused) throw refused;
      const lines = claimLineExcluder(ctx.db, seq);
      const at = ctx.clock.now().toISOString();
      for (const lineNo of [...new Set(lineNos)].sort((a, b) => a - b)) {
        const line = lines.line(claim.id, lineNo);
        if (!line) throw new AppError('NOT_FOUND', `claim ${number} has no line ${lineNo}`, [{ field: 'lineNos', message: `no line ${lineNo}` }]);
        if (line.excluded === 0) lines.exclude({ claimLineId: line.id, reason, at, userId: actor.userId });
      }
    },
  );
  ctx.emit('claims:changed', { claimNumber: number, reason: 'lines excluded' });
  return claimDetail(ctx, number);
}
