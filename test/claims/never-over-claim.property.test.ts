import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Channel, ChannelInput } from '../../src-shared/contract';
import type { ClaimProvision } from '../../src-shared/domain/claims';
import type { AllocationOrder } from '../../src-shared/domain/exports';
import { IN_FORCE, LOT_UNITS_SQL } from '../../src-main/ledger/allocations-repo';
import { CLAIM_STATE_SQL, LINE_COUNTS_SQL } from '../../src-main/ledger/claims-repo';
import { OPEN_EXCEPTION_SQL } from '../../src-main/ledger/claim-exceptions-repo';
import { draft, matchNow, supervisorOverride } from '../helpers/claims';
import { BINS, SKUS } from '../helpers/seed';
import { createTestDesk, type TestDesk } from '../helpers/test-desk';

/**
 * Random small ledgers built through the real services: receipts into lots across three entry lines
 * whose duty does not divide evenly, exports with and without proof, matching under random policies,
 * manual allocations and releases, claims drafted, excluded, submitted, approved, withdrawn and filed.
 * Whatever the order, no claim in force may take an import or export unit twice.
 */
const POLO = 'POLO-COT-M';
const LINES = [
  { entry: '2023-000501', line: 1, sku: SKUS.tee },
  { entry: '2023-000501', line: 2, sku: POLO },
  { entry: '2023-000502', line: 1, sku: SKUS.tee },
] as const;
const SKU_OF_EXPORT = [SKUS.tee, POLO] as const;
const EXPORT_DATES = ['2023-06-15', '2023-10-01', '2023-12-01', '2029-01-15'] as const;
const ORDERS: AllocationOrder[] = ['fifo', 'lifo', 'oldest-import', 'highest-duty'];
const PROVISIONS: ClaimProvision[] = ['unused-direct-identification', 'unused-substitution', 'manufacturing-direct-identification'];

type Op =
  | { op: 'receive'; line: number; lot: number; quantity: number; override: boolean }
  | { op: 'ship'; date: number; proof: boolean; lines: { sku: number; quantity: number; peg: number | null; dutyIfImported: boolean }[] }
  | { op: 'match'; order: number; substitution: boolean }
  | { op: 'allocate'; shipment: number; line: number; lot: number; quantity: number }
  | { op: 'release'; allocation: number }
  | { op: 'draft'; provision: number }
  | { op: 'submit' | 'approve' | 'withdraw' | 'resolve' | 'file'; claim: number }
  | { op: 'exclude'; claim: number; lineNo: number }
  | { op: 'document'; shipment: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('receive' as const), line: fc.nat(2), lot: fc.nat(2), quantity: fc.integer({ min: 1, max: 20 }), override: fc.nat(5).map((n) => n === 0) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('ship' as const), date: fc.nat(3), proof: fc.nat(3).map((n) => n > 0), lines: fc.array(fc.record({ sku: fc.nat(1), quantity: fc.integer({ min: 1, max: 15 }), peg: fc.option(fc.nat(5), { nil: null }), dutyIfImported: fc.boolean() }), { minLength: 1, maxLength: 3 }) }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('match' as const), order: fc.nat(3), substitution: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('allocate' as const), shipment: fc.nat(), line: fc.integer({ min: 1, max: 3 }), lot: fc.nat(8), quantity: fc.integer({ min: 1, max: 15 }) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('release' as const), allocation: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('draft' as const), provision: fc.nat(2) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('approve' as const), claim: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constantFrom('submit' as const, 'withdraw' as const, 'resolve' as const, 'file' as const), claim: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('exclude' as const), claim: fc.nat(), lineNo: fc.integer({ min: 1, max: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('document' as const), shipment: fc.nat() }) },
);

/** How far the random sequences got: a property over ledgers where nothing was ever approved proves little. */
const stats = { drafted: 0, approved: 0 };

