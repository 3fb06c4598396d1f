import { parseExactAmount } from '../../../src-shared/money';
import { float64s } from './typed-memory';
import { gcd, type UnitDuty } from './unit-duty';

/**
 * Exact per-unit duties of many lines, one column, in 1/10,000 currency units. Nearly every duty is
 * a whole number of those units below 2^53 (a 4-decimal amount per unit below 10^11), which a
 * Float64 holds exactly: it is kept in `whole`, so a million lines cost one typed array rather
 * than a million bigint pairs. Any other duty — a per-unit average that is a true fraction, or an
 * amount too large — is kept as an exact fraction on the side (`whole` is NaN there), so nothing
 * is ever rounded.
 */
export class DutyColumn {
  readonly whole: Float64Array;
  private readonly exact = new Map<number, UnitDuty>();

  constructor(size: number, shared: boolean) {
    this.whole = float64s(size, shared);
  }

  /** A 4-decimal amount per unit, e.g. dutyPerUnit or dutyPerUnitIfImported. */
  setPerUnit(k: number, amount: string): void {
    const scaled = scaledAmount(amount);
    if (Number.isNaN(scaled)) this.setExact(k, { num: parseExactAmount(amount), den: 1n });
    else this.whole[k] = scaled;
  }

  /** Line duty spread evenly over the line's units (19 CFR 190.51(b)(1) averaging): exact, reduced. */
  setAveraged(k: number, lineDuty: string, quantity: number): void {
    const scaled = scaledAmount(lineDuty);
    if (!Number.isNaN(scaled) && scaled % quantity === 0) {
      this.whole[k] = scaled / quantity;
      return;
    }
    const num = Number.isNaN(scaled) ? parseExactAmount(lineDuty) : BigInt(scaled);
    const den = BigInt(quantity);
    const g = gcd(num, den);
    this.setExact(k, { num: num / g, den: den / g });
  }

  /** True when the duty is a whole number of 1/10,000 units held in `whole` (the common case). */
  isWhole(k: number): boolean {
    return !Number.isNaN(this.whole[k]);
  }

  isZero(k: number): boolean {
    return this.whole[k] === 0;
  }

  duty(k: number): UnitDuty {
    return this.isWhole(k) ? { num: BigInt(this.whole[k]!), den: 1n } : this.exact.get(k)!;
  }

  private setExact(k: number, duty: UnitDuty): void {
    if (duty.den === 1n && duty.num < 2n ** 53n) {
      this.whole[k] = Number(duty.num);
      return;
    }
    this.whole[k] = Number.NaN;
    this.exact.set(k, duty);
  }
}

/**
 * "12.5" -> 125000 (1/10,000 units) by reading the digits, or NaN past 11 whole digits (where the
 * scaled amount could reach 2^53). The schema has already checked the text: digits, at most one
 * dot and four decimals. Written out because a regular expression and string slices per line cost
 * more than the rest of preparing a million lines.
 */
export function scaledAmount(text: string): number {
  let digits = 0;
  let whole = 0;
  let decimals = -1;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code === 46) decimals = 0;
    else {
      digits = digits * 10 + (code - 48);
      if (decimals >= 0) decimals++;
      else if (++whole > 11) return Number.NaN;
    }
  }
  return digits * SCALE_BY_DECIMALS[decimals < 0 ? 0 : decimals]!;
}

const SCALE_BY_DECIMALS = [10_000, 1000, 100, 10, 1];
