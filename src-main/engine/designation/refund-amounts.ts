import { formatMoney, refundCents } from '../../../src-shared/money';
import { gcd, type UnitDuty } from './unit-duty';

/**
 * Refund amounts, exact. A designated unit refunds 99% of the lesser per-unit duty (19 CFR
 * 190.51(b)(1)); per-unit duties are fractions of 1/10,000 units, so quantity * duty * 99/100 is a
 * rational and a cent is 100 of those units: cents = floor(99 * qty * num / (den * 10^4)), rounded
 * DOWN like every refund the desk states (refundCents in money.ts), so none exceeds 99%.
 */
const CENT_DIVISOR = 10_000n;

/** Below 2^51 a Number holds 99 * qty * num, and the rounding below, exactly. */
const EXACT = 2 ** 51;
const EXACT_NUM = 2n ** 51n;

/** One allocation's refund to the cent (rounded down), as "1234.56". */
export function allocationRefund(quantity: number, duty: UnitDuty): string {
  if (duty.den === 1n && duty.num < EXACT_NUM) return wholeAllocationRefund(quantity, Number(duty.num)) ?? exactRefund(quantity, duty);
  return exactRefund(quantity, duty);
}

/**
 * The same for a whole per-unit duty `num` (1/10,000 units) held in a Number, in Number arithmetic;
 * undefined when 99 * quantity * num might not be exact, for the caller to use the exact path.
 * A float product of exact integers rounds monotonically, so "< 2^51" is decided correctly. The
 * same floor as refundCents, in Number arithmetic for speed (a test holds the two equal).
 */
export function wholeAllocationRefund(quantity: number, num: number): string | undefined {
  const scaled = 99 * quantity * num;
  if (!(scaled < EXACT)) return undefined;
  const cents = (scaled - (scaled % 10_000)) / 10_000;
  const rest = cents % 100;
  return `${(cents - rest) / 100}${CENTS_TEXT[rest]}`;
}

/** ".00" to ".99": a million refunds then format one number each. */
const CENTS_TEXT = Array.from({ length: 100 }, (_, cents) => `.${String(cents).padStart(2, '0')}`);

function exactRefund(quantity: number, duty: UnitDuty): string {
  return formatCents(refundCents(99n * BigInt(quantity) * duty.num, duty.den * CENT_DIVISOR));
}

export function formatCents(cents: bigint): string {
  return formatMoney(cents * 100n, 2);
}

/**
 * The exact sum of quantity * duty over every allocation, kept as integer numerators per
 * denominator; rounded to the cent once, at the end. With many distinct denominators the sum is
 * first bracketed with 64-bit fixed-point bounds and computed exactly only if the bracket straddles
 * a rounding boundary, so a million lines never need a million-digit common denominator.
 */
export class RefundTotal {
  private readonly byDen = new Map<bigint, bigint>();
  /** Whole per-unit duties (denominator 1) summed in a Number while that is exact, then banked. */
  private whole = 0;

  add(quantity: number, duty: UnitDuty): void {
    if (duty.den === 1n && duty.num < EXACT_NUM && this.addWhole(quantity, Number(duty.num))) return;
    this.byDen.set(duty.den, (this.byDen.get(duty.den) ?? 0n) + BigInt(quantity) * duty.num);
  }

  /** Adds quantity * num for a whole per-unit duty held in a Number; false (nothing added) if that is not exact. */
  addWhole(quantity: number, num: number): boolean {
    const part = quantity * num;
    if (!(part < EXACT)) return false;
    if (this.whole + part >= EXACT) this.bank();
    this.whole += part;
    return true;
  }

  cents(): bigint {
    this.bank();
    const parts = [...this.byDen];
    if (parts.length <= 64) return centsOf(exactSum(parts));
    const SHIFT = 64n;
    let whole = 0n;
    let low = 0n;
    let high = 0n;
    for (const [den, num] of parts) {
      whole += num / den;
      const rem = (num % den) << SHIFT;
      low += rem / den;
      high += (rem + den - 1n) / den;
    }
    const lower = centsOf({ num: (whole << SHIFT) + low, den: 1n << SHIFT });
    const upper = centsOf({ num: (whole << SHIFT) + high, den: 1n << SHIFT });
    return lower === upper ? lower : centsOf(exactSum(parts));
  }

  private bank(): void {
    if (this.whole > 0) this.byDen.set(1n, (this.byDen.get(1n) ?? 0n) + BigInt(this.whole));
    this.whole = 0;
  }
}

function centsOf(total: { num: bigint; den: bigint }): bigint {
  return refundCents(99n * total.num, total.den * CENT_DIVISOR);
}

/** Sum of num/den over the parts, by pairwise (balanced) addition so denominators grow evenly. */
function exactSum(parts: [bigint, bigint][]): { num: bigint; den: bigint } {
  let terms = parts.map(([den, num]) => ({ num, den }));
  if (terms.length === 0) return { num: 0n, den: 1n };
  while (terms.length > 1) {
    const next: { num: bigint; den: bigint }[] = [];
    for (let k = 0; k < terms.length; k += 2) {
      const a = terms[k]!;
      const b = terms[k + 1];
      if (!b) next.push(a);
      else {
        const g = gcd(a.den, b.den);
        next.push({ num: a.num * (b.den / g) + b.num * (a.den / g), den: (a.den / g) * b.den });
      }
    }
    terms = next;
  }
  return terms[0]!;
}