/** The refusals a person may meet; anything else (an internal error) is a bug. */
const REFUSALS = new Set(['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'OVERRIDE_REQUIRED', 'FORBIDDEN']);

function setUp(t: TestDesk): void {
  const a = t.actors.specialist;
  t.ok('items:add', { sku: POLO, description: "Men's cotton polo M", hts: '6109.10.0040', countryOfOrigin: 'VN', uom: 'EA' }, a);
  const common = { entryType: '01', portCode: '2704', importer: 'Northwind Apparel Inc.' } as const;
  t.ok('entries:add', { ...common, entryNumber: '2023-000501', entryDate: '2023-05-02', importDate: '2023-05-01', lines: [{ lineNumber: 1, hts: '6109.10.0012', quantity: 30, uom: 'EA', enteredValue: '900.00', duty: '100.01', mpf: '3.11' }, { lineNumber: 2, hts: '6109.10.0040', quantity: 20, uom: 'EA', enteredValue: '700.00', duty: '33.33' }] }, a);
  t.ok('entries:add', { ...common, entryNumber: '2023-000502', entryDate: '2023-09-02', importDate: '2023-09-01', lines: [{ lineNumber: 1, hts: '6109.10.0012', quantity: 25, uom: 'EA', enteredValue: '800.00', duty: '77.77' }] }, a);
}

class Ledger {
  private shipments: string[] = [];

  constructor(private readonly t: TestDesk) {}

  run(op: Op): void {
    const { t } = this;
    const { clerk, specialist, supervisor } = t.actors;
    // a claim still in play when there is one (oldest first), else any
    const claimAt = (i: number) => {
      const all = t.ok('claims:list', {}, specialist).reverse();
      const live = all.filter((c) => c.state !== 'withdrawn' && c.state !== 'liquidated');
      const pool = live.length > 0 ? live : all;
      return pool.length === 0 ? undefined : pool[i % pool.length]!.number;
    };
    const shipmentAt = (i: number) => (this.shipments.length === 0 ? undefined : this.shipments[i % this.shipments.length]!);
    switch (op.op) {
      case 'receive': {
        const line = LINES[op.line]!;
        this.call('receiving:create-receipt', { entryNumber: line.entry, lineNumber: line.line, sku: line.sku, lotCode: `L${op.line}-${op.lot}`, quantity: op.quantity, uom: 'EA', locationCode: BINS.cage, receivedAt: '2023-09-05T10:00:00Z', ...(op.override ? { override: supervisorOverride('count on the pallet was higher') } : {}) }, clerk);
        return;
      }
      case 'ship': {
        const reference = `EXP-${String(this.shipments.length + 1).padStart(4, '0')}`;
        const lines = op.lines.map((l, i) => {
          const sku = SKU_OF_EXPORT[l.sku]!;
          // a pegged lot of the export's own item (tee lots sit on lines 0 and 2, polo lots on line 1)
          const peg = l.peg === null ? {} : { lotCode: sku === POLO ? `L1-${l.peg % 3}` : `L${l.peg % 2 === 0 ? 0 : 2}-${Math.floor(l.peg / 2) % 3}` };
          return { lineNumber: i + 1, sku, quantity: l.quantity, ...peg, ...(l.dutyIfImported ? { dutyIfImported: '3.1234' } : {}) };
        });
        const documents = op.proof ? [{ kind: 'bill-of-lading' as const, reference: `BOL-${reference}` }] : [];
        if (this.call('exports:record-shipment', { reference, exportDate: EXPORT_DATES[op.date]!, destinationCountry: 'CA', exporter: 'Northwind Apparel Inc.', lines, documents }).ok) this.shipments.push(reference);
        return;
      }
      case 'match':
        matchNow(t, { order: ORDERS[op.order]!, substitution: op.substitution });
        return;
      case 'allocate': {
        const reference = shipmentAt(op.shipment);
        if (!reference) return;
        const line = LINES[op.lot % 3]!;
        this.call('matching:allocate', { shipmentReference: reference, lineNumber: op.line, lotCode: `L${op.lot % 3}-${Math.floor(op.lot / 3)}`, sku: line.sku, quantity: op.quantity, reason: 'as the pick list says', override: supervisorOverride('as the pick list says') }, specialist);
        return;
      }
      case 'release': {
        const all = t.ok('matching:allocations', {}, specialist);
        if (all.length === 0) return;
        this.call('matching:release', { allocationId: all[op.allocation % all.length]!.id, reason: 'wrong lot picked', override: supervisorOverride('wrong lot picked') }, specialist);
        return;
      }
      case 'draft':
        if (this.call('claims:draft', draft({ provision: PROVISIONS[op.provision]!, includeMpf: op.provision === 0 })).ok) stats.drafted++;
        return;
      case 'exclude': {
        const claimNumber = claimAt(op.claim);
        if (claimNumber) this.call('claims:exclude-lines', { claimNumber, lineNos: [op.lineNo], reason: 'taken out in review' });
        return;
      }
      case 'document': {
        const reference = shipmentAt(op.shipment);
        if (reference) this.call('exports:add-document', { shipmentReference: reference, kind: 'air-waybill', reference: `AWB-${reference}` }, clerk);
        return;
      }
      default: {
        const claimNumber = claimAt(op.claim);
        if (!claimNumber) return;
        if (op.op === 'submit') this.call('claims:submit', { claimNumber });
        else if (op.op === 'approve') {
          // push the claim as far as the desk lets it: submit, work the queue, approve
          if (t.ok('claims:get', { claimNumber }, specialist).state === 'draft') this.call('claims:submit', { claimNumber });
          this.resolveAll(claimNumber);
          if (this.call('claims:approve', { claimNumber }, supervisor).ok) stats.approved++;
        }
        else if (op.op === 'withdraw') this.call('claims:withdraw', { claimNumber, reason: 'drafted in error' });
        else if (op.op === 'file') this.call('claims:file', { claimNumber, filedReference: `AE-${claimNumber}`, filedOn: '2024-03-10' });
        else this.resolveAll(claimNumber);
      }
    }
  }

  /** Works through every open exception of the claim; the desk refuses those whose problem is still there. */
  private resolveAll(claimNumber: string): void {
    const { t } = this;
    for (const x of t.ok('exceptions:claim-queue', { state: 'open', claimNumber, limit: 500 }, t.actors.specialist)) {
      x.checklist.forEach((item, i) => item.done || this.call('exceptions:tick', { exceptionId: x.id, itemIndex: i, done: true }));
      this.call('exceptions:resolve', { exceptionId: x.id, note: 'worked through the checklist' });
    }
  }

  private call<C extends Channel>(channel: C, input: ChannelInput<C>, actor = this.t.actors.specialist) {
    const result = this.t.call(channel, input, actor);
    if (!result.ok) expect(REFUSALS, `${channel} failed: ${result.error.code} ${result.error.message}`).toContain(result.error.code);
    return result;
  }
}

/** What must hold after every step, read straight from the ledger. */
function checkInvariants(t: TestDesk, step: string): void {
  const db = t.desk.ledger.sqlite;
  const all = <T>(sql: string) => db.prepare(sql).all() as T[];

  // allocations: no lot, entry line or export line gives more than it has
  for (const r of all<{ lot: string; units: number; allocated: number }>(`SELECT l.lot_code AS lot, ${LOT_UNITS_SQL} AS units, COALESCE((SELECT SUM(a.quantity) FROM allocations a WHERE a.lot_id = l.id AND ${IN_FORCE}), 0) AS allocated FROM lots l`)) {
    expect(r.allocated, `${step}: lot ${r.lot} over-allocated`).toBeLessThanOrEqual(r.units);
  }
  for (const r of all<{ id: number; quantity: number; allocated: number }>(`SELECT el.id, el.quantity, COALESCE((SELECT SUM(a.quantity) FROM allocations a JOIN lots l ON l.id = a.lot_id WHERE l.entry_line_id = el.id AND ${IN_FORCE}), 0) AS allocated FROM entry_lines el`)) {
    expect(r.allocated, `${step}: entry line ${r.id} over-allocated`).toBeLessThanOrEqual(r.quantity);
  }
  for (const r of all<{ id: number; quantity: number; allocated: number }>(`SELECT x.id, x.quantity, COALESCE((SELECT SUM(a.quantity) FROM allocations a WHERE a.export_line_id = x.id AND ${IN_FORCE}), 0) AS allocated FROM export_lines x`)) {
    expect(r.allocated, `${step}: export line ${r.id} over-allocated`).toBeLessThanOrEqual(r.quantity);
  }

  const counted = `FROM claim_lines cl JOIN claims c ON c.id = cl.claim_id WHERE ${LINE_COUNTS_SQL} AND ${CLAIM_STATE_SQL}`;
  // accepted claims (approved, filed, liquidated): never more units than the line imported, never more
  // than 99% of its duty, compared exactly
  for (const r of all<{ id: number; quantity: number; duty: number; claimed: number; refund: number }>(
    `SELECT el.id, el.quantity, el.duty_4dp AS duty, SUM(cl.quantity) AS claimed, SUM(cl.refund_4dp) AS refund
     FROM claim_lines cl JOIN claims c ON c.id = cl.claim_id JOIN entry_lines el ON el.id = cl.entry_line_id
     WHERE ${LINE_COUNTS_SQL} AND ${CLAIM_STATE_SQL} IN ('approved', 'filed', 'liquidated') GROUP BY el.id`,
  )) {
    expect(r.claimed, `${step}: entry line ${r.id} claimed beyond its quantity`).toBeLessThanOrEqual(r.quantity);
    expect(BigInt(r.refund) * 100n <= BigInt(r.duty) * 99n, `${step}: entry line ${r.id} refunds ${r.refund} over 99% of ${r.duty}`).toBe(true);
  }
  // claims in force of any state: each exported unit and each allocation is claimed once at most
  for (const r of all<{ id: number; quantity: number; claimed: number }>(`SELECT x.id, x.quantity, (SELECT COALESCE(SUM(cl.quantity), 0) ${counted} != 'withdrawn' AND cl.export_line_id = x.id) AS claimed FROM export_lines x`)) {
    expect(r.claimed, `${step}: export line ${r.id} claimed twice`).toBeLessThanOrEqual(r.quantity);
  }
  for (const r of all<{ allocation_id: number; n: number }>(`SELECT cl.allocation_id, COUNT(*) AS n ${counted} != 'withdrawn' GROUP BY cl.allocation_id`)) {
    expect(r.n, `${step}: allocation ${r.allocation_id} on two claims in force`).toBe(1);
  }
  // no accepted claim carries an open exception
  const open = all<{ number: string; n: number }>(`SELECT c.number, (SELECT COUNT(*) FROM claim_exceptions x WHERE x.claim_id = c.id AND ${OPEN_EXCEPTION_SQL}) AS n FROM claims c WHERE ${CLAIM_STATE_SQL} IN ('approved', 'filed', 'liquidated')`);
  for (const r of open) expect(r.n, `${step}: accepted claim ${r.number} has open exceptions`).toBe(0);
}

describe('never over-claim: random ledgers through the real services', () => {
  it('no entry line, export unit or allocation is claimed beyond what it holds, and no approved claim has an open exception', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 15, maxLength: 45, size: 'max' }), (ops) => {
        const t = createTestDesk({ seed: true });
        try {
          setUp(t);
          const ledger = new Ledger(t);
          ops.forEach((op, i) => {
            ledger.run(op);
            checkInvariants(t, `step ${i + 1} (${op.op})`);
          });
          expect(t.ok('audit:verify', {}, t.actors.supervisor).ok).toBe(true);
        } finally {
          t.dispose();
        }
      }),
      { numRuns: 60 },
    );
    // the property is only worth something if claims did get approved along the way
    expect(stats.approved).toBeGreaterThan(0);
    // 60 random ledgers, each manual allocation or release checking a supervisor's password (scrypt)
  }, 180_000);
});
