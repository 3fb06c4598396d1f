import type { ClaimIssue, ClaimValidation } from '../../../src-shared/domain/claims';
import type { AuditSeq } from '../../ledger/audit/audit-seq';
import { AppError } from '../../../src-shared/errors';
import { withAudit } from '../../ledger/audit/audit-log';
import { parseIsoDay } from '../../engine/accounting-methods/epoch-days';
import { checkClaim, type ClaimFacts } from '../../engine/claims/claim-rules';
import { exceptionsOfClaim, insertException, insertExceptionAction, isOpen } from '../../ledger/repos/claim-exceptions-repo';
import { findClaim, type ClaimRow } from '../../ledger/repos/claims-repo';
import type { Actor, ServiceContext } from '../service-context';
import { claimFacts } from './claim-facts';
import { checklistTexts } from './exception-checklists';

/** The desk's today as a calendar day, on the UTC calendar the claim date's default uses (draft-claim.ts). */
export function deskDay(ctx: ServiceContext): number {
  return parseIsoDay(ctx.clock.now().toISOString().slice(0, 10))!;
}

/**
 * The facts of a claim as of the action being taken now. A claim not yet filed can be filed today
 * at the earliest, so its time limits are measured to the later of its claim date and today (19 CFR
 * 190.51(e)); `filedOn` is the filing date a `file` action records, which then stands for the claim
 * date. A filed claim was checked when it was filed: today no longer moves its dates.
 */
export function factsAsOf(ctx: ServiceContext, claim: ClaimRow, filedOn?: string): ClaimFacts {
  const facts = claimFacts(ctx.db, claim);
  const claimDay = filedOn === undefined ? facts.claimDay : parseIsoDay(filedOn)!;
  const settled = claim.state === 'filed' || claim.state === 'liquidated' || claim.state === 'withdrawn';
  return { ...facts, claimDay, ...(filedOn === undefined ? {} : { claimDayLabel: 'the filing date' }), actionDay: settled ? claimDay : deskDay(ctx) };
}

/**
 * Checks a claim against the rules inside the caller's transaction, as of today (or of the filing
 * being recorded), and puts every problem in the exception queue.
 */
export function validateWithin(ctx: ServiceContext, actor: Actor, claim: ClaimRow, seq: AuditSeq, filedOn?: string): { issues: ClaimIssue[]; raised: number } {
  const issues = checkClaim(factsAsOf(ctx, claim, filedOn));
  return { issues, raised: recordIssues(ctx, actor, claim, issues, seq) };
}

/**
 * Puts problems in the exception queue: a new problem becomes an exception owned by the claim's
 * drafter; one that was resolved but has come back is reopened; one already open is left as it is.
 * Returns how many were raised or reopened.
 */
export function recordIssues(ctx: ServiceContext, actor: Actor, claim: ClaimRow, issues: ClaimIssue[], seq: AuditSeq): number {
  const known = new Map(exceptionsOfClaim(ctx.db, claim.id).map((x) => [x.subject_key, x]));
  const now = ctx.clock.now().toISOString();
  let raised = 0;
  for (const issue of issues) {
    const existing = known.get(issue.subjectKey);
    if (!existing) {
      insertException(
        ctx.db,
        {
          uid: ctx.ids.next(),
          claimId: claim.id,
          kind: issue.kind,
          subjectKey: issue.subjectKey,
          claimLineNo: issue.claimLineNo,
          message: issue.message,
          checklist: checklistTexts(issue.kind),
          ownerId: claim.user_id,
          createdAt: now,
        },
        seq,
      );
      raised++;
    } else if (!isOpen(ctx.db, existing.id)) {
      insertExceptionAction(
        ctx.db,
        { exceptionId: existing.id, action: 'reopen', note: `validation found it again: ${issue.message}`, at: now, userId: actor.userId },
        seq,
      );
      raised++;
    }
  }
  return raised;
}

export function requireClaim(ctx: ServiceContext, number: string): ClaimRow {
  const claim = findClaim(ctx.db, number);
  if (!claim) throw new AppError('NOT_FOUND', `there is no claim ${number}`, [{ field: 'claimNumber', message: 'not found' }]);
  return claim;
}

export function validateClaim(ctx: ServiceContext, actor: Actor, number: string): ClaimValidation {
  const result = withAudit(
    ctx.db,
    ctx,
    (r: { issues: ClaimIssue[]; raised: number }) => ({
      action: 'claims:validate',
      subject: `claim ${number}`,
      actor: actor.username,
      after: { issues: r.issues.length, raised: r.raised, kinds: [...new Set(r.issues.map((i) => i.kind))] },
    }),
    (seq) => validateWithin(ctx, actor, requireClaim(ctx, number), seq),
  );
  ctx.emit('claims:changed', { claimNumber: number, reason: 'validated' });
  return { claimNumber: number, ok: result.issues.length === 0, issues: result.issues, raised: result.raised };
}
