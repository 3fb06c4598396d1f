import { describe, expect, it } from 'vitest';
import { apportionMpf, mpfRefund } from '../../../src-main/engine/fees/mpf-apportionment';
import { parseMpfInput } from '../../../src-main/engine/fees/mpf-input-schema';
import { buildMpfReport } from '../../../src-main/engine/fees/mpf-report';
import { REGULATION_EXAMPLE } from './regulation-example';

const report = (raw: unknown, refund?: { line: number; units: number }) => {
  const results = apportionMpf(parseMpfInput(raw));
  return buildMpfReport(results, refund ? mpfRefund(results, refund.line, refund.units) : undefined);
};

describe('merchandise processing fee apportionment (19 CFR 190.51(b)(2))', () => {
  it('reproduces the regulation’s worked example figure for figure', () => {
    expect(report(REGULATION_EXAMPLE, { line: 1, units: 1_000 })).toEqual({
      lines: [
        // $50,000 / $340,000 = .1471; .1471 x $485 = $71.3435; .99 x $71.3435 = $70.6301; $70.6301 / 5,000 = $.0141
        { line: 1, ratio: '0.1471', apportioned: '71.3435', eligible: '70.6301', perUnit: '0.0141' },
        // .2647; $128.3795; $127.0957 (the example's figures); / 6,000 = $.0212
        { line: 2, ratio: '0.2647', apportioned: '128.3795', eligible: '127.0957', perUnit: '0.0212' },
        // .5882; $285.2770; $282.4242; / 10,000 = $.0282
        { line: 3, ratio: '0.5882', apportioned: '285.2770', eligible: '282.4242', perUnit: '0.0282' },
      ],
      // 1,000 widgets of line 1 form the basis of the claim: 1,000 x $.0141 = $14.10
      refund: { line: 1, exportQuantity: 1_000, perUnit: '0.0141', amount: '14.10' },
    });
  });

  it('leaves exempt lines out of the value total and gives them no amounts', () => {
    const withExempt = { mpfPaid: '485.00', lines: [...REGULATION_EXAMPLE.lines, { line: 4, quantity: 100, value: '660000.00', mpfExempt: true }] };
    const lines = report(withExempt).lines;
    expect(lines[3]).toEqual({ line: 4, exempt: true });
    // the three subject lines still share the whole fee exactly as in the example
    expect(lines.slice(0, 3)).toEqual(report(REGULATION_EXAMPLE).lines);
  });

  it('rounds each step half-up to four decimals', () => {
    // 1/3 and 2/3 -> .3333 and .6667; $100 x .6667 = $66.67; .99 x 66.67 = 66.0033; / 7 = 9.42904... -> 9.4290
    expect(
      report({
        mpfPaid: '100',
        lines: [
          { line: 1, quantity: 3, value: '1' },
          { line: 2, quantity: 7, value: '2' },
        ],
      }).lines,
    ).toEqual([
      { line: 1, ratio: '0.3333', apportioned: '33.3300', eligible: '32.9967', perUnit: '10.9989' },
      { line: 2, ratio: '0.6667', apportioned: '66.6700', eligible: '66.0033', perUnit: '9.4290' },
    ]);
  });

  it('refunds to the cent, rounded down: never more than the figures allow', () => {
    // per unit $.0141 x 35 units = $.4935 -> $0.49; x 36 = $.5076 -> $0.50 (half up would claim $0.51)
    const results = apportionMpf(parseMpfInput(REGULATION_EXAMPLE));
    expect(buildMpfReport(results, mpfRefund(results, 1, 35)).refund!.amount).toBe('0.49');
    expect(buildMpfReport(results, mpfRefund(results, 1, 36)).refund!.amount).toBe('0.50');
  });

  it('refuses a refund for an exempt line, an unknown line, or more units than the line holds', () => {
    const results = apportionMpf(
      parseMpfInput({
        mpfPaid: '10',
        lines: [
          { line: 1, quantity: 10, value: '5' },
          { line: 2, quantity: 5, value: '5', mpfExempt: true },
        ],
      }),
    );
    expect(() => mpfRefund(results, 2, 1)).toThrow(/line 2 is exempt/);
    expect(() => mpfRefund(results, 3, 1)).toThrow(/no line 3/);
    expect(() => mpfRefund(results, 1, 11)).toThrow(/11 units exceed the 10 units on line 1/);
  });

  it('refuses to apportion when no line subject to the fee has a value', () => {
    expect(() => report({ mpfPaid: '10', lines: [{ line: 1, quantity: 1, value: '5', mpfExempt: true }] })).toThrow(
      expect.objectContaining({ code: 'VALIDATION', issues: [expect.objectContaining({ field: 'lines' })] }),
    );
  });
});
