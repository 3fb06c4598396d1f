import fc from 'fast-check';
import { expect } from 'vitest';
import type { ChannelInput, SyncChannel } from '../../src-shared/contract';
import { IN_FORCE, LOT_UNITS_SQL } from '../../src-main/ledger/repos/allocations-repo';
import { CLAIM_STATE_SQL, LINE_COUNTS_SQL } from '../../src-main/ledger/repos/claims-repo';
import { supervisorOverride } from '../helpers/claims';
import { BINS } from '../helpers/seed';
import type { TestDesk } from '../helpers/test-desk';

/**
 * What the two never-over-claim properties share (never-over-claim*.property.test.ts): the random
 * steps both take through the real services, the invariants both check after every step, and the
 * loop that builds sixty random ledgers. Each file keeps its own op mix, setup and claim checks.
 */

/** The refusals a person may meet; anything else (an internal error) is a bug. */
export const REFUSALS = new Set(['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'OVERRIDE_REQUIRED', 'FORBIDDEN']);

/** An entry line lots are received into. */
export interface ReceivedLine {
  entry: string;
  line: number;
  sku: string;
}

/** The steps both properties take. */
export type SharedOp =
  | { op: 'receive'; line: number; lot: number; quantity: number; override: boolean }
  | { op: 'allocate'; shipment: number; line: number; lot: number; quantity: number }
  | { op: 'release'; allocation: number }
  | { op: 'submit' | 'approve' | 'withdraw' | 'resolve'; claim: number }
  | { op: 'exclude'; claim: number; lineNo: number }
  | { op: 'document'; shipment: number };

/**
 * A random ledger's driver: `run` of each property handles its own steps and hands the rest to
 * `runShared`. Lots are named `L<line>-<n>`; shipments recorded are remembered for later steps.
 */
export abstract class RandomLedger<Op extends { op: string }> {
  protected readonly shipments: string[];

  constructor(
    protected readonly t: TestDesk,
    protected readonly lines: readonly ReceivedLine[],
    protected readonly stats: { approved: number },
    shipments: string[] = [],
  ) {
    this.shipments = [...shipments];
  }

  abstract run(op: Op): void;

  protected runShared(op: SharedOp): void {
    const { t } = this;
    const { clerk, specialist, supervisor } = t.actors;
    switch (op.op) {
      case 'receive': {
        const line = this.lines[op.line]!;
        this.call(
          'receiving:create-receipt',
          {
            entryNumber: line.entry,
            lineNumber: line.line,
            sku: line.sku,
            lotCode: `L${op.line}-${op.lot}`,
            quantity: op.quantity,
            uom: 'EA',
            locationCode: BINS.cage,
            receivedAt: '2023-09-05T10:00:00Z',
            ...(op.override ? { override: supervisorOverride('count on the pallet was higher') } : {}),
          },
          clerk,
        );
        return;
      }
      case 'allocate': {
        const reference = this.shipmentAt(op.shipment);
        if (!reference) return;
        // any lot, of any item: a person's allocation may cross classifications, which the claim must catch
        const n = this.lines.length;
        const line = this.lines[op.lot % n]!;
        this.call(
          'matching:allocate',
          {
            shipmentReference: reference,
            lineNumber: op.line,
            lotCode: `L${op.lot % n}-${Math.floor(op.lot / n)}`,
            sku: line.sku,
            quantity: op.quantity,
            reason: 'as the pick list says',
            override: supervisorOverride('as the pick list says'),
          },
          specialist,
        );
        return;
      }
      case 'release': {
        const all = t.ok('matching:allocations', {}, specialist);
        if (all.length === 0) return;
        this.call(
          'matching:release',
          { allocationId: all[op.allocation % all.length]!.id, reason: 'wrong lot picked', override: supervisorOverride('wrong lot picked') },
          specialist,
        );
        return;
      }
      case 'exclude': {
        const claimNumber = this.claimAt(op.claim);
        if (claimNumber) this.call('claims:exclude-lines', { claimNumber, lineNos: [op.lineNo], reason: 'taken out in review' });
        return;
      }
      case 'document': {
        const reference = this.shipmentAt(op.shipment);
        if (reference) this.call('exports:add-document', { shipmentReference: reference, kind: 'air-waybill', reference: `AWB-${reference}` }, clerk);
        return;
      }
      default: {
        const claimNumber = this.claimAt(op.claim);
        if (!claimNumber) return;
        if (op.op === 'submit') this.call('claims:submit', { claimNumber });
        else if (op.op === 'approve') {
          // push the claim as far as the desk lets it: submit, work the queue, approve
          if (t.ok('claims:get', { claimNumber }, specialist).state === 'draft') this.call('claims:submit', { claimNumber });
          this.resolveAll(claimNumber);
          if (this.call('claims:approve', { claimNumber }, supervisor).ok) this.stats.approved++;
        } else if (op.op === 'withdraw') this.call('claims:withdraw', { claimNumber, reason: 'drafted in error' });
        else this.resolveAll(claimNumber);
      }
    }
  }

  /** A claim still in play when there is one (oldest first), else any. */
  protected claimAt(i: number): string | undefined {
    const all = this.t.ok('claims:list', {}, this.t.actors.specialist).reverse();
    const live = all.filter((c) => c.state !== 'withdrawn' && c.state !== 'liquidated');
    const pool = live.length > 0 ? live : all;
    return pool.length === 0 ? undefined : pool[i % pool.length]!.number;
  }

  protected shipmentAt(i: number): string | undefined {
    return this.shipments.length === 0 ? undefined : this.shipments[i % this.shipments.length]!;
  }

  /** Works through every open exception of the claim (the items a person ticks); the desk refuses those whose problem is still there. */
  protected resolveAll(claimNumber: string): void {
    const { t } = this;
    for (const x of t.ok('exceptions:claim-queue', { state: 'open', claimNumber, limit: 500 }, t.actors.specialist)) {
      x.checklist.forEach((item, i) => item.done || item.deskCheck !== null || this.call('exceptions:tick', { exceptionId: x.id, itemIndex: i, done: true }));
      this.call('exceptions:resolve', { exceptionId: x.id, note: 'worked through the checklist' });
    }
  }

  /** Calls the desk; a refusal is fine (random steps ask for impossible things), an internal error is not. */
  protected call<C extends SyncChannel>(channel: C, input: ChannelInput<C>, actor = this.t.actors.specialist) {
    const result = this.t.call(channel, input, actor);
    if (!result.ok) expect(REFUSALS, `${channel} failed: ${result.error.code} ${result.error.message}`).toContain(result.error.code);
    return result;
  }
}

/** The ledger's rows for a query, straight from SQLite. */
export function ledgerRows(t: TestDesk) {
  const db = t.desk.ledger.sqlite;
  return <T>(sql: string) => db.prepare(sql).all() as T[];
}

/** No lot, entry line or export line gives more than it has to allocations in force. */
export function checkAllocations(t: TestDesk, step: string): void {
  const all = ledgerRows(t);
  for (const r of all<{ lot: string; units: number; allocated: number }>(
    `SELECT l.lot_code AS lot, ${LOT_UNITS_SQL} AS units, COALESCE((SELECT SUM(a.quantity) FROM allocations a WHERE a.lot_id = l.id AND ${IN_FORCE}), 0) AS allocated FROM lots l`,
  )) {
    expect(r.allocated, `${step}: lot ${r.lot} over-allocated`).toBeLessThanOrEqual(r.units);
  }
  for (const r of all<{ id: number; quantity: number; allocated: number }>(
    `SELECT el.id, el.quantity, COALESCE((SELECT SUM(a.quantity) FROM allocations a JOIN lots l ON l.id = a.lot_id WHERE l.entry_line_id = el.id AND ${IN_FORCE}), 0) AS allocated FROM entry_lines el`,
  )) {
    expect(r.allocated, `${step}: entry line ${r.id} over-allocated`).toBeLessThanOrEqual(r.quantity);
  }
  for (const r of all<{ id: number; quantity: number; allocated: number }>(
    `SELECT x.id, x.quantity, COALESCE((SELECT SUM(a.quantity) FROM allocations a WHERE a.export_line_id = x.id AND ${IN_FORCE}), 0) AS allocated FROM export_lines x`,
  )) {
    expect(r.allocated, `${step}: export line ${r.id} over-allocated`).toBeLessThanOrEqual(r.quantity);
  }
}

/** Claims in force of any state: each exported unit and each allocation is claimed once at most. */
export function checkClaimedOnce(t: TestDesk, step: string): void {
  const all = ledgerRows(t);
  const counted = `FROM claim_lines cl JOIN claims c ON c.id = cl.claim_id WHERE ${LINE_COUNTS_SQL} AND ${CLAIM_STATE_SQL}`;
  for (const r of all<{ id: number; quantity: number; claimed: number }>(
    `SELECT x.id, x.quantity, (SELECT COALESCE(SUM(cl.quantity), 0) ${counted} != 'withdrawn' AND cl.export_line_id = x.id) AS claimed FROM export_lines x`,
  )) {
    expect(r.claimed, `${step}: export line ${r.id} claimed twice`).toBeLessThanOrEqual(r.quantity);
  }
  for (const r of all<{ allocation_id: number; n: number }>(`SELECT cl.allocation_id, COUNT(*) AS n ${counted} != 'withdrawn' GROUP BY cl.allocation_id`)) {
    expect(r.n, `${step}: allocation ${r.allocation_id} on two claims in force`).toBe(1);
  }
}

/**
 * The same sixty ledgers on every run, so the coverage checks after the loop (something approved,
 * filed, refused late…) cannot fail by the luck of the draw: a random seed once drew sixty ledgers
 * in which nothing was filed. NEVER_OVER_CLAIM_SEED=<n> explores other ledgers (fast-check prints
 * the seed of any counterexample).
 */
const SEED = Number(process.env.NEVER_OVER_CLAIM_SEED ?? 20261206);

/**
 * Sixty random ledgers of 15 to 45 steps: each built fresh by `start` (a desk and its driver, set up),
 * every invariant checked after every step, the audit chain verified at the end.
 */
export function forRandomLedgers<Op extends { op: string }>(
  opArb: fc.Arbitrary<Op>,
  start: () => { t: TestDesk; setUp(): RandomLedger<Op> },
  checkInvariants: (t: TestDesk, step: string) => void,
): void {
  fc.assert(
    fc.property(fc.array(opArb, { minLength: 15, maxLength: 45, size: 'max' }), (ops) => {
      const { t, setUp } = start();
      try {
        const ledger = setUp();
        ops.forEach((op, i) => {
          ledger.run(op);
          checkInvariants(t, `step ${i + 1} (${op.op})`);
        });
        expect(t.ok('audit:verify', {}, t.actors.supervisor).ok).toBe(true);
      } finally {
        t.dispose();
      }
    }),
    { numRuns: 60, seed: SEED },
  );
}
