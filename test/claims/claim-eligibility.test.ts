import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../src-shared/contract';
import { applyMatchPlan } from '../../src-main/services/matching/apply-match-plan';
import { loadMatchRequest } from '../../src-main/services/matching/load-match-request';
import { matchExports } from '../../src-main/engine/matching/match-exports';
import type { MatchPolicy } from '../../src-main/engine/matching/matching-types';
import { draft, matchNow, supervisorOverride, tickAll } from '../helpers/claims';
import { shipment } from '../helpers/exports';
import { BINS, ENTRIES, receipt, SKUS } from '../helpers/seed';
import { createTestDesk, type TestDesk } from '../helpers/test-desk';

const BOL = [{ kind: 'bill-of-lading' as const, reference: 'MAEU998877' }];
const POLO = 'POLO-COT-M';

let t: TestDesk;
const ship = (overrides: Partial<ChannelInput<'exports:record-shipment'>> = {}) =>
  t.ok('exports:record-shipment', shipment({ documents: BOL, ...overrides }), t.actors.specialist);
const kindsOf = (claimNumber: string) =>
  t
    .ok('claims:get', { claimNumber }, t.actors.specialist)
    .exceptions.filter((x) => x.state === 'open')
    .map((x) => [x.kind, x.claimLineNo]);
const fact = (hts: string, beginsWithOther: boolean) => t.ok('reference:set-hts-fact', { hts, beginsWithOther }, t.actors.specialist);

beforeEach(() => {
  t = createTestDesk({ seed: true });
  // 1,000 T-shirts of entry 2023-000123 line 1 ($5.00 a unit), four lots; and 1,000 bolts of 2023-000187 line 1
  for (const lot of ['A', 'B', 'C', 'D'])
    t.ok(
      'receiving:create-receipt',
      receipt({ lotCode: `NW-${lot}`, quantity: 250, locationCode: BINS.cage, receivedAt: '2023-05-04T14:00:00Z' }),
      t.actors.clerk,
    );
  t.ok(
    'receiving:create-receipt',
    receipt({
      entryNumber: ENTRIES.b,
      lineNumber: 1,
      sku: SKUS.bolt,
      lotCode: 'BOLT-1',
      quantity: 1000,
      locationCode: BINS.cage,
      receivedAt: '2023-08-20T10:00:00Z',
    }),
    t.actors.clerk,
  );
  t.ok('items:add', { sku: POLO, description: "Men's cotton polo M", hts: '6109.10.0040', countryOfOrigin: 'VN', uom: 'EA' }, t.actors.specialist);
});
afterEach(() => {
  expect(t.ok('audit:verify', {}, t.actors.supervisor).ok).toBe(true);
  t.dispose();
});

/**
 * 19 U.S.C. 1313(j)(4): exportation to Canada or Mexico of substituted merchandise does not count for
 * 1313(j)(2); 19 CFR 182.42(c) (USMCA) and 181.42(d) (NAFTA): no payment of 1313(j)(2) drawback on goods
 * exported to Canada or Mexico.
 */
