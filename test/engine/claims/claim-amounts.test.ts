import { describe, expect, it } from 'vitest';
import { CLAIM_PROVISIONS, type ClaimProvision } from '../../../src-shared/domain/claims';
import { formatMoney, parseMoney } from '../../../src-shared/money';
import { lineAmounts, refundCeiling, type LineAmountInput } from '../../../src-main/engine/claims/claim-amounts';
import type { Charges } from '../../../src-main/engine/claims/refundable-charges';

const NONE: Charges = { duty: 0n, antidumping: 0n, countervailing: 0n, exciseTax: 0n, mpf: 0n, hmf: 0n, otherFees: 0n };
type Overrides = Partial<Omit<LineAmountInput, 'paid'>> & { paid?: Partial<Charges>; lineDuty4dp?: bigint; includeMpf?: boolean };
/** Entry 2023-000123 line 1: 1,000 T-shirts, $5,000.00 duty, $104.22 MPF. */
const teeLine = ({ paid, lineDuty4dp, includeMpf, ...overrides }: Overrides = {}): LineAmountInput => ({
  provision: 'unused-direct-identification',
  includeFees: includeMpf ?? false,
  quantity: 400,
  paid: { ...NONE, duty: lineDuty4dp ?? parseMoney('5000.00'), mpf: parseMoney('104.22'), ...paid },
  lineQuantity: 1000,
  dutyIfImported4dp: null,
  taxesFeesIfImported4dp: null,
  ...overrides,
});
const money = (a: { duty4dp: bigint; refund4dp: bigint; mpfRefund4dp: bigint }, decimals = 2) => ({
  duty: formatMoney(a.duty4dp, decimals),
  refund: formatMoney(a.refund4dp, decimals),
  mpf: formatMoney(a.mpfRefund4dp, decimals),
});

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
      expect(money(lineAmounts(teeLine({ provision: 'unused-substitution', dutyIfImported4dp: parseMoney('3.00') })))).toEqual({
        duty: '2000.00',
        refund: '1188.00',
        mpf: '0.00',
      });
    });

    it('uses the import duty when the export’s would be higher', () => {
      expect(money(lineAmounts(teeLine({ provision: 'unused-substitution', dutyIfImported4dp: parseMoney('7.50') })))).toMatchObject({ refund: '1980.00' });
    });

    it('uses the import duty when the export does not state one (the rules flag it)', () => {
      expect(money(lineAmounts(teeLine({ provision: 'unused-substitution', dutyIfImported4dp: null })))).toMatchObject({ refund: '1980.00' });
    });

    it('applies the same rule to manufacturing substitution, 1313(b)', () => {
      expect(money(lineAmounts(teeLine({ provision: 'manufacturing-substitution', dutyIfImported4dp: parseMoney('3.00') })))).toMatchObject({
        refund: '1188.00',
      });
    });

    it('averages per unit over the entry-summary line: $1,195.20 over 1,440 units is $0.83 a unit', () => {
      expect(
        money(
          lineAmounts(
            teeLine({
              provision: 'unused-substitution',
              quantity: 100,
              lineDuty4dp: parseMoney('1195.20'),
              lineQuantity: 1440,
              dutyIfImported4dp: parseMoney('0.90'),
            }),
          ),
        ),
      ).toMatchObject({ duty: '83.00', refund: '82.17' });
    });
  });

  describe('the merchandise processing fee (190.51(b)(2))', () => {
    it('is refunded at 99% of the line’s MPF share when asked for under an unused-merchandise provision (190.3(a)(4))', () => {
      // $104.22 x 400 / 1,000 x 99% = $41.27112 -> 41.2711
      expect(money(lineAmounts(teeLine({ includeMpf: true })), 4)).toEqual({ duty: '2000.0000', refund: '1980.0000', mpf: '41.2711' });
      // substitution: only once the export states the taxes and fees it would pay, and within the "lesser of"
      expect(
        money(
          lineAmounts(
            teeLine({ includeMpf: true, provision: 'unused-substitution', dutyIfImported4dp: parseMoney('9.00'), taxesFeesIfImported4dp: parseMoney('0') }),
          ),
          4,
        ).mpf,
      ).toBe('41.2711');
    });

    it('is not refunded for rejected merchandise until 190.3(a)(4) is confirmed to cover it (the desk refuses 1313(c) claims anyway)', () => {
      expect(lineAmounts(teeLine({ includeMpf: true, provision: 'rejected-merchandise' })).mpfRefund4dp).toBe(0n);
    });

    it('is not refunded unless asked for', () => {
      for (const provision of CLAIM_PROVISIONS) expect(lineAmounts(teeLine({ provision, includeMpf: false })).mpfRefund4dp).toBe(0n);
    });

    it('is not refunded under the manufacturing provisions even when asked for', () => {
      const manufacturing: ClaimProvision[] = ['manufacturing-direct-identification', 'manufacturing-substitution'];
      for (const provision of manufacturing)
        expect(lineAmounts(teeLine({ provision, includeMpf: true, dutyIfImported4dp: parseMoney('9.00') })).mpfRefund4dp).toBe(0n);
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

  describe('duties, taxes and fees by type: each provision refunds only what its law allows', () => {
    // Entry line of 100 units: $500.00 regular duty, $300.00 antidumping, $200.00 countervailing,
    // $40.00 excise tax, $10.00 MPF, $5.00 HMF, $7.00 other fees.
    const mixed = (o: Overrides = {}) =>
      teeLine({
        quantity: 100,
        lineQuantity: 100,
        paid: {
          duty: parseMoney('500'),
          antidumping: parseMoney('300'),
          countervailing: parseMoney('200'),
          exciseTax: parseMoney('40'),
          mpf: parseMoney('10'),
          hmf: parseMoney('5'),
          otherFees: parseMoney('7'),
        },
        ...o,
      });
    const all = (a: ReturnType<typeof lineAmounts>) => ({
      duty: formatMoney(a.refund4dp),
      tax: formatMoney(a.taxRefund4dp),
      mpf: formatMoney(a.mpfRefund4dp),
      hmf: formatMoney(a.hmfRefund4dp),
    });

    it('antidumping and countervailing duties are never refunded, under any provision (19 U.S.C. 1677h)', () => {
      for (const provision of CLAIM_PROVISIONS) {
        const a = lineAmounts(mixed({ provision, includeMpf: true, dutyIfImported4dp: parseMoney('100'), taxesFeesIfImported4dp: parseMoney('100') }));
        // whatever is refunded, it is at most 99% of the regular duty, excise tax, MPF and HMF together: $555.00 x 99%
        expect(a.refund4dp + a.taxRefund4dp + a.mpfRefund4dp + a.hmfRefund4dp <= parseMoney('549.45'), provision).toBe(true);
      }
    });

    it('unused merchandise, direct identification: regular duty and excise tax, and MPF and HMF when included (190.3(a)(1), (3)-(5))', () => {
      expect(all(lineAmounts(mixed()))).toEqual({ duty: '495.00', tax: '39.60', mpf: '0.00', hmf: '0.00' });
      expect(all(lineAmounts(mixed({ includeMpf: true })))).toEqual({ duty: '495.00', tax: '39.60', mpf: '9.90', hmf: '4.95' });
    });

    it('other fees of no known type are never refunded', () => {
      const onlyOther = lineAmounts(teeLine({ includeMpf: true, quantity: 1, lineQuantity: 1, paid: { duty: 0n, mpf: 0n, otherFees: parseMoney('7') } }));
      expect(onlyOther.refund4dp + onlyOther.taxRefund4dp + onlyOther.mpfRefund4dp + onlyOther.hmfRefund4dp).toBe(0n);
    });

    it('manufacturing provisions never refund MPF or HMF (190.3(b)), even when asked for', () => {
      for (const provision of ['manufacturing-direct-identification', 'manufacturing-substitution'] as const) {
        const a = lineAmounts(mixed({ provision, includeMpf: true, dutyIfImported4dp: parseMoney('100'), taxesFeesIfImported4dp: parseMoney('100') }));
        expect([a.mpfRefund4dp, a.hmfRefund4dp]).toEqual([0n, 0n]);
      }
    });
  });

  describe('substitution: the "lesser of" compares duties, taxes and fees together (19 CFR 190.51(b); 19 U.S.C. 1313(l)(2)(B))', () => {
    // 100 units paid $5.00 duty and $1.00 MPF a unit
    const sub = (o: Overrides = {}) =>
      teeLine({
        provision: 'unused-substitution',
        includeMpf: true,
        quantity: 100,
        lineQuantity: 100,
        paid: { duty: parseMoney('500'), mpf: parseMoney('100') },
        ...o,
      });

    it('caps the total: the export would pay $5.00 duty and no fee, so $6.00 paid a unit refunds 99% of $5.00, MPF included', () => {
      // the MPF added outside the cap would claim $495.00 + $99.00 = $594.00, 99% of $6.00 a unit: over the lesser amount
      const a = lineAmounts(sub({ dutyIfImported4dp: parseMoney('5'), taxesFeesIfImported4dp: parseMoney('0') }));
      expect(formatMoney(a.refund4dp + a.mpfRefund4dp)).toBe('495.00');
      expect(formatMoney(a.mpfRefund4dp)).toBe('0.00');
    });

    it('the cap is spent on the duty first, then taxes, then fees: each type still within what it paid', () => {
      // the export would pay $5.50 in all: $5.00 of duty and $0.50 of the MPF are claimed
      const a = lineAmounts(sub({ dutyIfImported4dp: parseMoney('5'), taxesFeesIfImported4dp: parseMoney('0.50') }));
      expect([formatMoney(a.refund4dp), formatMoney(a.mpfRefund4dp)]).toEqual(['495.00', '49.50']);
    });

    it('when the export would pay more than the import did, the import’s duties, taxes and fees are the lesser', () => {
      const a = lineAmounts(sub({ dutyIfImported4dp: parseMoney('9'), taxesFeesIfImported4dp: parseMoney('2') }));
      expect([formatMoney(a.refund4dp), formatMoney(a.mpfRefund4dp)]).toEqual(['495.00', '99.00']);
    });

    it('no tax or fee is claimed on a substitution line whose export does not state what it would pay in them', () => {
      const a = lineAmounts(
        sub({
          paid: { duty: parseMoney('500'), exciseTax: parseMoney('50'), mpf: parseMoney('100'), hmf: parseMoney('20') },
          dutyIfImported4dp: parseMoney('9'),
          taxesFeesIfImported4dp: null,
        }),
      );
      expect([a.taxRefund4dp, a.mpfRefund4dp, a.hmfRefund4dp]).toEqual([0n, 0n, 0n]);
      expect(formatMoney(a.refund4dp)).toBe('495.00');
    });

    it('excise tax is within the same cap: an export that would pay less in all refunds less', () => {
      // paid $5.00 duty + $0.50 excise tax a unit; the export would pay $4.00 + $0.00: 99% of $4.00
      const a = lineAmounts(
        sub({
          includeMpf: false,
          paid: { duty: parseMoney('500'), exciseTax: parseMoney('50'), mpf: 0n },
          dutyIfImported4dp: parseMoney('4'),
          taxesFeesIfImported4dp: parseMoney('0'),
        }),
      );
      expect([formatMoney(a.refund4dp), formatMoney(a.taxRefund4dp)]).toEqual(['396.00', '0.00']);
    });
  });
});
