import { afterEach, describe, expect, it } from 'vitest';
import type { MatchingRunStatus } from '../../src-shared/domain/exports';
import { matchExports } from '../../src-main/engine/matching/match-exports';
import { applyMatchPlan } from '../../src-main/services/matching/apply-match-plan';
import { loadMatchRequest } from '../../src-main/services/matching/load-match-request';
import { createTestDesk, type TestDesk } from '../helpers/test-desk';
import { BINS, receipt, SKUS } from '../helpers/seed';
import { runMatching, shipment } from '../helpers/exports';
import { supervisorOverride } from '../helpers/claims';

let t: TestDesk;
afterEach(() => t.dispose());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Holds this thread (and its event loop) still, as a long synchronous write would; workers keep running. */
const blockThread = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** A seeded desk with T-shirts of entry 2023-000123 line 1 (1,000 units) in lot NW-A. */
function desk(options: { autoMatch?: boolean } = {}, lotQuantity = 1000): TestDesk {
  t = createTestDesk({ seed: true, ...options });
  t.ok(
    'receiving:create-receipt',
    receipt({ lotCode: 'NW-A', quantity: lotQuantity, locationCode: BINS.cage, receivedAt: '2023-05-04T14:00:00Z' }),
    t.actors.clerk,
  );
  return t;
}
/** One shipment of `n` lines of one T-shirt each. */
function manyLines(reference: string, n: number) {
  return t.ok(
    'exports:record-shipment',
    shipment({ reference, lines: Array.from({ length: n }, (_, i) => ({ lineNumber: i + 1, sku: SKUS.tee, quantity: 1 })) }),
    t.actors.specialist,
  );
}
function runEvents(): MatchingRunStatus[] {
  const seen: MatchingRunStatus[] = [];
  t.desk.onEvent((event, payload) => {
    if (event === 'matching:run-changed') seen.push(payload as MatchingRunStatus);
  });
  return seen;
}
const written = () => ({ allocations: t.count('allocations'), runs: t.count('matching_runs') });