describe('item 1: destinations that exclude unused-merchandise substitution drawback', () => {
  beforeEach(() => fact('6109.10.00', false));

  it('matching never designates a substitute for an export to Canada or Mexico, and says why on the line', () => {
    ship({ reference: 'EXP-CA', destinationCountry: 'CA', lines: [{ lineNumber: 1, sku: POLO, quantity: 100 }] });
    ship({ reference: 'EXP-MX', destinationCountry: 'MX', lines: [{ lineNumber: 1, sku: POLO, quantity: 100 }] });
    ship({ reference: 'EXP-GB', destinationCountry: 'GB', lines: [{ lineNumber: 1, sku: POLO, quantity: 100 }] });
    const run = matchNow(t, { substitution: true });
    expect(t.ok('matching:allocations', {}, t.actors.specialist).map((a) => [a.shipmentReference, a.basis, a.quantity])).toEqual([
      ['EXP-GB', 'substitution', 100],
    ]);
    expect(run.unmatched.map((u) => u.shipmentReference).sort()).toEqual(['EXP-CA', 'EXP-MX']);
    for (const u of run.unmatched)
      expect(u.reason).toContain(
        `substitution was not tried: exported to ${u.shipmentReference.slice(4)} on 2023-11-06: no unused-merchandise substitution drawback is paid on exports to ${u.shipmentReference.slice(4)} (19 U.S.C. 1313(j)(4)(A)`,
      );
  });

  it('a substitution claim on an export to Canada, however it was allocated, is caught at validation and cannot be approved', () => {
    ship({ reference: 'EXP-CA', destinationCountry: 'CA', lines: [{ lineNumber: 1, sku: POLO, quantity: 100, dutyIfImported: '4.00' }] });
    // a person ties it to the T-shirt lot by hand (recorded as substitution: another SKU)
    t.ok(
      'matching:allocate',
      {
        shipmentReference: 'EXP-CA',
        lineNumber: 1,
        lotCode: 'NW-A',
        sku: SKUS.tee,
        quantity: 100,
        reason: 'designated by the broker',
        override: supervisorOverride('designated by the broker'),
      },
      t.actors.specialist,
    );
    const claim = t.ok('claims:draft', draft({ provision: 'unused-substitution' }), t.actors.specialist);
    expect(kindsOf(claim.number)).toEqual([['destination-restricted', 1]]);
    expect(claim.exceptions[0]!.message).toBe(
      'claim line 1: shipment EXP-CA line 1 was exported to CA on 2023-11-06: no unused-merchandise substitution drawback is paid on exports to CA (19 U.S.C. 1313(j)(4)(A) (USMCA Implementation Act); 19 CFR 182.42(c): no payment of drawback under 1313(j)(2) on goods exported to Canada or Mexico); exclude the line',
    );
    t.ok('claims:submit', { claimNumber: claim.number }, t.actors.specialist);
    tickAll(t, claim.number);
    expect(t.refused('exceptions:resolve', { exceptionId: claim.exceptions[0]!.id, note: 'checked it' }, t.actors.specialist).message).toContain(
      'the problem is still there',
    );
    expect(t.refused('claims:approve', { claimNumber: claim.number }, t.actors.supervisor).code).toBe('CONFLICT');
  });

  it('the same export claimed by direct identification (1313(j)(1)) is not restricted', () => {
    ship({ reference: 'EXP-CA', destinationCountry: 'CA' });
    matchNow(t);
    expect(t.ok('claims:draft', draft(), t.actors.specialist)).toMatchObject({ totalRefund: '1980.00', openExceptions: 0 });
  });

  it('the rules are reference data: seeded from the law once, listed with citations, changed only by a supervisor, each change a new audited version', () => {
    const rules = t.ok('reference:destination-rules', {}, t.actors.clerk);
    expect(
      rules.filter((r) => r.provision === 'unused-substitution' && r.effect === 'excluded').map((r) => [r.key, r.country, r.effectiveFrom, r.effectiveTo]),
    ).toEqual([
      ['nafta-ca-j2', 'CA', '1994-01-01', '2020-06-30'],
      ['usmca-ca-j2', 'CA', '2020-07-01', null],
      ['chile-2015-j2', 'CL', '2015-01-01', null],
      ['nafta-mx-j2', 'MX', '1994-01-01', '2020-06-30'],
      ['usmca-mx-j2', 'MX', '2020-07-01', null],
    ]);
    const rows = t.count('destination_rules');
    t.reopen();
    expect(t.count('destination_rules')).toBe(rows);

    const change = {
      key: 'usmca-mx-j2',
      country: 'MX',
      provision: 'unused-substitution',
      effect: 'excluded',
      citation: '19 U.S.C. 1313(j)(4)(A); 19 CFR 182.42(c)',
      effectiveFrom: '2020-07-01',
      retired: true,
      reason: 'testing a retirement',
    } as const;
    expect(t.refused('reference:set-destination-rule', change, t.actors.specialist).code).toBe('FORBIDDEN');
    const retired = t.ok('reference:set-destination-rule', change, t.actors.supervisor);
    expect(retired).toMatchObject({ key: 'usmca-mx-j2', version: 2, retired: true, by: 'pat' });
    const audit = t.desk.ledger.sqlite.prepare("SELECT actor, reason FROM audit_log WHERE action = 'reference:set-destination-rule'").all();
    expect(audit).toEqual([{ actor: 'pat', reason: 'testing a retirement' }]);
    // out of force: an export to Mexico may now be given a substitute
    ship({ reference: 'EXP-MX', destinationCountry: 'MX', lines: [{ lineNumber: 1, sku: POLO, quantity: 10 }] });
    expect(matchNow(t, { substitution: true }).unitsAllocated).toBe(10);
  });
});

