import { divideRoundHalfUp } from '../../../src-shared/money';
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
 * Amounts of one claim line, at four decimals (the claim total rounds to cents once).
 * - Direct identification: 99% of the duty paid on the very units (capped at what was paid on them).
 * - Substitution: per-unit averaging (each unit of the entry-summary line carries line duty / line
 *   quantity) and the "lesser of" rule: 99% of the lesser of that duty and the duty the exported
 *   article would pay if imported (19 U.S.C. 1313(j)(2), 1313(b); 19 CFR 190.22, 190.32).
 */
export function lineAmounts(input: LineAmountInput): LineAmounts {
  const q = BigInt(input.quantity);
  const lineQuantity = BigInt(Math.max(1, input.lineQuantity));
  const duty4dp = divideRoundHalfUp(input.lineDuty4dp * q, lineQuantity);
  const substitution = input.provision === 'unused-substitution' || input.provision === 'manufacturing-substitution';
  const basis = substitution && input.dutyIfImported4dp !== null ? minBig(duty4dp, input.dutyIfImported4dp * q) : duty4dp;
  const refund4dp = divideRoundHalfUp(basis * REFUND_PERCENT, 100n);
  const mpfRefund4dp = input.includeMpf && MPF_REFUNDABLE.has(input.provision) ? divideRoundHalfUp(input.lineMpf4dp * q * REFUND_PERCENT, lineQuantity * 100n) : 0n;
  return { duty4dp, refund4dp, mpfRefund4dp };
}

/** 99% of a duty amount, for the "never more than 99% of what was paid" check. */
export function refundCeiling(duty4dp: bigint): bigint {
  return divideRoundHalfUp(duty4dp * REFUND_PERCENT, 100n);
}

function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
