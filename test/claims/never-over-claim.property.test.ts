import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAIM_ACCOUNTING_METHODS, electionOf, type ClaimProvision } from '../../src-shared/domain/claims';
import type { AccountingMethodName, AllocationBasis, AllocationOrder } from '../../src-shared/domain/exports';
import { allocationMethod } from '../../src-main/services/claims/allocation-methods';
import { parseIsoDay } from '../../src-main/engine/accounting-methods/epoch-days';
import { destinationRestriction } from '../../src-main/engine/eligibility/destination-rules';
import { checkSubstitutionClassification } from '../../src-main/engine/eligibility/substitution-classification';
import { destinationRulesInForce, htsOtherFacts } from '../../src-main/ledger/repos/reference-repo';
import { IN_FORCE } from '../../src-main/ledger/repos/allocations-repo';
import { CLAIM_STATE_SQL, LINE_COUNTS_SQL } from '../../src-main/ledger/repos/claims-repo';
import { OPEN_EXCEPTION_SQL } from '../../src-main/ledger/repos/claim-exceptions-repo';
import { draft, matchNow } from '../helpers/claims';
import { SKUS } from '../helpers/seed';
import { createTestDesk, type TestDesk } from '../helpers/test-desk';
import { checkAllocations, checkClaimedOnce, forRandomLedgers, ledgerRows, RandomLedger, type SharedOp } from './never-over-claim-harness';

/**
 * Random small ledgers built through the real services: receipts into lots across four entry lines
 * (T-shirts, polos and bolts) whose duty does not divide evenly, exports to random destinations (Canada,
 * Mexico and Chile among them) with and without proof and with lots pegged at pick, matching under
 * random accounting methods and substitution orders, manual allocations across classifications and
 * releases, HTS "other" facts recorded, claims drafted, excluded, submitted, approved, withdrawn and
 * filed. Whatever the order, no claim in force may take an import or export unit twice, and no claim
 * accepted may rest on an export its destination excludes, a substitute of another classification, a
 * lot swapped for the one named at pick, or a method other than the one its allocations used.
 */
const POLO = 'POLO-COT-M';
const LINES = [
  { entry: '2023-000501', line: 1, sku: SKUS.tee },
  { entry: '2023-000501', line: 2, sku: POLO },
  { entry: '2023-000502', line: 1, sku: SKUS.tee },
  { entry: '2023-000187', line: 1, sku: SKUS.bolt },
] as const;
const SKU_OF_EXPORT = [SKUS.tee, POLO, SKUS.bolt] as const;
const DESTINATIONS = ['CA', 'MX', 'CL', 'GB', 'JP'] as const;
// mostly one method, as a desk keeps one per inventory; now and then another, which drafting must catch
const METHODS: AccountingMethodName[] = ['fifo', 'fifo', 'fifo', 'lifo', 'average', 'low-to-high'];
/** "other" facts a specialist may record (each once: a fact that changes later is not what this checks) */
const FACTS = [
  { hts: '61091000', beginsWithOther: false },
  { hts: '61091000', beginsWithOther: true },
  { hts: '73181520', beginsWithOther: false },
  { hts: '6109100012', beginsWithOther: false },
] as const;
const EXPORT_DATES = ['2023-06-15', '2023-10-01', '2023-12-01', '2029-01-15'] as const;
const ORDERS: AllocationOrder[] = ['fifo', 'lifo', 'oldest-import', 'highest-duty'];
const PROVISIONS: ClaimProvision[] = ['unused-direct-identification', 'unused-substitution', 'manufacturing-direct-identification'];

type Op =
  | SharedOp
  | { op: 'ship'; date: number; destination: number; proof: boolean; lines: { sku: number; quantity: number; peg: number | null; dutyIfImported: boolean }[] }
  | { op: 'match'; method: number; order: number; substitution: boolean }
  | { op: 'fact'; fact: number }
  | { op: 'draft'; provision: number }
  | { op: 'file'; claim: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('receive' as const),
      line: fc.nat(3),
      lot: fc.nat(2),
      quantity: fc.integer({ min: 1, max: 20 }),
      override: fc.nat(5).map((n) => n === 0),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('ship' as const),
      date: fc.nat(3),
      destination: fc.nat(4),
      proof: fc.nat(3).map((n) => n > 0),
      lines: fc.array(
        fc.record({ sku: fc.nat(2), quantity: fc.integer({ min: 1, max: 15 }), peg: fc.option(fc.nat(5), { nil: null }), dutyIfImported: fc.boolean() }),
        { minLength: 1, maxLength: 3 },
      ),
    }),
  },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('match' as const), method: fc.nat(METHODS.length - 1), order: fc.nat(3), substitution: fc.boolean() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('allocate' as const),
      shipment: fc.nat(),
      line: fc.integer({ min: 1, max: 3 }),
      lot: fc.nat(11),
      quantity: fc.integer({ min: 1, max: 15 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('fact' as const), fact: fc.nat(FACTS.length - 1) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('release' as const), allocation: fc.nat() }) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('draft' as const), provision: fc.nat(2) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('approve' as const), claim: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constantFrom('submit' as const, 'withdraw' as const, 'resolve' as const, 'file' as const), claim: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('exclude' as const), claim: fc.nat(), lineNo: fc.integer({ min: 1, max: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('document' as const), shipment: fc.nat() }) },
);

