import type { ClaimIssue, ClaimValidation } from '../../src-shared/domain/claims';
import { AppError } from '../../src-shared/errors';
import { withAudit } from '../audit/audit-log';
import { checkClaim } from '../engine/claims/claim-rules';
import { exceptionsOfClaim, insertException, insertExceptionAction, isOpen } from '../ledger/claim-exceptions-repo';
import { findClaim, type ClaimRow } from '../ledger/claims-repo';
import type { Actor, ServiceContext } from '../service-context';
import { claimFacts } from './claim-facts';
import { checklistTexts } from './exception-checklists';

/**
 * Checks a claim against the rules inside the caller's transaction, and puts every problem in the
 * exception queue: a new problem becomes an exception owned by the claim's drafter; one that was
 * resolved but has come back is reopened; one already open is left as it is.
 */
export function validateWithin(ctx: ServiceContext, actor: Actor, claim: ClaimRow, seq: number): { issues: ClaimIssue[]; raised: number } {
  const issues = checkClaim(claimFacts(ctx.db, claim));
  const known = new Map(exceptionsOfClaim(ctx.db, claim.id).map((x) => [x.subject_key, x]));
  const now = ctx.clock.now().toISOString();
  let raised = 0;
  for (const issue of issues) {
    const existing = known.get(issue.subjectKey);
    if (!existing) {
      insertException(ctx.db, { uid: ctx.ids.next(), claimId: claim.id, kind: issue.kind, subjectKey: issue.subjectKey, claimLineNo: issue.claimLineNo, message: issue.message, checklist: checklistTexts(issue.kind), ownerId: claim.user_id, createdAt: now }, seq);
      raised++;
    } else if (!isOpen(ctx.db, existing.id)) {
      insertExceptionAction(ctx.db, { exceptionId: existing.id, action: 'reopen', note: `validation found it again: ${issue.message}`, at: now, userId: actor.userId }, seq);
      raised++;
    }
  }
  return { issues, raised };
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
    (r: { issues: ClaimIssue[]; raised: number }) => ({ action: 'claims:validate', subject: `claim ${number}`, actor: actor.username, after: { issues: r.issues.length, raised: r.raised, kinds: [...new Set(r.issues.map((i) => i.kind))] } }),
    (seq) => validateWithin(ctx, actor, requireClaim(ctx, number), seq),
  );
  ctx.emit('claims:changed', { claimNumber: number, reason: 'validated' });
  return { claimNumber: number, ok: result.issues.length === 0, issues: result.issues, raised: result.raised };
}