describe('the matching runner (a worker thread per run)', () => {
  it('reports progress as events with done and total, then writes the plan and reports the summary', async () => {
    desk();
    manyLines('EXP-MANY', 2_000);
    const events = runEvents();
    const summary = await runMatching(t);
    expect(summary).toMatchObject({
      trigger: 'on demand',
      linesConsidered: 2_000,
      linesMatched: 1_000,
      linesPartial: 0,
      linesUnmatched: 1_000,
      unitsAllocated: 1_000,
    });
    expect(summary.unmatched).toHaveLength(50);
    expect(summary.unmatched[0]).toEqual({
      shipmentReference: 'EXP-MANY',
      lineNumber: 1_001,
      quantity: 1,
      reason: `1 of 1 units unmatched: the lots of SKU ${SKUS.tee} that qualify are already tied to other exports`,
    });

    const running = events.filter((e) => e.state === 'running' && e.total > 0);
    expect(running.every((e) => e.total === 2_000)).toBe(true);
    const done = running.map((e) => e.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done).toEqual(expect.arrayContaining([0, 500, 1_000, 1_500, 2_000]));
    expect(events.map((e) => e.state).filter((s, i, all) => s !== all[i - 1])).toEqual(['running', 'applying', 'done']);
    expect(events.at(-1)).toMatchObject({
      state: 'done',
      done: 2_000,
      total: 2_000,
      message: 'matched 1,000 of 2,000 export lines (1,000 units); 1,000 stay unmatched — see their reasons',
    });
    expect(written()).toEqual({ allocations: 1_000, runs: 1 });
  });

  it('a run with nothing new to match says so in words, and its bar has nothing to fill', async () => {
    desk();
    t.ok(
      'exports:record-shipment',
      shipment({
        reference: 'EXP-0001',
        lines: [
          { lineNumber: 1, sku: SKUS.tee, quantity: 100 },
          { lineNumber: 2, sku: SKUS.tee, quantity: 50 },
        ],
      }),
      t.actors.specialist,
    );
    t.ok('exports:record-shipment', shipment({ reference: 'EXP-0002', lines: [{ lineNumber: 1, sku: SKUS.jeans, quantity: 5 }] }), t.actors.specialist);
    const first = await t.desk.matching.wait(t.ok('matching:start', {}, t.actors.specialist).runId);
    expect(first.message).toBe('matched 2 of 3 export lines (150 units); 1 stays unmatched — see their reasons');
    const again = await t.desk.matching.wait(t.ok('matching:start', { shipmentReferences: ['EXP-0001'] }, t.actors.specialist).runId);
    expect(again).toMatchObject({ state: 'done', done: 0, total: 0, message: 'nothing new to match: all 2 export lines were already matched' });
    const all = await t.desk.matching.wait(t.ok('matching:start', {}, t.actors.specialist).runId);
    expect(all.message).toBe('the 1 open export line could not be matched — see its reason; 2 other export lines were already matched');
    expect(written()).toEqual({ allocations: 2, runs: 3 });
  });

  it('refuses a second run while one is running', async () => {
    desk();
    manyLines('EXP-0001', 10);
    const first = t.ok('matching:start', {}, t.actors.specialist);
    const refused = t.refused('matching:start', { policy: { order: 'lifo', substitution: true } }, t.actors.specialist);
    expect(refused).toMatchObject({
      code: 'CONFLICT',
      message: `matching run ${first.runId} is still running (0 of 0 export lines); wait for it or cancel it first`,
    });
    expect((await t.desk.matching.wait(first.runId)).state).toBe('done');
    expect(written()).toEqual({ allocations: 10, runs: 1 });
  });

  it('cancelled right after it starts: the state says cancelled and nothing is written', async () => {
    desk();
    manyLines('EXP-0001', 10);
    const run = t.ok('matching:start', {}, t.actors.specialist);
    const cancelled = t.ok('matching:cancel', { runId: run.runId }, t.actors.specialist);
    expect(cancelled).toMatchObject({ runId: run.runId, state: 'cancelled', message: 'cancelled: nothing was written', summary: null });
    await sleep(1_000);
    expect(t.ok('matching:status', { runId: run.runId }, t.actors.specialist).state).toBe('cancelled');
    expect(written()).toEqual({ allocations: 0, runs: 0 });
    // the next run is free to start and does the work
    expect((await runMatching(t)).unitsAllocated).toBe(10);
  });

  it('cancelled while running, even with the worker’s plan already on its way back: nothing is written', async () => {
    desk();
    manyLines('EXP-BIG', 20_000);
    const events = runEvents();
    let cancelledAt: MatchingRunStatus | undefined;
    const stop = t.desk.onEvent((event, payload) => {
      const status = payload as MatchingRunStatus;
      if (event !== 'matching:run-changed' || cancelledAt || status.state !== 'running' || status.done === 0) return;
      // the run is under way; hold this thread long enough for the worker to finish and post its plan
      blockThread(3_000);
      cancelledAt = t.ok('matching:cancel', { runId: status.runId }, t.actors.specialist);
    });
    const run = t.ok('matching:start', {}, t.actors.specialist);
    const ended = await t.desk.matching.wait(run.runId);
    stop();
    await sleep(500); // let whatever the worker had posted arrive
    expect(cancelledAt).toMatchObject({ state: 'cancelled' });
    expect(ended.state).toBe('cancelled');
    expect(t.ok('matching:status', { runId: run.runId }, t.actors.specialist)).toMatchObject({ state: 'cancelled', summary: null });
    expect(written()).toEqual({ allocations: 0, runs: 0 });
    expect(events.filter((e) => e.state === 'applying' || e.state === 'done')).toEqual([]);
    expect(t.ok('audit:verify', {}, t.actors.supervisor).ok).toBe(true);
  }, 60_000);

  it('starts a run when a shipment is recorded, and queues one for a shipment recorded while it runs', async () => {
    desk({ autoMatch: true });
    const events = runEvents();
    t.ok('exports:record-shipment', shipment({ reference: 'EXP-0001', lines: [{ lineNumber: 1, sku: SKUS.tee, quantity: 400 }] }), t.actors.specialist);
    const first = events[0]!;
    expect(first).toMatchObject({ state: 'running' });
    // recorded while the first run is computing: queued, not refused, not lost
    t.ok(
      'exports:record-shipment',
      shipment({ reference: 'EXP-0002', exportDate: '2023-11-20', lines: [{ lineNumber: 1, sku: SKUS.tee, quantity: 300 }] }),
      t.actors.specialist,
    );
    expect(events.filter((e) => e.state === 'running' && e.runId !== first.runId)).toEqual([]);
    await t.desk.matching.idle();

    const ends = events.filter((e) => e.state === 'done');
    expect(ends.map((e) => e.summary!.trigger)).toEqual(['shipment-confirmed', 'shipment-confirmed']);
    expect(ends.map((e) => e.summary!.linesConsidered)).toEqual([1, 1]);
    expect(ends[0]!.runId).toBe(first.runId);
    expect(ends[1]!.runId).not.toBe(first.runId);
    const allocated = (reference: string) => t.ok('exports:get-shipment', { reference }, t.actors.clerk).lines[0]!.allocated;
    expect([allocated('EXP-0001'), allocated('EXP-0002')]).toEqual([400, 300]);
    expect(written()).toEqual({ allocations: 2, runs: 2 });
  });

  it('a plan computed before another allocation was written is cut at apply time: nothing is over-allocated', () => {
    desk({}, 600);
    t.ok('receiving:create-receipt', receipt({ lotCode: 'NW-B', quantity: 400, locationCode: BINS.cage, receivedAt: '2023-05-05T14:00:00Z' }), t.actors.clerk);
    t.ok('exports:record-shipment', shipment({ reference: 'EXP-0001', lines: [{ lineNumber: 1, sku: SKUS.tee, quantity: 400 }] }), t.actors.specialist);
    const policy = { method: 'lifo', turnoverDays: null, order: 'lifo', substitution: false } as const;
    // the worker's snapshot: LIFO takes all 400 from lot NW-B, the latest received
    const { exportLabels, ...snapshot } = loadMatchRequest(t.desk.ctx.db, policy);
    const plan = matchExports(snapshot);
    expect(plan.allocations.map((a) => a.quantity)).toEqual([400]);

    // meanwhile a supervisor ties 300 of lot NW-B to another export
    t.ok('exports:record-shipment', shipment({ reference: 'EXP-0002', lines: [{ lineNumber: 1, sku: SKUS.tee, quantity: 300 }] }), t.actors.specialist);
    t.ok(
      'matching:allocate',
      { shipmentReference: 'EXP-0002', lineNumber: 1, lotCode: 'NW-B', quantity: 300, reason: 'pegged on the pick list', override: supervisorOverride() },
      t.actors.specialist,
    );

    const summary = applyMatchPlan(t.desk.ctx, t.actors.specialist, {
      uid: 'RUN-STALE-0000000001',
      trigger: 'test',
      policy,
      startedAt: '2024-03-04T08:00:00.000Z',
      result: plan,
      exportLabels,
    });
    expect(summary).toMatchObject({ linesConsidered: 1, linesMatched: 0, linesPartial: 1, linesUnmatched: 0, unitsAllocated: 100 });
    expect(summary.unmatched).toEqual([
      {
        shipmentReference: 'EXP-0001',
        lineNumber: 1,
        quantity: 300,
        reason: '300 of 400 units unmatched: the lots it was planned against were taken while the run was computing; run matching again',
      },
    ]);
    const onLotB = t.ok('matching:allocations', { lotCode: 'NW-B' }, t.actors.specialist);
    expect(onLotB.map((a) => [a.shipmentReference, a.quantity])).toEqual([
      ['EXP-0002', 300],
      ['EXP-0001', 100],
    ]);
    // the same stale plan applied again finds nothing left to write
    expect(
      applyMatchPlan(t.desk.ctx, t.actors.specialist, {
        uid: 'RUN-STALE-0000000002',
        trigger: 'test',
        policy,
        startedAt: '2024-03-04T08:00:00.000Z',
        result: plan,
        exportLabels,
      }).unitsAllocated,
    ).toBe(0);
    expect(t.ok('matching:allocations', { lotCode: 'NW-B' }, t.actors.specialist).reduce((s, a) => s + a.quantity, 0)).toBe(400);
    expect(t.ok('audit:verify', {}, t.actors.supervisor).ok).toBe(true);
  });
});