/** How far the random sequences got: a property over ledgers where nothing was ever approved proves little. */
const stats = { drafted: 0, approved: 0, acceptedLines: 0 };

function setUp(t: TestDesk): void {
  const a = t.actors.specialist;
  t.ok('items:add', { sku: POLO, description: "Men's cotton polo M", hts: '6109.10.0040', countryOfOrigin: 'VN', uom: 'EA' }, a);
  const common = { entryType: '01', portCode: '2704', importer: 'Northwind Apparel Inc.' } as const;
  t.ok(
    'entries:add',
    {
      ...common,
      entryNumber: '2023-000501',
      entryDate: '2023-05-02',
      importDate: '2023-05-01',
      lines: [
        { lineNumber: 1, hts: '6109.10.0012', quantity: 30, uom: 'EA', enteredValue: '900.00', duty: '100.01', mpf: '3.11' },
        { lineNumber: 2, hts: '6109.10.0040', quantity: 20, uom: 'EA', enteredValue: '700.00', duty: '33.33' },
      ],
    },
    a,
  );
  t.ok(
    'entries:add',
    {
      ...common,
      entryNumber: '2023-000502',
      entryDate: '2023-09-02',
      importDate: '2023-09-01',
      lines: [{ lineNumber: 1, hts: '6109.10.0012', quantity: 25, uom: 'EA', enteredValue: '800.00', duty: '77.77' }],
    },
    a,
  );
}

class Ledger extends RandomLedger<Op> {
  run(op: Op): void {
    const { t } = this;
    const { specialist } = t.actors;
    switch (op.op) {
      case 'ship': {
        const reference = `EXP-${String(this.shipments.length + 1).padStart(4, '0')}`;
        const lines = op.lines.map((l, i) => {
          const sku = SKU_OF_EXPORT[l.sku]!;
          // a pegged lot of the export's own item (tee lots sit on lines 0 and 2, polo lots on line 1, bolts on 3);
          // now and then one that was never received
          const peg =
            l.peg === null
              ? {}
              : {
                  lotCode:
                    sku === POLO ? `L1-${l.peg % 3}` : sku === SKUS.bolt ? `L3-${l.peg % 4}` : `L${l.peg % 2 === 0 ? 0 : 2}-${Math.floor(l.peg / 2) % 3}`,
                };
          return { lineNumber: i + 1, sku, quantity: l.quantity, ...peg, ...(l.dutyIfImported ? { dutyIfImported: '3.1234' } : {}) };
        });
        const documents = op.proof ? [{ kind: 'bill-of-lading' as const, reference: `BOL-${reference}` }] : [];
        if (
          this.call('exports:record-shipment', {
            reference,
            exportDate: EXPORT_DATES[op.date]!,
            destinationCountry: DESTINATIONS[op.destination]!,
            exporter: 'Northwind Apparel Inc.',
            lines,
            documents,
          }).ok
        )
          this.shipments.push(reference);
        return;
      }
      case 'match':
        matchNow(t, { method: METHODS[op.method]!, order: ORDERS[op.order]!, substitution: op.substitution });
        return;
      case 'fact': {
        const fact = FACTS[op.fact]!;
        if (t.ok('reference:hts-facts', { prefix: fact.hts }, specialist).every((f) => f.hts !== fact.hts)) this.call('reference:set-hts-fact', fact);
        return;
      }
      case 'draft':
        if (this.call('claims:draft', draft({ provision: PROVISIONS[op.provision]!, includeMpf: op.provision === 0 })).ok) stats.drafted++;
        return;
      case 'file': {
        const claimNumber = this.claimAt(op.claim);
        if (claimNumber) this.call('claims:file', { claimNumber, filedReference: `AE-${claimNumber}`, filedOn: '2024-03-04' }); // the desk's day: a filing date ahead of it is refused
        return;
      }
      default:
        this.runShared(op);
    }
  }
}

