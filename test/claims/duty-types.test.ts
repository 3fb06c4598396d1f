import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildClaimPackage } from '../../src-main/services/claims/claim-package';
import { claimPackageCsv } from '../../src-main/services/claims/package/claim-csv';
import { claimPackageWorksheet } from '../../src-main/services/claims/package/claim-worksheet';
import { draft, matchNow } from '../helpers/claims';
import { BINS, SKUS } from '../helpers/seed';
import { createTestDesk, type TestDesk } from '../helpers/test-desk';

/**
 * An AD/CVD entry (type 03): 1,000 bolts that paid $260.40 regular duty, $1,250.00 antidumping and
 * $310.55 countervailing duty, $12.50 excise tax, $31.67 MPF, $5.25 HMF and $1.10 of other fees.
 * 400 of them are exported. What 1313(j) refunds, from the texts:
 * - 99% of the regular duty, the excise tax, and (when asked for) the MPF and HMF: "any duty, tax, or
 *   fee imposed under Federal law because of its importation" (19 U.S.C. 1313(j)(1); 19 CFR 190.3(a));
 * - never the antidumping or countervailing duty (19 U.S.C. 1677h), never fees of no known type;
 * - each stated to the cent, rounded down (190.51(a)(2)(vii)); the total is what the parts add up to.
 */
const ENTRY = '2024-000301';
const GALVANISED = 'BOLT-M8-GV';

let t: TestDesk;
beforeEach(() => {
  t = createTestDesk({ seed: true });
  const a = t.actors.specialist;
  t.ok('items:add', { sku: GALVANISED, description: 'Steel bolt M8, galvanised', hts: '7318.15.2095', countryOfOrigin: 'CN', uom: 'EA' }, a);
  t.ok(
    'entries:add',
    {
      entryNumber: ENTRY,
      entryType: '03',
      entryDate: '2024-01-10',
      importDate: '2024-01-09',
      portCode: '2704',
      importer: 'Northwind Apparel Inc.',
      lines: [
        {
          lineNumber: 1,
          hts: '7318.15.2095',
          quantity: 1000,
          uom: 'EA',
          enteredValue: '4200.00',
          duty: '260.40',
          antidumpingDuty: '1250.00',
          countervailingDuty: '310.55',
          exciseTax: '12.50',
          mpf: '31.67',
          hmf: '5.25',
          otherFees: '1.10',
        },
      ],
    },
    a,
  );
  t.ok(
    'receiving:create-receipt',
    {
      entryNumber: ENTRY,
      lineNumber: 1,
      sku: SKUS.bolt,
      lotCode: 'AD-1',
      quantity: 1000,
      uom: 'EA',
      locationCode: BINS.cage,
      receivedAt: '2024-01-12T10:00:00Z',
    },
    t.actors.clerk,
  );
});
afterEach(() => t.dispose());

const shipment = (sku: string, extra: { dutyIfImported?: string; taxesFeesIfImported?: string } = {}) => ({
  reference: 'EXP-0301',
  exportDate: '2024-02-01',
  destinationCountry: 'DE',
  exporter: 'Northwind Apparel Inc.',
  lines: [{ lineNumber: 1, sku, quantity: 400, ...extra }],
  documents: [{ kind: 'bill-of-lading' as const, reference: 'MAEU301' }],
});
const period = { periodStart: '2024-01-01', periodEnd: '2024-03-04' };

