import { contract, type Channel } from '../../../src-shared/contract';
import { CLAIM_ACTIONS, type ActionState, type ClaimAction, type ClaimDetail, type ClaimView } from '../../../src-shared/domain/claims';
import type { AppError } from '../../../src-shared/errors';
import { roleAllows, type Role } from '../../../src-shared/roles';
import type { ClaimRow } from '../../ledger/repos/claims-repo';
import type { Actor, ServiceContext } from '../service-context';
import { drafterRefusal, excludeRefusal, MOVES, openExceptionsRefusal, stateRefusal } from './claim-preconditions';
import { requireClaim } from './claim-validation';

/** The channel each action goes through: who may call it is the contract's (the dispatcher checks it). */
const CHANNELS: Record<ClaimAction, Channel> = {
  submit: 'claims:submit',
  approve: 'claims:approve',
  return: 'claims:return',
  file: 'claims:file',
  liquidate: 'claims:liquidate',
  withdraw: 'claims:withdraw',
  'exclude-lines': 'claims:exclude-lines',
  export: 'claims:export-package',
};

const DOES: Record<ClaimAction, string> = {
  submit: 'submits a claim for review',
  approve: 'approves a claim',
  return: 'returns a claim to draft',
  file: 'records a claim as filed',
  liquidate: 'records a claim as liquidated',
  withdraw: 'withdraws a claim',
  'exclude-lines': 'excludes lines from a claim',
  export: 'exports a claim package',
};

const WHO: Partial<Record<Role, string>> = { specialist: 'a drawback specialist or a supervisor', supervisor: 'a supervisor', admin: 'an administrator' };

/** The refusals the action itself gives for its state, then its own preconditions (claim-preconditions.ts). */
function refusal(ctx: ServiceContext, actor: Actor, claim: ClaimRow, action: ClaimAction): { inState: boolean; error: AppError | null } {
  const state = action === 'export' ? null : action === 'exclude-lines' ? excludeRefusal(claim) : stateRefusal(claim, MOVES[action]);
  if (state) return { inState: false, error: state };
  if (action === 'approve') return { inState: true, error: drafterRefusal(ctx, actor, claim) ?? openExceptionsRefusal(ctx, claim) };
  return { inState: true, error: null };
}

/**
 * What this person may do with the claim now, and why not: the claim's state and the action's own
 * checks give the very refusal the action would give; the role is the contract's, as the dispatcher
 * checks it. What only the action can know (validation finding a new problem at approval) still
 * refuses then, with its reason.
 */
export function claimActions(ctx: ServiceContext, actor: Actor, claim: ClaimRow): Record<ClaimAction, ActionState> {
  const entries = CLAIM_ACTIONS.map((action): [ClaimAction, ActionState] => {
    const { inState, error } = refusal(ctx, actor, claim, action);
    const role = contract[CHANNELS[action]].role;
    const roleReason = role !== 'public' && role !== 'system' && !roleAllows(actor.role, role) ? `only ${WHO[role] ?? role} ${DOES[action]}` : null;
    const reason = (inState ? roleReason : null) ?? error?.message ?? null;
    return [action, { allowed: reason === null, inState, reason }];
  });
  return Object.fromEntries(entries) as Record<ClaimAction, ActionState>;
}

export function claimView(ctx: ServiceContext, actor: Actor, detail: ClaimDetail): ClaimView {
  return { ...detail, actions: claimActions(ctx, actor, requireClaim(ctx, detail.number)) };
}
