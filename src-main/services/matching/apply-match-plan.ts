import type { MatchingRunSummary } from '../../../src-shared/domain/exports';
import { withAudit } from '../../ledger/audit/audit-log';
import type { MatchPolicy, MatchResult } from '../../engine/matching/matching-types';
import { allocationInserter } from '../../ledger/repos/allocations-repo';
import { insertMatchingRun } from '../../ledger/repos/matching-runs-repo';
import type { Actor, ServiceContext } from '../service-context';
import { loadMatchRequest } from './load-match-request';

export interface PlannedRun {
  uid: string;
  trigger: string;
  policy: MatchPolicy;
  startedAt: string;
  result: MatchResult;
  exportLabels: Map<number, { reference: string; lineNumber: number }>;
}

const UNMATCHED_SHOWN = 50;

/**
 * Writes a run's allocations and its summary under one audit record. The plan was computed off the
 * main thread from a snapshot; anything the ledger gained meanwhile (another allocation, a released
 * lot) is checked again here, under the write lock, and a planned allocation that no longer fits is
 * cut to what does. Nothing is ever over-allocated, whatever happened between plan and write.
 */
export function applyMatchPlan(ctx: ServiceContext, actor: Actor, run: PlannedRun): MatchingRunSummary {
  return withAudit(
    ctx.db,
    ctx,
    (s: MatchingRunSummary) => ({
      action: 'matching:run',
      subject: `matching run ${run.uid} (${run.trigger})`,
      actor: actor.username,
      after: {
        policy: run.policy,
        considered: s.linesConsidered,
        matched: s.linesMatched,
        partial: s.linesPartial,
        unmatched: s.linesUnmatched,
        units: s.unitsAllocated,
      },
    }),
    (seq) => {
      // Only what the plan touches is read again: a ledger with many open lines the plan leaves alone
      // must not hold the write lock (and this thread) to re-read all of them.
      const scope = {
        lotIds: [...new Set(run.result.allocations.map((a) => a.lotId))],
        exportLineIds: [...new Set(run.result.allocations.map((a) => a.exportLineId))],
      };
      const fresh = loadMatchRequest(ctx.db, run.policy, undefined, scope);
      const lotLeft = new Map(fresh.lots.map((l) => [l.id, l.blocked ? 0 : l.available]));
      const lotLine = new Map(fresh.lots.map((l) => [l.id, l.entryLineId]));
      const lineLeft = fresh.entryLineLeft;
      const exportLeft = new Map(fresh.exports.map((x) => [x.id, x.quantity]));
      const allocatedPerLine = new Map<number, number>();
      const writes: { exportLineId: number; lotId: number; quantity: number; basis: MatchResult['allocations'][number]['basis'] }[] = [];
      for (const a of run.result.allocations) {
        const entryLine = lotLine.get(a.lotId);
        if (entryLine === undefined) continue;
        const quantity = Math.min(a.quantity, lotLeft.get(a.lotId) ?? 0, lineLeft.get(entryLine) ?? 0, exportLeft.get(a.exportLineId) ?? 0);
        if (quantity <= 0) continue;
        lotLeft.set(a.lotId, lotLeft.get(a.lotId)! - quantity);
        lineLeft.set(entryLine, lineLeft.get(entryLine)! - quantity);
        exportLeft.set(a.exportLineId, exportLeft.get(a.exportLineId)! - quantity);
        allocatedPerLine.set(a.exportLineId, (allocatedPerLine.get(a.exportLineId) ?? 0) + quantity);
        writes.push({ ...a, quantity });
      }
      const summary = summarise(run, allocatedPerLine, ctx.clock.now().toISOString());
      const runId = insertMatchingRun(
        ctx.db,
        {
          uid: run.uid,
          trigger: run.trigger,
          policyJson: JSON.stringify(run.policy),
          startedAt: run.startedAt,
          finishedAt: summary.finishedAt,
          linesConsidered: summary.linesConsidered,
          linesMatched: summary.linesMatched,
          linesPartial: summary.linesPartial,
          linesUnmatched: summary.linesUnmatched,
          unitsAllocated: summary.unitsAllocated,
          userId: actor.userId,
        },
        seq,
      );
      const insert = allocationInserter(ctx.db, seq);
      for (const w of writes)
        insert({
          uid: ctx.ids.next(),
          kind: 'allocate',
          exportLineId: w.exportLineId,
          lotId: w.lotId,
          quantity: w.quantity,
          basis: w.basis,
          runId,
          createdAt: summary.finishedAt,
          userId: actor.userId,
        });
      return summary;
    },
  );
}

function summarise(run: PlannedRun, allocatedPerLine: Map<number, number>, finishedAt: string): MatchingRunSummary {
  let matched = 0;
  let partial = 0;
  let unmatched = 0;
  let units = 0;
  const open: MatchingRunSummary['unmatched'] = [];
  for (const outcome of run.result.outcomes) {
    const got = allocatedPerLine.get(outcome.exportLineId) ?? 0;
    units += got;
    if (got === outcome.requested) matched++;
    else {
      if (got > 0) partial++;
      else unmatched++;
      const label = run.exportLabels.get(outcome.exportLineId);
      if (open.length < UNMATCHED_SHOWN && label) {
        const reason =
          got === outcome.allocated
            ? (outcome.reason ?? 'not matched')
            : `${outcome.requested - got} of ${outcome.requested} units unmatched: the lots it was planned against were taken while the run was computing; run matching again`;
        open.push({ shipmentReference: label.reference, lineNumber: label.lineNumber, quantity: outcome.requested - got, reason });
      }
    }
  }
  return {
    id: run.uid,
    trigger: run.trigger,
    policy: run.policy,
    startedAt: run.startedAt,
    finishedAt,
    linesConsidered: run.result.outcomes.length,
    linesMatched: matched,
    linesPartial: partial,
    linesUnmatched: unmatched,
    unitsAllocated: units,
    unmatched: open,
  };
}
