import { describe, expect, it } from 'vitest';
import type { ClaimProvision, ExceptionKind } from '../../../src-shared/domain/claims';
import { parseMoney } from '../../../src-shared/money';
import { checkClaim, type ClaimFacts, type EntryLineUse, type ExportLineUse, type RuleLine } from '../../../src-main/engine/claims/claim-rules';
import { day } from '../../helpers/match-request';

/**
 * A claim that passes every rule: 400 T-shirts of entry 2023-000123 line 1 (1,000 units, $5,000.00
 * duty, imported 1 May 2023), exported 6 November 2023 with a bill of lading, claimed 4 March 2024.
 */
const goodLine = (overrides: Partial<RuleLine> = {}): RuleLine => ({
  lineNo: 1,
  quantity: 400,
  refund4dp: parseMoney('1980.00'),
  entryLineId: 1,
  entryLabel: 'entry 2023-000123 line 1',
  importDay: day('2023-05-01'),
  reconciliationFlag: false,
  exportLineId: 11,
  exportLabel: 'shipment EXP-0001 line 1',
  exportDay: day('2023-11-06'),
  shipmentId: 21,
  shipmentReference: 'EXP-0001',
  hasProofOfExport: true,
  allocationInForce: true,
  hasExportDuty: true,
  ...overrides,
});
type EntryOverrides = Partial<EntryLineUse> & { lineDuty4dp?: bigint; claimedRefund4dp?: bigint };
const entryUse = ({ lineDuty4dp, claimedRefund4dp, ...overrides }: EntryOverrides = {}): EntryLineUse => ({
  lineQuantity: 1000,
  paid: { duty: lineDuty4dp ?? parseMoney('5000.00'), exciseTax: 0n, mpf: parseMoney('104.22'), hmf: 0n },
  claimedQuantity: 400,
  claimed: { duty: claimedRefund4dp ?? parseMoney('1980.00'), exciseTax: 0n, mpf: 0n, hmf: 0n },
  byClaim: [{ number: 'DD-2024-0001', quantity: 400 }],
  fixedElection: null,
  ...overrides,
});
const exportUse = (overrides: Partial<ExportLineUse> = {}): ExportLineUse => ({
  exportQuantity: 400,
  claimedQuantity: 400,
  byClaim: [{ number: 'DD-2024-0001', quantity: 400 }],
  ...overrides,
});

function facts(
  o: { provision?: ClaimProvision; claimDate?: string; today?: string; lines?: RuleLine[]; entry?: EntryOverrides; exported?: Partial<ExportLineUse> } = {},
): ClaimFacts {
  const lines = o.lines ?? [goodLine()];
  return {
    claimNumber: 'DD-2024-0001',
    provision: o.provision ?? 'unused-direct-identification',
    claimDay: day(o.claimDate ?? '2024-03-04'),
    // the day of the action: the desk's today, no later than the claim date unless a test says so
    actionDay: day(o.today ?? '2024-03-04'),
    lines,
    entryLines: new Map(lines.map((l) => [l.entryLineId, entryUse(o.entry)])),
    exportLines: new Map(lines.map((l) => [l.exportLineId, exportUse(o.exported)])),
  };
}

const kinds = (f: ClaimFacts) => checkClaim(f).map((i) => i.kind);
/** The one issue of that kind, which must name the claim line it is about. */
function issueOf(f: ClaimFacts, kind: ExceptionKind) {
  const found = checkClaim(f).filter((i) => i.kind === kind);
  expect(found, `expected exactly one ${kind} issue`).toHaveLength(1);
  const issue = found[0]!;
  expect(issue.message).toMatch(new RegExp(`^claim line ${issue.claimLineNo}: `));
  return issue;
}

