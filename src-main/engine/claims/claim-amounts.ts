import { electionOf, type ClaimProvision } from '../../../src-shared/domain/claims';
import { FEE_TYPES, isRefundable, REFUNDED_TYPES, type Charges, type Refunds } from './refundable-charges';

/** 19 CFR 190.51(b)(1): drawback is 99% of the duties, taxes and fees paid. */
const REFUND_PERCENT = 99n;

export interface LineAmountInput {
  provision: ClaimProvision;
  /** claim the fees (MPF, HMF) where the provision allows them: the claimant's choice (the claim's includeMpf) */
  includeFees: boolean;
  quantity: number;
  /** what the entry line paid, by type, and its quantity, in the claimed item's unit */
  paid: Charges;
  lineQuantity: number;
  /** substitution's "lesser of": per unit, what the exported article would pay if imported */
  dutyIfImported4dp: bigint | null;
  taxesFeesIfImported4dp: bigint | null;
}

export interface LineAmounts {
  /** regular duty attributable to the claimed units: line duty x quantity / line quantity */
  duty4dp: bigint;
  /** the refund of regular duty */
  refund4dp: bigint;
  taxRefund4dp: bigint;
  mpfRefund4dp: bigint;
  hmfRefund4dp: bigint;
}

/**
 * Amounts of one claim line, at four decimals.
 * - Only the types the provision allows are refunded (refundable-charges.ts): never antidumping or
 *   countervailing duty (19 U.S.C. 1677h), never a fee of no known type; fees only when asked for.
 * - Direct identification: 99% of what was paid on the very units (capped at what the line paid).
 * - Substitution: per-unit averaging (each unit of the entry-summary line carries line amount / line
 *   quantity) and the "lesser of" rule on the TOTAL: 99% of the lesser of the duties, taxes and fees
 *   paid on the designated import and those that would apply to the exported article if it were
 *   imported, compared together (19 U.S.C. 1313(j)(2), 1313(l)(2)(B); 19 CFR 190.51(b), 190.32).
 *   Taxes and fees come in only when the export states what it would pay in them: without that
 *   figure the comparison cannot cover them, so none is claimed. The capped total is spent on the
 *   types in order (duty, excise tax, MPF, HMF), so each type's refund stays within what it paid.
 * Each amount is computed exactly and rounded DOWN to the ten-thousandth: lines that split one entry
 * line then never add up to more than 99% of what it paid (rounding half up, two lines of a $1.07
 * two-unit line would claim 1.0594 of a 1.0593 ceiling). It costs the claimant under $0.0001 a line.
 */
export function lineAmounts(input: LineAmountInput): LineAmounts {
  const lineQuantity = BigInt(Math.max(1, input.lineQuantity));
  // never more than the line paid, even if more units are claimed than it imported (the quantity rule flags those)
  const q = minBig(BigInt(input.quantity), lineQuantity);
  const substitution = electionOf(input.provision) === 'substitution';
  // what is claimed on these units, by type, times lineQuantity (kept exact until the end)
  const basis: Refunds = { duty: 0n, exciseTax: 0n, mpf: 0n, hmf: 0n };
  for (const type of REFUNDED_TYPES) {
    if (!isRefundable(input.provision, type)) continue;
    if (FEE_TYPES.has(type) && !input.includeFees) continue;
    if (substitution && type !== 'duty' && input.taxesFeesIfImported4dp === null) continue;
    basis[type] = input.paid[type] * q;
  }
  if (substitution && input.dutyIfImported4dp !== null) {
    let cap = (input.dutyIfImported4dp + (input.taxesFeesIfImported4dp ?? 0n)) * q * lineQuantity;
    for (const type of REFUNDED_TYPES) {
      basis[type] = minBig(basis[type], cap);
      cap -= basis[type];
    }
  }
  const refund = (type: keyof Refunds) => (basis[type] * REFUND_PERCENT) / (lineQuantity * 100n);
  return {
    duty4dp: (input.paid.duty * q) / lineQuantity,
    refund4dp: refund('duty'),
    taxRefund4dp: refund('exciseTax'),
    mpfRefund4dp: refund('mpf'),
    hmfRefund4dp: refund('hmf'),
  };
}

/** True when `refund4dp` is more than 99% of `paid4dp`, compared exactly (no rounding either way). */
export function exceedsRefundCeiling(refund4dp: bigint, paid4dp: bigint): boolean {
  return refund4dp * 100n > paid4dp * REFUND_PERCENT;
}

/** 99% of an amount paid, rounded down to the ten-thousandth, for messages. */
export function refundCeiling(paid4dp: bigint): bigint {
  return (paid4dp * REFUND_PERCENT) / 100n;
}

function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
