import { describe, expect, it } from 'vitest';
import { buildClasses } from '../../../src-main/engine/designation/build-classes';
import { designate } from '../../../src-main/engine/designation/designate';
import { parseDesignationRequest } from '../../../src-main/engine/designation/designation-schema';
import type { DesignationRequest } from '../../../src-main/engine/designation/designation-types';
import { classWeights } from '../../../src-main/engine/designation/scaled-weights';
import { checkDesignation } from './allocation-checks';
import { lpOptimum } from './lp-reference';
import { randomRequest, type RandomOptions } from './random-requests';

/**
 * max-refund must be optimal, not merely good: the same seeded instances are solved as a linear
 * program by HiGHS and both must agree — on the value (to a relative 1e-9, i.e. far below a cent)
 * and on the claim total to the cent. Every allocation is also checked against the independent
 * reference rules (eligible pair, quantities, amounts, total rounded once).
 */
async function agreeWithLp(request: DesignationRequest): Promise<{ pairs: number }> {
  const result = designate(request);
  const value = checkDesignation(request, result);
  const lp = await lpOptimum(request);
  expect(Math.abs(value - lp.objective)).toBeLessThanOrEqual(1e-9 * Math.max(1, lp.objective));
  // the total is rounded down to the cent (never over 99%): at most a cent under the optimum
  expect(lp.objective - Number(result.totalRefund)).toBeGreaterThan(-1e-6);
  expect(lp.objective - Number(result.totalRefund)).toBeLessThan(0.0100001);
  return { pairs: lp.pairs };
}

const build = (seed: number, options: RandomOptions) => parseDesignationRequest(randomRequest(seed, options));

describe('max-refund agrees with the LP optimum (HiGHS)', () => {
  it('on 250 small seeded instances: several classes, ties, zero duties, elections, both provisions', async () => {
    for (let seed = 1; seed <= 250; seed++) {
      const options: RandomOptions = {
        imports: 1 + (seed % 31),
        exports: 1 + ((seed * 7) % 29),
        classes: 1 + (seed % 4),
        spanDays: 600 + (seed % 6) * 700,
        maxQuantity: seed % 3 === 0 ? 3 : 40,
        tieShare: (seed % 5) / 5,
        provision: seed % 4 === 0 ? 'manufacturing-substitution' : 'unused-substitution',
      };
      await agreeWithLp(build(seed, options));
    }
  });

  it('on instances with thousands of lines and heavily overlapping date windows', async () => {
    for (const seed of [11, 12, 13]) {
      const { pairs } = await agreeWithLp(build(seed, { imports: 2000, exports: 2000, classes: 8, spanDays: 2500, maxQuantity: 1000 }));
      expect(pairs).toBeGreaterThan(50_000);
    }
  }, 240_000);

  it('on one dense class (every export competing for the same imports)', async () => {
    await agreeWithLp(build(21, { imports: 400, exports: 400, classes: 1, spanDays: 1500, maxQuantity: 200, tieShare: 0.6 }));
  }, 120_000);

  it('when exact per-unit averages need arbitrary-precision arithmetic (bigint path)', async () => {
    const primes = [999_983, 999_979, 999_961, 999_959, 999_953, 999_931, 999_917, 999_907];
    const request = build(31, { imports: 24, exports: 24, classes: 1, spanDays: 1500 });
    request.imports.forEach((line, i) => {
      line.quantity = primes[i % primes.length]!;
      delete line.dutyPerUnit;
      line.lineDuty = `${(1 + (i % 7)) * 123457}.${String(1000 + i).slice(1)}7`;
    });
    request.exports.forEach((line, e) => (line.quantity = 200_000 + e * 50_000));
    const parsed = parseDesignationRequest(request);
    const classed = buildClasses(parsed);
    expect(classed.classes.map((cls) => classWeights(cls, classed.lines).kind)).toContain('bigint');
    await agreeWithLp(parsed);
  }, 60_000);
});