/**
 * 19 CFR 190.2 "substituted merchandise" and 19 U.S.C. 1313(j)(5): the same 8-digit HTSUS subheading;
 * for 1313(j)(2), where the 8-digit description begins with "other", the same 10-digit number, whose
 * description must not begin with "other". A Schedule B number may stand for the export's
 * classification (first 8 digits).
 */
describe('item 2: every substitution line is re-checked at the claim, whatever made the allocation', () => {
  it('a bolt export (7318.15) allocated by hand to a T-shirt lot (6109.10) is refused as a substitute', () => {
    fact('6109.10.00', false);
    ship({ reference: 'EXP-BOLT', destinationCountry: 'GB', lines: [{ lineNumber: 1, sku: SKUS.bolt, quantity: 100, dutyIfImported: '0.01' }] });
    t.ok(
      'matching:allocate',
      {
        shipmentReference: 'EXP-BOLT',
        lineNumber: 1,
        lotCode: 'NW-A',
        sku: SKUS.tee,
        quantity: 100,
        reason: 'the broker designated it',
        override: supervisorOverride('the broker designated it'),
      },
      t.actors.specialist,
    );
    expect(t.ok('matching:allocations', { shipmentReference: 'EXP-BOLT' }, t.actors.specialist)[0]!.basis).toBe('substitution');
    const claim = t.ok('claims:draft', draft({ provision: 'unused-substitution' }), t.actors.specialist);
    expect(kindsOf(claim.number)).toEqual([['classification-mismatch', 1]]);
    expect(claim.exceptions[0]!.message).toBe(
      `claim line 1: shipment EXP-BOLT line 1 cannot substitute for entry ${ENTRIES.a} line 1: the export is declared under HTS 7318.15.2095, not under the designated import's 8-digit subheading 6109.10.00; substituted merchandise must be classifiable under the same 8-digit HTSUS subheading (19 U.S.C. 1313(j)(5); 19 CFR 190.2)`,
    );
    t.ok('claims:submit', { claimNumber: claim.number }, t.actors.specialist);
    expect(t.refused('claims:approve', { claimNumber: claim.number }, t.actors.supervisor).code).toBe('CONFLICT');
  });

  it('a Schedule B number stands for the export’s classification: its first 8 digits must match too', () => {
    fact('6109.10.00', false);
    ship({
      reference: 'EXP-SB',
      destinationCountry: 'GB',
      lines: [
        { lineNumber: 1, sku: POLO, quantity: 10, scheduleB: '6109.10.0040' },
        { lineNumber: 2, sku: POLO, quantity: 10, scheduleB: '6110.20.2010' },
      ],
    });
    matchNow(t, { substitution: true });
    const claim = t.ok('claims:draft', draft({ provision: 'unused-substitution' }), t.actors.specialist);
    expect(kindsOf(claim.number)).toEqual([
      ['missing-export-duty', 1],
      ['missing-export-duty', 2],
      ['classification-mismatch', 2],
    ]);
    expect(claim.exceptions.find((x) => x.kind === 'classification-mismatch')!.message).toContain(
      'the export is declared under Schedule B 6110.20.2010, not under the designated import',
    );
  });

  describe('where the 8-digit description begins with "other" (1313(j)(2) only)', () => {
    // 6110.30.30 "Other" (sweaters of man-made fibres): 6110.30.3053 "Men's or boys'" and 6110.30.3059 "Other"
    const SWEATER = 'SWEATER-MMF';
    const VEST = 'VEST-MMF';
    beforeEach(() => {
      t.ok('items:add', { sku: SWEATER, description: 'Sweater, man-made fibres', hts: '6110.30.3053', countryOfOrigin: 'VN', uom: 'EA' }, t.actors.specialist);
      t.ok('items:add', { sku: VEST, description: 'Vest, man-made fibres', hts: '6110.30.3059', countryOfOrigin: 'VN', uom: 'EA' }, t.actors.specialist);
      t.ok(
        'entries:add',
        {
          entryNumber: '2023-000700',
          entryType: '01',
          entryDate: '2023-06-02',
          importDate: '2023-06-01',
          portCode: '2704',
          importer: 'Northwind Apparel Inc.',
          lines: [
            { lineNumber: 1, hts: '6110.30.3053', quantity: 100, uom: 'EA', enteredValue: '2000.00', duty: '500.00' },
            { lineNumber: 2, hts: '6110.30.3059', quantity: 100, uom: 'EA', enteredValue: '2000.00', duty: '500.00' },
          ],
        },
        t.actors.specialist,
      );
      t.ok(
        'receiving:create-receipt',
        receipt({
          entryNumber: '2023-000700',
          lineNumber: 1,
          sku: SWEATER,
          lotCode: 'SW-1',
          quantity: 100,
          locationCode: BINS.cage,
          receivedAt: '2023-06-05T10:00:00Z',
        }),
        t.actors.clerk,
      );
      t.ok(
        'receiving:create-receipt',
        receipt({
          entryNumber: '2023-000700',
          lineNumber: 2,
          sku: VEST,
          lotCode: 'VE-1',
          quantity: 100,
          locationCode: BINS.cage,
          receivedAt: '2023-06-05T10:00:00Z',
        }),
        t.actors.clerk,
      );
    });
    // an export of vests (6110.30.3059) designated against the sweaters' line (6110.30.3053), and the reverse
    const claimFor = (exportSku: string, lotSku: string, lot: string) => {
      ship({ reference: `EXP-${exportSku}`, destinationCountry: 'GB', lines: [{ lineNumber: 1, sku: exportSku, quantity: 10, dutyIfImported: '5.00' }] });
      t.ok(
        'matching:allocate',
        {
          shipmentReference: `EXP-${exportSku}`,
          lineNumber: 1,
          lotCode: lot,
          sku: lotSku,
          quantity: 10,
          reason: 'designated by the specialist',
          override: supervisorOverride('designated by the specialist'),
        },
        t.actors.specialist,
      );
      return t.ok('claims:draft', draft({ provision: 'unused-substitution' }), t.actors.specialist);
    };

    it('a fact the desk does not hold is an exception naming it, never a pass; recording it clears the line', () => {
      const claim = claimFor(VEST, SWEATER, 'SW-1');
      expect(kindsOf(claim.number)).toEqual([['hts-fact-missing', 1]]);
      expect(claim.exceptions[0]!.message).toBe(
        'claim line 1: the desk does not know whether the description of subheading 6110.30.30 begins with "other", which decides whether the 10-digit numbers must match (19 CFR 190.2); record it with "hts set-other 6110.30.30 yes|no"',
      );
      fact('6110.30.30', true);
      // now the 10-digit numbers are compared: 6110.30.3059 is not 6110.30.3053
      const check = t.ok('claims:validate', { claimNumber: claim.number }, t.actors.specialist);
      expect(check.issues.map((i) => i.kind)).toEqual(['classification-mismatch']);
      expect(check.issues[0]!.message).toContain(
        'the description of subheading 6110.30.30 begins with "other", so the 10-digit numbers must match (19 CFR 190.2; 19 U.S.C. 1313(j)(5)); the export is 6110.30.3059, the designated import 6110.30.3053',
      );
    });

    it('the same 10-digit number passes only when its own description does not begin with "other"', () => {
      fact('6110.30.30', true);
      fact('6110.30.3053', false);
      fact('6110.30.3059', true);
      // a second sweater SKU under the same 10-digit number as the sweaters' line
      t.ok(
        'items:add',
        { sku: 'SWEATER-2', description: 'Sweater, man-made fibres, crew neck', hts: '6110.30.3053', countryOfOrigin: 'VN', uom: 'EA' },
        t.actors.specialist,
      );
      const good = claimFor('SWEATER-2', SWEATER, 'SW-1');
      expect(kindsOf(good.number)).toEqual([]);
      t.ok(
        'items:add',
        { sku: 'VEST-2', description: 'Vest, man-made fibres, knit', hts: '6110.30.3059', countryOfOrigin: 'VN', uom: 'EA' },
        t.actors.specialist,
      );
      const bad = claimFor('VEST-2', VEST, 'VE-1');
      expect(kindsOf(bad.number)).toEqual([['classification-mismatch', 1]]);
      expect(bad.exceptions[0]!.message).toContain(
        'the descriptions of both 6110.30.30 and 6110.30.3059 begin with "other": no unused-merchandise substitution is allowed on that classification',
      );
    });
  });

  it('the "other" facts are reference data a specialist records and can change, every version audited', () => {
    expect(t.refused('reference:set-hts-fact', { hts: '6109.10.00', beginsWithOther: false }, t.actors.clerk).code).toBe('FORBIDDEN');
    expect(t.refused('reference:set-hts-fact', { hts: '6109.10.00', beginsWithOther: false, description: 'Other' }, t.actors.specialist).message).toContain(
      'the description "Other" begins with "other", but the flag says it does not',
    );
    expect(t.ok('reference:set-hts-fact', { hts: '6109.10.00', description: 'Of cotton', source: 'HTSUS 2023 Basic' }, t.actors.specialist)).toMatchObject({
      hts: '61091000',
      beginsWithOther: false,
      by: 'sam',
    });
    expect(t.ok('reference:set-hts-fact', { hts: '6109.10.00', beginsWithOther: true }, t.actors.specialist).beginsWithOther).toBe(true);
    expect(t.ok('reference:hts-facts', { prefix: '6109' }, t.actors.clerk).map((f) => [f.hts, f.beginsWithOther])).toEqual([['61091000', true]]);
    expect(t.count('hts_facts')).toBe(2);
    const audit = t.desk.ledger.sqlite.prepare("SELECT before_json, after_json FROM audit_log WHERE action = 'reference:set-hts-fact' ORDER BY seq").all() as {
      before_json: string;
      after_json: string;
    }[];
    expect(audit.map((a) => JSON.parse(a.before_json) as unknown)).toEqual([null, { beginsWithOther: false, description: 'Of cotton' }]);
  });
});

