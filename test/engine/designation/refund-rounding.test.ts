import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatClaimed, refundCents } from '../../../src-shared/money';
import { allocationRefund, formatCents, RefundTotal, wholeAllocationRefund } from '../../../src-main/engine/designation/refund-amounts';

/**
 * 19 CFR 190.51(b)(1): the refund is 99% of what was paid; 190.51(a)(2)(vii): stated to two decimals.
 * Designation states its refunds the way claims do (refundCents, money.ts): rounded down, so no
 * allocation and no total is ever more than 99% of the lesser duty.
 */
describe('designation refunds are rounded like claims: down to the cent', () => {
  it('one unit at $0.0152 refunds $0.01: 99% is $0.015048, and $0.02 would be over 99%', () => {
    expect(allocationRefund(1, { num: 152n, den: 1n })).toBe('0.01');
    expect(wholeAllocationRefund(1, 152)).toBe('0.01');
    const total = new RefundTotal();
    total.add(1, { num: 152n, den: 1n });
    expect(formatCents(total.cents())).toBe('0.01');
    // the same figure stated by a claim
    expect(formatClaimed((152n * 99n) / 100n)).toBe('0.01');
  });

  it('the fast Number path and the exact path agree with refundCents on every whole duty', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 50_000_000 }), (quantity, num) => {
        const exact = formatCents(refundCents(99n * BigInt(quantity) * BigInt(num), 10_000n));
        expect(allocationRefund(quantity, { num: BigInt(num), den: 1n })).toBe(exact);
        const fast = wholeAllocationRefund(quantity, num);
        if (fast !== undefined) expect(fast).toBe(exact);
      }),
    );
  });

  it('never states more than 99% of the exact amount, nor a cent less', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10_000n }), (quantity, num, den) => {
        const cents = BigInt(Math.round(Number(allocationRefund(quantity, { num, den })) * 100));
        // cents / 100 <= 0.99 * quantity * num / den / 10,000 < (cents + 1) / 100
        const exact = 99n * BigInt(quantity) * num; // over den * 10,000 cents
        expect(cents * den * 10_000n <= exact).toBe(true);
        expect((cents + 1n) * den * 10_000n > exact).toBe(true);
      }),
    );
  });
});