describe('claim rules', () => {
  it('a claim with the facts right raises nothing', () => {
    expect(checkClaim(facts())).toEqual([]);
    expect(checkClaim(facts({ provision: 'unused-substitution' }))).toEqual([]);
  });

  describe('quantity and duty: never more than was imported or paid', () => {
    it('over-import-quantity: claims in force take more units of the entry line than it imported', () => {
      const f = facts({
        entry: {
          claimedQuantity: 1200,
          byClaim: [
            { number: 'DD-2024-0001', quantity: 400 },
            { number: 'DD-2024-0002', quantity: 800 },
          ],
        },
      });
      const issue = issueOf(f, 'over-import-quantity');
      expect(issue).toMatchObject({ claimLineNo: 1, subjectKey: 'entry-line:1:quantity' });
      expect(issue.message).toBe(
        'claim line 1: entry 2023-000123 line 1 covers 1000 units but claims in force take 1200 (DD-2024-0001 400, DD-2024-0002 800); exclude lines until they fit',
      );
    });

    it('over-import-quantity does not fire when the claims take exactly what was imported', () => {
      expect(kinds(facts({ entry: { claimedQuantity: 1000 } }))).toEqual([]);
    });

    it('over-import-duty: claims in force would refund more than 99% of the duty paid on the line', () => {
      const issue = issueOf(facts({ entry: { claimedRefund4dp: parseMoney('4950.50') } }), 'over-import-duty');
      expect(issue.message).toBe(
        'claim line 1: claims in force would refund 4950.50 on entry 2023-000123 line 1, more than 99% of the 5000.00 duty paid (4950.00) (19 CFR 190.51(b))',
      );
    });

    it('over-import-duty does not fire at exactly 99%', () => {
      expect(kinds(facts({ entry: { claimedQuantity: 1000, claimedRefund4dp: parseMoney('4950.00') } }))).toEqual([]);
    });

    it('over-import-duty compares exactly: a ten-thousandth over 99% of the duty is an over-claim', () => {
      // $1.07 on 2 units claimed one by one, each line rounded down: 0.5296 + 0.5296 = 1.0592 <= 1.0593
      const lines = [goodLine({ lineNo: 1, quantity: 1, refund4dp: 5296n }), goodLine({ lineNo: 2, quantity: 1, refund4dp: 5296n, exportLineId: 12 })];
      const f = facts({
        lines,
        entry: { lineQuantity: 2, lineDuty4dp: parseMoney('1.07'), claimedQuantity: 2, claimedRefund4dp: 10_592n },
        exported: { exportQuantity: 1, claimedQuantity: 1 },
      });
      expect(kinds(f)).toEqual([]);
      // rounded half up each line would claim 1.0594: over 99% of 1.07 (1.0593), refused
      expect(
        kinds({
          ...f,
          entryLines: new Map([[1, entryUse({ lineQuantity: 2, lineDuty4dp: parseMoney('1.07'), claimedQuantity: 2, claimedRefund4dp: 10_594n })]]),
        }),
      ).toEqual(['over-import-duty']);
    });

    it('over-import-duty holds for every type on its own: a fee refund over 99% of the fee paid is an over-claim', () => {
      const f = facts({
        entry: {
          paid: { duty: parseMoney('5000.00'), exciseTax: parseMoney('10.00'), mpf: parseMoney('104.22'), hmf: 0n },
          claimed: { duty: parseMoney('1980.00'), exciseTax: parseMoney('9.90'), mpf: parseMoney('103.18'), hmf: 0n },
        },
      });
      const issue = issueOf(f, 'over-import-duty');
      expect(issue).toMatchObject({ subjectKey: 'entry-line:1:mpf' });
      expect(issue.message).toBe(
        'claim line 1: claims in force would refund 103.18 of merchandise processing fee on entry 2023-000123 line 1, more than 99% of the 104.22 merchandise processing fee paid (103.1778) (19 CFR 190.51(b))',
      );
      // 99% of the excise tax exactly is fine
      expect(
        kinds({
          ...f,
          entryLines: new Map([
            [
              1,
              entryUse({
                paid: { duty: parseMoney('5000.00'), exciseTax: parseMoney('10.00'), mpf: 0n, hmf: 0n },
                claimed: { duty: 0n, exciseTax: parseMoney('9.90'), mpf: 0n, hmf: 0n },
              }),
            ],
          ]),
        }),
      ).toEqual([]);
    });

    it('a refund of a type the line never paid is an over-claim (HMF on a line with none)', () => {
      const issue = issueOf(facts({ entry: { claimed: { duty: 0n, exciseTax: 0n, mpf: 0n, hmf: 1n } } }), 'over-import-duty');
      expect(issue.message).toContain(
        'would refund 0.0001 of harbor maintenance fee on entry 2023-000123 line 1, more than 99% of the 0.00 harbor maintenance fee paid',
      );
    });

    it('export-reused: an exported unit is claimed once across claims in force', () => {
      const f = facts({
        exported: {
          exportQuantity: 400,
          claimedQuantity: 800,
          byClaim: [
            { number: 'DD-2024-0001', quantity: 400 },
            { number: 'DD-2024-0002', quantity: 400 },
          ],
        },
      });
      const issue = issueOf(f, 'export-reused');
      expect(issue).toMatchObject({ claimLineNo: 1, subjectKey: 'export-line:11:reused' });
      expect(issue.message).toBe(
        'claim line 1: shipment EXP-0001 line 1 exported 400 units but claims in force use 800 (DD-2024-0001 400, DD-2024-0002 400); an exported unit is claimed once',
      );
    });

    it('export-reused does not fire while the export still has unclaimed units', () => {
      expect(kinds(facts({ exported: { exportQuantity: 500, claimedQuantity: 400 } }))).toEqual([]);
    });
  });

  describe('time: 19 U.S.C. 1313(j) and 19 CFR 190.51(e)', () => {
    it('export-before-import: the export is dated before the import it draws on', () => {
      const issue = issueOf(facts({ lines: [goodLine({ exportDay: day('2023-04-30') })] }), 'export-before-import');
      expect(issue.message).toBe(
        'claim line 1: shipment EXP-0001 line 1 was exported on 2023-04-30, before entry 2023-000123 line 1 was imported on 2023-05-01; an export cannot draw on a later import (19 U.S.C. 1313(j))',
      );
    });

    it('export-before-import does not fire for an export on the import date', () => {
      expect(kinds(facts({ lines: [goodLine({ exportDay: day('2023-05-01') })] }))).toEqual([]);
    });

    // "before the close of the 5-year period beginning on the date of importation" (19 U.S.C.
    // 1313(j)(1)(A)): a period beginning on 1 May 2023 counts 1 May as its first day, so its five
    // years close at the end of 30 April 2028, the day before the fifth anniversary.
    it('export-after-five-years: an export on the fifth anniversary is after the five years beginning on the import date', () => {
      const issue = issueOf(
        facts({ lines: [goodLine({ exportDay: day('2028-05-01') })], claimDate: '2028-04-30', today: '2028-04-30' }),
        'export-after-five-years',
      );
      expect(issue.message).toBe(
        'claim line 1: shipment EXP-0001 line 1 was exported on 2028-05-01, after the five years that began when entry 2023-000123 line 1 was imported on 2023-05-01 closed on 2028-04-30 (19 U.S.C. 1313(j))',
      );
    });

    it('export-after-five-years does not fire on the last day of the five years', () => {
      expect(kinds(facts({ lines: [goodLine({ exportDay: day('2028-04-30') })], claimDate: '2028-04-30', today: '2028-04-30' }))).toEqual([]);
    });

    it('for a 29 February import the five years close on 27 February of a common year (the stricter of the two readings)', () => {
      const line = (exportDay: string) => goodLine({ importDay: day('2020-02-29'), exportDay: day(exportDay) });
      expect(kinds(facts({ lines: [line('2025-02-27')], claimDate: '2025-02-27', today: '2025-02-27' }))).toEqual([]);
      expect(kinds(facts({ lines: [line('2025-02-28')], claimDate: '2025-02-28', today: '2025-02-28' }))).toEqual([
        'export-after-five-years',
        'claim-after-five-years',
      ]);
    });

    it('export-after-claim-date: an export dated after the claim date cannot be on the claim (190.31(b))', () => {
      const issue = issueOf(facts({ claimDate: '2023-11-05', today: '2023-11-05' }), 'export-after-claim-date');
      expect(issue.message).toBe(
        'claim line 1: shipment EXP-0001 line 1 is dated 2023-11-06, after the claim date 2023-11-05; an export is claimed only once it has happened, before the claim is filed (19 CFR 190.31(b))',
      );
      expect(kinds(facts({ claimDate: '2023-11-06', today: '2023-11-06' }))).toEqual([]);
    });

    // "not later than 5 years after the date on which merchandise ... was imported" (19 U.S.C.
    // 1313(r)(1); 19 CFR 190.51(e)(1)): the desk stops at the same last day as the export window.
    it('claim-after-five-years: a claim dated on the fifth anniversary of the import is late (190.51(e))', () => {
      const issue = issueOf(facts({ claimDate: '2028-05-01' }), 'claim-after-five-years');
      expect(issue.message).toBe(
        'claim line 1: the claim date 2028-05-01 is past the last day to file a claim on entry 2023-000123 line 1, imported on 2023-05-01: the last day was 2028-04-30 (19 CFR 190.51(e)); exclude the line',
      );
    });

    it('claim-after-five-years does not fire on the last day', () => {
      expect(kinds(facts({ claimDate: '2028-04-30', today: '2028-04-30' }))).toEqual([]);
    });

    it('claim-after-five-years measures to today when today is later than the claim date: a claim cannot be filed in the past', () => {
      // dated in time, but the desk acts after the last day: it can no longer be filed in time
      const issue = issueOf(facts({ claimDate: '2028-04-01', today: '2028-05-01' }), 'claim-after-five-years');
      expect(issue.message).toBe(
        'claim line 1: today (2028-05-01) is past the last day to file a claim on entry 2023-000123 line 1, imported on 2023-05-01: the last day was 2028-04-30 (19 CFR 190.51(e)); exclude the line',
      );
      expect(kinds(facts({ claimDate: '2028-04-01', today: '2028-04-30' }))).toEqual([]);
    });
  });

  describe('what may be designated and how', () => {
    it('reconciliation-flagged: the entry is flagged for reconciliation', () => {
      const issue = issueOf(facts({ lines: [goodLine({ reconciliationFlag: true })] }), 'reconciliation-flagged');
      expect(issue.message).toBe(
        'claim line 1: entry 2023-000123 line 1 is flagged for reconciliation and cannot be designated until the reconciliation is filed',
      );
    });

    it('split-election: the line was claimed under the other election on an accepted claim (190.51(a)(3))', () => {
      const f = facts({ provision: 'unused-substitution', entry: { fixedElection: { election: 'direct-identification', claimNumber: 'DD-2024-0007' } } });
      const issue = issueOf(f, 'split-election');
      expect(issue.message).toBe(
        'claim line 1: entry 2023-000123 line 1 was claimed as direct-identification on DD-2024-0007; one entry-summary line cannot be split between direct identification and substitution (19 CFR 190.51(a)(3))',
      );
    });

    it('split-election does not fire for the same election', () => {
      expect(kinds(facts({ entry: { fixedElection: { election: 'direct-identification', claimNumber: 'DD-2024-0007' } } }))).toEqual([]);
      // manufacturing and unused direct identification are the same election
      expect(
        kinds(
          facts({
            provision: 'manufacturing-direct-identification',
            entry: { fixedElection: { election: 'direct-identification', claimNumber: 'DD-2024-0007' } },
          }),
        ),
      ).toEqual([]);
    });

    it('allocation-released: the allocation the line claims was released', () => {
      const issue = issueOf(facts({ lines: [goodLine({ allocationInForce: false })] }), 'allocation-released');
      expect(issue.message).toBe('claim line 1: the allocation it claims was released; exclude the line');
    });

    it('missing-proof-of-export: the shipment has no document that proves export, and the message says which would (190.72(b))', () => {
      const issue = issueOf(facts({ lines: [goodLine({ hasProofOfExport: false })] }), 'missing-proof-of-export');
      expect(issue).toMatchObject({ subjectKey: 'shipment:21:proof' });
      expect(issue.message).toBe(
        'claim line 1: shipment EXP-0001 has no bill of lading or other document proving export (19 CFR 190.72(b)); attach one of: a bill of lading, air waybill, freight waybill, Canadian customs manifest or cargo manifest issued by the carrier (190.72(b)(1)); the AES record of its EEI filing, named by the ITN AES gave it (X and 14 digits, e.g. X20231106000001) (190.72(b)(2)); official postal records for a mail shipment (190.72(b)(3))',
      );
    });

    it('missing-export-duty: a substitution line without the export’s duty-if-imported', () => {
      const issue = issueOf(facts({ provision: 'unused-substitution', lines: [goodLine({ hasExportDuty: false })] }), 'missing-export-duty');
      expect(issue.message).toContain('claim line 1: shipment EXP-0001 line 1 does not state the duty its article would pay if imported');
      expect(issue.message).toContain('19 U.S.C. 1313(j)(2)');
    });

    it('missing-export-duty does not fire for direct identification', () => {
      expect(kinds(facts({ lines: [goodLine({ hasExportDuty: false })] }))).toEqual([]);
    });
  });

  describe('each problem is raised once, on the first line it is about, and names that line', () => {
    const three = [
      goodLine({ lineNo: 1, entryLineId: 1, hasProofOfExport: false, shipmentId: 21 }),
      goodLine({
        lineNo: 2,
        entryLineId: 2,
        entryLabel: 'entry 2023-000187 line 2',
        exportLineId: 12,
        hasProofOfExport: false,
        shipmentId: 21,
        exportDay: day('2023-04-01'),
      }),
      goodLine({
        lineNo: 3,
        entryLineId: 2,
        entryLabel: 'entry 2023-000187 line 2',
        exportLineId: 13,
        shipmentId: 22,
        shipmentReference: 'EXP-0002',
        exportLabel: 'shipment EXP-0002 line 1',
        hasProofOfExport: false,
        reconciliationFlag: true,
      }),
    ];

    it('one missing document per shipment, one reconciliation flag per entry line, date problems per claim line', () => {
      const issues = checkClaim(facts({ lines: three }));
      expect(issues.map((i) => [i.claimLineNo, i.kind])).toEqual([
        [1, 'missing-proof-of-export'],
        [2, 'export-before-import'],
        [3, 'reconciliation-flagged'],
        [3, 'missing-proof-of-export'],
      ]);
      for (const i of issues) expect(i.message.startsWith(`claim line ${i.claimLineNo}: `)).toBe(true);
      expect(issues.find((i) => i.claimLineNo === 3 && i.kind === 'missing-proof-of-export')!.message).toContain('shipment EXP-0002');
    });

    it('an entry line over-claimed on two claim lines is raised on the first', () => {
      const lines = [goodLine({ lineNo: 1 }), goodLine({ lineNo: 2, exportLineId: 12 })];
      const issues = checkClaim(facts({ lines, entry: { claimedQuantity: 1200 } }));
      expect(issues.map((i) => [i.claimLineNo, i.kind])).toEqual([[1, 'over-import-quantity']]);
    });
  });
});