/**
 * A lot named at pick is direct identification: the goods shipped are that lot's. One the line cannot
 * use (outside its five-year window, 19 U.S.C. 1313(j)(1); flagged for reconciliation) leaves the line
 * unmatched; it is never tied to another entry's stock by SKU.
 */
describe('item 3: a lot named at pick is never swapped for another', () => {
  it('lot L4 of a 2017 entry (outside five years of the 2023 export) leaves the line unmatched though entry 2023-000123 has stock', () => {
    t.ok(
      'entries:add',
      {
        entryNumber: '2017-000044',
        entryType: '01',
        entryDate: '2017-03-02',
        importDate: '2017-03-01',
        portCode: '2704',
        importer: 'Northwind Apparel Inc.',
        lines: [{ lineNumber: 1, hts: '6109.10.0012', quantity: 100, uom: 'EA', enteredValue: '3000.00', duty: '500.00' }],
      },
      t.actors.specialist,
    );
    t.ok(
      'receiving:create-receipt',
      receipt({ entryNumber: '2017-000044', lotCode: 'L4', quantity: 100, locationCode: BINS.cage, receivedAt: '2017-03-05T10:00:00Z' }),
      t.actors.clerk,
    );
    ship({ lines: [{ lineNumber: 1, sku: SKUS.tee, quantity: 40, lotCode: 'L4' }] });
    const run = matchNow(t, { substitution: true });
    expect(run).toMatchObject({ unitsAllocated: 0, linesUnmatched: 1 });
    expect(run.unmatched[0]!.reason).toBe(
      '40 of 40 units unmatched: lot L4 named at pick was imported on 2017-03-01 (entry 2017-000044), more than five years before the export date 2023-11-06 (19 U.S.C. 1313(j)); a lot named at pick identifies the goods shipped (direct identification), so the rest is not tied to other stock',
    );
    expect(t.refused('claims:draft', draft(), t.actors.specialist).code).toBe('NOT_FOUND');
  });
});

