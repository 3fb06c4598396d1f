import type { ChannelInput } from '../../src-shared/contract';
import type { MatchingRunSummary } from '../../src-shared/domain/exports';
import { matchExports } from '../../src-main/engine/matching/match-exports';
import type { MatchingPolicyInput } from '../../src-shared/schemas/export-inputs';
import { resolveMatchPolicy } from '../../src-main/services/matching/match-policy';
import { applyMatchPlan } from '../../src-main/services/matching/apply-match-plan';
import { loadMatchRequest } from '../../src-main/services/matching/load-match-request';
import type { Actor } from '../../src-main/services/service-context';
import { SEED_USERS } from './seed';
import type { TestDesk } from './test-desk';

/** A claim request over every export of 2023-2024, filed on the desk's test date. */
export function draft(overrides: Partial<ChannelInput<'claims:draft'>> = {}): ChannelInput<'claims:draft'> {
  return {
    provision: 'unused-direct-identification',
    claimant: 'Northwind Apparel Inc.',
    periodStart: '2023-01-01',
    periodEnd: '2024-12-31',
    claimDate: '2024-03-04',
    includeMpf: false,
    ...overrides,
  };
}

/** The seeded supervisor's approval, for a specialist's manual allocation or release. */
export function supervisorOverride(reason = 'checked against the pick list') {
  return { supervisorUsername: SEED_USERS.supervisor.username, supervisorPassword: SEED_USERS.supervisor.password, reason };
}

/**
 * Matching without the worker thread: the same load, engine and audited apply the runner uses, on
 * this thread (the runner's own tests cover the thread). For tests that match many times.
 */
export function matchNow(t: TestDesk, input: Partial<MatchingPolicyInput> = {}, actor: Actor = t.actors.specialist): MatchingRunSummary {
  const policy = resolveMatchPolicy(t.desk.ctx.db, { substitution: false, ...input });
  const { exportLabels, ...request } = loadMatchRequest(t.desk.ctx.db, policy);
  const result = matchExports(request);
  return applyMatchPlan(t.desk.ctx, actor, {
    uid: t.desk.ctx.ids.next(),
    trigger: 'test',
    policy,
    startedAt: t.desk.ctx.clock.now().toISOString(),
    result,
    exportLabels,
  });
}

/** Submits a claim (as its specialist) and approves it (as the supervisor). */
export function submitAndApprove(t: TestDesk, claimNumber: string) {
  t.ok('claims:submit', { claimNumber }, t.actors.specialist);
  return t.ok('claims:approve', { claimNumber }, t.actors.supervisor);
}

/** Ticks every checklist item a person ticks (not the ones the desk checks) of every open exception of the claim. */
export function tickAll(t: TestDesk, claimNumber: string): void {
  for (const x of t.ok('exceptions:claim-queue', { state: 'open', claimNumber, limit: 500 }, t.actors.specialist)) {
    x.checklist.forEach((item, i) => {
      if (!item.done && item.deskCheck === null) t.ok('exceptions:tick', { exceptionId: x.id, itemIndex: i, done: true }, t.actors.specialist);
    });
  }
}