describe('unused merchandise, direct identification: each type refunded only as the law allows', () => {
  beforeEach(() => {
    t.ok('exports:record-shipment', shipment(SKUS.bolt), t.actors.specialist);
    matchNow(t);
  });

  it('refunds 99% of the regular duty, excise tax, MPF and HMF, never the AD/CVD or other fees', () => {
    const claim = t.ok('claims:draft', draft({ ...period, includeMpf: true }), t.actors.specialist);
    // 400/1,000 of each: duty 104.16 -> 103.1184; tax 5.00 -> 4.95; MPF 12.668 -> 12.54132; HMF 2.10 -> 2.079
    expect(claim).toMatchObject({
      dutyPaid: '104.16',
      dutyRefund: '103.11',
      taxRefund: '4.95',
      mpfRefund: '12.54',
      hmfRefund: '2.07',
      totalRefund: '122.67',
      openExceptions: 0,
    });
    // the AD ($500.00) and CVD ($124.22) on these units would have been far more: none of it is claimed
    const lines = t.ok('claims:lines', { claimNumber: claim.number }, t.actors.specialist).lines;
    expect(lines.map((l) => [l.refund, l.taxRefund, l.mpfRefund, l.hmfRefund])).toEqual([['103.1184', '4.9500', '12.5413', '2.0790']]);
  });

  it('without fees asked for, claims the duty and the excise tax only', () => {
    const claim = t.ok('claims:draft', draft({ ...period, includeMpf: false }), t.actors.specialist);
    expect(claim).toMatchObject({ dutyRefund: '103.11', taxRefund: '4.95', mpfRefund: '0.00', hmfRefund: '0.00', totalRefund: '108.06' });
  });

  it('the evidence shows what the entry line paid by type, and which the claim refunds, with the reason', () => {
    const claim = t.ok('claims:draft', draft({ ...period, includeMpf: false }), t.actors.specialist);
    const ev = t.ok('claims:line-evidence', { claimNumber: claim.number, lineNo: 1 }, t.actors.specialist);
    expect(ev.entry.charges.map((c) => [c.label, c.amount, c.refundable])).toEqual([
      ['duty', '260.40', true],
      ['antidumping duty', '1250.00', false],
      ['countervailing duty', '310.55', false],
      ['excise tax', '12.50', true],
      ['merchandise processing fee', '31.67', false],
      ['harbor maintenance fee', '5.25', false],
      ['other fees', '1.10', false],
    ]);
    expect(ev.entry.charges[1]!.because).toContain('19 U.S.C. 1677h');
    expect(ev.entry.charges[4]!.because).toContain('not claimed: this claim does not include fees');
  });

  it('the package states the same amounts in every format', () => {
    const claim = t.ok('claims:draft', draft({ ...period, includeMpf: true }), t.actors.specialist);
    const pkg = buildClaimPackage(t.desk.ctx, claim.number);
    expect(pkg.imports).toEqual([expect.objectContaining({ entryNumber: ENTRY, refund: '103.11', taxRefund: '4.95', mpfRefund: '12.54', hmfRefund: '2.07' })]);
    const csv = parse(claimPackageCsv(pkg), { bom: true, columns: true }) as Record<string, string>[];
    expect(csv.map((r) => [r['Refund'], r['Tax refund'], r['MPF refund'], r['HMF refund']])).toEqual([['103.1184', '4.9500', '12.5413', '2.0790']]);
    const worksheet = claimPackageWorksheet(pkg);
    expect(worksheet).toContain('TOTAL,,400,104.16,103.11,4.95,12.54,2.07,122.67');
    expect(worksheet).toContain(`${ENTRY},1,400,104.16,103.11,4.95,12.54,2.07,122.67`);
  });
});

describe('unused merchandise, substitution: the "lesser of" caps duties, taxes and fees together (19 CFR 190.51(b))', () => {
  it('caps the total per unit: $0.30982 refundable paid against $0.21 the export would pay in all', () => {
    // paid per unit: duty 0.2604 + tax 0.0125 + MPF 0.03167 + HMF 0.00525 = 0.30982; the galvanised bolt
    // would pay 0.20 duty + 0.01 taxes and fees: 400 x 0.21 = 84.00, spent on the duty first; 99% = 83.16
    t.ok('exports:record-shipment', shipment(GALVANISED, { dutyIfImported: '0.20', taxesFeesIfImported: '0.01' }), t.actors.specialist);
    // the substitution standard needs to know whether 7318.15.20's description begins with "other" (19 CFR 190.2)
    t.ok('reference:set-hts-fact', { hts: '7318.15.20', beginsWithOther: false }, t.actors.specialist);
    matchNow(t, { order: 'fifo', substitution: true });
    const claim = t.ok('claims:draft', draft({ ...period, provision: 'unused-substitution', includeMpf: true }), t.actors.specialist);
    expect(claim).toMatchObject({ dutyRefund: '83.16', taxRefund: '0.00', mpfRefund: '0.00', hmfRefund: '0.00', totalRefund: '83.16', openExceptions: 0 });
  });

  it('claims no tax or fee on a substitution line whose export does not state the taxes and fees it would pay', () => {
    t.ok('exports:record-shipment', shipment(GALVANISED, { dutyIfImported: '0.50' }), t.actors.specialist);
    matchNow(t, { order: 'fifo', substitution: true });
    const claim = t.ok('claims:draft', draft({ ...period, provision: 'unused-substitution', includeMpf: true }), t.actors.specialist);
    expect(claim).toMatchObject({ dutyRefund: '103.11', taxRefund: '0.00', mpfRefund: '0.00', hmfRefund: '0.00', totalRefund: '103.11' });
  });

  it('the export line keeps the taxes and fees it states', () => {
    t.ok('exports:record-shipment', shipment(GALVANISED, { dutyIfImported: '0.20', taxesFeesIfImported: '0.0125' }), t.actors.specialist);
    expect(t.ok('exports:get-shipment', { reference: 'EXP-0301' }, t.actors.specialist).lines[0]).toMatchObject({
      dutyIfImported: '0.20',
      taxesFeesIfImported: '0.0125',
    });
  });
});
