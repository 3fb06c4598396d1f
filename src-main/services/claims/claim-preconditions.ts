import type { ClaimState } from '../../../src-shared/domain/claims';
import { AppError } from '../../../src-shared/errors';
import { openExceptionCount, openExceptionMessages } from '../../ledger/repos/claim-exceptions-repo';
import { claimSubmitter, type ClaimRow } from '../../ledger/repos/claims-repo';
import type { Actor, ServiceContext } from '../service-context';

/**
 * What must hold before a claim moves, each check returning its refusal in words (or null). The
 * transitions throw these refusals; the claim's screen shows the same ones beside disabled buttons
 * (claim-actions.ts). One source: a button is never enabled for an action that will be refused for a
 * reason the desk already knows, and never disabled with words other than the refusal's.
 */
export interface StateMove {
  action: string;
  from: readonly ClaimState[];
  to: ClaimState;
}

/** draft → in review → approved → filed → liquidated (or back to draft, or out as withdrawn). */
export const MOVES = {
  submit: { action: 'claims:submit', from: ['draft'], to: 'in-review' },
  approve: { action: 'claims:approve', from: ['in-review'], to: 'approved' },
  return: { action: 'claims:return', from: ['in-review'], to: 'draft' },
  file: { action: 'claims:file', from: ['approved'], to: 'filed' },
  liquidate: { action: 'claims:liquidate', from: ['filed'], to: 'liquidated' },
  withdraw: { action: 'claims:withdraw', from: ['draft', 'in-review', 'approved'], to: 'withdrawn' },
} as const satisfies Record<string, StateMove>;

const verb = (to: ClaimState) =>
  ({
    draft: 'returned to draft',
    'in-review': 'submitted for review',
    approved: 'approved',
    filed: 'filed',
    liquidated: 'recorded as liquidated',
    withdrawn: 'withdrawn',
  })[to];

export function stateRefusal(claim: Pick<ClaimRow, 'number' | 'state'>, move: StateMove): AppError | null {
  if (move.from.includes(claim.state)) return null;
  return new AppError('CONFLICT', `claim ${claim.number} is ${claim.state}; it can be ${verb(move.to)} only when ${move.from.join(' or ')}`, [
    { field: 'claimNumber', message: `is ${claim.state}` },
  ]);
}

/** Lines come out of a draft or a claim in review; after approval the claim is what was approved. */
export function excludeRefusal(claim: Pick<ClaimRow, 'number' | 'state'>): AppError | null {
  if (claim.state === 'draft' || claim.state === 'in-review') return null;
  return new AppError('CONFLICT', `claim ${claim.number} is ${claim.state}; lines can be excluded only from a draft or a claim in review`);
}

/** Four eyes on every refund: the supervisor who drafted a claim does not approve it. */
export function drafterRefusal(ctx: ServiceContext, actor: Actor, claim: Pick<ClaimRow, 'id' | 'number' | 'user_id'>): AppError | null {
  if (claim.user_id === actor.userId) return new AppError('FORBIDDEN', `you drafted claim ${claim.number}; another supervisor must approve it`);
  // The one who put it up for review asked for the approval: four eyes means someone else gives it.
  const submitter = claimSubmitter(ctx.db, claim.id);
  if (submitter?.user_id === actor.userId)
    return new AppError('FORBIDDEN', `you submitted claim ${claim.number} for review; another supervisor must approve it`);
  return null;
}

/** A claim with an open exception is not approved; the refusal names how many and the first. */
export function openExceptionsRefusal(
  ctx: ServiceContext,
  claim: Pick<ClaimRow, 'id' | 'number'>,
  issues: { field: string; message: string }[] = [],
): AppError | null {
  const count = openExceptionCount(ctx.db, claim.id);
  if (count === 0) return null;
  const first = openExceptionMessages(ctx.db, claim.id, 20);
  const one = count === 1;
  return new AppError(
    'CONFLICT',
    `claim ${claim.number} cannot be approved: ${count} open exception${one ? '' : 's'}, first: ${first[0]}; resolve ${one ? 'it' : 'them'} first`,
    issues.length > 0 ? issues : first.map((message) => ({ field: 'exceptions', message })),
  );
}
