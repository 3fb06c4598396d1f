import { describe, expect, it } from 'vitest';
import { claimMethod } from '../../../src-main/services/claims/allocation-methods';
import { checkEligibility, type EligibilityFacts, type EligibilityLine } from '../../../src-main/engine/claims/eligibility-rules';
import { checkSubstitutionClassification } from '../../../src-main/engine/eligibility/substitution-classification';
import { day, statutoryRules } from '../../helpers/match-request';

const line = (overrides: Partial<EligibilityLine> = {}): EligibilityLine => ({
  lineNo: 1,
  exportLabel: 'shipment EXP-1 line 1',
  entryLabel: 'entry 2023-000123 line 1',
  basis: 'substitution',
  method: 'designation',
  destination: 'GB',
  exportDay: day('2023-11-06'),
  exportHts10: '6109100040',
  scheduleB: null,
  importHts10: '6109100012',
  ...overrides,
});
const facts = (overrides: Partial<EligibilityFacts> = {}): EligibilityFacts => ({
  provision: 'unused-substitution',
  recordedMethod: 'designation',
  usedMethod: { method: 'designation' },
  lines: [line()],
  destinationRules: statutoryRules(),
  htsOther: new Map([['61091000', false]]),
  ...overrides,
});
const kinds = (f: EligibilityFacts) => checkEligibility(f).map((i) => i.kind);

describe('the substitution standard (19 CFR 190.2 "substituted merchandise"; 19 U.S.C. 1313(j)(5))', () => {
  const check = (
    exportHts10: string,
    importHts10: string,
    htsOther: [string, boolean][],
    provision: 'unused-substitution' | 'manufacturing-substitution' = 'unused-substitution',
    scheduleB: string | null = null,
  ) => checkSubstitutionClassification({ provision, exportHts10, scheduleB, importHts10, htsOther: new Map(htsOther) }).map((f) => f.kind);

  it('same 8-digit subheading whose description does not begin with "other": substitutable, whatever the 10 digits', () => {
    expect(check('6109100040', '6109100012', [['61091000', false]])).toEqual([]);
  });
  it('another 8-digit subheading: never', () => {
    expect(check('7318152095', '6109100012', [['61091000', false]])).toEqual(['classification-mismatch']);
  });
  it('8-digit description begins with "other": the 10-digit numbers must be the same, and that description must not begin with "other"', () => {
    expect(
      check('6110303059', '6110303053', [
        ['61103030', true],
        ['6110303053', false],
      ]),
    ).toEqual(['classification-mismatch']);
    expect(
      check('6110303053', '6110303053', [
        ['61103030', true],
        ['6110303053', false],
      ]),
    ).toEqual([]);
    expect(
      check('6110303059', '6110303059', [
        ['61103030', true],
        ['6110303059', true],
      ]),
    ).toEqual(['classification-mismatch']);
  });
  it('a fact the desk does not hold is reported, never assumed', () => {
    expect(check('6109100040', '6109100012', [])).toEqual(['hts-fact-missing']);
    expect(check('6110303053', '6110303053', [['61103030', true]])).toEqual(['hts-fact-missing']);
  });
  it('the 10-digit rule is for 1313(j)(2) only; manufacturing substitution needs the 8 digits', () => {
    expect(check('6110303059', '6110303053', [], 'manufacturing-substitution')).toEqual([]);
    expect(check('7318152095', '6110303053', [], 'manufacturing-substitution')).toEqual(['classification-mismatch']);
  });
  it('a Schedule B number stands for the export’s classification (first 8 digits): it must agree as well', () => {
    expect(check('6109100040', '6109100012', [['61091000', false]], 'unused-substitution', '6109100040')).toEqual([]);
    expect(check('6109100040', '6109100012', [['61091000', false]], 'unused-substitution', '6110202010')).toEqual(['classification-mismatch']);
  });
});

describe('destinations (19 U.S.C. 1313(j)(4); 19 CFR 181.42(d), 182.42(c); Chile FTA)', () => {
  it('Canada and Mexico: excluded for unused-merchandise substitution from 1994-01-01 (NAFTA), and under USMCA', () => {
    for (const [country, date] of [
      ['CA', '1994-01-01'],
      ['MX', '2020-06-30'],
      ['CA', '2020-07-01'],
      ['MX', '2026-01-15'],
    ] as const) {
      expect(kinds(facts({ lines: [line({ destination: country, exportDay: day(date) })] })), `${country} ${date}`).toEqual(['destination-restricted']);
    }
    expect(kinds(facts({ lines: [line({ destination: 'CA', exportDay: day('1993-12-31') })] }))).toEqual([]);
  });
  it('Chile: reduced to 75%, 50%, 25% for exports in 2012, 2013, 2014; none from 2015', () => {
    const message = (date: string) => checkEligibility(facts({ lines: [line({ destination: 'CL', exportDay: day(date) })] }))[0]?.message;
    expect(message('2011-12-31')).toBeUndefined();
    expect(message('2013-06-01')).toContain('is reduced to 50% of the amount otherwise due');
    expect(message('2015-01-01')).toContain('no unused-merchandise substitution drawback is paid on exports to CL');
  });
  it('direct identification of unused merchandise is not restricted anywhere', () => {
    expect(
      kinds(
        facts({
          provision: 'unused-direct-identification',
          recordedMethod: 'fifo',
          usedMethod: { method: 'fifo' },
          lines: [line({ destination: 'MX', basis: 'sku', method: 'fifo' })],
        }),
      ),
    ).toEqual([]);
  });
});

describe('the accounting method a claim records (19 CFR 190.14, 191.14(c))', () => {
  const di = (recordedMethod: string, counts: [string, number][]) =>
    kinds(
      facts({
        provision: 'unused-direct-identification',
        recordedMethod,
        usedMethod: claimMethod(new Map(counts), false),
        lines: [line({ basis: 'sku', method: counts[0]![0] })],
      }),
    );

  it('passes when it is the method the allocations used (old free text read as the method name)', () => {
    expect(di('fifo', [['fifo', 3]])).toEqual([]);
    expect(
      di('FIFO', [
        ['fifo', 3],
        ['specific-lot', 2],
      ]),
    ).toEqual([]);
    expect(di('Low to high', [['low-to-high', 1]])).toEqual([]);
  });
  it('a claim labelled fifo whose allocations a highest-duty order made is an exception (an old claim, re-validated)', () => {
    expect(di('fifo', [['highest-duty', 4]])).toEqual(['accounting-method-mismatch']);
  });
  it('a claim labelled fifo whose allocations were LIFO, or mixed, is an exception', () => {
    expect(di('fifo', [['lifo', 4]])).toEqual(['accounting-method-mismatch']);
    expect(
      di('fifo', [
        ['fifo', 4],
        ['lifo', 1],
      ]),
    ).toEqual(['accounting-method-mismatch']);
  });
});
