import { describe, expect, it } from 'vitest';
import { CLAIM_PROVISIONS, type ClaimProvision } from '../../../src-shared/domain/claims';
import { formatMoney, parseMoney } from '../../../src-shared/money';
import { lineAmounts, refundCeiling, type LineAmountInput } from '../../../src-main/engine/claims/claim-amounts';

/** Entry 2023-000123 line 1: 1,000 T-shirts, $5,000.00 duty, $104.22 MPF. */
const teeLine = (overrides: Partial<LineAmountInput> = {}): LineAmountInput => ({
  provision: 'unused-direct-identification',
  includeMpf: false,
  quantity: 400,
  lineDuty4dp: parseMoney('5000.00'),
  lineMpf4dp: parseMoney('104.22'),
  lineQuantity: 1000,
  dutyIfImported4dp: null,
  ...overrides,
});
const money = (a: { duty4dp: bigint; refund4dp: bigint; mpfRefund4dp: bigint }, decimals = 2) => ({ duty: formatMoney(a.duty4dp, decimals), refund: formatMoney(a.refund4dp, decimals), mpf: formatMoney(a.mpfRefund4dp, decimals) });

describe('claim amounts', () => {
  describe('19 CFR 190.51(b)(1): the refund is 99% of the duty paid', () => {
    it('400 of 1,000 T-shirts on a $5,000.00 line: $2,000.00 duty, $1,980.00 refund', () => {
      expect(money(lineAmounts(teeLine()))).toEqual({ duty: '2000.00', refund: '1980.00', mpf: '0.00' });
    });

    it('one unit of $5.00 duty refunds $4.95; the whole line $4,950.00', () => {
      expect(money(lineAmounts(teeLine({ quantity: 1 })))).toMatchObject({ duty: '5.00', refund: '4.95' });
      expect(money(lineAmounts(teeLine({ quantity: 1000 })))).toMatchObject({ duty: '5000.00', refund: '4950.00' });
      expect(formatMoney(refundCeiling(parseMoney('5000.00')))).toBe('4950.00');
    });

    it('duty-free goods refund nothing', () => {
      expect(money(lineAmounts(teeLine({ lineDuty4dp: 0n, quantity: 10 })))).toEqual({ duty: '0.00', refund: '0.00', mpf: '0.00' });
    });
  });

  describe('direct identification: 99% of what was paid on those very units, never more', () => {
    it('ignores the duty the exported article would pay, whether lower or higher', () => {
      expect(money(lineAmounts(teeLine({ dutyIfImported4dp: parseMoney('1.00') })))).toMatchObject({ refund: '1980.00' });
      expect(money(lineAmounts(teeLine({ dutyIfImported4dp: parseMoney('9.00') })))).toMatchObject({ refund: '1980.00' });
    });

    it('claims no more duty than the entry line paid even when more units are claimed than it imported', () => {
      // 1,200 units against a 1,000-unit line: only the $5,000.00 paid can be refunded (the quantity rule flags the rest)
      expect(money(lineAmounts(teeLine({ quantity: 1200 })))).toEqual({ duty: '5000.00', refund: '4950.00', mpf: '0.00' });
    });
  });

  describe('substitution: 99% of the lesser of the import duty and the duty the export would pay (19 U.S.C. 1313(j)(2))', () => {
    it('uses the export’s duty-if-imported when it is lower', () => {
      // 400 x $3.00 = $1,200.00 < $2,000.00: refund 99% of $1,200.00
      expect(money(lineAmounts(teeLine({ provision: 'unused-substitution', dutyIfImported4dp: parseMoney('3.00') })))).toEqual({ duty: '2000.00', refund: '1188.00', mpf: '0.00' });
    });

    it('uses the import duty when the export’s would be higher', () => {
      expect(money(lineAmounts(teeLine({ provision: 'unused-substitution', dutyIfImported4dp: parseMoney('7.50') })))).toMatchObject({ refund: '1980.00' });
    });

    it('uses the import duty when the export does not state one (the rules flag it)', () => {
      expect(money(lineAmounts(teeLine({ provision: 'unused-substitution', dutyIfImported4dp: null })))).toMatchObject({ refund: '1980.00' });
    });

    it('applies the same rule to manufacturing substitution, 1313(b)', () => {
      expect(money(lineAmounts(teeLine({ provision: 'manufacturing-substitution', dutyIfImported4dp: parseMoney('3.00') })))).toMatchObject({ refund: '1188.00' });
    });

    it('averages per unit over the entry-summary line: $1,195.20 over 1,440 units is $0.83 a unit', () => {
      expect(money(lineAmounts(teeLine({ provision: 'unused-substitution', quantity: 100, lineDuty4dp: parseMoney('1195.20'), lineQuantity: 1440, dutyIfImported4dp: parseMoney('0.90') })))).toMatchObject({ duty: '83.00', refund: '82.17' });
    });
  });

  describe('the merchandise processing fee (190.51(b)(2))', () => {
    it('is refunded at 99% of the line’s MPF share when asked for under an unused-merchandise provision', () => {
      // $104.22 x 400 / 1,000 x 99% = $41.27112 -> 41.2711
      expect(money(lineAmounts(teeLine({ includeMpf: true })), 4)).toEqual({ duty: '2000.0000', refund: '1980.0000', mpf: '41.2711' });
      expect(money(lineAmounts(teeLine({ includeMpf: true, provision: 'unused-substitution', dutyIfImported4dp: parseMoney('9.00') })), 4).mpf).toBe('41.2711');
      expect(money(lineAmounts(teeLine({ includeMpf: true, provision: 'rejected-merchandise' })), 4).mpf).toBe('41.2711');
    });

    it('is not refunded unless asked for', () => {
      for (const provision of CLAIM_PROVISIONS) expect(lineAmounts(teeLine({ provision, includeMpf: false })).mpfRefund4dp).toBe(0n);
    });

    it('is not refunded under the manufacturing provisions even when asked for', () => {
      const manufacturing: ClaimProvision[] = ['manufacturing-direct-identification', 'manufacturing-substitution'];
      for (const provision of manufacturing) expect(lineAmounts(teeLine({ provision, includeMpf: true, dutyIfImported4dp: parseMoney('9.00') })).mpfRefund4dp).toBe(0n);
    });
  });

  describe('rounding: down at four decimals, per line (never more than was paid)', () => {
    it('drops a half ten-thousandth instead of rounding it up', () => {
      // 99% of $0.0150 is $0.01485 -> 0.0148 (half up would claim 0.0149)
      expect(formatMoney(lineAmounts(teeLine({ quantity: 1, lineQuantity: 1, lineDuty4dp: 150n })).refund4dp, 4)).toBe('0.0148');
      // duty of 1 of 2 units of $0.0001 is $0.00005 -> 0.0000
      expect(lineAmounts(teeLine({ quantity: 1, lineQuantity: 2, lineDuty4dp: 1n })).duty4dp).toBe(0n);
    });

    it('computes the refund from the exact duty, not from the rounded one', () => {
      // $1,000.00 over 3 units: one unit carries $333.33333 -> 333.3333 duty; 99% of the exact duty is 330.0000 exactly
      const a = lineAmounts(teeLine({ quantity: 1, lineQuantity: 3, lineDuty4dp: parseMoney('1000.00') }));
      expect(money(a, 4)).toMatchObject({ duty: '333.3333', refund: '330.0000' });
    });

    it('lines that split an entry line never add up to more than 99% of its duty', () => {
      // $1.07 on 2 units claimed one by one: 0.5296 + 0.5296 = 1.0592, within 99% of 1.07 = 1.0593
      const one = lineAmounts(teeLine({ quantity: 1, lineQuantity: 2, lineDuty4dp: parseMoney('1.07') }));
      expect(formatMoney(one.refund4dp * 2n, 4)).toBe('1.0592');
    });
  });
});