/** What must hold after every step, read straight from the ledger. */
function checkInvariants(t: TestDesk, step: string): void {
  const db = t.desk.ledger.sqlite;
  const all = ledgerRows(t);
  checkAllocations(t, step);
  checkClaimedOnce(t, step);

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
  // a lot named at pick is the only lot matching ties its line to (a person's allocation is their decision, approved)
  for (const r of all<{ id: number; picked: string; lot: string; basis: string }>(
    `SELECT a.id, x.lot_code AS picked, l.lot_code AS lot, a.basis FROM allocations a JOIN export_lines x ON x.id = a.export_line_id JOIN lots l ON l.id = a.lot_id WHERE ${IN_FORCE} AND a.run_id IS NOT NULL AND x.lot_code IS NOT NULL`,
  )) {
    expect([r.basis, r.lot], `${step}: allocation ${r.id} of a line pegged to ${r.picked}`).toEqual(['lot', r.picked]);
  }
  // matching never designates a substitute for an export whose destination excludes 1313(j)(2) drawback
  const rules = destinationRulesInForce(db);
  for (const r of all<{ id: number; country: string; export_date: string }>(
    `SELECT a.id, s.destination_country AS country, s.export_date FROM allocations a JOIN export_lines x ON x.id = a.export_line_id JOIN export_shipments s ON s.id = x.shipment_id WHERE a.run_id IS NOT NULL AND a.basis = 'substitution'`,
  )) {
    expect(
      destinationRestriction(rules, r.country, 'unused-substitution', parseIsoDay(r.export_date)!)?.effect,
      `${step}: substitute ${r.id} for an export to ${r.country}`,
    ).not.toBe('excluded');
  }
  // claims accepted: no line an excluded destination forbids, every substitute of the right classification,
  // and the method the claim records is the one its lines' allocations used (or none needed)
  const accepted = all<{
    number: string;
    provision: ClaimProvision;
    method: string;
    line_no: number;
    country: string;
    export_date: string;
    export_hts: string;
    schedule_b: string | null;
    import_hts: string;
    basis: AllocationBasis;
    run_method: string | null;
    run_order: string | null;
  }>(
    `SELECT c.number, c.provision, c.accounting_method AS method, cl.line_no, s.destination_country AS country, s.export_date, x.hts10 AS export_hts, x.schedule_b, el.hts10 AS import_hts, a.basis,
            json_extract(mr.policy_json, '$.method') AS run_method, json_extract(mr.policy_json, '$.order') AS run_order
     FROM claim_lines cl JOIN claims c ON c.id = cl.claim_id JOIN allocations a ON a.id = cl.allocation_id LEFT JOIN matching_runs mr ON mr.id = a.run_id
     JOIN export_lines x ON x.id = cl.export_line_id JOIN export_shipments s ON s.id = x.shipment_id JOIN entry_lines el ON el.id = cl.entry_line_id
     WHERE ${LINE_COUNTS_SQL} AND ${CLAIM_STATE_SQL} IN ('approved', 'filed', 'liquidated')`,
  );
  const facts = htsOtherFacts(
    db,
    accepted.flatMap((r) => [r.import_hts.slice(0, 8), r.import_hts]),
  );
  for (const r of accepted) {
    const at = `${step}: ${r.number} line ${r.line_no}`;
    expect(destinationRestriction(rules, r.country, r.provision, parseIsoDay(r.export_date)!), `${at} exported to ${r.country}`).toBeUndefined();
    if (electionOf(r.provision) === 'substitution') {
      expect(
        checkSubstitutionClassification({
          provision: r.provision,
          exportHts10: r.export_hts,
          scheduleB: r.schedule_b,
          importHts10: r.import_hts,
          htsOther: facts,
        }),
        `${at} classification`,
      ).toEqual([]);
    }
    expect(CLAIM_ACCOUNTING_METHODS as readonly string[], `${at} method`).toContain(r.method);
    const used = allocationMethod(r.basis, r.run_method, r.run_order);
    expect(used === r.method || used === 'specific-lot', `${at}: allocation made by ${used}, claim records ${r.method}`).toBe(true);
  }
  stats.acceptedLines += accepted.length;
  // no accepted claim carries an open exception
  const open = all<{ number: string; n: number }>(
    `SELECT c.number, (SELECT COUNT(*) FROM claim_exceptions x WHERE x.claim_id = c.id AND ${OPEN_EXCEPTION_SQL}) AS n FROM claims c WHERE ${CLAIM_STATE_SQL} IN ('approved', 'filed', 'liquidated')`,
  );
  for (const r of open) expect(r.n, `${step}: accepted claim ${r.number} has open exceptions`).toBe(0);
}

describe('never over-claim: random ledgers through the real services', () => {
  it('no entry line, export unit or allocation is claimed beyond what it holds, and no approved claim has an open exception', () => {
    forRandomLedgers(
      opArb,
      () => {
        const t = createTestDesk({ seed: true });
        return { t, setUp: () => (setUp(t), new Ledger(t, LINES, stats)) };
      },
      checkInvariants,
    );
    // the property is only worth something if claims did get approved along the way
    expect(stats.approved).toBeGreaterThan(0);
    expect(stats.acceptedLines).toBeGreaterThan(0);
    // sixty ledgers of up to 45 steps through the real services, each manual allocation or release
    // checking a supervisor's password (scrypt): minutes on a loaded machine
  }, 600_000);
});
