import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportionMpf } from '../../../src-main/engine/fees/mpf-apportionment';

const line = fc.record({
  quantity: fc.integer({ min: 1, max: 1_000_000 }),
  value: fc.bigInt({ min: 0n, max: 10_000_000_000_000n }), // up to $1bn, 4 decimals
  mpfExempt: fc.boolean(),
});
const entry = fc
  .record({ mpfPaid: fc.bigInt({ min: 0n, max: 10_000_000n }), lines: fc.array(line, { minLength: 1, maxLength: 30 }) })
  .filter((e) => e.lines.some((l) => !l.mpfExempt && l.value > 0n));

describe('merchandise processing fee apportionment: properties', () => {
  it('ratios of the lines subject to the fee add up to 1, give or take half a ten-thousandth per line', () => {
    fc.assert(
      fc.property(entry, (e) => {
        const results = apportionMpf({ mpfPaid: e.mpfPaid, lines: e.lines.map((l, i) => ({ line: i + 1, ...l })) });
        const subject = results.filter((r) => !r.exempt);
        const sum = subject.reduce((s, r) => s + (r.exempt ? 0n : r.ratio), 0n);
        const slack = BigInt(Math.ceil(subject.length / 2));
        expect(sum >= 10_000n - slack && sum <= 10_000n + slack).toBe(true);
      }),
    );
  });

  it('each step stays within rounding of the exact figure, and exempt lines carry no amounts', () => {
    fc.assert(
      fc.property(entry, (e) => {
        const results = apportionMpf({ mpfPaid: e.mpfPaid, lines: e.lines.map((l, i) => ({ line: i + 1, ...l })) });
        results.forEach((r, i) => {
          expect(r.exempt).toBe(e.lines[i]!.mpfExempt);
          if (r.exempt) return;
          // apportioned = fee x ratio to the nearest 1/10,000 (|10^4 a - fee x ratio| <= 10^4 / 2)
          const diff = r.apportioned * 10_000n - e.mpfPaid * r.ratio;
          expect(diff <= 5_000n && diff >= -5_000n).toBe(true);
          expect(r.eligible <= r.apportioned).toBe(true);
          const perUnitDiff = r.perUnit * BigInt(r.quantity) - r.eligible;
          const half = BigInt(Math.ceil(r.quantity / 2));
          expect(perUnitDiff <= half && perUnitDiff >= -half).toBe(true);
        });
        const apportioned = results.reduce((s, r) => s + (r.exempt ? 0n : r.apportioned), 0n);
        const lines = BigInt(results.length);
        // the apportioned fee adds back to the fee paid, within the ratio rounding
        expect(apportioned <= e.mpfPaid + (e.mpfPaid * lines) / 20_000n + lines).toBe(true);
      }),
    );
  });
});
