import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../src-shared/errors';
import { parseMoney } from '../../../src-shared/money';
import { compareEntry, type EntryLineData } from '../../../src-main/engine/post-entry/variances/compare-entry';
import { describeDifference, formatQuantity, withinTolerance } from '../../../src-main/engine/post-entry/variances/numeric-difference';
import { DEFAULT_VARIANCE_CONFIG, parseVarianceConfig } from '../../../src-main/engine/post-entry/variances/variance-config';

const config = parseVarianceConfig(DEFAULT_VARIANCE_CONFIG);
const m = parseMoney;
const line = (over: Partial<EntryLineData> = {}): EntryLineData => ({
  line: 1,
  hts: ['6109100012'],
  origin: 'VN',
  quantity: m('1000'),
  unit: 'DOZ',
  value: m('5000.00'),
  dutyRate: '16.5%',
  dutyAmount: m('825.00'),
  fees: { '499': m('17.32') },
  ...over,
});
const compare = (pre: EntryLineData[], filed: EntryLineData[], c = config) => compareEntry('B76-0324527-8', pre, filed, c);

describe('variances between pre-entry data and the filed 7501', () => {
  it('finds none when the lines agree, however the rate is written', () => {
    expect(compare([line()], [line({ dutyRate: '16.50 %' })])).toEqual([]);
    expect(compare([line({ dutyRate: 'Free' })], [line({ dutyRate: '0%' })])).toEqual([]);
  });

  it('raises an alert for a classification change, saying whether the 8-digit subheading moved', () => {
    const [same] = compare([line()], [line({ hts: ['6109100040'] })]);
    expect(same).toMatchObject({ entry: 'B76-0324527-8', line: 1, field: 'hts', preEntry: '6109.10.0012', filed: '6109.10.0040', severity: 'alert' });
    expect(same!.message).toMatch(/same 8-digit subheadings/);
    const [moved] = compare([line()], [line({ hts: ['9903880315', '6110203020'] })]);
    expect(moved).toMatchObject({ filed: '9903.88.0315 + 6110.20.3020', severity: 'alert' });
    expect(moved!.message).toMatch(/8-digit subheading changed too/);
    expect(compare([line({ hts: ['9903880315', '6109100012'] })], [line({ hts: ['6109100012', '9903880315'] })])).toEqual([]);
  });

  it('rates a value within $1.00 (whole dollars on the 7501) as information, and beyond it as an alert whatever the setting', () => {
    expect(compare([line({ value: m('5000.40') })], [line({ value: m('5000') })])).toEqual([
      expect.objectContaining({ field: 'value', withinTolerance: true, severity: 'info', difference: '-0.40 (-0.01%)' }),
    ]);
    const [beyond] = compare([line()], [line({ value: m('5250.00') })]);
    expect(beyond).toMatchObject({
      field: 'value',
      preEntry: '5000.00',
      filed: '5250.00',
      difference: '+250.00 (+5%)',
      withinTolerance: false,
      severity: 'alert',
    });
    expect(beyond!.message).toBe('entered value (valuation) is 5250.00 on the filed entry summary against 5000.00 before entry (+250.00 (+5%))');
  });

  it('uses the configured tolerance and severity: absolute or percent, whichever allows more', () => {
    const loose = parseVarianceConfig({
      ...DEFAULT_VARIANCE_CONFIG,
      quantity: { percent: '1', severity: 'alert' },
      dutyAmount: { absolute: '5.00', severity: 'info' },
    });
    expect(compare([line()], [line({ quantity: m('1010') })], loose)).toEqual([
      expect.objectContaining({ field: 'quantity', withinTolerance: true, severity: 'info', difference: '+10 (+1%)' }),
    ]);
    expect(compare([line()], [line({ quantity: m('1011') })], loose)).toEqual([
      expect.objectContaining({ field: 'quantity', withinTolerance: false, severity: 'alert', preEntry: '1000 DOZ', filed: '1011 DOZ' }),
    ]);
    expect(compare([line()], [line({ quantity: m('1010') })])).toEqual([expect.objectContaining({ field: 'quantity', severity: 'warning' })]);
    expect(compare([line()], [line({ dutyAmount: m('830.00') })], loose)).toEqual([
      expect.objectContaining({ field: 'dutyAmount', withinTolerance: true, severity: 'info' }),
    ]);
  });

  it('compares origin, duty rate, duty and each fee class, missing classes as zero', () => {
    const found = compare([line()], [line({ origin: 'CN', dutyRate: '32%', dutyAmount: m('1600.00'), fees: { '499': m('17.32'), '501': m('6.25') } })]);
    expect(found.map((v) => [v.field, v.feeClass, v.severity, v.preEntry, v.filed])).toEqual([
      ['origin', undefined, 'alert', 'VN', 'CN'],
      ['dutyRate', undefined, 'warning', '16.5%', '32%'],
      ['dutyAmount', undefined, 'warning', '825.00', '1600.00'],
      ['fee', '501', 'warning', '0.00', '6.25'],
    ]);
    expect(found[3]!.message).toMatch(/^harbor maintenance fee \(class 501\) is 6\.25/);
  });

  it('reports a line on one side only, by line number', () => {
    const found = compare([line(), line({ line: 2 })], [line(), line({ line: 3, hts: ['6204624011'] })]);
    expect(found.map((v) => [v.line, v.field, v.severity, v.preEntry, v.filed])).toEqual([
      [2, 'line', 'alert', 'line 2 (6109.10.0012)', 'none'],
      [3, 'line', 'alert', 'none', 'line 3 (6204.62.4011)'],
    ]);
  });

  it('states differences and percents exactly, in integers', () => {
    expect(describeDifference(m('3'), m('0'), formatQuantity)).toBe('-3 (-100%)');
    expect(describeDifference(m('0'), m('12.5'))).toBe('+12.50');
    expect(describeDifference(m('3'), m('4'), formatQuantity)).toBe('+1 (+33.33%)');
    expect(describeDifference(m('3'), m('4'))).toBe('+1.00 (+33.33%)');
    expect(describeDifference(m('1000'), m('999.995'))).toBe('-0.005 (less than 0.01%)');
    expect(withinTolerance(m('0'), m('0.01'), { absolute: 0n, percent: m('50') })).toBe(false);
  });

  it('refuses settings that would quietly change the rules, naming the field', () => {
    const problems = (raw: unknown) => {
      try {
        parseVarianceConfig(raw, 'variance.json');
      } catch (error) {
        return (error as AppError).issues!.map((i) => `${i.field}: ${i.message}`);
      }
      throw new Error('expected a refusal');
    };
    expect(problems({ ...DEFAULT_VARIANCE_CONFIG, hts: 'info' })).toEqual(['hts: unknown field "hts"; check its spelling']);
    expect(problems({ ...DEFAULT_VARIANCE_CONFIG, value: { absolute: '1.00', severity: 'info' } })).toEqual([
      'value.severity: unknown field "severity"; check its spelling',
    ]);
    expect(problems({ ...DEFAULT_VARIANCE_CONFIG, fees: { absolute: 0.01, severity: 'loud' } })).toEqual([
      'fees.absolute: fees.absolute is a decimal string such as "1.00"',
      'fees.severity: severity is one of info, warning, alert',
    ]);
  });
});

describe('amounts with a part of a cent', () => {
  // A 7501 line fee may carry sub-cent amounts: shown at 2 decimals both sides read "30.12 against 30.12".
  it('shows both figures and the difference with their part of a cent, so a difference never reads as none', () => {
    const [v] = compare([line({ fees: { '501': m('30.12') } })], [line({ fees: { '501': m('30.124') } })]);
    expect(v).toMatchObject({ field: 'fee', feeClass: '501', preEntry: '30.12', filed: '30.124', withinTolerance: true, severity: 'info' });
    expect(v!.message).toBe(
      'harbor maintenance fee (class 501) is 30.124 on the filed entry summary against 30.12 before entry (+0.004 (+0.01%)), within tolerance',
    );
  });
});