/**
 * 19 CFR 190.14 / 191.14(c): commingled fungible stock is identified by an approved accounting method,
 * and the claim records the method used.
 */
describe('item 4: the accounting method a claim records is the one its allocations used', () => {
  // a second T-shirt line at $12.50 a unit (the dozens of entry 2023-000187 line 2 are $0.83 a unit;
  // this one is dearer): highest-duty would take it first, FIFO takes the older, cheaper lots
  beforeEach(() => {
    t.ok(
      'entries:add',
      {
        entryNumber: '2023-000800',
        entryType: '01',
        entryDate: '2023-09-02',
        importDate: '2023-09-01',
        portCode: '2704',
        importer: 'Northwind Apparel Inc.',
        lines: [{ lineNumber: 1, hts: '6109.10.0012', quantity: 1000, uom: 'EA', enteredValue: '30000.00', duty: '12500.00' }],
      },
      t.actors.specialist,
    );
    t.ok(
      'receiving:create-receipt',
      receipt({ entryNumber: '2023-000800', lotCode: 'DEAR-1', quantity: 1000, locationCode: BINS.cage, receivedAt: '2023-09-05T10:00:00Z' }),
      t.actors.clerk,
    );
    ship({ lines: [{ lineNumber: 1, sku: SKUS.tee, quantity: 400 }] });
  });

  it('highest-duty is not an accounting method: a run asking for it without substitution is refused, in words', () => {
    const refused = t.refused('matching:start', { policy: { order: 'highest-duty' } }, t.actors.specialist);
    expect(refused.code).toBe('VALIDATION');
    expect(refused.message).toContain('highest-duty is not an approved accounting method (19 CFR 191.14(c)), so it never identifies commingled stock');
  });

  it('with substitution on, highest-duty orders only the substitutes: the T-shirts are drawn FIFO and the claim is the FIFO amount, recorded as fifo', () => {
    const run = matchNow(t, { order: 'highest-duty', substitution: true });
    expect(run.policy).toEqual({ method: 'fifo', turnoverDays: null, substitution: true, order: 'highest-duty' });
    const claim = t.ok('claims:draft', draft({ accountingMethod: 'fifo' }), t.actors.specialist);
    expect(claim).toMatchObject({ accountingMethod: 'fifo', totalRefund: '1980.00', openExceptions: 0 });
  });

  it('the desk’s method setting is what commingled lots are drawn by, and what the claim records', () => {
    t.ok('settings:set', { key: 'drawback.accounting-method', value: 'lifo' }, t.actors.supervisor);
    expect(matchNow(t).policy.method).toBe('lifo');
    expect(t.ok('matching:allocations', {}, t.actors.specialist).map((a) => [a.lotCode, a.quantity])).toEqual([['DEAR-1', 400]]);
    expect(t.refused('claims:draft', draft({ accountingMethod: 'fifo' }), t.actors.specialist).message).toContain(
      'were made by lifo, not fifo; a claim records the method actually used',
    );
    // 99% of 400 x $12.50
    expect(t.ok('claims:draft', draft(), t.actors.specialist)).toMatchObject({ accountingMethod: 'lifo', totalRefund: '4950.00' });
  });

  it('allocations made by two methods cannot make one claim', () => {
    matchNow(t, { method: 'fifo' });
    ship({ reference: 'EXP-0002', lines: [{ lineNumber: 1, sku: SKUS.tee, quantity: 10 }] });
    matchNow(t, { method: 'lifo' });
    const refused = t.refused('claims:draft', draft(), t.actors.specialist);
    expect(refused.message).toContain(
      'they were identified by different accounting methods (2 by fifo, 1 by lifo); a claim is drawn up under one approved method (19 CFR 190.14)',
    );
  });

  it('allocations a run made by highest-duty before methods were recorded (its policy kept only the order) cannot be claimed', () => {
    // a run as the desk wrote them before: {"order":"highest-duty","substitution":false}
    const legacy = { order: 'highest-duty', substitution: false } as unknown as MatchPolicy;
    const { exportLabels, ...request } = loadMatchRequest(t.desk.ctx.db, { method: 'fifo', turnoverDays: null, order: 'fifo', substitution: false });
    applyMatchPlan(t.desk.ctx, t.actors.specialist, {
      uid: 'RUN-LEGACY-000000001',
      trigger: 'test',
      policy: legacy,
      startedAt: '2024-03-04T08:00:00.000Z',
      result: matchExports(request),
      exportLabels,
    });
    const refused = t.refused('claims:draft', draft({ accountingMethod: 'fifo' }), t.actors.specialist);
    expect(refused.message).toContain('were drawn from commingled stock by "highest-duty", which is not an approved accounting method (19 CFR 191.14(c)');
  });

  it('lines identified by the lot named at pick need no method: such a claim records specific-lot; a substitution claim records designation', () => {
    t.dispose();
    t = createTestDesk({ seed: true });
    for (const lot of ['A', 'B'])
      t.ok(
        'receiving:create-receipt',
        receipt({ lotCode: `NW-${lot}`, quantity: 250, locationCode: BINS.cage, receivedAt: '2023-05-04T14:00:00Z' }),
        t.actors.clerk,
      );
    ship({ lines: [{ lineNumber: 1, sku: SKUS.tee, quantity: 100, lotCode: 'NW-B' }] });
    matchNow(t);
    const pegged = t.ok('claims:draft', draft(), t.actors.specialist);
    expect(pegged).toMatchObject({ accountingMethod: 'specific-lot', totalRefund: '495.00', openExceptions: 0 });

    t.ok('items:add', { sku: POLO, description: "Men's cotton polo M", hts: '6109.10.0040', countryOfOrigin: 'VN', uom: 'EA' }, t.actors.specialist);
    fact('6109.10.00', false);
    ship({ reference: 'EXP-GB', destinationCountry: 'GB', lines: [{ lineNumber: 1, sku: POLO, quantity: 10, dutyIfImported: '5.00' }] });
    matchNow(t, { substitution: true, order: 'highest-duty' });
    expect(t.ok('claims:draft', draft({ provision: 'unused-substitution' }), t.actors.specialist)).toMatchObject({
      accountingMethod: 'designation',
      openExceptions: 0,
    });
  });
});
