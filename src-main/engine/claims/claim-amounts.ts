import type { ClaimProvision } from '../../../src-shared/domain/claims';

/** 19 CFR 190.51(b)(1): drawback is 99% of the duties, taxes and fees paid. */
const REFUND_PERCENT = 99n;

/**
 * Provisions under which the merchandise processing fee is claimed with the duty: unused merchandise
 * drawback refunds "any duty, tax, or fee imposed under Federal law upon entry" (19 CFR 190.31(a),
 * 190.32) and rejected merchandise likewise. Manufacturing claims are kept to duty here, the
 * conservative reading: never over-claim. Only when the claimant asks for it (the line's MPF as the
 * broker apportioned it, 190.51(b)(2)).
 */
export const MPF_REFUNDABLE: ReadonlySet<ClaimProvision> = new Set(['unused-direct-identification', 'unused-substitution', 'rejected-merchandise']);

export interface LineAmountInput {
  provision: ClaimProvision;
  includeMpf: boolean;
  quantity: number;
  /** the entry line's duty, MPF and quantity in the claimed item's unit */
  lineDuty4dp: bigint;
  lineMpf4dp: bigint;
  lineQuantity: number;
  /** duty per unit the exported article would pay if imported (substitution's "lesser of") */
  dutyIfImported4dp: bigint | null;
}

export interface LineAmounts {
  /** import duty attributable to the claimed units: line duty x quantity / line quantity */
  duty4dp: bigint;
  refund4dp: bigint;
  mpfRefund4dp: bigint;
}

/**
 * Amounts of one claim line, at four decimals.
 * - Direct identification: 99% of the duty paid on the very units (capped at what was paid on them).
 * - Substitution: per-unit averaging (each unit of the entry-summary line carries line duty / line
 *   quantity) and the "lesser of" rule: 99% of the lesser of that duty and the duty the exported
 *   article would pay if imported (19 U.S.C. 1313(j)(2), 1313(b); 19 CFR 190.22, 190.32).
 * Each amount is computed exactly and rounded DOWN to the ten-thousandth: lines that split one entry
 * line then never add up to more than 99% of what it paid (rounding half up, two lines of a $1.07
 * two-unit line would claim 1.0594 of a 1.0593 ceiling). It costs the claimant under $0.0001 a line.
 */
export function lineAmounts(input: LineAmountInput): LineAmounts {
  const lineQuantity = BigInt(Math.max(1, input.lineQuantity));
  // never more than the line paid, even if more units are claimed than it imported (the quantity rule flags those)
  const q = minBig(BigInt(input.quantity), lineQuantity);
  const paid = input.lineDuty4dp * q; // the duty on these units, times lineQuantity
  const substitution = input.provision === 'unused-substitution' || input.provision === 'manufacturing-substitution';
  const ifImported = substitution && input.dutyIfImported4dp !== null ? input.dutyIfImported4dp * q * lineQuantity : null;
  const basis = ifImported !== null && ifImported < paid ? ifImported : paid; // still times lineQuantity
  return {
    duty4dp: paid / lineQuantity,
    refund4dp: (basis * REFUND_PERCENT) / (lineQuantity * 100n),
    mpfRefund4dp: input.includeMpf && MPF_REFUNDABLE.has(input.provision) ? (input.lineMpf4dp * q * REFUND_PERCENT) / (lineQuantity * 100n) : 0n,
  };
}

/** True when `refund4dp` is more than 99% of `duty4dp`, compared exactly (no rounding either way). */
export function exceedsRefundCeiling(refund4dp: bigint, duty4dp: bigint): boolean {
  return refund4dp * 100n > duty4dp * REFUND_PERCENT;
}

/** 99% of a duty amount, rounded down to the ten-thousandth, for messages. */
export function refundCeiling(duty4dp: bigint): bigint {
  return (duty4dp * REFUND_PERCENT) / 100n;
}

function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
